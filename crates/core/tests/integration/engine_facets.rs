//! Filters, disjunctive facet counts and the timeline.

use crate::common::{article, slugs_of, With};
use veille_core::{ArticleDate, Count, Engine, FacetValue, Query};

fn engine() -> Engine {
    Engine::new(vec![
        article("a", "Stent one", "")
            .tagged(&["TAVR", "Cardiology"])
            .sourced("fda.gov")
            .dated("2023-03-10"),
        article("b", "Stent two", "")
            .tagged(&["Cardiology"])
            .sourced("nice.org.uk")
            .dated("2023-07-02"),
        article("c", "Stent three", "")
            .tagged(&["Oncology"])
            .sourced("fda.gov")
            .in_collection("articles")
            .dated("2024-01-15"),
        article("d", "Stent four", "").tagged(&["TAVR"]),
        article("e", "Stent five", "")
            .tagged(&["Oncology", "TAVR"])
            .dated("2325-01-01"),
        article("f", "Valve", "")
            .tagged(&["Neurology"])
            .dated("2022-12-31"),
    ])
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

fn count(values: &[FacetValue], value: &str) -> Option<(usize, bool)> {
    values
        .iter()
        .find(|v| &*v.value == value)
        .map(|v| (v.count, v.selected))
}

fn q(s: &str) -> Query {
    Query::from_query_string(s)
}

#[test]
fn tags_are_ored_within_the_facet() {
    let r = engine().search(&q("q=stent+&tag=Oncology&tag=Cardiology"));
    assert_eq!(sorted(slugs_of(&r)), ["a", "b", "c", "e"]);
}

#[test]
fn facets_are_anded_with_each_other() {
    let r = engine().search(&q("q=stent+&tag=TAVR&source=fda.gov"));
    assert_eq!(slugs_of(&r), ["a"]);
    let r = engine().search(&q("tag=Oncology&collection=articles"));
    assert_eq!(slugs_of(&r), ["c"]);
}

#[test]
fn year_and_date_range_filter_by_day_and_drop_undated_articles() {
    let e = engine();
    assert_eq!(
        sorted(slugs_of(&e.search(&q("q=stent+&year=2023")))),
        ["a", "b"]
    );
    let r = e.search(&q("from=2023-03-10&to=2023-12-31"));
    assert_eq!(sorted(slugs_of(&r)), ["a", "b"]);
    let r = e.search(&q("from=2023-03-11"));
    assert_eq!(sorted(slugs_of(&r)), ["b", "c", "e"]);
    let r = e.search(&q("to=2022-12-31"));
    assert_eq!(slugs_of(&r), ["f"]);
}

#[test]
fn a_facets_counts_ignore_its_own_selection_and_honour_the_others() {
    let r = engine().search(&q("q=stent+&tag=Oncology&source=fda.gov"));
    assert_eq!(slugs_of(&r), ["c"]);
    // Tag counts: stent AND source=fda.gov (tag selection ignored): a, c.
    assert_eq!(count(&r.facets.tag, "TAVR"), Some((1, false)));
    assert_eq!(count(&r.facets.tag, "Cardiology"), Some((1, false)));
    assert_eq!(count(&r.facets.tag, "Oncology"), Some((1, true)));
    // Source counts: stent AND tag=Oncology (source selection ignored): c, e.
    assert_eq!(count(&r.facets.source, "fda.gov"), Some((1, true)));
    assert_eq!(count(&r.facets.source, "nice.org.uk"), None);
    // Year counts honour both selections.
    assert_eq!(count(&r.facets.year, "2024"), Some((1, false)));
    assert_eq!(count(&r.facets.year, "2023"), None);
}

#[test]
fn facet_counts_follow_the_text_search() {
    let r = engine().search(&q("q=valve+"));
    assert_eq!(r.facets.tag.len(), 1);
    assert_eq!(count(&r.facets.tag, "Neurology"), Some((1, false)));
}

#[test]
fn selected_values_stay_listed_at_zero() {
    let r = engine().search(&q("q=valve+&tag=TAVR&tag=Unknown&source=fda.gov&year=1999"));
    assert_eq!(r.total, 0);
    assert_eq!(count(&r.facets.tag, "TAVR"), Some((0, true)));
    assert_eq!(count(&r.facets.tag, "Unknown"), Some((0, true)));
    assert_eq!(count(&r.facets.source, "fda.gov"), Some((0, true)));
    assert_eq!(count(&r.facets.year, "1999"), Some((0, true)));
}

#[test]
fn facet_values_are_sorted_by_count_then_name_and_years_newest_first() {
    let r = engine().search(&Query::default());
    let tags: Vec<(&str, usize)> = r.facets.tag.iter().map(|v| (&*v.value, v.count)).collect();
    assert_eq!(
        tags,
        [
            ("TAVR", 3),
            ("Cardiology", 2),
            ("Oncology", 2),
            ("Neurology", 1)
        ]
    );
    let years: Vec<&str> = r.facets.year.iter().map(|v| &*v.value).collect();
    assert_eq!(years, ["2325", "2024", "2023", "2022"]);
    let collections: Vec<(&str, usize)> = r
        .facets
        .collection
        .iter()
        .map(|v| (&*v.value, v.count))
        .collect();
    assert_eq!(collections, [("papers", 5), ("articles", 1)]);
}

#[test]
fn the_timeline_counts_results_per_year_and_month_with_the_date_free_context() {
    let r = engine().search(&q("q=stent+&year=2023"));
    let years: Vec<(i32, usize, usize)> = r
        .timeline
        .years
        .iter()
        .map(|y| (y.year, y.counts.count, y.counts.context))
        .collect();
    assert_eq!(years, [(2023, 2, 2), (2024, 0, 1)]);
    let months: Vec<(i32, u8, usize, usize)> = r
        .timeline
        .months
        .iter()
        .map(|m| (m.year, m.month, m.counts.count, m.counts.context))
        .collect();
    assert_eq!(months, [(2023, 3, 1, 1), (2023, 7, 1, 1), (2024, 1, 0, 1)]);
}

#[test]
fn undated_articles_have_their_own_bucket() {
    let r = engine().search(&q("q=stent+"));
    assert_eq!(
        r.timeline.undated,
        Count {
            count: 1,
            context: 1
        }
    );
    let r = engine().search(&q("q=stent+&year=2023"));
    assert_eq!(
        r.timeline.undated,
        Count {
            count: 0,
            context: 1
        }
    );
}

#[test]
fn a_year_2325_is_an_outlier_and_does_not_stretch_the_axis() {
    let r = engine().search(&Query::default());
    let first = r.timeline.years.first().unwrap().year;
    let last = r.timeline.years.last().unwrap().year;
    assert_eq!((first, last), (2022, 2024));
    assert_eq!(r.timeline.outliers.len(), 1);
    assert_eq!(r.timeline.outliers[0].year, 2325);
    assert_eq!(
        r.timeline.outliers[0].counts,
        Count {
            count: 1,
            context: 1
        }
    );
    // It can still be found by year.
    assert_eq!(slugs_of(&engine().search(&q("year=2325"))), ["e"]);
}

#[test]
fn gaps_between_years_are_listed_at_zero() {
    let e = Engine::new(vec![
        article("a", "x", "").dated("2001-01-01"),
        article("b", "x", "").dated("2004-01-01"),
    ]);
    let years: Vec<i32> = e
        .search(&Query::default())
        .timeline
        .years
        .iter()
        .map(|y| y.year)
        .collect();
    assert_eq!(years, [2001, 2002, 2003, 2004]);
}

#[test]
fn a_date_with_a_time_is_filtered_by_its_day() {
    let e = Engine::new(vec![article("a", "x", "").dated("2023-12-14T23:59:00Z")]);
    let query = Query {
        from: ArticleDate::from_ymd(2023, 12, 14),
        to: ArticleDate::from_ymd(2023, 12, 14),
        ..Query::default()
    };
    assert_eq!(e.search(&query).total, 1);
}

/// Articles with topics: `a` TAVI and PE, `b` TAVI, `c` PE, `d` none.
fn topical() -> Engine {
    let topic = |id: &str| veille_core::ArticleTopic {
        id: id.into(),
        label: id.to_uppercase(),
    };
    let mut a = article("a", "Stent one", "").tagged(&["x"]);
    a.topics = vec![topic("tavi"), topic("pe")];
    let mut b = article("b", "Stent two", "").tagged(&["y"]);
    b.topics = vec![topic("tavi")];
    let mut c = article("c", "Stent three", "").tagged(&["x"]);
    c.topics = vec![topic("pe")];
    Engine::new(vec![a, b, c, article("d", "Stent four", "")])
}

#[test]
fn topics_are_ored_within_their_facet_anded_with_the_others_and_counted_disjunctively() {
    let r = topical().search(&q("topic=tavi&topic=pe"));
    assert_eq!(sorted(slugs_of(&r)), ["a", "b", "c"]);
    let r = topical().search(&q("topic=tavi&tag=x"));
    assert_eq!(slugs_of(&r), ["a"]);
    let f = &r.facets;
    // The topic counts ignore the topic selection, honour the tag's.
    assert_eq!(count(&f.topic, "tavi"), Some((1, true)));
    assert_eq!(count(&f.topic, "pe"), Some((2, false)));
    assert_eq!(count(&f.tag, "x"), Some((1, true)));
    assert_eq!(count(&f.tag, "y"), Some((1, false)));
    assert_eq!(f.topic[0].shown(), "PE");
}

#[test]
fn an_unknown_topic_matches_nothing_and_stays_listed_as_selected() {
    let r = topical().search(&q("topic=nope"));
    assert_eq!(r.total, 0);
    assert_eq!(count(&r.facets.topic, "nope"), Some((0, true)));
}

#[test]
fn a_tag_on_nearly_every_article_is_neither_listed_nor_on_hits_unless_selected() {
    let articles: Vec<_> = (0..25)
        .map(|i| {
            let tags: &[&str] = match i {
                0..10 => &["France", "Stent"],
                10..21 => &["France"],
                _ => &["Valve"],
            };
            article(&format!("a{i}"), "Stent", "").tagged(tags)
        })
        .collect();
    let e = Engine::new(articles);
    assert!(e.is_common_tag("France") && !e.is_common_tag("Stent"));
    let r = e.search(&q(""));
    assert_eq!(count(&r.facets.tag, "France"), None);
    assert_eq!(count(&r.facets.tag, "Stent"), Some((10, false)));
    assert!(r.hits.iter().all(|h| !h.tags.iter().any(|t| t == "France")));
    let r = e.search(&q("tag=France"));
    assert_eq!(r.total, 21);
    assert_eq!(count(&r.facets.tag, "France"), Some((21, true)));
    // In a small corpus every tag is listed.
    let small = Engine::new(vec![article("a", "x", "").tagged(&["France"])]);
    assert!(!small.is_common_tag("France"));
}
