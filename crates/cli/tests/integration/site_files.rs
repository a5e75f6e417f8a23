//! `veille site`'s other files, on `content/` plus generated articles and,
//! when `../shared` is beside the checkout, on the real corpus, each plus a
//! hostile fixture: a sitemap and Atom feeds that independent parsers
//! (roxmltree, feed-rs) read back, robots.txt, byte-identical reruns,
//! refusals, and speed. The pages are `site_pages.rs`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use veille_core::Article;

use crate::util::site::*;

#[test]
fn the_sitemap_parses_and_lists_every_article() {
    the_sitemap_parses_and_lists_every_article_in(fixture_site());
}

#[test]
fn on_the_corpus_the_sitemap_parses_and_lists_every_article() {
    let Some(site) = corpus_site() else {
        return;
    };
    the_sitemap_parses_and_lists_every_article_in(site);
}

fn the_sitemap_parses_and_lists_every_article_in(site: &Site) {
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
    the_feeds_parse_as_atom_newest_first_with_absolute_links_in(fixture_site());
}

#[test]
fn on_the_corpus_the_feeds_parse_as_atom_newest_first_with_absolute_links() {
    let Some(site) = corpus_site() else {
        return;
    };
    the_feeds_parse_as_atom_newest_first_with_absolute_links_in(site);
}

fn the_feeds_parse_as_atom_newest_first_with_absolute_links_in(site: &Site) {
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
    a_second_run_replaces_the_site_with_the_same_bytes_and_foreign_folders_are_refused_in(
        fixture_site(),
    );
}

#[test]
fn on_the_corpus_a_second_run_replaces_the_site_with_the_same_bytes_and_foreign_folders_are_refused(
) {
    let Some(site) = corpus_site() else {
        return;
    };
    a_second_run_replaces_the_site_with_the_same_bytes_and_foreign_folders_are_refused_in(site);
}

fn a_second_run_replaces_the_site_with_the_same_bytes_and_foreign_folders_are_refused_in(
    site: &Site,
) {
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
        "index.html.br",
        "index.html.gz",
        "data/bundle.json.br",
        "data/bundle.json.gz",
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
