//! Known-item search quality on the publisher's corpus
//! (`../shared/corpus/medtech` and `starter-vascular`, built together as
//! one site): draws the queries of [`veille_enginebench::known_items`]
//! (seed 29, or `KNOWN_ITEMS_SEED`; 500 articles), answers them with Veille natively and prints
//! top-3 share / MRR@10 / queries with no result per variant.
//!
//! `cargo run --release -p veille-enginebench --bin known-items -- [OUT_DIR]`
//! also writes `OUT_DIR/bundle.json`, its `index.bin` and
//! `OUT_DIR/known-items.json` (every query with Veille's outcome), which
//! `crates/enginebench/browser/quality.mjs` reads to put MiniSearch's
//! figures on the same queries beside Veille's. `VEILLE_RANK` (the JSON of
//! [`veille_core::RankParams`]) overrides the ranking knobs, for tuning;
//! `VEILLE_SHARED_DIR` names the shared folder instead of `../shared`.
//! `KNOWN_ITEMS_MISSES=1` lists the queries whose article is not in the
//! first three, `KNOWN_ITEMS_TIME=1` times them natively;
//! `KNOWN_ITEMS_QUERY='some words '` prints the first hits of one query,
//! and where the documents listed in `KNOWN_ITEMS_DOCS=12,40` rank. Without the
//! shared folder it says so and exits successfully.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use serde::Serialize;
use veille_cli::build::{build, BuildOptions};
use veille_core::{Engine, EngineOptions, Query, RankParams};
use veille_enginebench::known_items::{
    known_items, veille_outcome, KnownItem, Outcome, Score, Variant,
};

/// The default seed of the draw (`KNOWN_ITEMS_SEED` overrides it, to check
/// that a comparison holds on other draws) and the number of articles drawn.
const SEED: u64 = 29;
const ARTICLES: usize = 500;

/// The seed named by `KNOWN_ITEMS_SEED`, else [`SEED`].
fn seed() -> u64 {
    std::env::var("KNOWN_ITEMS_SEED").map_or(SEED, |s| {
        s.parse().expect("KNOWN_ITEMS_SEED: an unsigned integer")
    })
}

/// One query with Veille's outcome, as `known-items.json` lists it.
#[derive(Serialize)]
struct Row<'a> {
    #[serde(flatten)]
    item: &'a KnownItem,
    veille: Outcome,
}

fn shared_dir() -> PathBuf {
    std::env::var_os("VEILLE_SHARED_DIR").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared"),
        PathBuf::from,
    )
}

