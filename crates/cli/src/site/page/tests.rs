//! The pages `veille site` writes, from the app's shell.

use super::*;

const SHELL: &str = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\" /><title>Veille</title>\n<script type=\"module\">\nimport init, * as bindings from '/veille/app-1.js';\n</script></head>\n<body class=\"x\">\n<noscript>js</noscript></body></html>";

#[test]
fn escape_covers_markup_and_both_quotes() {
    assert_eq!(
        escape_all_quotes(r#"A & B <i>"x" l'été"#),
        "A &amp; B &lt;i&gt;&quot;x&quot; l&apos;été"
    );
}

#[test]
fn the_shell_takes_a_title_head_and_body() {
    let shell = Shell::parse(SHELL, Path::new("i.html"), "/veille").unwrap();
    let page = shell.render("<T> & co", "<meta name=\"a\" />", "<div>p</div>");
    assert!(page.contains("<title>&lt;T&gt; &amp; co</title>"));
    assert!(page.contains("</title><meta name=\"a\" />\n<script type=\"module\">"));
    assert!(page.contains("<body class=\"x\">\n<div>p</div>\n<noscript>"));
    assert_eq!(page.matches("<title>").count(), 1);
}

#[test]
fn a_shell_built_for_another_base_is_refused() {
    assert!(Shell::parse(SHELL, Path::new("i.html"), "/veille").is_ok());
    assert!(matches!(
        Shell::parse(SHELL, Path::new("i.html"), "/other"),
        Err(SiteError::AssetBase { .. })
    ));
    assert!(matches!(
        Shell::parse("<html></html>", Path::new("i.html"), ""),
        Err(SiteError::NotAShell { .. })
    ));
}

#[test]
fn the_prerendered_article_is_laid_out_as_the_app_shows_it() {
    let site = SiteInfo {
        name: "Veille".into(),
        description: String::new(),
        default_image: String::new(),
    };
    let urls = SiteUrls::new("https://example.org", Some("/veille/")).unwrap();
    let mut a = Article::new(
        "papers",
        "s",
        "A <i>title</i>",
        "<p>Safe <strong>body</strong></p>",
        "Safe body",
    );
    a.source_url = Some("https://src.example/a?b=1&c=2".into());
    a.source_host = Some("src.example".into());
    a.image_url = Some("https://img.example/a.jpg".into());
    a.image_credit = Some("Photo & co".into());
    a.tags = vec!["R&D".into()];
    a.date = Some("2024-12-13".parse().unwrap());
    let html = article_body(&site, &urls, &a);
    for part in [
        r#"<nav class="article-top"><a class="back-link" href="/veille/">← All articles</a></nav>"#,
        r#"<h1><a href="https://src.example/a?b=1&amp;c=2" rel="noopener noreferrer" target="_blank">A &lt;i&gt;title&lt;/i&gt;</a></h1>"#,
        r#"<p class="meta"><time datetime="2024-12-13">13 December 2024</time><span class="source">src.example</span></p>"#,
        r#"<figure class="article-image"><img src="https://img.example/a.jpg" alt="" /><figcaption>Photo &amp; co</figcaption></figure>"#,
        r#"<div class="article-body"><p>Safe <strong>body</strong></p></div>"#,
        r#"<li><a href="/veille/?tag=R%26D" class="tag">R&amp;D</a></li>"#,
    ] {
        assert!(html.contains(part), "{part}\nnot in\n{html}");
    }
    // An image the body opens with is shown once, by the body.
    a.body_html = r#"<p><img src="https://img.example/a.jpg" alt=""></p>"#.into();
    assert!(!article_body(&site, &urls, &a).contains("<figure"));
}

#[test]
fn descriptions_fall_back_to_the_text_cut_at_a_word() {
    let mut a = Article::new("papers", "s", "Title", "", &"word ".repeat(100));
    let d = description(&a);
    assert!(d.ends_with('…') && d.chars().count() <= 201, "{d}");
    a.summary = Some(" Summary ".into());
    assert_eq!(description(&a), "Summary");
}

#[test]
fn the_prerendered_home_shows_the_first_view_s_cards_as_the_app_does_then_links() {
    let site = SiteInfo {
        name: "Veille".into(),
        description: String::new(),
        default_image: String::new(),
    };
    let urls = SiteUrls::new("https://example.org", Some("/veille/")).unwrap();
    let articles: Vec<Article> = (0..4)
        .map(|i| {
            let mut a = Article::new(
                "papers",
                &format!("s{i}"),
                &format!("Title <{i}>"),
                "<p>Body</p>",
                "Body & more",
            );
            a.date = Some(format!("2024-12-1{i}").parse().unwrap());
            a.source_host = Some("src.example".into());
            a.tags = vec!["R&D".into()];
            a.image_url = (i == 3).then(|| "https://img.example/a.jpg".into());
            a
        })
        .collect();
    let engine = veille_core::Engine::new(articles.clone());
    let mut head = engine.search(&Query::default());
    head.hits.truncate(2);
    let html = home_body(&site, &urls, Some(&head), &articles, 3);
    let first = &head.hits[0];
    for part in [
        format!(
            r#"<li class="hit-item"><div class="hit"><div class="hit-text"><h2 class="hit-title"><a href="/veille/papers/{}/">Title &lt;{}&gt;</a></h2>"#,
            first.slug,
            &first.slug[1..]
        ),
        r#"<span class="source">src.example</span></p><p class="snippet">Body &amp; more</p>"#
            .into(),
        r#"<li><a href="/veille/?tag=R%26D" class="tag">R&amp;D</a></li>"#.into(),
    ] {
        assert!(html.contains(&part), "{part}\nnot in\n{html}");
    }
    assert_eq!(html.matches("class=\"hit-item\"").count(), 2);
    assert!(html.contains("<span class=\"thumb\"></span>"), "{html}");
    // The other articles of the first `limit`, as links; no test id of the
    // app's.
    assert_eq!(html.matches("<ul class=\"article-list\">").count(), 1);
    assert_eq!(html.matches("<li><a href=\"/veille/papers/").count(), 2);
    assert!(!html.contains("data-testid"));
    // Without a first view, the links alone.
    let plain = home_body(&site, &urls, None, &articles, 3);
    assert!(!plain.contains("hit-item") && plain.matches("<li><a href").count() == 3);
}
