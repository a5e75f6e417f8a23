//! The `veille` binary on the real corpus (`../shared/corpus/medtech`) plus
//! the seed documents: every file accounted for, no HTML entity left in any
//! text field, a bundle the core reads back, and byte-identical rebuilds.
//! The same checks run on the repository's dirty fixture plus `content/`, so
//! that a bare clone tests them too.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use veille_core::Bundle;

use crate::util::{content, fixture, shared};

/// Article files (.md, .markdown, .txt) under `dir`, hidden ones excluded.
fn count_articles(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| !p.file_name().unwrap().to_string_lossy().starts_with('.'))
        .map(|p| {
            if p.is_dir() {
                count_articles(&p)
            } else {
                let ext = p.extension().map(|e| e.to_string_lossy().to_lowercase());
                usize::from(matches!(ext.as_deref(), Some("md" | "markdown" | "txt")))
            }
        })
        .sum()
}

struct Built {
    out: tempfile::TempDir,
    bundle_text: String,
    report: serde_json::Value,
    seconds: f64,
}

fn build(inputs: &[PathBuf]) -> Built {
    let out = tempfile::tempdir().unwrap();
    let started = Instant::now();
    let run = Command::new(env!("CARGO_BIN_EXE_veille"))
        .arg("build")
        .args(inputs)
        .arg("--out")
        .arg(out.path())
        .arg("--quiet")
        .output()
        .unwrap();
    let seconds = started.elapsed().as_secs_f64();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let bundle_text = std::fs::read_to_string(out.path().join("bundle.json")).unwrap();
    let report =
        serde_json::from_str(&std::fs::read_to_string(out.path().join("report.json")).unwrap())
            .unwrap();
    Built {
        out,
        bundle_text,
        report,
        seconds,
    }
}

/// An HTML character reference: `&#38;`, `&#x26;` or `&name;`.
fn entities_in(text: &str) -> Vec<String> {
    text.match_indices('&')
        .filter_map(|(i, _)| {
            let rest = &text[i + 1..];
            let end = rest.find(';')?;
            let name = &rest[..end];
            let numeric = name.strip_prefix('#').is_some_and(|n| {
                !n.is_empty()
                    && (n.bytes().all(|b| b.is_ascii_digit())
                        || n.strip_prefix(['x', 'X']).is_some_and(|h| {
                            !h.is_empty() && h.bytes().all(|b| b.is_ascii_hexdigit())
                        }))
            });
            let named =
                (2..=31).contains(&name.len()) && name.bytes().all(|b| b.is_ascii_alphanumeric());
            (numeric || named).then(|| format!("&{name};"))
        })
        .collect()
}

fn strings_in(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(items) => items.iter().for_each(|v| strings_in(v, out)),
        serde_json::Value::Object(map) => map.values().for_each(|v| strings_in(v, out)),
        _ => {}
    }
}

/// Builds `inputs` twice and checks that every file is accounted for, that no
/// HTML entity is left in any text field, that the core reads the bundle back
/// and that the two builds are the same bytes. Returns the report.
fn check_clean_reproducible_build(inputs: &[PathBuf], label: &str) -> serde_json::Value {
    let first = build(inputs);
    let report = &first.report;
    let files: usize = inputs.iter().map(|dir| count_articles(dir)).sum();
    let n = |key: &str| report[key].as_u64().unwrap() as usize;
    assert_eq!(n("files_read"), files);
    assert_eq!(
        n("files_read"),
        n("articles_written") + n("files_skipped") + n("duplicates_merged")
    );

    // Validated against the core's schema (format version, deny_unknown_fields).
    let bundle = Bundle::from_json(&first.bundle_text).unwrap();
    assert_eq!(bundle.articles.len(), n("articles_written"));
    let articles_per_second = bundle.articles.len() as f64 / first.seconds;
    eprintln!(
        "{label}: {files} files read, {} articles written, {} skipped, {} duplicates merged in {:.3} s ({articles_per_second:.0} articles/s, debug build, process start included)",
        n("articles_written"),
        n("files_skipped"),
        n("duplicates_merged"),
        first.seconds
    );

    let mut leftovers = Vec::new();
    for a in &bundle.articles {
        let mut texts: Vec<String> = vec![a.title.clone(), a.body_text.clone()];
        texts.extend(a.summary.clone());
        texts.extend(a.image_credit.clone());
        texts.extend(a.published_label.clone());
        texts.extend(a.tags.iter().cloned());
        for value in a.extra.values() {
            strings_in(value, &mut texts);
        }
        for text in texts {
            for entity in entities_in(&text) {
                leftovers.push(format!("{}: {entity}", a.permalink));
            }
        }
    }
    assert!(leftovers.is_empty(), "entities left: {leftovers:#?}");

    let second = build(inputs);
    for name in ["bundle.json", "report.json"] {
        let a = std::fs::read(first.out.path().join(name)).unwrap();
        let b = std::fs::read(second.out.path().join(name)).unwrap();
        assert!(a == b, "{name} differs between two builds");
    }
    first.report
}

#[test]
fn the_corpus_and_seeds_build_with_every_file_accounted_for_and_clean_reproducible_text() {
    let Some(corpus) = shared("corpus/medtech") else {
        return;
    };
    let Some(seeds) = shared("seeds") else { return };
    let report = check_clean_reproducible_build(&[corpus, seeds], "corpus + seeds");
    let merged = report["duplicates_merged"].as_u64().unwrap();
    assert!(merged >= 12, "{merged}");
}

#[test]
fn the_dirty_fixture_and_content_build_with_every_file_accounted_for_and_clean_reproducible_text() {
    let report =
        check_clean_reproducible_build(&[fixture("dirty"), content()], "dirty fixture + content");
    assert_eq!(report["duplicates_merged"], 2);
    assert_eq!(report["files_skipped"], 3);
}

#[test]
fn the_entity_check_finds_numeric_hex_and_named_references() {
    assert_eq!(
        entities_in("a &#38; b &#x26; c &rsquo; d &Amp;"),
        ["&#38;", "&#x26;", "&rsquo;", "&Amp;"]
    );
    assert!(entities_in("R&D & more; AT&T").is_empty());
}
