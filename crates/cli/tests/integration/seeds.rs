//! The `veille` binary on the seed documents the project ships in `content/`
//! (the same texts as `../shared/seeds`, under other file names).

use std::path::Path;
use std::process::Command;

use veille_core::Bundle;

use crate::util::{content, shared};

fn veille(args: &[&Path]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_veille"))
        .arg("build")
        .args(args)
        .output()
        .unwrap()
}

fn build(input: &Path) -> (tempfile::TempDir, Bundle, serde_json::Value, String) {
    let out = tempfile::tempdir().unwrap();
    let run = veille(&[input, Path::new("--out"), out.path()]);
    let stderr = String::from_utf8_lossy(&run.stderr).into_owned();
    assert!(run.status.success(), "veille build failed: {stderr}");
    let bundle =
        Bundle::from_json(&std::fs::read_to_string(out.path().join("bundle.json")).unwrap())
            .unwrap();
    let report =
        serde_json::from_str(&std::fs::read_to_string(out.path().join("report.json")).unwrap())
            .unwrap();
    (out, bundle, report, stderr)
}

#[test]
fn the_seeds_build_into_three_articles_that_the_core_reads_back() {
    let (_out, bundle, report, stderr) = build(&content());
    let titles: Vec<_> = bundle.articles.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Impella heart pump approved for use in paediatric patients",
            "Early use of mechanical support shows benefit for patients with AMI complicated by cardiogenic shock",
            "Information for the public",
        ]
    );
    assert_eq!(report["files_read"], 3);
    assert_eq!(report["articles_written"], 3);
    assert!(
        stderr.contains("read 3 files: 3 articles written, 0 skipped, 0 duplicates merged"),
        "{stderr}"
    );
}

#[test]
fn seed_frontmatter_becomes_clean_fields_with_entities_decoded() {
    let (_out, bundle, _, _) = build(&content());
    let a = bundle
        .find(
            "papers",
            "2024-12-13-impella-heart-pump-approved-for-use-in-paediatric-patients",
        )
        .unwrap();
    assert_eq!(a.date.unwrap().to_string(), "2024-12-13T10:13:09Z");
    assert_eq!(a.published_label.as_deref(), Some("13 décembre 2024"));
    assert_eq!(a.source_host.as_deref(), Some("cardiovascularnews.com"));
    assert_eq!(
        a.tags,
        ["France", "Actualité", "Cardiovascular News — Latest"]
    );
    let summary = a.summary.as_deref().unwrap();
    assert!(
        summary.contains("(Johnson & Johnson Medtech)") && summary.contains("[…]"),
        "{summary}"
    );
    assert!(!summary.contains("&#"), "{summary}");
    assert!(
        a.body_html.contains("<h2>L’essentiel</h2>"),
        "{}",
        a.body_html
    );
    // Labels, credits and the source link line are left out of the search
    // text: snippets read as prose.
    for line in ["Lien source", "L’essentiel", "Crédit image", "https://"] {
        assert!(!a.body_text.contains(line), "{line} in {}", a.body_text);
    }
    assert_eq!(a.extra.get("importance"), Some(&serde_json::json!("")));
}

/// Checks the plain-text seed built from `input`: an undated article at
/// `permalink`, titled by its first line, with one warning about `file`.
fn check_plain_text_seed(input: &Path, permalink: &str, file: &str) {
    let (_out, bundle, report, _) = build(input);
    let doc = bundle.articles.iter().find(|a| a.date.is_none()).unwrap();
    assert_eq!(doc.title, "Information for the public");
    assert_eq!(doc.permalink, permalink);
    assert!(
        doc.body_html.starts_with("<p>There are uncertainties"),
        "{}",
        doc.body_html
    );
    let warnings = report["diagnostics"].as_array().unwrap();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!(warnings[0]["kind"], "undated");
    assert!(warnings[0]["path"].as_str().unwrap().ends_with(file));
}

#[test]
fn the_plain_text_seed_is_an_undated_article_titled_by_its_first_line_with_a_warning() {
    check_plain_text_seed(
        &content(),
        "/documents/nice-microaxial-flow-pump-cardiogenic-shock",
        "documents/nice-microaxial-flow-pump-cardiogenic-shock.txt",
    );
}

#[test]
fn the_plain_text_seed_at_the_top_of_the_seeds_folder_is_in_the_folders_collection() {
    let Some(seeds) = shared("seeds") else { return };
    check_plain_text_seed(
        &seeds,
        "/seeds/001-42ca9803a50048ce",
        "001_42ca9803a50048ce.txt",
    );
}

#[test]
fn the_shipped_content_folder_holds_the_seed_texts_unchanged() {
    let Some(seeds) = shared("seeds") else { return };
    let (_o1, from_seeds, _, _) = build(&seeds);
    let (_o2, from_content, _, _) = build(&content());
    let titles = |b: &Bundle| {
        b.articles
            .iter()
            .map(|a| (a.title.clone(), a.body_text.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(titles(&from_seeds), titles(&from_content));
}

#[test]
fn building_twice_gives_byte_identical_files() {
    let (first, ..) = build(&content());
    let (second, ..) = build(&content());
    for name in ["bundle.json", "report.json"] {
        let a = std::fs::read(first.path().join(name)).unwrap();
        let b = std::fs::read(second.path().join(name)).unwrap();
        assert!(a == b, "{name} differs between two builds");
    }
}

#[test]
fn a_missing_input_folder_is_a_clear_error_and_writes_nothing() {
    let out = tempfile::tempdir().unwrap();
    let run = veille(&[Path::new("/no/such/folder"), Path::new("--out"), out.path()]);
    assert_eq!(run.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        stderr.contains("input folder `/no/such/folder` does not exist"),
        "{stderr}"
    );
    assert!(!out.path().join("bundle.json").exists());
}
