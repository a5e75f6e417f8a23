//! `veille check` on the dirty fixture corpus: one GitHub Actions
//! annotation per diagnostic, on its file and line, and the documented exit
//! codes; a clean folder passes with nothing to say.

use std::process::{Command, Output};

use super::util::workspace;

fn check(args: &[&str], github: bool) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_veille"));
    cmd.current_dir(workspace()).arg("check").args(args);
    cmd.env_remove("GITHUB_ACTIONS");
    if github {
        cmd.env("GITHUB_ACTIONS", "true");
    }
    cmd.output().unwrap()
}

const DIRTY: &str = "crates/cli/tests/fixtures/dirty";

#[test]
fn on_the_dirty_corpus_every_diagnostic_is_an_annotation_on_its_file_and_line() {
    let run = check(&[DIRTY], true);
    assert_eq!(run.status.code(), Some(1), "warnings fail by default");
    let out = String::from_utf8(run.stdout).unwrap();
    let json = check(&[DIRTY, "--format", "json"], false);
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let diagnostics = report["diagnostics"].as_array().unwrap();
    let annotations: Vec<&str> = out.lines().filter(|l| l.starts_with("::")).collect();
    assert_eq!(annotations.len(), diagnostics.len());
    assert!(diagnostics.len() > 5);
    for (line, d) in annotations.iter().zip(diagnostics) {
        let command = match d["severity"].as_str().unwrap() {
            "note" => "notice",
            other => other,
        };
        let path = d["path"].as_str().unwrap();
        assert!(path.starts_with(DIRTY), "{path}");
        let mut want = format!("::{command} file={path}");
        if let Some(n) = d["line"].as_u64() {
            want.push_str(&format!(",line={n}"));
        }
        assert!(line.starts_with(&want), "{line} / {want}");
        assert!(line.contains(&format!(
            ",title=veille%3A {}::",
            d["kind"].as_str().unwrap()
        )));
    }
    assert!(out
        .lines()
        .last()
        .unwrap()
        .starts_with("veille check failed: read "));
    let has_error = diagnostics.iter().any(|d| d["severity"] == "error");
    let code = check(&[DIRTY, "--fail-on", "error"], false).status.code();
    assert_eq!(code, Some(if has_error { 1 } else { 0 }));
    assert_eq!(
        check(&[DIRTY, "--fail-on", "never"], false).status.code(),
        Some(0)
    );
}

#[test]
fn outside_github_actions_the_text_is_as_veille_build_prints_it() {
    let run = check(&[DIRTY], false);
    let out = String::from_utf8(run.stdout).unwrap();
    assert!(out.lines().next().unwrap().starts_with(DIRTY), "{out}");
    assert!(!out.contains("::warning"));
}

#[test]
fn a_clean_folder_passes_and_a_missing_one_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let papers = dir.path().join("papers");
    std::fs::create_dir_all(&papers).unwrap();
    std::fs::write(
        papers.join("a.md"),
        "---\ntitle: A clean article\ndate: 2024-05-06\nsourceUrl: https://example.com/a\n---\nBody.\n",
    )
    .unwrap();
    let clean = check(&[dir.path().to_str().unwrap(), "--format", "github"], false);
    assert_eq!(
        clean.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&clean.stdout)
    );
    let out = String::from_utf8(clean.stdout).unwrap();
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(out.starts_with("veille check passed: read 1 files"));
    let missing = check(&["no/such/folder"], false);
    assert_eq!(missing.status.code(), Some(2));
    assert_eq!(check(&[], false).status.code(), Some(2), "clap: no folder");
}
