//! The engine's answers to the benchmark's query set, pinned: a change
//! meant to make searching faster must not change a single total, facet
//! count, timeline bucket, hit, score or snippet.

use veille_core::{Engine, Query};
use veille_enginebench::queries::query_set;
use veille_enginebench::synth::generate;

/// FNV-1a, 64 bits: a stable digest of a text.
fn fnv(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// Every query of the set, also on its third page and sorted by date,
/// with the digest of its full results (`Debug` of [`veille_core::Results`]).
fn digests(engine: &Engine) -> Vec<(String, u64)> {
    let mut out = Vec::new();
    // Beyond the set: a typo as a later word, an exclusion, an OR group,
    // four words, a phrase with another word.
    let more = [
        "q=patients+thrombectmy+",
        "q=cardiology+patients+-heart+",
        "q=heart+OR+valve+patients+&tag=Cardiology",
        "q=patients+heart+valve+failure+&year=2020",
        "q=%22heart+failure%22+patients+",
    ];
    let set = query_set().into_iter().map(|(_, qs)| qs);
    for qs in set.chain(more.iter().map(|s| s.to_string())) {
        for extra in ["", "&page=3", "&sort=newest", "&sort=oldest&page=2"] {
            let qs = format!("{qs}{extra}");
            let results = engine.search(&Query::from_query_string(&qs));
            out.push((qs, fnv(&without_empty_topics(&format!("{results:?}")))));
        }
    }
    out
}

/// `Debug` of results without the fields index format 5 added (the topics'
/// facet, hits' topics and other hosts, facet values' labels), empty on the synthetic
/// corpus, which has no topics: the digest pins the same answers as before
/// they existed.
fn without_empty_topics(debug: &str) -> String {
    debug
        .replace("topic: [], ", "")
        .replace("topics: [], ", "")
        .replace("also: [], ", "")
        .replace(", label: None", "")
}

#[test]
fn the_query_set_gets_the_same_answers_as_before_the_speed_work() {
    // 6,000 articles: the common words match enough of them for the
    // bitset counting of large result sets to be used.
    let engine = Engine::new(generate(6_000, 42));
    let got = digests(&engine);
    let all = fnv(&format!("{got:?}"));
    if std::env::var_os("VEILLE_PRINT_DIGESTS").is_some() {
        for (qs, d) in &got {
            println!("{d:016x} {qs}");
        }
        println!("all {all:016x}");
    }
    assert_eq!(all, EXPECTED, "{got:#?}");
}

/// The digest of every answer: rerun with `VEILLE_PRINT_DIGESTS=1 --
/// --nocapture` to see which query changed. Recorded before the speed work
/// (commit d43272e) as 0x67a8_296b_6fb7_487d, which the engine still gave
/// when the corpus was re-recorded: since the articles are read by the
/// builder's own reader, their dates keep the time of day (which orders
/// same-day articles in date sorts) and the digest became
/// 0x93a8_7928_c73e_73e7. Re-pinned with index format 3, for two reasons,
/// each checked alone: impacts quantized to 8 bits (0x7ab8_9bd7_4f36_ffa1)
/// change every text query's scores, and so swap hits of nearly equal
/// scores (the first page of `patients` keeps its 20 articles, in another
/// order; a third page gains one to three others); snippets taken from 256
/// body bytes instead of 512 show a match less often. Totals, facet counts,
/// timelines and date-sorted hits did not change (0x09ba_72b8_a627_9810).
/// Re-pinned when the search text left out the lines that are not prose
/// (the generated articles' image credit, their `L’essentiel` and `Lien
/// source` labels and source URL: their words are no longer indexed) and
/// snippets began ending on whole words (`crates/cli/src/reading.rs`,
/// `crates/core/src/search/passage.rs`): 0xd2da_6e97_707a_69f3. Re-pinned
/// with issue 29's typo tolerance and relaxation only because `Results`
/// gained its `relaxed` field: with `, relaxed: None` taken out of every
/// answer's text, all 97 digests were the ones before (checked on its
/// branch), so the query set's
/// totals, facets, hits, scores and snippets did not change (its typo
/// queries have 11 letters, which had two edits before too, and its words
/// are found in more than the 5 articles below which typo tolerance now
/// looks for look-alikes at once). The ranking knobs were measured on the
/// publisher's known-item queries and left as they were
/// (`benchsuite/runs/2026-12-07-search-quality`).
const EXPECTED: u64 = 0xfba8_13c2_2821_269e;
