//! Components mounted with a small engine, asserted on the DOM they render.

use std::sync::Arc;

use leptos::prelude::*;
use veille_app::components::{Highlighted, ResultList, TimelineChart, THUMBNAILS_AFTER_TYPING_MS};
use veille_app::i18n::Lang;
use veille_app::state::use_query;
use veille_app::App;
use veille_core::{Article, Query, Results, Span};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

use super::fixtures::*;

#[wasm_bindgen_test]
fn highlighted_text_marks_matches_and_never_renders_markup() {
    let root = container();
    let _h = leptos::mount::mount_to(root.clone(), || {
        view! { <Highlighted text="<b>Stent</b> trial".to_owned() spans=vec![Span { start: 3, end: 8 }] /> }
    });
    assert_eq!(texts(&root, "mark"), ["Stent"]);
    assert!(root.query_selector("b").unwrap().is_none());
    assert_eq!(root.text_content().unwrap(), "<b>Stent</b> trial");
}

#[wasm_bindgen_test]
fn results_are_grouped_under_month_headings_with_matches_marked() {
    let engine = engine_of(vec![
        article("a", "Stent study", "2023-12-14"),
        article("b", "Another stent", "2023-11-02"),
        article("c", "Valve stent", "2023-11-01"),
    ]);
    let shared = Arc::clone(&engine);
    // The router reads the query from the page's URL.
    let history = web_sys::window().unwrap().history().unwrap();
    let page = web_sys::window().unwrap().location().pathname().unwrap();
    let with_query = format!("{page}?q=stent&sort=newest");
    history
        .replace_state_with_url(&JsValue::NULL, "", Some(&with_query))
        .unwrap();
    let (root, _h) = mount(Lang::En, move || {
        let query = use_query();
        let c = Arc::clone(&shared);
        let results = Memo::new(move |_| query.with(|q| c.search(q)));
        view! { <ResultList view=list_view(query, query, results, query, results) /> }
    });
    history
        .replace_state_with_url(&JsValue::NULL, "", Some(&page))
        .unwrap();
    assert_eq!(
        texts(&root, "[data-testid=month-heading]"),
        ["December 2023", "November 2023"]
    );
    assert_eq!(
        texts(&root, "[data-testid=hit-link]"),
        ["Stent study", "Another stent", "Valve stent"]
    );
    assert_eq!(
        texts(&root, "[data-testid=hit-link] mark"),
        ["Stent", "stent", "stent"]
    );
    assert_eq!(
        attr(&root, "[data-testid=hit-link]", "href").as_deref(),
        Some("/papers/a?q=stent&sort=newest")
    );
    assert_eq!(
        attr(&root, "[data-testid=hit] .tags a", "href").as_deref(),
        Some("/?q=stent&tag=France&sort=newest")
    );
}

#[wasm_bindgen_test]
async fn a_new_page_of_results_updates_the_cards_in_place_from_the_dated_view_to_a_search() {
    let engine = engine_of(vec![
        article("a", "Stent study", "2023-12-14"),
        article("b", "Another stent", "2023-11-02"),
        article("c", "Valve trial", "2023-11-01"),
    ]);
    let shared = Arc::clone(&engine);
    let typed = RwSignal::new(Query::default());
    let (root, _h) = mount(Lang::En, move || {
        let c = Arc::clone(&shared);
        let query = Memo::new(move |_| typed.get());
        let results = Memo::new(move |_| query.with(|q| c.search(q)));
        view! { <ResultList view=list_view(query, query, results, query, results) /> }
    });
    let first = root.query_selector("[data-testid=hit]").unwrap().unwrap();
    assert_eq!(
        texts(&root, "[data-testid=month-heading]"),
        ["December 2023", "November 2023"]
    );

    typed.set(Query::from_query_string("q=valve"));
    gloo_timers::future::TimeoutFuture::new(0).await;
    assert_eq!(texts(&root, "[data-testid=hit-link]"), ["Valve trial"]);
    assert_eq!(texts(&root, "[data-testid=hit-link] mark"), ["Valve"]);
    assert!(texts(&root, "[data-testid=month-heading]").is_empty());
    let now = root.query_selector("[data-testid=hit]").unwrap().unwrap();
    assert!(now.is_same_node(Some(&first)), "the first card was rebuilt");
    assert_eq!(
        attr(&root, "[data-testid=hit-link]", "href").as_deref(),
        Some("/papers/c?q=valve")
    );
}

