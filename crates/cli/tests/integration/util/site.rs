//! `veille site` on the real corpus, or on the repository's fixtures, plus a
//! hostile article, each built once for all tests; and readers for the pages
//! it writes.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::{Command, Output};
use std::sync::OnceLock;
use std::time::Instant;

use scraper::{Html, Selector};
use veille_core::{Article, Bundle};

use super::{content, shared, synth_folder};

pub const BASE_URL: &str = "https://example.org";
pub const ROOT: &str = "https://example.org/veille/";

/// A shell shaped like Trunk's output for `--public-url /veille/`.
pub const SHELL: &str = r#"<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Veille</title>
    <link rel="icon" href="/veille/favicon-1.svg" type="image/svg+xml" />
<script type="module">
import init, * as bindings from '/veille/veille-app-1.js';
const wasm = await init({ module_or_path: '/veille/veille-app-1_bg.wasm' });
</script>
  </head>
  <body>
    <noscript>Please enable JavaScript.</noscript>
  </body>
</html>
"#;

pub const HOSTILE_TITLE: &str = r#"<script>alert(1)</script> Tom & Jerry's "quoted" l’été"#;
pub const HOSTILE: &str = r#"---
title: "<script>alert(1)</script> Tom & Jerry's \"quoted\" l’été"
date: 2031-01-02
summary: "A <b>bold</b> & \"quoted\" summary, l'été"
sourceUrl: "https://example.com/a?b=1&c=2"
tags: ["R&D", "Été"]
---
Body with <img src=x onerror=alert(1)>.
"#;

pub fn veille(args: &[&std::ffi::OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_veille"))
        .args(args)
        .output()
        .unwrap()
}

/// A site written by `veille site` on some folders plus [`HOSTILE`].
pub struct Site {
    _dir: tempfile::TempDir,
    /// The output folder.
    pub out: PathBuf,
    /// The fake Trunk build it was made from.
    pub dist: PathBuf,
    /// Its bundle.
    pub bundle: Bundle,
}

/// The site of the real corpus, the seeds and [`HOSTILE`], built once for all
/// tests; `None` (after saying so on stderr) when `../shared` is absent.
pub fn corpus_site() -> Option<&'static Site> {
    static SITE: OnceLock<Site> = OnceLock::new();
    let corpus = shared("corpus/medtech")?;
    let seeds = shared("seeds")?;
    Some(SITE.get_or_init(|| build_site(&[corpus, seeds])))
}

/// The site of `content/`, 60 generated articles and [`HOSTILE`], built once
/// for all tests. Every generated article is dated before [`HOSTILE`].
pub fn fixture_site() -> &'static Site {
    static SITE: OnceLock<Site> = OnceLock::new();
    SITE.get_or_init(|| {
        let synth = synth_folder(60);
        build_site(&[content(), synth.path().to_path_buf()])
    })
}

/// Runs `veille site` on `inputs` plus [`HOSTILE`], with a fake Trunk build.
fn build_site(inputs: &[PathBuf]) -> Site {
    let dir = tempfile::tempdir().unwrap();
    let dist = dir.path().join("dist");
    std::fs::create_dir_all(dist.join("data")).unwrap();
    std::fs::write(dist.join("index.html"), SHELL).unwrap();
    std::fs::write(dist.join("veille-app-1.js"), "export default 1;").unwrap();
    std::fs::write(dist.join("data/bundle.json"), "stale, from public/").unwrap();
    let fixture = dir.path().join("fixture/papers");
    std::fs::create_dir_all(&fixture).unwrap();
    std::fs::write(fixture.join("hostile.md"), HOSTILE).unwrap();
    let out = dir.path().join("out");
    let mut args: Vec<&std::ffi::OsStr> = vec!["site".as_ref()];
    args.extend(inputs.iter().map(|p| p.as_os_str()));
    let fixture_root = dir.path().join("fixture");
    args.extend([
        fixture_root.as_os_str(),
        "--dist".as_ref(),
        dist.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
        "--base-url".as_ref(),
        BASE_URL.as_ref(),
        "--base-path".as_ref(),
        "/veille/".as_ref(),
        "--quiet".as_ref(),
    ]);
    let started = Instant::now();
    let run = veille(&args);
    // A figure for the log, not a limit: speed is measured by the
    // benchmarks, never asserted in a test on a shared machine.
    eprintln!(
        "veille site ({} input folders, debug build): {:.2} s",
        inputs.len() + 1,
        started.elapsed().as_secs_f64()
    );
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let bundle =
        Bundle::from_json(&std::fs::read_to_string(out.join("data/bundle.json")).unwrap()).unwrap();
    Site {
        _dir: dir,
        out,
        dist,
        bundle,
    }
}

pub fn page_of(site: &Site, a: &Article) -> PathBuf {
    site.out
        .join(&a.collection)
        .join(&a.slug)
        .join("index.html")
}

/// `property` or `name` → every `content` of the page's meta tags, plus
/// `canonical` → the canonical link and `title` → the document title.
pub fn head_of(html: &str) -> BTreeMap<String, Vec<String>> {
    let doc = Html::parse_document(html);
    let mut map: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for meta in doc.select(&Selector::parse("head meta[content]").unwrap()) {
        let el = meta.value();
        if let Some(key) = el.attr("property").or(el.attr("name")) {
            map.entry(key.to_owned())
                .or_default()
                .push(el.attr("content").unwrap().to_owned());
        }
    }
    for link in doc.select(&Selector::parse("head link[rel=canonical]").unwrap()) {
        map.entry("canonical".into())
            .or_default()
            .push(link.value().attr("href").unwrap().to_owned());
    }
    let title_sel = Selector::parse("head title").unwrap();
    let titles: Vec<String> = doc.select(&title_sel).map(|t| t.text().collect()).collect();
    map.insert("title".into(), titles);
    map
}

pub fn one<'a>(head: &'a BTreeMap<String, Vec<String>>, key: &str) -> &'a str {
    match head.get(key).map(Vec::as_slice) {
        Some([v]) => v,
        other => panic!("expected one `{key}`, found {other:?}"),
    }
}

pub fn is_absolute_http(url: &str) -> bool {
    url::Url::parse(url)
        .is_ok_and(|u| matches!(u.scheme(), "http" | "https") && u.host_str().is_some())
}
