//! `veille site` on the real corpus (`../shared/corpus/medtech` + seeds) plus
//! a hostile fixture article: one page per article with complete, absolute,
//! escaped preview meta tags; a sitemap and Atom feeds that independent
//! parsers (roxmltree, feed-rs) read back; 404.html, robots.txt; refusals.
//! The browser side (deep links on `python3 -m http.server`, the app taking
//! over, image reachability) is `e2e/site.test.mjs`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;
use std::time::Instant;

use scraper::{Html, Selector};
use veille_core::{Article, Bundle};

const BASE_URL: &str = "https://example.org";
const ROOT: &str = "https://example.org/veille/";

/// A shell shaped like Trunk's output for `--public-url /veille/`.
const SHELL: &str = r#"<!DOCTYPE html>
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

const HOSTILE_TITLE: &str = r#"<script>alert(1)</script> Tom & Jerry's "quoted" l’été"#;
const HOSTILE: &str = r#"---
title: "<script>alert(1)</script> Tom & Jerry's \"quoted\" l’été"
date: 2031-01-02
summary: "A <b>bold</b> & \"quoted\" summary, l'été"
sourceUrl: "https://example.com/a?b=1&c=2"
tags: ["R&D", "Été"]
---
Body with <img src=x onerror=alert(1)>.
"#;

fn shared(dir: &str) -> PathBuf {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared")
        .join(dir);
    assert!(
        path.is_dir(),
        "expected the shared test data at {}",
        path.display()
    );
    path
}