#[wasm_bindgen_test]
async fn a_card_keeps_the_tag_items_its_hits_had_hidden_so_typing_seldom_inserts_a_link() {
    let tagged = |slug: &str, title: &str, tags: &[&str]| Article {
        tags: tags.iter().map(|t| (*t).to_owned()).collect(),
        ..article(slug, title, "2023-11-01")
    };
    let engine = engine_of(vec![
        tagged(
            "a",
            "Coronary stent study",
            &["France", "Stent", "Coronary"],
        ),
        tagged("b", "Valve trial", &["Valve"]),
    ]);
    let shared = Arc::clone(&engine);
    let typed = RwSignal::new(Query::from_query_string("q=coronary"));
    let (root, _h) = mount(Lang::En, move || {
        let c = Arc::clone(&shared);
        let query = Memo::new(move |_| typed.get());
        let results = Memo::new(move |_| query.with(|q| c.search(q)));
        view! { <ResultList view=list_view(query, query, results, query, results) /> }
    });
    let links = |root: &HtmlElement| root.query_selector_all("[data-testid=hit-tags] a").unwrap();
    let three = links(&root);
    assert_eq!(
        texts(&root, "[data-testid=hit-tags] a"),
        ["France", "Stent", "Coronary"]
    );

    typed.set(Query::from_query_string("q=valve"));
    gloo_timers::future::TimeoutFuture::new(0).await;
    assert_eq!(
        texts(&root, "[data-testid=hit-tags] li:not([hidden]) a[href]"),
        ["Valve"]
    );
    assert_eq!(
        attr(&root, "[data-testid=hit-tags] a", "href").as_deref(),
        Some("/?q=valve&tag=Valve")
    );
    let hidden = root
        .query_selector_all("[data-testid=hit-tags] li[hidden] a:not([href])")
        .unwrap();
    assert_eq!(
        hidden.length(),
        2,
        "the items past the one tag are hidden, not links"
    );
    assert!(texts(&root, "[data-testid=hit-tags] li[hidden]")
        .iter()
        .all(String::is_empty));

    typed.set(Query::from_query_string("q=coronary"));
    gloo_timers::future::TimeoutFuture::new(0).await;
    let again = links(&root);
    assert_eq!(again.length(), 3);
    for i in 0..3 {
        assert!(
            again.item(i).unwrap().is_same_node(three.item(i).as_ref()),
            "tag link {i} was inserted anew"
        );
    }
    assert!(root
        .query_selector("[data-testid=hit-tags] li[hidden]")
        .unwrap()
        .is_none());
    assert_eq!(
        attr(&root, "[data-testid=hit-tags] li:last-child a", "href").as_deref(),
        Some("/?q=coronary&tag=Coronary")
    );
}

#[wasm_bindgen_test]
async fn a_card_shows_no_other_hits_thumbnail_while_its_own_waits_for_the_later_update() {
    let engine = stent_and_valve_with_images();
    let shared = Arc::clone(&engine);
    let typed = RwSignal::new(Query::from_query_string("q=stent"));
    // What the cards below the first ones (and the thumbnails) show: held
    // back until the test lets it follow, as the page does until idle.
    let shown = RwSignal::new(Query::from_query_string("q=stent"));
    let (root, _h) = mount(Lang::En, move || {
        let query = Memo::new(move |_| typed.get());
        let (c, d) = (Arc::clone(&shared), Arc::clone(&shared));
        let results = Memo::new(move |_| query.with(|q| c.search(q)));
        let later = Memo::new(move |_| shown.with(|q| d.search(q)));
        let later_query = Memo::new(move |_| shown.get());
        view! { <ResultList view=list_view(query, query, results, later_query, later) /> }
    });
    let src = |root: &HtmlElement| attr(root, "[data-testid=thumb] img", "src");
    assert_eq!(src(&root).as_deref(), Some("https://img.example/a.jpg"));

    typed.set(Query::from_query_string("q=valve"));
    gloo_timers::future::TimeoutFuture::new(0).await;
    assert_eq!(texts(&root, "[data-testid=hit-link]"), ["Valve trial"]);
    // The placeholder box stays; no image is in it, not even one without a
    // source (which would show the broken-image fallback).
    assert_eq!(
        root.query_selector_all("[data-testid=thumb]")
            .unwrap()
            .length(),
        1
    );
    assert!(
        root.query_selector("[data-testid=thumb] img")
            .unwrap()
            .is_none(),
        "the card shows the previous hit's image, or an empty one"
    );

    shown.set(Query::from_query_string("q=valve"));
    gloo_timers::future::TimeoutFuture::new(0).await;
    // Thumbnails follow a frame after the rest of the page.
    veille_app::frames::next_paint().await;
    assert_eq!(src(&root).as_deref(), Some("https://img.example/b.jpg"));
}

