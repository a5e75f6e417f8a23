//! `veille site`'s pages, on `content/` plus generated articles and, when
//! `../shared` is beside the checkout, on the real corpus
//! (`../shared/corpus/medtech` + seeds), each plus a hostile fixture
//! article: one page per article with complete, absolute, escaped preview
//! meta tags, text readable without JavaScript, and home and 404 pages that
//! boot the app. The browser side (deep links on
//! `python3 -m http.server`, the app taking over, image reachability) is
//! `e2e/site.test.mjs`; the sitemap, feeds and reruns are `site_files.rs`.

use scraper::{Html, Selector};

use crate::util::site::*;

#[test]
fn every_article_has_a_page_with_complete_absolute_preview_tags() {
    every_article_has_a_page_with_complete_absolute_preview_tags_in(fixture_site());
}

#[test]
fn on_the_corpus_every_article_has_a_page_with_complete_absolute_preview_tags() {
    let Some(site) = corpus_site() else {
        return;
    };
    assert!(
        site.bundle.articles.len() > 300,
        "{}",
        site.bundle.articles.len()
    );
    every_article_has_a_page_with_complete_absolute_preview_tags_in(site);
}

fn every_article_has_a_page_with_complete_absolute_preview_tags_in(site: &Site) {
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
        // The tags reference managers (Zotero) and Google Scholar read.
        assert_eq!(one(&head, "citation_title"), a.title);
        assert_eq!(one(&head, "citation_public_url"), url);
        assert_eq!(one(&head, "citation_publisher"), "Veille");
        if let Some(d) = a.date {
            let day = format!("{:04}/{:02}/{:02}", d.year, d.month, d.day);
            assert_eq!(one(&head, "citation_publication_date"), day);
        }
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
        // The app's loader is a file under the base path (no inline script).
        assert!(html.contains("<script type=\"module\" src=\"/veille/veille-start-"));
    }
}

#[test]
fn the_prerendered_text_is_escaped_and_readable_without_javascript() {
    the_prerendered_text_is_escaped_and_readable_without_javascript_in(fixture_site());
}

#[test]
fn on_the_corpus_the_prerendered_text_is_escaped_and_readable_without_javascript() {
    let Some(site) = corpus_site() else {
        return;
    };
    the_prerendered_text_is_escaped_and_readable_without_javascript_in(site);
}

fn the_prerendered_text_is_escaped_and_readable_without_javascript_in(site: &Site) {
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
        "the body is prerendered only as the builder sanitized it"
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
    // The body, as the app shows it (the summary is in the page's head).
    assert!(text.contains("Body with"), "{text}");
    assert!(text.contains("2 January 2031"), "{text}");
    let source = pre
        .select(&Selector::parse("h1 a").unwrap())
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

    // An article of the corpus (or a generated one): title, date and the
    // start of its body.
    let b = site
        .bundle
        .articles
        .iter()
        .find(|a| a.source_url.is_some() && a.published_label.is_some() && !a.body_text.is_empty())
        .unwrap();
    let body_start: String = b
        .body_text
        .split_whitespace()
        .take(5)
        .collect::<Vec<_>>()
        .join(" ");
    let doc = Html::parse_document(&std::fs::read_to_string(page_of(site, b)).unwrap());
    let text: String = doc
        .select(&Selector::parse("#veille-prerender").unwrap())
        .next()
        .unwrap()
        .text()
        .collect();
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    // The date in English, as the page's other words (`lang="en"`).
    let date = veille_cli::site::page::date_label(b).unwrap();
    assert!(!date.contains("é"), "{date}");
    for part in [&b.title, &date, &body_start] {
        assert!(text.contains(part.trim()), "{part:?} not in {text}");
    }
}

#[test]
fn the_home_and_404_pages_boot_the_app_under_the_base_path() {
    the_home_and_404_pages_boot_the_app_under_the_base_path_in(fixture_site());
}

#[test]
fn on_the_corpus_the_home_and_404_pages_boot_the_app_under_the_base_path() {
    let Some(site) = corpus_site() else {
        return;
    };
    the_home_and_404_pages_boot_the_app_under_the_base_path_in(site);
}

fn the_home_and_404_pages_boot_the_app_under_the_base_path_in(site: &Site) {
    let home = std::fs::read_to_string(site.out.join("index.html")).unwrap();
    let head = head_of(&home);
    assert_eq!(one(&head, "canonical"), ROOT);
    assert_eq!(one(&head, "og:type"), "website");
    assert_eq!(one(&head, "veille-base-path"), "/veille");
    let not_found = std::fs::read_to_string(site.out.join("404.html")).unwrap();
    let head = head_of(&not_found);
    assert_eq!(one(&head, "veille-base-path"), "/veille");
    assert_eq!(one(&head, "robots"), "noindex");
    assert!(not_found.contains("<script type=\"module\" src=\"/veille/veille-start-"));
    // The loader, moved into a file, imports the app's code under the base path.
    let loader = std::fs::read_dir(&site.out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            p.to_string_lossy().contains("veille-start-")
                && p.extension().is_some_and(|e| e == "js")
        })
        .unwrap();
    assert!(std::fs::read_to_string(loader)
        .unwrap()
        .contains("import('/veille/veille-app-1.js')"));
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
