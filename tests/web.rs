//! Component tests in headless Chromium (`wasm-bindgen-test`): the plain
//! functions the components are built on, and components mounted with a
//! small engine, asserting on the DOM they render.
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::Router;
use veille_app::components::timeline_bars::{bars, choose, Bar, Period};
use veille_app::components::{
    chip_label, page_window, pieces, visible_values, ArticleView, Highlighted, ResultList,
};
use veille_app::data::{Catalog, CatalogContext};
use veille_app::i18n::{I18n, Lang};
use veille_app::state::use_query;
use veille_app::theme::ThemeChoice;
use veille_app::App;
use veille_core::{ActiveFilter, Article, Engine, FacetKind, FacetValue, Query, Span};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

fn article(slug: &str, title: &str, date: &str) -> Article {
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

fn catalog(articles: Vec<Article>) -> Arc<Catalog> {
    Arc::new(Catalog {
        engine: Engine::new(articles),
    })
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

fn attr(root: &HtmlElement, selector: &str, name: &str) -> Option<String> {
    root.query_selector(selector).unwrap()?.get_attribute(name)
}

/// Mounts `view` as the app would: inside a router, with the language (set
/// to `lang`), the theme and `catalog` provided.
fn mount<V: IntoView + 'static>(
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

fn value(v: &str, count: usize, selected: bool) -> FacetValue {
    FacetValue {
        value: v.into(),
        count,
        selected,
    }
}

#[wasm_bindgen_test]
fn match_ranges_split_the_text_and_bad_ranges_are_skipped_rather_than_cutting_a_character() {
    let spans = [
        Span { start: 0, end: 5 },
        Span { start: 3, end: 4 },
        Span { start: 9, end: 10 },
        Span { start: 12, end: 99 },
    ];
    // "Étude" is 6 bytes; byte 10 is inside "é".
    assert_eq!(
        pieces("Étude d’été", &spans[..1]),
        [("Étud", true), ("e d’été", false)]
    );
    assert_eq!(
        pieces("Étude d’été", &spans),
        [("Étud", true), ("e d’été", false)]
    );
    assert_eq!(pieces("plain", &[]), [("plain", false)]);
}

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
fn the_timeline_has_a_bar_per_year_then_twelve_months_once_a_year_is_chosen() {
    let engine = Engine::new(vec![
        article("a", "A", "2021-03-02"),
        article("b", "B", "2023-12-14"),
        article("c", "C", "2023-12-01"),
    ]);
    let q = Query::from_query_string("from=2022-01-01&to=2023-12-31");
    let years = bars(&engine.search(&q).timeline, q.date_scope());
    let summary: Vec<_> = years
        .iter()
        .map(|b| (b.period, b.count, b.context, b.selected))
        .collect();
    assert_eq!(
        summary,
        [
            (Period::Year(2021), 0, 1, false),
            (Period::Year(2022), 0, 0, true),
            (Period::Year(2023), 2, 2, true),
        ]
    );
    let q = Query::from_query_string("year=2023");
    let months = bars(&engine.search(&q).timeline, q.date_scope());
    assert_eq!(months.len(), 12);
    assert_eq!(
        (months[11].period, months[11].count),
        (Period::Month(2023, 12), 2)
    );
    assert_eq!(months.iter().filter(|b| b.count > 0).count(), 1);
}

#[wasm_bindgen_test]
fn choosing_a_bar_filters_to_it_and_choosing_it_again_undoes_it() {
    let q = Query::from_query_string("q=stent&page=3");
    let q = choose(&q, Period::Year(2023), Period::Year(2023));
    assert_eq!(q.to_query_string(), "q=stent&year=2023");
    let q = choose(&q, Period::Year(2023), Period::Year(2023));
    assert_eq!(q.to_query_string(), "q=stent");
    let q = choose(&q, Period::Year(2024), Period::Year(2021));
    assert_eq!(q.to_query_string(), "q=stent&from=2021-01-01&to=2024-12-31");
    let q = choose(
        &Query::from_query_string("year=2024"),
        Period::Month(2024, 2),
        Period::Month(2024, 2),
    );
    assert_eq!(q.to_query_string(), "from=2024-02-01&to=2024-02-29");
    let q = choose(&q, Period::Month(2024, 2), Period::Month(2024, 2));
    assert_eq!(q.to_query_string(), "year=2024");
}

#[wasm_bindgen_test]
fn bars_describe_themselves_in_the_ui_language_and_label_round_years_only() {
    let bar = |period| Bar {
        period,
        count: 3,
        context: 5,
        selected: false,
    };
    assert_eq!(
        bar(Period::Month(2023, 12)).describe(Lang::Fr),
        "Décembre 2023: 3 articles"
    );
    assert_eq!(
        bar(Period::Year(2023)).describe(Lang::En),
        "2023: 3 articles"
    );
    let ticks: Vec<_> = (2000..2027)
        .enumerate()
        .filter_map(|(i, y)| bar(Period::Year(y)).tick(Lang::En, i, 27))
        .collect();
    assert_eq!(ticks, ["2000", "2005", "2010", "2015", "2020", "2025"]);
    assert_eq!(
        bar(Period::Month(2023, 2)).tick(Lang::Fr, 1, 12).as_deref(),
        Some("fév")
    );
}

#[wasm_bindgen_test]
fn the_pager_offers_the_ends_and_two_pages_around_the_current_one() {
    assert_eq!(page_window(1, 1), [Some(1)]);
    assert_eq!(
        page_window(1, 19),
        [Some(1), Some(2), Some(3), None, Some(19)]
    );
    assert_eq!(
        page_window(10, 19),
        [
            Some(1),
            None,
            Some(8),
            Some(9),
            Some(10),
            Some(11),
            Some(12),
            None,
            Some(19)
        ]
    );
    assert_eq!(
        page_window(4, 5),
        [Some(1), Some(2), Some(3), Some(4), Some(5)]
    );
}

#[wasm_bindgen_test]
fn a_long_facet_lists_eight_values_plus_the_selected_ones_and_its_filter_ignores_accents_and_case()
{
    let mut values: Vec<_> = (0..12)
        .map(|i| value(&format!("tag {i}"), 20 - i, false))
        .collect();
    values.push(value("Étude clinique", 0, true));
    values.push(value("Cardiologie", 1, false));
    let names = |v: Vec<FacetValue>| {
        v.into_iter()
            .map(|v| v.value.to_string())
            .collect::<Vec<_>>()
    };
    let short = names(visible_values(&values, "", false));
    assert_eq!(short.len(), 9);
    assert_eq!(short.last().map(String::as_str), Some("Étude clinique"));
    assert_eq!(names(visible_values(&values, "", true)).len(), 14);
    assert_eq!(
        names(visible_values(&values, " ETUDE ", false)),
        ["Étude clinique"]
    );
    assert_eq!(
        names(visible_values(&values, "cardio", false)),
        ["Étude clinique", "Cardiologie"]
    );
}

#[wasm_bindgen_test]
fn chips_read_as_the_filter_in_the_ui_language() {
    let q = Query::from_query_string("tag=TAVR&year=2023&from=2023-12-01&to=2023-12-31");
    let f = q.active_filters();
    assert_eq!(f[0], ActiveFilter::Facet(FacetKind::Tag, "TAVR".into()));
    assert_eq!(chip_label(Lang::En, &f[0]), "TAVR");
    assert_eq!(chip_label(Lang::Fr, &f[1]), "Année 2023");
    assert_eq!(
        chip_label(Lang::Fr, &f[2]),
        "du 1 décembre 2023 au 31 décembre 2023"
    );
    assert_eq!(
        chip_label(Lang::En, &f[2]),
        "from 1 December 2023 to 31 December 2023"
    );
}

#[wasm_bindgen_test]
fn dates_numbers_and_the_browser_language_follow_the_ui_language() {
    let d = "2023-12-14T12:52:18Z".parse().unwrap();
    assert_eq!(Lang::Fr.date(d), "14 décembre 2023");
    assert_eq!(Lang::En.date(d), "14 December 2023");
    assert_eq!(Lang::En.results(12345), "12,345 results");
    assert_eq!(Lang::Fr.results(1), "1 résultat");
    assert_eq!(Lang::Fr.number(100000), "100\u{202f}000");
    assert_eq!(
        Lang::from_browser_languages(["de-DE", "fr-CA", "en"]),
        Lang::Fr
    );
    assert_eq!(Lang::from_browser_languages(["de-DE"]), Lang::En);
}

#[wasm_bindgen_test]
fn results_are_grouped_under_month_headings_with_matches_marked() {
    let cat = catalog(vec![
        article("a", "Stent study", "2023-12-14"),
        article("b", "Another stent", "2023-11-02"),
        article("c", "Valve stent", "2023-11-01"),
    ]);
    let engine_cat = Arc::clone(&cat);
    // The router reads the query from the page's URL.
    let history = web_sys::window().unwrap().history().unwrap();
    let page = web_sys::window().unwrap().location().pathname().unwrap();
    let with_query = format!("{page}?q=stent&sort=newest");
    history
        .replace_state_with_url(&JsValue::NULL, "", Some(&with_query))
        .unwrap();
    let (root, _h) = mount(Lang::En, cat, move || {
        let query = use_query();
        let c = Arc::clone(&engine_cat);
        let results = Memo::new(move |_| query.with(|q| c.engine.search(q)));
        view! { <ResultList query results /> }
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
fn the_article_view_links_its_title_to_the_source_its_tags_to_the_list_and_back_keeps_the_results()
{
    let cat = catalog(vec![
        article("a", "A title", "2023-12-14"),
        article("b", "B title", "2023-12-13"),
    ]);
    let a = article("a", "A title", "2023-12-14");
    let (root, _h) = mount(Lang::Fr, cat, move || {
        view! { <ArticleView article=a.clone() doc=0 query=Query::from_query_string("q=body&sort=oldest") /> }
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
    assert_eq!(
        texts(&root, "[data-testid=article-tags] a"),
        ["France", "Actualité"]
    );
    assert_eq!(
        attr(&root, "[data-testid=article-tags] a", "href").as_deref(),
        Some("/?tag=France")
    );
    assert_eq!(
        attr(&root, "[data-testid=back-link]", "href").as_deref(),
        Some("/?q=body&sort=oldest")
    );
    assert_eq!(
        texts(&root, "[data-testid=back-link]"),
        ["← Retour aux résultats"]
    );
    assert_eq!(
        texts(&root, "time"),
        ["14 décembre 2023", "13 décembre 2023"]
    );
    assert_eq!(texts(&root, ".position"), ["Résultat 2 sur 2"]);
    assert_eq!(
        attr(&root, "[data-testid=article-prev]", "href").as_deref(),
        Some("/papers/b?q=body&sort=oldest")
    );
}

#[wasm_bindgen_test]
fn the_article_view_shows_the_image_with_its_credit_once_even_when_the_body_opens_with_it() {
    let url = "https://example.com/pump.jpg";
    let mut separate = article("a", "A title", "2023-12-14");
    separate.image_url = Some(url.into());
    separate.image_credit = Some("Photo: the maker".into());
    let mut in_body = separate.clone();
    in_body.body_html = format!(r#"<p><img src="{url}" alt=""></p><p>Text</p>"#);

    let (root, _a) = mount(Lang::En, catalog(vec![separate.clone()]), move || {
        view! { <ArticleView article=separate.clone() doc=0 query=Query::default() /> }
    });
    assert_eq!(root.query_selector_all("img").unwrap().length(), 1);
    assert_eq!(texts(&root, "figcaption"), ["Photo: the maker"]);

    let (root, _b) = mount(Lang::En, catalog(vec![in_body.clone()]), move || {
        view! { <ArticleView article=in_body.clone() doc=0 query=Query::default() /> }
    });
    assert_eq!(root.query_selector_all("img").unwrap().length(), 1);
    assert!(root.query_selector("figure").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn the_app_explains_a_missing_bundle_instead_of_showing_a_blank_page() {
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
    assert!(text.contains("HTTP 404"), "{text}");
    assert_eq!(texts(&root, "[data-testid=load-error] button").len(), 1);
}
