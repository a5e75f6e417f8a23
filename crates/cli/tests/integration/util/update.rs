//! Shared by the tests of a publication after one more article: the
//! article added and the files of a site with their identity.

use std::collections::BTreeMap;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::process::Output;

use super::site::BASE_URL;

/// The article the update tests add, as `papers/new-registry.md`.
pub const NEW: &str = "---
title: A brand-new valve registry opens
date: 2040-03-04
sourceUrl: https://example.com/new-registry
tags: [Registry]
---
The registry of the new valve opened today.
";

/// Writes [`NEW`] into `folder`'s `papers/`.
pub fn add_new_article(folder: &Path) {
    std::fs::create_dir_all(folder.join("papers")).unwrap();
    std::fs::write(folder.join("papers/new-registry.md"), NEW).unwrap();
}

/// Every file below `dir` (relative path) with its inode and mtime.
pub fn files(dir: &Path) -> BTreeMap<PathBuf, (u64, i64, i64)> {
    let mut all = BTreeMap::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let path = e.unwrap().path();
            let m = std::fs::symlink_metadata(&path).unwrap();
            if m.is_dir() {
                stack.push(path);
            } else {
                let rel = path.strip_prefix(dir).unwrap().to_owned();
                all.insert(rel, (m.ino(), m.mtime(), m.mtime_nsec()));
            }
        }
    }
    all
}

/// `veille site` on `inputs` into `out` under `/veille/`, with `extra`
/// options (dates up to 2100 allowed, for the added article).
pub fn publish(inputs: &[&Path], out: &Path, extra: &[&str]) -> Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_veille"))
        .arg("site")
        .args(inputs)
        .args(["--out".as_ref(), out.as_os_str()])
        .args(["--base-url", BASE_URL, "--base-path", "/veille/", "--quiet"])
        .args(["--max-year", "2100"])
        .args(extra)
        .output()
        .unwrap()
}

/// Asserts that a publication succeeded, showing its errors otherwise.
pub fn ok(run: &Output) {
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
}
