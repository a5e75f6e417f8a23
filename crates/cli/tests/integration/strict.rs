//! `veille build` options through the binary: under `--strict` any warning
//! fails the build (exit code 1, no bundle, the report still written);
//! `--max-year` and `--quiet`.

use std::path::Path;
use std::process::{Command, Output};

fn site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let papers = dir.path().join("site/papers");
    std::fs::create_dir_all(&papers).unwrap();
    std::fs::write(
        papers.join("good.md"),
        "---\ntitle: Good\ndate: 2024-01-05\n---\nBody\n",
    )
    .unwrap();
    std::fs::write(
        papers.join("warned.md"),
        "---\ntitle: Warned\ndate: 2024-01-06\nsourceUrl: \"[object Object]\"\n---\nBody\n",
    )
    .unwrap();
    dir
}

fn veille(dir: &Path, extra: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_veille"))
        .arg("build")
        .arg(dir.join("site"))
        .arg("--out")
        .arg(dir.join("out"))
        .args(extra)
        .output()
        .unwrap()
}

fn report(dir: &Path) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(dir.join("out/report.json")).unwrap()).unwrap()
}

#[test]
fn under_strict_a_warning_fails_the_build_with_exit_code_1_no_bundle_and_a_report() {
    let dir = site();
    let run = veille(dir.path(), &["--strict", "--quiet"]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("--strict: the build has warnings or errors; no bundle written"),
        "{stderr}"
    );
    assert!(!dir.path().join("out/bundle.json").exists());
    let report = report(dir.path());
    assert_eq!(report["warnings"], 1);
    assert_eq!(report["diagnostics"][0]["kind"], "junk_value");
    assert_eq!(report["diagnostics"][0]["line"], 4);
}

#[test]
fn without_strict_the_same_warning_is_reported_and_the_bundle_written() {
    let dir = site();
    let run = veille(dir.path(), &[]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("warned.md:4: warning[junk_value]: `sourceUrl` holds the placeholder `[object Object]` (field dropped)"), "{stderr}");
    assert!(stderr.contains("read 2 files: 2 articles written, 0 skipped, 0 duplicates merged; 1 warnings, 0 errors"), "{stderr}");
    assert!(dir.path().join("out/bundle.json").exists());
}

#[test]
fn under_strict_a_clean_folder_builds() {
    let dir = site();
    std::fs::remove_file(dir.path().join("site/papers/warned.md")).unwrap();
    let run = veille(dir.path(), &["--strict"]);
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(dir.path().join("out/bundle.json").exists());
}

#[test]
fn max_year_moves_the_future_date_limit() {
    let dir = site();
    std::fs::remove_file(dir.path().join("site/papers/warned.md")).unwrap();
    let run = veille(dir.path(), &["--max-year", "2023", "--quiet"]);
    assert_eq!(run.status.code(), Some(0));
    let report = report(dir.path());
    assert_eq!(report["diagnostics"][0]["kind"], "future_date");
    assert_eq!(report["diagnostics"][0]["line"], 3);
}

#[test]
fn quiet_prints_errors_and_the_summary_but_not_warnings() {
    let dir = site();
    std::fs::write(
        dir.path().join("site/papers/broken.md"),
        "---\ntitle: [\n---\n",
    )
    .unwrap();
    let run = veille(dir.path(), &["--quiet"]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("broken.md:3: error[yaml]"), "{stderr}");
    assert!(!stderr.contains("junk_value"), "{stderr}");
    assert!(
        stderr.contains("read 3 files: 2 articles written, 1 skipped"),
        "{stderr}"
    );
}
