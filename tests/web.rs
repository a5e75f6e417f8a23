//! Component tests in headless Chromium (`wasm-bindgen-test`): mount a
//! component, then assert on the DOM it renders.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use leptos_router::components::Router;
use veille_app::components::{ArticleList, ArticleView};
use veille_app::App;
use veille_core::Article;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

fn article(slug: &str, title: &str) -> Article {
    Article {
        date: Some("2023-12-14T12:52:18Z".parse().unwrap()),
        published_label: Some("14 décembre 2023".into()),
        source_url: Some("https://cardiovascularnews.com/a/".into()),
        source_host: Some("cardiovascularnews.com".into()),
        tags: vec!["France".into(), "Actualité".into()],
        ..Article::new(
            "papers",
            slug,
            title,
            "<h2>L’essentiel</h2><p>Safe <strong>body</strong></p>",
            "L’essentiel\nSafe body",
        )
    }
}

/// A fresh element appended to the page body to mount into.
fn container() -> HtmlElement {
    let doc = web_sys::window().unwrap().document().unwrap();
    let div = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&div).unwrap();
    div.unchecked_into()
}

fn texts(root: &HtmlElement, selector: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).unwrap();
    (0..nodes.length())
        .map(|i| nodes.item(i).unwrap().text_content().unwrap_or_default())
        .collect()
}

#[wasm_bindgen_test]
fn the_article_list_shows_each_title_as_a_link_to_its_page_with_date_and_source() {
    let root = container();
    let articles = vec![article("a", "First title"), article("b", "Second title")];
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        view! { <Router><ArticleList articles=articles.clone() /></Router> }
    });
    assert_eq!(
        texts(&root, "[data-testid=article-item] a"),
        ["First title", "Second title"]
    );
    let link = root
        .query_selector("[data-testid=article-item] a")
        .unwrap()
        .unwrap();
    assert_eq!(link.get_attribute("href").as_deref(), Some("/papers/a"));
    assert_eq!(
        texts(&root, "time"),
        ["14 décembre 2023", "14 décembre 2023"]
    );
    assert_eq!(
        texts(&root, ".source"),
        ["cardiovascularnews.com", "cardiovascularnews.com"]
    );
    assert_eq!(texts(&root, "[role=status]"), ["2 articles"]);
}

#[wasm_bindgen_test]
fn the_article_view_links_its_title_to_the_source_and_renders_the_body_and_tags() {
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), || {
        view! { <Router><ArticleView article=article("a", "A title") /></Router> }
    });
    let title_link = root.query_selector("h1 a").unwrap().unwrap();
    assert_eq!(title_link.text_content().as_deref(), Some("A title"));
    assert_eq!(
        title_link.get_attribute("href").as_deref(),
        Some("https://cardiovascularnews.com/a/")
    );
    assert_eq!(
        title_link.get_attribute("rel").as_deref(),
        Some("noopener noreferrer")
    );
    assert_eq!(texts(&root, ".article-body strong"), ["body"]);
    assert_eq!(texts(&root, ".tag"), ["France", "Actualité"]);
}

#[wasm_bindgen_test]
async fn the_app_explains_a_missing_bundle_instead_of_showing_a_blank_page() {
    // The test runner's server has no /data/bundle.json, so loading it fails with 404.
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), App);
    let mut alert = None;
    for _ in 0..100 {
        alert = root.query_selector("[data-testid=load-error]").unwrap();
        if alert.is_some() {
            break;
        }
        gloo_timers::future::TimeoutFuture::new(50).await;
    }
    let text = alert
        .expect("an error is shown within 5 s")
        .text_content()
        .unwrap_or_default();
    assert!(text.contains("The articles could not be loaded"), "{text}");
    assert!(text.contains("HTTP 404"), "{text}");
    assert_eq!(
        texts(&root, "[data-testid=load-error] button"),
        ["Try again"]
    );
}

#[wasm_bindgen_test]
fn the_article_view_shows_the_image_with_its_credit_once_even_when_the_body_opens_with_it() {
    let url = "https://example.com/pump.jpg";
    let mut separate = article("a", "A title");
    separate.image_url = Some(url.into());
    separate.image_credit = Some("Photo: the maker".into());
    let mut in_body = separate.clone();
    in_body.body_html = format!(r#"<p><img src="{url}" alt=""></p><p>Text</p>"#);

    let root = container();
    let _a = leptos::mount::mount_to(root.clone(), move || {
        view! { <Router><ArticleView article=separate.clone() /></Router> }
    });
    assert_eq!(root.query_selector_all("img").unwrap().length(), 1);
    assert_eq!(texts(&root, "figcaption"), ["Photo: the maker"]);

    let root = container();
    let _b = leptos::mount::mount_to(root.clone(), move || {
        view! { <Router><ArticleView article=in_body.clone() /></Router> }
    });
    assert_eq!(root.query_selector_all("img").unwrap().length(), 1);
    assert!(root.query_selector("figure").unwrap().is_none());
}