fn main() {
    let shared = shared_dir();
    let inputs: Vec<PathBuf> = ["corpus/medtech", "corpus/starter-vascular"]
        .iter()
        .map(|d| shared.join(d))
        .collect();
    if let Some(missing) = inputs.iter().find(|p| !p.is_dir()) {
        println!(
            "skipped: {} is absent (the publisher's corpus is beside a full checkout only; \
             VEILLE_SHARED_DIR names another folder)",
            missing.display()
        );
        return;
    }
    let tmp = tempfile::tempdir().expect("a temp dir");
    let (bundle, _) = build(&BuildOptions {
        inputs,
        out: tmp.path().to_path_buf(),
        quiet: true,
        ..Default::default()
    })
    .expect("the corpus builds");
    let mut options = EngineOptions::default();
    if let Ok(json) = std::env::var("VEILLE_RANK") {
        options.rank = serde_json::from_str::<RankParams>(&json).expect("VEILLE_RANK: RankParams");
    }
    let out_dir = std::env::args().nth(1).map(PathBuf::from);
    if let Some(dir) = &out_dir {
        std::fs::create_dir_all(dir).expect("create the output folder");
        std::fs::write(dir.join("bundle.json"), bundle.to_json()).expect("write the bundle");
    }
    let engine = Engine::with_options(bundle.articles, options);
    if let Ok(text) = std::env::var("KNOWN_ITEMS_QUERY") {
        let r = engine.search(&Query::text(text.clone()));
        println!("{} results, relaxed {:?}", r.total, r.relaxed);
        let watched: Vec<u32> = std::env::var("KNOWN_ITEMS_DOCS")
            .unwrap_or_default()
            .split(',')
            .filter_map(|d| d.trim().parse().ok())
            .collect();
        let mut rank = 0;
        for page in 1.. {
            let mut query = Query::text(text.clone());
            query.page = page;
            let r = engine.search(&query);
            if r.hits.is_empty() {
                break;
            }
            for h in &r.hits {
                rank += 1;
                if rank <= 10 || watched.contains(&h.doc) {
                    println!("  {rank:>4}. {:>5} {:.3} {}", h.doc, h.score, h.title);
                }
            }
        }
        return;
    }
    let seed = seed();
    let items = known_items(&engine, seed, ARTICLES);
    let rows: Vec<Row<'_>> = items
        .iter()
        .map(|item| Row {
            item,
            veille: veille_outcome(&engine, item),
        })
        .collect();
    let mut scores: BTreeMap<usize, Score> = BTreeMap::new();
    let verbose = std::env::var_os("KNOWN_ITEMS_MISSES").is_some();
    for row in &rows {
        let v = Variant::ALL
            .iter()
            .position(|&v| v == row.item.variant)
            .expect("a variant");
        scores.entry(v).or_default().add(row.veille);
        if verbose && row.veille.rank.is_none_or(|r| r > 3) {
            let title = engine
                .article(row.item.doc as usize)
                .map_or("", |a| a.title);
            println!(
                "  miss {:>12} {:?} rank {:?} empty {} for {title:?}",
                row.item.variant.name(),
                row.item.text,
                row.veille.rank,
                row.veille.empty
            );
        }
    }
    println!(
        "{} articles, {} drawn (seed {seed}); Veille natively: top-3 share / MRR@10 / no result",
        engine.len(),
        rows.iter()
            .filter(|r| r.item.variant == Variant::Plain)
            .count()
    );
    for (v, score) in &scores {
        println!(
            "{:>13} ({:>3} queries)  {}",
            Variant::ALL[*v].name(),
            score.queries,
            score.cell()
        );
    }
    if std::env::var_os("KNOWN_ITEMS_TIME").is_some() {
        print_times(&engine, &items);
    }
    if let Some(dir) = &out_dir {
        std::fs::write(dir.join("index.bin"), engine.to_bytes()).expect("write the index");
        let json = serde_json::to_string(&rows).expect("serializable");
        std::fs::write(dir.join("known-items.json"), json).expect("write the queries");
    }
}

/// The median of `runs` timings of one search, in microseconds.
fn median_us(engine: &Engine, text: &str, runs: usize) -> f64 {
    let query = Query::text(text);
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(engine.search(&query));
            t.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[runs / 2]
}

/// With `KNOWN_ITEMS_TIME`: per variant the median over its queries of
/// each query's median time natively, the slowest queries, and a few
/// words of every kind.
fn print_times(engine: &Engine, items: &[KnownItem]) {
    let mut all: Vec<(f64, &KnownItem)> = Vec::new();
    for v in Variant::ALL {
        let mut ts: Vec<f64> = items
            .iter()
            .filter(|k| k.variant == v)
            .map(|k| {
                let t = median_us(engine, &k.text, 5);
                all.push((t, k));
                t
            })
            .collect();
        ts.sort_by(f64::total_cmp);
        if let (Some(mid), Some(max)) = (ts.get(ts.len() / 2), ts.last()) {
            println!("time {:>13}: median {mid:.1} µs, max {max:.1} µs", v.name());
        }
    }
    all.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (t, k) in all.iter().take(8) {
        println!("  slow {t:.1} µs {:?}", k.text);
    }
    for w in [
        "stent ",
        "patients ",
        "glioblastoma ",
        "hepatocellular ",
        "thrombectmy ",
        "catheter ",
        "cardi",
    ] {
        println!("  word {w:?}: {:.1} µs", median_us(engine, w, 31));
    }
}
