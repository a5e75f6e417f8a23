//! Small articles, engines and mounting helpers for the browser tests.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::Router;
use veille_app::catch_up::RestOfPage;
use veille_app::components::fold::UNMEASURED;
use veille_app::data::LoadResult;
use veille_app::i18n::{I18n, Lang};
use veille_app::search_view::SearchView;
use veille_app::theme::ThemeChoice;
use veille_core::{Article, ArticleFile, Engine, Query, Results};
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

/// `article`'s own file, with no related article.
pub fn file_of(article: &Article) -> ArticleFile {
    ArticleFile {
        article: article.clone(),
        related: Vec::new(),
    }
}

/// The index's state while it loads, for good.
pub fn no_index() -> Signal<Option<LoadResult>> {
    Signal::derive(|| None)
}

pub fn engine_of(articles: Vec<Article>) -> Arc<Engine> {
    Arc::new(Engine::new(articles))
}

/// Two articles with images: "Stent study" (`a`, image `a.jpg`) and
/// "Valve trial" (`b`, image `b.jpg`).
pub fn stent_and_valve_with_images() -> Arc<Engine> {
    let with_image = |slug: &str, title: &str, date: &str| Article {
        image_url: Some(format!("https://img.example/{slug}.jpg")),
        ..article(slug, title, date)
    };
    engine_of(vec![
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
/// to `lang`) and the theme provided.
pub fn mount<V: IntoView + 'static>(
    lang: Lang,
    view: impl Fn() -> V + Clone + Send + Sync + 'static,
) -> (HtmlElement, impl Drop) {
    let root = container();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        I18n::provide().0.set(lang);
        ThemeChoice::provide();
        let view = view.clone();
        view! { <Router>{view()}</Router> }
    });
    (root, handle)
}

/// The search page's state as the results list reads it: the cards in view
/// show `in_view` (the results of `live`), those below them `below` (the
/// rest of the page's, for `rest_query`); links carry `url`. The list is
/// not measured: it starts with [`UNMEASURED`] cards in view.
pub fn list_view(
    live: Memo<Query>,
    url: Memo<Query>,
    in_view: Memo<Results>,
    rest_query: Memo<Query>,
    below: Memo<Results>,
) -> SearchView {
    SearchView {
        url_query: url,
        typed_text: RwSignal::new(None),
        live_query: live,
        results_in_view: in_view,
        cards_in_view: RwSignal::new(UNMEASURED),
        rest: RestOfPage {
            query: rest_query,
            results: below,
            below,
            drawn: Memo::new(|_| true),
            behind: Memo::new(|_| false),
            ready: Memo::new(|_| true),
        },
    }
}
