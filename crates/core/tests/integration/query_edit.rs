//! Editing a query as the explorer's controls do.

use veille_core::{ActiveFilter, ArticleDate, DateScope, FacetKind, Query};

fn day(y: i32, m: u8, d: u8) -> Option<ArticleDate> {
    ArticleDate::from_ymd(y, m, d)
}

#[test]
fn toggling_a_facet_value_selects_it_then_unselects_it_and_returns_to_page_one() {
    let mut q = Query::from_query_string("q=stent&page=4");
    q.toggle(FacetKind::Tag, "TAVR");
    assert_eq!(q.to_query_string(), "q=stent&tag=TAVR");
    q.page = 3;
    q.toggle(FacetKind::Tag, "TAVR");
    assert_eq!(q.to_query_string(), "q=stent");
}

#[test]
fn choosing_one_year_selects_it_and_a_drag_across_years_selects_a_day_range() {
    let mut q = Query::from_query_string("from=2001-01-01");
    q.select_years(2023, 2023);
    assert_eq!(q.to_query_string(), "year=2023");
    q.select_years(2023, 2019);
    assert_eq!(q.to_query_string(), "from=2019-01-01&to=2023-12-31");
}

#[test]
fn choosing_months_gives_a_range_ending_on_the_last_day_of_the_last_month() {
    let mut q = Query::from_query_string("year=2024");
    q.select_months(2024, 2, 2);
    assert_eq!(q.to_query_string(), "from=2024-02-01&to=2024-02-29");
    q.select_months(2023, 11, 9);
    assert_eq!(q.to_query_string(), "from=2023-09-01&to=2023-11-30");
}

#[test]
fn the_timeline_zooms_to_months_once_a_single_year_is_chosen() {
    let scope = |s: &str| Query::from_query_string(s).date_scope();
    assert_eq!(scope(""), DateScope::Years { selected: None });
    assert_eq!(
        scope("year=2023"),
        DateScope::Months {
            year: 2023,
            selected: None
        }
    );
    assert_eq!(
        scope("from=2023-03-01&to=2023-05-31"),
        DateScope::Months {
            year: 2023,
            selected: Some((3, 5))
        }
    );
    assert_eq!(
        scope("from=2023-01-01&to=2023-12-31"),
        DateScope::Months {
            year: 2023,
            selected: None
        }
    );
    assert_eq!(
        scope("from=2019-01-01&to=2023-12-31"),
        DateScope::Years {
            selected: Some((2019, 2023))
        }
    );
    assert_eq!(
        scope("year=2019&year=2021"),
        DateScope::Years {
            selected: Some((2019, 2021))
        }
    );
    assert_eq!(
        scope("from=2019-01-01"),
        DateScope::Years { selected: None }
    );
}

#[test]
fn active_filters_are_listed_in_order_and_each_can_be_removed_alone() {
    let mut q = Query::from_query_string(
        "q=valve&tag=TAVR&tag=Stroke&source=fda.gov&collection=papers&year=2022&from=2020-01-01&to=2021-06-30&sort=oldest&page=2",
    );
    let filters = q.active_filters();
    assert_eq!(
        filters,
        vec![
            ActiveFilter::Facet(FacetKind::Tag, "TAVR".into()),
            ActiveFilter::Facet(FacetKind::Tag, "Stroke".into()),
            ActiveFilter::Facet(FacetKind::Source, "fda.gov".into()),
            ActiveFilter::Facet(FacetKind::Collection, "papers".into()),
            ActiveFilter::Year(2022),
            ActiveFilter::Range(day(2020, 1, 1), day(2021, 6, 30)),
        ]
    );
    q.remove(&filters[1]);
    q.remove(&filters[5]);
    assert_eq!(
        q.to_query_string(),
        "q=valve&tag=TAVR&source=fda.gov&collection=papers&year=2022&sort=oldest"
    );
    q.clear_filters();
    assert_eq!(q.to_query_string(), "q=valve&sort=oldest");
    assert!(!q.has_filters());
}

#[test]
fn changing_the_text_keeps_filters_and_sort_but_returns_to_page_one() {
    let mut q = Query::from_query_string("q=valve&tag=TAVR&sort=newest&page=5");
    q.set_text("valves");
    assert_eq!(q.to_query_string(), "q=valves&tag=TAVR&sort=newest");
}
