//! Small articles, engines and mounting helpers for the browser tests.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::Router;
use veille_app::data::{Catalog, CatalogContext};
use veille_app::i18n::{I18n, Lang};
use veille_app::theme::ThemeChoice;
use veille_core::{Article, Engine, FacetValue};
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

pub fn article(slug: &str, title: &str, date: &str) -> Article {
    Article {
        date: Some(date.parse().unwrap()),
        published_label: Some("14 décembre 2023".into()),
        source_url: Some("https://cardiovascularnews.com/a/".into()),
        source_host: Some("cardiovascularnews.com".into()),
        tags: vec!["France".into(), "Actualité".into()],
        ..Article::new(
            "papers",
            slug,
            title,
            "<h2>L’essentiel</h2><p>Safe <strong>body</strong> about stents</p>",
            "L’essentiel\nSafe body about stents",
        )
    }
}

pub fn catalog(articles: Vec<Article>) -> Arc<Catalog> {
    Arc::new(Catalog {
        engine: Engine::new(articles),
    })
}

/// Two articles with images: "Stent study" (`a`, image `a.jpg`) and
/// "Valve trial" (`b`, image `b.jpg`).
pub fn stent_and_valve_with_images() -> Arc<Catalog> {
    let with_image = |slug: &str, title: &str, date: &str| Article {
        image_url: Some(format!("https://img.example/{slug}.jpg")),
        ..article(slug, title, date)
    };
    catalog(vec![
        with_image("a", "Stent study", "2023-12-14"),
        with_image("b", "Valve trial", "2023-11-02"),
    ])
}

/// A fresh element appended to the page body to mount into.
pub fn container() -> HtmlElement {
    let doc = web_sys::window().unwrap().document().unwrap();
    let div = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&div).unwrap();
    div.unchecked_into()
}

pub fn texts(root: &HtmlElement, selector: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).unwrap();
    (0..nodes.length())
        .map(|i| nodes.item(i).unwrap().text_content().unwrap_or_default())
        .collect()
}

pub fn attr(root: &HtmlElement, selector: &str, name: &str) -> Option<String> {
    root.query_selector(selector).unwrap()?.get_attribute(name)
}

/// Mounts `view` as the app would: inside a router, with the language (set
/// to `lang`), the theme and `catalog` provided.
pub fn mount<V: IntoView + 'static>(
    lang: Lang,
    catalog: Arc<Catalog>,
    view: impl Fn() -> V + Clone + Send + Sync + 'static,
) -> (HtmlElement, impl Drop) {
    let root = container();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        I18n::provide().0.set(lang);
        ThemeChoice::provide();
        CatalogContext::provide(Arc::clone(&catalog));
        let view = view.clone();
        view! { <Router>{view()}</Router> }
    });
    (root, handle)
}

pub fn value(v: &str, count: usize, selected: bool) -> FacetValue {
    FacetValue {
        value: v.into(),
        count,
        selected,
    }
}