fn veille(args: &[&std::ffi::OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_veille"))
        .args(args)
        .output()
        .unwrap()
}

struct Site {
    _dir: tempfile::TempDir,
    out: PathBuf,
    dist: PathBuf,
    bundle: Bundle,
    seconds: f64,
}

/// The site, built once for all tests of this file.
fn site() -> &'static Site {
    static SITE: OnceLock<Site> = OnceLock::new();
    SITE.get_or_init(|| {
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
        let started = Instant::now();
        let run = veille(&[
            "site".as_ref(),
            shared("corpus/medtech").as_os_str(),
            shared("seeds").as_os_str(),
            dir.path().join("fixture").as_os_str(),
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
        let seconds = started.elapsed().as_secs_f64();
        assert!(
            run.status.success(),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
        let bundle =
            Bundle::from_json(&std::fs::read_to_string(out.join("data/bundle.json")).unwrap())
                .unwrap();
        Site {
            _dir: dir,
            out,
            dist,
            bundle,
            seconds,
        }
    })
}

fn page_of(site: &Site, a: &Article) -> PathBuf {
    site.out
        .join(&a.collection)
        .join(&a.slug)
        .join("index.html")
}

/// `property` or `name` → every `content` of the page's meta tags, plus
/// `canonical` → the canonical link and `title` → the document title.
fn head_of(html: &str) -> BTreeMap<String, Vec<String>> {
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

fn one<'a>(head: &'a BTreeMap<String, Vec<String>>, key: &str) -> &'a str {
    match head.get(key).map(Vec::as_slice) {
        Some([v]) => v,
        other => panic!("expected one `{key}`, found {other:?}"),
    }
}

fn is_absolute_http(url: &str) -> bool {
    url::Url::parse(url)
        .is_ok_and(|u| matches!(u.scheme(), "http" | "https") && u.host_str().is_some())
}

#[test]
fn every_article_has_a_page_with_complete_absolute_preview_tags() {
    let site = site();
    assert!(
        site.bundle.articles.len() > 300,
        "{}",
        site.bundle.articles.len()
    );
    for a in &site.bundle.articles {
        let html = std::fs::read_to_string(page_of(site, a)).unwrap();
        let head = head_of(&html);
        let url = format!("{ROOT}{}/{}/", a.collection, a.slug);
        assert_eq!(one(&head, "title"), format!("{} · Veille", a.title));
        assert_eq!(one(&head, "og:title"), a.title);
        assert_eq!(one(&head, "twitter:title"), a.title);
        assert_eq!(one(&head, "canonical"), url);
        assert_eq!(one(&head, "og:url"), url);
        assert_eq!(one(&head, "og:type"), "article");
        assert_eq!(one(&head, "og:site_name"), "Veille");
        assert_eq!(one(&head, "twitter:card"), "summary_large_image");
        assert_eq!(one(&head, "veille-base-path"), "/veille");
        let description = one(&head, "description");
        assert!(!description.is_empty());
        assert_eq!(one(&head, "og:description"), description);
        if let Some(summary) = &a.summary {
            assert_eq!(description, summary.trim());
        }
        let image = one(&head, "og:image");
        assert!(is_absolute_http(image), "{image}");
        assert_eq!(one(&head, "twitter:image"), image);
        assert_eq!(
            image,
            a.image_url
                .as_deref()
                .unwrap_or("https://example.org/veille/og-image.png")
        );
        match a.date {
            Some(d) => assert_eq!(one(&head, "article:published_time"), d.to_string()),
            None => assert!(!head.contains_key("article:published_time")),
        }
        assert_eq!(head.get("article:tag").cloned().unwrap_or_default(), a.tags);
        // The app's assets stay as Trunk wrote them, under the base path.
        assert!(html.contains("from '/veille/veille-app-1.js'"));
    }
}

#[test]
fn the_prerendered_text_is_escaped_and_readable_without_javascript() {
    let site = site();
    let a = site
        .bundle
        .articles
        .iter()
        .find(|a| a.slug == "hostile")
        .expect("the fixture article");
    assert_eq!(a.title, HOSTILE_TITLE);
    let html = std::fs::read_to_string(page_of(site, a)).unwrap();
    assert!(
        !html.contains("<script>alert"),
        "unescaped title in the page"
    );
    assert!(!html.contains("<b>bold"), "unescaped summary in the page");
    assert!(
        !html.contains("onerror"),
        "the body's HTML must not be prerendered"
    );
    let head = head_of(&html);
    assert_eq!(one(&head, "og:title"), HOSTILE_TITLE);
    assert_eq!(
        one(&head, "description"),
        r#"A <b>bold</b> & "quoted" summary, l'été"#
    );
    assert_eq!(head["article:tag"], ["R&D", "Été"]);

    let doc = Html::parse_document(&html);
    let pre = doc
        .select(&Selector::parse("body > #veille-prerender").unwrap())
        .next()
        .expect("prerendered block");
    let h1: String = pre
        .select(&Selector::parse("h1").unwrap())
        .next()
        .unwrap()
        .text()
        .collect();
    assert_eq!(h1, HOSTILE_TITLE);
    let text: String = pre.text().collect();
    assert!(
        text.contains(r#"A <b>bold</b> & "quoted" summary, l'été"#),
        "{text}"
    );
    assert!(text.contains("2031-01-02"), "{text}");
    let source = pre
        .select(&Selector::parse("a.source-link").unwrap())
        .next()
        .unwrap();
    assert_eq!(
        source.value().attr("href"),
        Some("https://example.com/a?b=1&c=2")
    );
    let home = pre
        .select(&Selector::parse("a.brand").unwrap())
        .next()
        .unwrap();
    assert_eq!(home.value().attr("href"), Some("/veille/"));
    assert_eq!(
        doc.select(&Selector::parse("script").unwrap()).count(),
        1,
        "only Trunk's loader"
    );

    // A corpus article: title, date, summary and source link.
    let b = site
        .bundle
        .articles
        .iter()
        .find(|a| a.summary.is_some() && a.source_url.is_some() && a.published_label.is_some())
        .unwrap();
    let doc = Html::parse_document(&std::fs::read_to_string(page_of(site, b)).unwrap());
    let text: String = doc
        .select(&Selector::parse("#veille-prerender").unwrap())
        .next()
        .unwrap()
        .text()
        .collect();
    for part in [
        &b.title,
        b.summary.as_ref().unwrap(),
        b.published_label.as_ref().unwrap(),
    ] {
        assert!(text.contains(part.trim()), "{part:?} not in {text}");
    }
}

#[test]
fn the_home_and_404_pages_boot_the_app_under_the_base_path() {
    let site = site();
    let home = std::fs::read_to_string(site.out.join("index.html")).unwrap();
    let head = head_of(&home);
    assert_eq!(one(&head, "canonical"), ROOT);
    assert_eq!(one(&head, "og:type"), "website");
    assert_eq!(one(&head, "veille-base-path"), "/veille");
    let not_found = std::fs::read_to_string(site.out.join("404.html")).unwrap();
    let head = head_of(&not_found);
    assert_eq!(one(&head, "veille-base-path"), "/veille");
    assert_eq!(one(&head, "robots"), "noindex");
    assert!(not_found.contains("from '/veille/veille-app-1.js'"));
    // The app's files are copied; the stale bundle from public/ is replaced.
    assert!(site.out.join("veille-app-1.js").is_file());
    assert!(site.out.join("og-image.png").is_file());
    let bundle = std::fs::read_to_string(site.out.join("data/bundle.json")).unwrap();
    assert!(bundle.starts_with('{'));
    let robots = std::fs::read_to_string(site.out.join("robots.txt")).unwrap();
    assert!(
        robots.contains("Sitemap: https://example.org/veille/sitemap.xml\n"),
        "{robots}"
    );
}

#[test]
fn the_sitemap_parses_and_lists_every_article() {
    let site = site();
    let text = std::fs::read_to_string(site.out.join("sitemap.xml")).unwrap();
    let doc = roxmltree::Document::parse(&text).unwrap();
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "urlset");
    assert_eq!(
        root.tag_name().namespace(),
        Some("http://www.sitemaps.org/schemas/sitemap/0.9")
    );
    let locs: Vec<&str> = root
        .descendants()
        .filter(|n| n.has_tag_name("loc"))
        .map(|n| n.text().unwrap())
        .collect();
    let expected: BTreeSet<String> = site
        .bundle
        .articles
        .iter()
        .map(|a| format!("{ROOT}{}/{}/", a.collection, a.slug))
        .chain([ROOT.to_owned()])
        .collect();
    assert_eq!(locs.len(), expected.len(), "no duplicate");
    assert_eq!(
        locs.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>(),
        expected
    );
}

#[test]
fn the_feeds_parse_as_atom_newest_first_with_absolute_links() {
    let site = site();
    let dated: Vec<&Article> = site
        .bundle
        .articles
        .iter()
        .filter(|a| a.date.is_some())
        .collect();
    let main = feed_rs::parser::parse(&std::fs::read(site.out.join("feeds/atom.xml")).unwrap()[..])
        .unwrap();
    assert_eq!(main.feed_type, feed_rs::model::FeedType::Atom);
    assert_eq!(main.title.unwrap().content, "Veille");
    assert_eq!(main.entries.len(), dated.len().min(50));
    for (entry, a) in main.entries.iter().zip(&dated) {
        assert_eq!(entry.title.as_ref().unwrap().content, a.title);
        assert_eq!(entry.id, format!("{ROOT}{}/{}/", a.collection, a.slug));
        assert_eq!(entry.links[0].href, entry.id);
        assert!(entry.published.is_some() && entry.updated.is_some());
    }
    let hostile = &main.entries[0];
    assert_eq!(
        hostile.title.as_ref().unwrap().content,
        HOSTILE_TITLE,
        "the newest, escaped and read back"
    );
    assert_eq!(hostile.links[1].href, "https://example.com/a?b=1&c=2");

    // One feed per tag, each listing that tag's dated articles.
    let mut tags: BTreeMap<String, usize> = BTreeMap::new();
    for a in &dated {
        for slug in a
            .tags
            .iter()
            .map(|t| veille_cli::normalize::slugify(t))
            .collect::<BTreeSet<_>>()
        {
            *tags.entry(slug).or_default() += 1;
        }
    }
    assert!(tags.len() > 20, "{}", tags.len());
    for (slug, count) in &tags {
        let path = site.out.join(format!("feeds/tags/{slug}.xml"));
        let feed = feed_rs::parser::parse(&std::fs::read(&path).unwrap()[..]).unwrap();
        assert_eq!(feed.feed_type, feed_rs::model::FeedType::Atom);
        assert_eq!(feed.entries.len(), (*count).min(50), "{}", path.display());
        assert!(feed.links.iter().all(|l| is_absolute_http(&l.href)));
    }
    assert!(
        site.out.join("feeds/tags/r-d.xml").is_file()
            && site.out.join("feeds/tags/ete.xml").is_file()
    );
}

#[test]
fn a_second_run_replaces_the_site_with_the_same_bytes_and_foreign_folders_are_refused() {
    let site = site();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let args = |out: &Path| {
        vec![
            "site".into(),
            "--bundle".into(),
            site.out.join("data/bundle.json").into_os_string(),
            "--dist".into(),
            site.dist.clone().into_os_string(),
            "--out".into(),
            out.as_os_str().to_owned(),
            "--base-url".into(),
            std::ffi::OsString::from("https://example.org/veille/"),
        ]
    };
    let run = |args: Vec<std::ffi::OsString>| {
        veille(&args.iter().map(|a| a.as_os_str()).collect::<Vec<_>>())
    };
    for _ in 0..2 {
        let r = run(args(&out));
        assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    }
    for file in [
        "sitemap.xml",
        "feeds/atom.xml",
        "index.html",
        "papers/hostile/index.html",
    ] {
        assert_eq!(
            std::fs::read(out.join(file)).unwrap(),
            std::fs::read(site.out.join(file)).unwrap(),
            "{file}"
        );
    }

    let foreign = dir.path().join("foreign");
    std::fs::create_dir_all(&foreign).unwrap();
    std::fs::write(foreign.join("precious.txt"), "keep me").unwrap();
    let r = run(args(&foreign));
    assert!(!r.status.success());
    assert!(String::from_utf8_lossy(&r.stderr).contains("was not written by `veille site`"));
    assert!(foreign.join("precious.txt").is_file());

    let mut wrong_base = args(&dir.path().join("other"));
    wrong_base[8] = "https://example.org/elsewhere/".into();
    let r = run(wrong_base);
    assert!(!r.status.success());
    assert!(
        String::from_utf8_lossy(&r.stderr).contains("--public-url /elsewhere/"),
        "{}",
        String::from_utf8_lossy(&r.stderr)
    );
}

#[test]
fn the_corpus_site_is_written_quickly() {
    let site = site();
    eprintln!(
        "veille site (corpus + seeds + fixture): {:.2} s",
        site.seconds
    );
    assert!(site.seconds < 30.0, "{:.2} s", site.seconds);
}
