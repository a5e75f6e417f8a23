//! Helpers shared by the CLI's tests: the publisher's test data when it is
//! beside the checkout, the repository's fixtures and generated articles, a
//! small folder built in a temp dir with its diagnostics compared exactly,
//! (in [`site`]) a published site, and (in `update`) what the tests of a
//! publication after one more article share.

pub mod site;
#[cfg(unix)]
pub mod update;

use std::io::Write as _;
use std::path::{Path, PathBuf};

use veille_cli::build::{build, BuildOptions};
use veille_cli::report::{Kind, Report, Severity};
use veille_core::Bundle;

/// The environment variable that names the shared test data folder instead of
/// `../shared` beside the checkout (`VEILLE_SHARED_DIR=/nonexistent` shows what
/// a bare clone runs).
pub const SHARED_DIR_VAR: &str = "VEILLE_SHARED_DIR";

/// The workspace root (the checkout).
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

/// The seed documents the project ships (`content/`, the same texts as
/// `../shared/seeds` under other file names).
pub fn content() -> PathBuf {
    workspace().join("content")
}

/// A folder of hand-written test documents (`crates/cli/tests/fixtures/<name>`).
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// A temp folder holding `count` generated articles (`veille_synth`, seed 23)
/// under `papers/`: invented text with the publisher's frontmatter shape,
/// for tests that need volume.
pub fn synth_folder(count: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    veille_synth::write_folder(dir.path(), 23, count).unwrap();
    dir
}

/// A folder of the publisher's test data beside the checkout
/// (`../shared/<dir>`, or `$VEILLE_SHARED_DIR/<dir>`), which a bare clone does
/// not have. When it is absent this prints, on stderr, that the calling test
/// is skipped and returns `None`; the test then returns:
///
/// ```ignore
/// let Some(corpus) = shared("corpus/medtech") else { return };
/// ```
pub fn shared(dir: &str) -> Option<PathBuf> {
    let overridden = std::env::var_os(SHARED_DIR_VAR).map(PathBuf::from);
    let path = overridden
        .clone()
        .unwrap_or_else(|| workspace().join("../shared"))
        .join(dir);
    if path.is_dir() {
        return Some(path);
    }
    let thread = std::thread::current();
    let test = thread.name().unwrap_or("a test");
    let why = match overridden {
        Some(_) => format!("{} ({SHARED_DIR_VAR}) does not exist", path.display()),
        None => format!(
            "../shared/{dir} is not beside this checkout (the publisher's corpus; CI has it)"
        ),
    };
    // Straight to the stderr handle, not eprintln!: libtest captures the
    // macros' output of passing tests, and a skip must show in every run.
    let _ = writeln!(std::io::stderr().lock(), "skipped {test}: {why}");
    None
}

/// One diagnostic as the tests spell it: path under the input folder, line,
/// severity, kind, message.
pub type Expected<'a> = (&'a str, Option<usize>, Severity, Kind, &'a str);

/// Builds a folder holding `files` (path under the input folder, bytes).
pub fn build_files(files: &[(&str, &[u8])]) -> (tempfile::TempDir, Bundle, Report) {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("site");
    std::fs::create_dir_all(&input).unwrap();
    for (name, bytes) in files {
        let path = input.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, bytes).unwrap();
    }
    build_dir(dir)
}

pub fn build_dir(dir: tempfile::TempDir) -> (tempfile::TempDir, Bundle, Report) {
    let opts = BuildOptions {
        inputs: vec![dir.path().join("site")],
        out: dir.path().join("out"),
        quiet: true,
        ..BuildOptions::default()
    };
    let (bundle, report) = build(&opts).unwrap();
    assert!(report.reconciles(), "{report:?}");
    (dir, bundle, report)
}

/// The diagnostics with paths made relative to the input folder.
pub fn diagnostics(
    dir: &Path,
    report: &Report,
) -> Vec<(String, Option<usize>, Severity, Kind, String)> {
    let root = format!("{}/", dir.join("site").display());
    report
        .diagnostics
        .iter()
        .map(|d| {
            let path = d.path.strip_prefix(&root).unwrap_or(&d.path).to_owned();
            (path, d.line, d.severity, d.kind, d.message.clone())
        })
        .collect()
}

#[track_caller]
pub fn assert_diagnostics(dir: &Path, report: &Report, expected: &[Expected<'_>]) {
    let got = diagnostics(dir, report);
    let expected: Vec<_> = expected
        .iter()
        .map(|(p, l, s, k, m)| ((*p).to_owned(), *l, *s, *k, (*m).to_owned()))
        .collect();
    assert_eq!(got, expected);
}

/// Builds one file and checks its diagnostics and whether it became an article.
#[track_caller]
pub fn one(name: &str, bytes: &[u8], expected: &[Expected<'_>], built: bool) -> Bundle {
    let (dir, bundle, report) = build_files(&[(name, bytes)]);
    assert_diagnostics(dir.path(), &report, expected);
    assert_eq!(report.articles_written, usize::from(built), "{report:?}");
    assert_eq!(report.files_read, 1);
    bundle
}

/// Frontmatter with everything needed for no warning at all.
pub const OK_FM: &str = "---\ntitle: T\ndate: 2024-01-05\n---\n";

pub fn md(frontmatter_lines: &str, body: &str) -> Vec<u8> {
    format!("---\n{frontmatter_lines}---\n{body}").into_bytes()
}
