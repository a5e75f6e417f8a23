//! The rest of the search page (facets, timeline, cards below) following
//! the page's query: typed text once it reaches the URL, anything else at
//! once.

use std::sync::Arc;

use leptos::prelude::*;
use veille_app::catch_up::follow_rest;
use veille_app::i18n::Lang;
use veille_core::{Query, Results};
use wasm_bindgen_test::*;

use super::fixtures::*;

#[wasm_bindgen_test]
async fn typed_text_reaches_the_rest_of_the_page_with_the_url_and_a_filter_at_once() {
    let engine = stent_and_valve_with_images();
    let shared = Arc::clone(&engine);
    let q = Query::from_query_string;
    // The page's query (the URL's, with the text being typed) and the URL's.
    let (page, url) = (RwSignal::new(q("q=stent")), RwSignal::new(q("q=stent")));
    let (root, _h) = mount(Lang::En, move || {
        let query = Memo::new(move |_| page.get());
        let url_query = Memo::new(move |_| url.get());
        let c = Arc::clone(&shared);
        let results = Memo::new(move |_| query.with(|q| c.search(q)));
        let later = follow_rest(
            query,
            url_query,
            results,
            Memo::new(|_| true),
            |r: Results| r,
        );
        view! {
            <p data-testid="later-text">{move || later.query.with(|q| q.text.clone())}</p>
            <p data-testid="later-total">{move || later.results.with(|r| r.total)}</p>
            <p data-testid="below">{move || later.below.with(|r| r.hits.len())}</p>
        }
    });
    let shows = |id: &str| texts(&root, &format!("[data-testid={id}]")).concat();
    let settle = || async {
        gloo_timers::future::TimeoutFuture::new(0).await;
        veille_app::frames::next_paint().await;
        gloo_timers::future::TimeoutFuture::new(50).await;
    };
    // The first view (both articles mention stents): the cards below come
    // once its first frame is painted.
    assert_eq!(shows("below"), "0");
    settle().await;
    assert_eq!(
        (shows("later-text"), shows("below")),
        ("stent".into(), "2".into())
    );

    // Typing: the rest of the page keeps the text in the URL, frames later.
    page.set(q("q=valve+tr"));
    settle().await;
    assert_eq!(shows("later-text"), "stent");
    page.set(q("q=valve"));
    settle().await;
    assert_eq!(shows("later-text"), "stent");

    // The text reaches the URL (the pause, Enter, the box left): at once.
    url.set(q("q=valve"));
    gloo_timers::future::TimeoutFuture::new(0).await;
    assert_eq!(shows("later-text"), "valve");
    assert_eq!(shows("later-total"), "1");

    // A filter chosen while text is still being typed: at once, with it.
    page.set(q("q=trial&tag=France"));
    gloo_timers::future::TimeoutFuture::new(0).await;
    assert_eq!(shows("later-text"), "trial");
}