#[wasm_bindgen_test]
async fn thumbnails_wait_a_while_after_typing_pauses_but_a_card_that_keeps_its_hit_keeps_its_image()
{
    let engine = stent_and_valve_with_images();
    let shared = Arc::clone(&engine);
    let q = Query::from_query_string;
    // The text as typed, and the URL's query, which follows it once typing
    // pauses. The later results are kept up to date with the text here.
    let (typed, url) = (RwSignal::new(q("q=stent")), RwSignal::new(q("q=stent")));
    let (root, _h) = mount(Lang::En, move || {
        let query = Memo::new(move |_| typed.get());
        let link_query = Memo::new(move |_| url.get());
        let c = Arc::clone(&shared);
        let results = Memo::new(move |_| query.with(|q| c.search(q)));
        view! { <ResultList view=list_view(query, link_query, results, query, results) /> }
    });
    let tick = || gloo_timers::future::TimeoutFuture::new(0);
    let src = |root: &HtmlElement| attr(root, "[data-testid=thumb] img", "src");
    assert_eq!(src(&root).as_deref(), Some("https://img.example/a.jpg"));

    typed.set(q("q=valve"));
    tick().await;
    assert_eq!(texts(&root, "[data-testid=hit-link]"), ["Valve trial"]);
    assert_eq!(src(&root), None, "an image was fetched while typing");

    url.set(q("q=valve"));
    tick().await;
    veille_app::frames::next_paint().await;
    assert_eq!(
        src(&root),
        None,
        "the image came as soon as the URL caught up, when typing may go on"
    );
    // Typing on before they come puts them off again.
    typed.set(q("q=valve+t"));
    tick().await;
    gloo_timers::future::TimeoutFuture::new(THUMBNAILS_AFTER_TYPING_MS as u32 - 100).await;
    url.set(q("q=valve+t"));
    tick().await;
    gloo_timers::future::TimeoutFuture::new(150).await;
    assert_eq!(src(&root), None, "the first pause's timer showed the image");
    gloo_timers::future::TimeoutFuture::new(THUMBNAILS_AFTER_TYPING_MS as u32).await;
    assert_eq!(src(&root).as_deref(), Some("https://img.example/b.jpg"));

    // Typing on ("valve tr") keeps the same hit: its image stays, the
    // same element (not a new one that would load it again).
    let img = root
        .query_selector("[data-testid=thumb] img")
        .unwrap()
        .unwrap();
    typed.set(q("q=valve+tr"));
    tick().await;
    assert_eq!(texts(&root, "[data-testid=hit-link]"), ["Valve trial"]);
    let now = root.query_selector("[data-testid=thumb] img").unwrap();
    assert!(
        now.is_some_and(|now| now.is_same_node(Some(&img))),
        "the image was rebuilt"
    );
}

#[wasm_bindgen_test]
async fn the_app_explains_a_missing_index_instead_of_showing_a_blank_page() {
    // The test runner's server has no /data/index.bin, so loading it fails with 404.
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
    // A sentence for the reader; the details (the URL, HTTP 404) go to the console.
    assert!(text.contains("could not be loaded"), "{text}");
    assert!(text.contains("try again"), "{text}");
    for developer_words in [
        "HTTP",
        "veille build",
        "TypeError",
        "/data/",
        "Failed to fetch",
    ] {
        assert!(!text.contains(developer_words), "{text}");
    }
    assert_eq!(texts(&root, "[data-testid=load-error] button").len(), 1);
}

#[wasm_bindgen_test]
async fn while_the_index_loads_the_timeline_says_so_and_never_that_no_dated_article_matches() {
    let ready = RwSignal::new(false);
    let url = RwSignal::new(Query::default());
    let (root, _h) = mount(Lang::Fr, move || {
        let query = Memo::new(move |_| url.get());
        let results = Memo::new(|_| Results::default());
        let mut view = list_view(query, query, results, query, results);
        view.rest.ready = Memo::new(move |_| ready.get());
        view! { <TimelineChart view /> }
    });
    let tick = || gloo_timers::future::TimeoutFuture::new(0);
    let bars = |root: &HtmlElement| {
        root.query_selector_all("[data-testid=timeline-bar]")
            .unwrap()
            .length()
    };
    tick().await;
    assert_eq!(
        texts(&root, "[data-testid=timeline-loading]"),
        ["Chargement des articles…"]
    );
    assert_eq!(
        attr(&root, "[data-testid=timeline-loading]", "role").as_deref(),
        Some("status")
    );
    assert!(root
        .query_selector("[data-testid=timeline-empty]")
        .unwrap()
        .is_none());
    assert_eq!(
        attr(&root, "[data-testid=timeline]", "aria-busy").as_deref(),
        Some("true")
    );
    // Once the results are an answer, an empty one says so.
    ready.set(true);
    tick().await;
    assert_eq!(
        texts(&root, "[data-testid=timeline-empty]"),
        ["Aucun article daté ne correspond."]
    );
    assert!(root
        .query_selector("[data-testid=timeline-loading]")
        .unwrap()
        .is_none());
    assert_eq!(attr(&root, "[data-testid=timeline]", "aria-busy"), None);

    // A chosen year's months are bars even at zero: not before an answer.
    ready.set(false);
    url.set(Query::from_query_string("year=2024"));
    tick().await;
    assert_eq!(bars(&root), 0);
    ready.set(true);
    tick().await;
    assert_eq!(bars(&root), 12);
}
