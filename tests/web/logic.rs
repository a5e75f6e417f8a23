//! The plain functions the components are built on.

use veille_app::catch_up::{catch_up_when, CatchUp};
use veille_app::components::timeline_bars::{bars, choose, Bar, Period};
use veille_app::components::{chip_label, page_window, pieces, runs, visible_values};
use veille_app::i18n::Lang;
use veille_core::{ActiveFilter, Engine, FacetKind, FacetValue, Query, Span};
use wasm_bindgen_test::*;

use super::fixtures::*;

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
fn highlighted_text_is_plain_then_marked_pairs_whatever_the_matches() {
    let spans = [Span { start: 0, end: 5 }, Span { start: 9, end: 13 }];
    assert_eq!(
        runs("Stent or stent trial", &spans),
        [("", "Stent"), (" or ", "sten"), ("t trial", "")]
    );
    assert_eq!(runs("plain", &[]), [("plain", "")]);
    assert_eq!(runs("", &[]), []);
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
fn the_index_is_requested_at_once_only_for_a_link_to_a_view_the_first_view_cannot_show() {
    use veille_app::data::IndexStart::{AfterFirstPaint, Now};
    let start = veille_app::data::IndexStart::for_location;
    // The first view comes from head.json; an article from its own file.
    assert_eq!(start("/", ""), AfterFirstPaint);
    assert_eq!(start("", "?"), AfterFirstPaint);
    assert_eq!(start("/", "?page=1&utm_source=x"), AfterFirstPaint);
    assert_eq!(start("/papers/some-slug", "?q=stent"), AfterFirstPaint);
    // Searches, filters, sorts and other pages need the index.
    for search in [
        "?q=stent",
        "?tag=France",
        "?year=2024",
        "?sort=oldest",
        "?page=2",
    ] {
        assert_eq!(start("/", search), Now, "{search}");
    }
}

#[wasm_bindgen_test]
fn the_rest_of_the_page_follows_typed_text_once_it_reaches_the_url_and_any_other_change_at_once() {
    let query = |text: &str, page: u32| Query {
        text: text.into(),
        tags: vec!["France".into()],
        page,
        ..Query::default()
    };
    let shown = query("heart", 1);
    // The first view: its first cards are painted first.
    assert_eq!(catch_up_when(None, &shown, true), CatchUp::AfterPaint);
    // Another text, on whatever page, not yet in the URL: typing.
    let typed = query("heart v", 1);
    assert_eq!(catch_up_when(Some(&shown), &typed, false), CatchUp::InUrl);
    assert_eq!(
        catch_up_when(Some(&shown), &query("", 2), false),
        CatchUp::InUrl
    );
    // The text gone to the URL (the pause, Enter, the box left, Back).
    assert_eq!(catch_up_when(Some(&shown), &typed, true), CatchUp::Now);
    // Another page of the same search.
    let next = query("heart", 2);
    assert_eq!(
        catch_up_when(Some(&shown), &next, true),
        CatchUp::AfterPaint
    );
    // A filter chosen, even while typing; the same query (results arriving).
    let mut filtered = query("heart v", 1);
    filtered.tags.push("Stroke".into());
    assert_eq!(catch_up_when(Some(&shown), &filtered, false), CatchUp::Now);
    assert_eq!(catch_up_when(Some(&shown), &shown, false), CatchUp::Now);
}
