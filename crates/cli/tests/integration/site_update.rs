//! Publishing again after one more article: only the files that must change
//! are rewritten (the rest keep their bytes, inode and modification time,
//! siblings included), files of articles gone are removed, and a failed
//! publication leaves the previous site exactly as it was.

#![cfg(unix)]

use std::path::{Path, PathBuf};

use super::util::site::BASE_URL;
use super::util::synth_folder;
use super::util::update::{add_new_article, files, ok, publish};

/// The file a sibling belongs to (`a.html.br` → `a.html`).
fn base_of(rel: &Path) -> PathBuf {
    let s = rel.to_string_lossy();
    PathBuf::from(
        s.strip_suffix(".br")
            .or_else(|| s.strip_suffix(".gz"))
            .unwrap_or(&s),
    )
}

#[test]
fn one_more_article_rewrites_only_the_files_it_must_and_keeps_the_others_mtimes() {
    let synth = synth_folder(60);
    let extra = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site");
    ok(&publish(&[synth.path(), extra.path()], &out, &[]));
    let before = files(&out);

    add_new_article(extra.path());
    let run = publish(&[synth.path(), extra.path()], &out, &[]);
    ok(&run);
    let after = files(&out);

    let rewritten: Vec<&PathBuf> = after
        .iter()
        .filter(|(rel, id)| before.get(*rel) != Some(id))
        .map(|(rel, _)| rel)
        .collect();
    let may_change = |rel: &Path| {
        let base = base_of(rel);
        base.starts_with("data")
            || base.starts_with("papers/new-registry")
            || base.starts_with("feeds")
            || ["index.html", "sitemap.xml"].contains(&base.to_str().unwrap())
    };
    let unexpected: Vec<_> = rewritten.iter().filter(|r| !may_change(r)).collect();
    assert!(
        unexpected.is_empty(),
        "rewritten without need: {unexpected:?}"
    );
    // The new page and its siblings, the home page, the sitemap, the main feed.
    for must in [
        "papers/new-registry/index.html",
        "papers/new-registry/index.html.br",
        "index.html",
        "sitemap.xml",
        "feeds/atom.xml",
        "data/bundle.json",
        "data/index.bin",
    ] {
        assert!(
            rewritten.contains(&&PathBuf::from(must)),
            "{must} not rewritten"
        );
    }
    let pages_rewritten = rewritten
        .iter()
        .filter(|r| r.ends_with("index.html") && r.components().count() == 3)
        .count();
    assert_eq!(pages_rewritten, 1, "only the new article's page");
    let added: Vec<_> = after.keys().filter(|r| !before.contains_key(*r)).collect();
    assert!(added.iter().all(|r| may_change(r)), "{added:?}");
    assert!(
        added.contains(&&PathBuf::from("papers/new-registry/index.html")),
        "{added:?}"
    );
    // A figure for the log: how small the update is.
    eprintln!(
        "one-article update: {} of {} files rewritten ({} under data/); {}",
        rewritten.len(),
        after.len(),
        rewritten.iter().filter(|r| r.starts_with("data")).count(),
        String::from_utf8_lossy(&run.stderr).trim()
    );
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        leftovers,
        ["site"],
        "no staging folder left beside the site"
    );

    // The article goes again: its page and siblings go with it.
    std::fs::remove_file(extra.path().join("papers/new-registry.md")).unwrap();
    ok(&publish(&[synth.path(), extra.path()], &out, &[]));
    let again = files(&out);
    assert!(!out.join("papers/new-registry").exists());
    assert_eq!(
        again.keys().collect::<Vec<_>>(),
        before.keys().collect::<Vec<_>>(),
        "the same files as before the article came"
    );
}

#[test]
fn a_failed_publication_leaves_the_previous_site_as_it_was() {
    let synth = synth_folder(5);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site");
    ok(&publish(&[synth.path()], &out, &[]));
    let before = files(&out);
    let broken = dir.path().join("broken.json");
    std::fs::write(&broken, "{ not a bundle").unwrap();
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_veille"))
        .args(["site", "--bundle"])
        .arg(&broken)
        .args(["--out".as_ref(), out.as_os_str()])
        .args(["--base-url", BASE_URL, "--base-path", "/veille/", "--quiet"])
        .output()
        .unwrap();
    assert!(!run.status.success());
    assert_eq!(files(&out), before, "every file kept, bytes and times");
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    let mut names = names;
    names.sort();
    assert_eq!(names, ["broken.json", "site"], "no staging folder left");
}

#[test]
fn siblings_come_back_after_a_publication_without_them() {
    let synth = synth_folder(3);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site");
    let site = |extra: &[&str]| {
        let run = std::process::Command::new(env!("CARGO_BIN_EXE_veille"))
            .arg("site")
            .arg(synth.path())
            .args(["--out".as_ref(), out.as_os_str()])
            .args(["--base-url", BASE_URL, "--quiet"])
            .args(extra)
            .output()
            .unwrap();
        ok(&run);
    };
    site(&[]);
    let with = files(&out);
    site(&["--no-precompress"]);
    assert!(files(&out).keys().all(|r| base_of(r) == *r), "no siblings");
    site(&[]);
    let again: Vec<_> = files(&out).into_keys().collect();
    assert_eq!(again, with.into_keys().collect::<Vec<_>>());
}
