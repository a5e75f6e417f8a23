//! The cards a keystroke updates in its own frame: those the window shows.

use leptos::prelude::*;
use veille_app::components::fold::MARGIN;
use veille_app::components::ResultList;
use veille_app::i18n::Lang;
use veille_app::search_view::SearchView;
use veille_core::Query;
use wasm_bindgen_test::*;

use super::fixtures::*;

/// Places `root` so that only its first card starts within the window (and
/// its margin).
fn only_the_first_card_in_view(root: &web_sys::HtmlElement) {
    let height = web_sys::window()
        .unwrap()
        .inner_height()
        .unwrap()
        .as_f64()
        .unwrap();
    let top = height * (1.0 + MARGIN) - 30.0;
    root.set_attribute(
        "style",
        &format!("position: fixed; top: {top}px; left: 0; width: 40rem"),
    )
    .unwrap();
}

/// A list of eight articles ("Title 0" to "Title 7", oldest first) fed as
/// the search page feeds it: `results` has the hits of the `in_view` cards
/// filled in, for a keystroke's frame; `later` has every hit once
/// `painted`, none before.
fn eight_as_the_search_page_shows_them(
    in_view: RwSignal<usize>,
    painted: RwSignal<bool>,
) -> (web_sys::HtmlElement, impl Drop) {
    let articles = (0..8)
        .map(|i| {
            article(
                &format!("a{i}"),
                &format!("Title {i}"),
                &format!("2023-12-1{i}"),
            )
        })
        .collect();
    let engine = engine_of(articles);
    let shared = std::sync::Arc::clone(&engine);
    mount(Lang::En, move || {
        let query = Memo::new(move |_| Query::from_query_string("sort=oldest"));
        let (c, l) = (
            std::sync::Arc::clone(&shared),
            std::sync::Arc::clone(&shared),
        );
        let results = Memo::new(move |_| query.with(|q| c.search_first(q, in_view.get()).0));
        let later = Memo::new(move |_| {
            if painted.get() {
                query.with(|q| l.search(q))
            } else {
                veille_core::Results::default()
            }
        });
        let view = SearchView {
            cards_in_view: in_view,
            ..list_view(query, query, results, query, later)
        };
        view! { <ResultList view /> }
    })
}

#[wasm_bindgen_test]
async fn a_keystroke_updates_the_cards_in_view_and_those_below_follow_the_later_results() {
    let engine = engine_of(vec![
        article("a", "A title", "2023-12-14"),
        article("b", "B title", "2023-12-13"),
        article("c", "C title", "2023-12-12"),
    ]);
    let shared = std::sync::Arc::clone(&engine);
    let q = Query::from_query_string;
    let (typed, settled) = (
        RwSignal::new(q("sort=newest")),
        RwSignal::new(q("sort=newest")),
    );
    let (root, _h) = mount(Lang::En, move || {
        let query = Memo::new(move |_| typed.get());
        let later_query = Memo::new(move |_| settled.get());
        let (c, l) = (
            std::sync::Arc::clone(&shared),
            std::sync::Arc::clone(&shared),
        );
        let results = Memo::new(move |_| query.with(|q| c.search(q)));
        let later = Memo::new(move |_| later_query.with(|q| l.search(q)));
        view! { <ResultList view=list_view(query, query, results, later_query, later) /> }
    });
    only_the_first_card_in_view(&root);
    // The list is measured in an animation frame.
    gloo_timers::future::TimeoutFuture::new(100).await;
    assert_eq!(
        texts(&root, "[data-testid=hit-link]"),
        ["A title", "B title", "C title"]
    );

    typed.set(q("sort=oldest"));
    gloo_timers::future::TimeoutFuture::new(0).await;
    assert_eq!(
        texts(&root, "[data-testid=hit-link]"),
        ["C title", "B title", "C title"],
        "the first card follows the keystroke, the others wait for the later results"
    );

    settled.set(q("sort=oldest"));
    gloo_timers::future::TimeoutFuture::new(0).await;
    assert_eq!(
        texts(&root, "[data-testid=hit-link]"),
        ["C title", "B title", "A title"]
    );
}

#[wasm_bindgen_test]
async fn the_cards_in_view_get_the_hits_filled_in_first_and_those_below_the_later_results() {
    let painted = RwSignal::new(false);
    let in_view = RwSignal::new(veille_app::components::fold::UNMEASURED);
    let (root, _h) = eight_as_the_search_page_shows_them(in_view, painted);
    only_the_first_card_in_view(&root);
    painted.set(true);
    gloo_timers::future::TimeoutFuture::new(100).await;
    assert_eq!(in_view.get_untracked(), 1, "measured");
    painted.set(false);
    gloo_timers::future::TimeoutFuture::new(0).await;
    assert_eq!(
        texts(&root, "[data-testid=hit-link]"),
        ["Title 0"],
        "the card in view has its hit, filled in first"
    );

    painted.set(true);
    gloo_timers::future::TimeoutFuture::new(0).await;
    let all: Vec<String> = (0..8).map(|i| format!("Title {i}")).collect();
    assert_eq!(
        texts(&root, "[data-testid=hit-link]"),
        all,
        "the cards below follow"
    );
}

#[wasm_bindgen_test]
async fn a_card_that_comes_into_view_is_updated_in_place_so_a_click_on_it_lands() {
    let in_view = RwSignal::new(veille_app::components::fold::UNMEASURED);
    let (root, _h) = eight_as_the_search_page_shows_them(in_view, RwSignal::new(true));
    only_the_first_card_in_view(&root);
    gloo_timers::future::TimeoutFuture::new(100).await;
    assert_eq!(in_view.get_untracked(), 1, "measured");
    let cards = |root: &web_sys::HtmlElement| {
        let found = root.query_selector_all("[data-testid=hit]").unwrap();
        (0..found.length())
            .map(|i| found.item(i).unwrap())
            .collect::<Vec<_>>()
    };
    let before = cards(&root);
    assert_eq!(before.len(), 8);

    // Scrolling brings every card into view: they become first cards.
    root.set_attribute("style", "position: fixed; top: 0; left: 0; width: 40rem")
        .unwrap();
    web_sys::window()
        .unwrap()
        .dispatch_event(&web_sys::Event::new("scroll").unwrap())
        .unwrap();
    gloo_timers::future::TimeoutFuture::new(100).await;
    assert!(in_view.get_untracked() > 1, "measured again");
    let after = cards(&root);
    assert_eq!(after.len(), 8);
    for (i, (b, a)) in before.iter().zip(&after).enumerate() {
        assert!(
            b.is_same_node(Some(a)),
            "card {i} is the element it was, not one built anew"
        );
    }
    let all: Vec<String> = (0..8).map(|i| format!("Title {i}")).collect();
    assert_eq!(texts(&root, "[data-testid=hit-link]"), all);
}
