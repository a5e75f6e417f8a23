//! URL state: property tests of the query-string codec (native only:
//! proptest does not build for wasm32-unknown-unknown).

#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use veille_core::{ArticleDate, Query, Sort};

fn text() -> impl Strategy<Value = String> {
    // Any printable text, including reserved URL characters and accents.
    proptest::string::string_regex("[ -~éÉœ’\u{1F600}]{0,24}").unwrap()
}

fn value() -> impl Strategy<Value = String> {
    proptest::string::string_regex("[ -~é]{1,12}").unwrap()
}

fn unique<T: PartialEq>(v: Vec<T>) -> Vec<T> {
    let mut out = Vec::new();
    for x in v {
        if !out.contains(&x) {
            out.push(x);
        }
    }
    out
}

fn day() -> impl Strategy<Value = Option<ArticleDate>> {
    proptest::option::of(
        (0i32..=9999, 1u8..=12, 1u8..=28)
            .prop_map(|(y, m, d)| ArticleDate::from_ymd(y, m, d).unwrap()),
    )
}

fn query() -> impl Strategy<Value = Query> {
    (
        text(),
        proptest::collection::vec(value(), 0..3),
        proptest::collection::vec(value(), 0..4),
        proptest::collection::vec(value(), 0..3),
        proptest::collection::vec(value(), 0..3),
        proptest::collection::vec(0i32..=9999, 0..3),
        day(),
        day(),
        prop_oneof![
            Just(Sort::Relevance),
            Just(Sort::Newest),
            Just(Sort::Oldest)
        ],
        1u32..10_000,
    )
        .prop_map(
            |(text, topics, tags, sources, collections, years, from, to, sort, page)| Query {
                text,
                topics: unique(topics),
                tags: unique(tags),
                sources: unique(sources),
                collections: unique(collections),
                years: unique(years),
                from,
                to,
                sort,
                page,
            },
        )
}

proptest! {
    #[test]
    fn every_query_survives_a_round_trip_through_its_query_string(q in query()) {
        let s = q.to_query_string();
        prop_assert_eq!(Query::from_query_string(&s), q);
    }

    #[test]
    fn any_string_reads_as_a_query_that_then_round_trips(s in "[ -~]{0,80}") {
        let q = Query::from_query_string(&s);
        prop_assert!(q.page >= 1);
        prop_assert_eq!(Query::from_query_string(&q.to_query_string()), q);
    }

    #[test]
    fn junk_pairs_around_a_valid_query_are_dropped(q in query(), junk in "[a-z]{1,6}=[ -~&&[^&#]]{0,8}") {
        prop_assume!(!["q", "tag", "source", "collection", "year", "from", "to", "sort", "page"]
            .contains(&junk.split('=').next().unwrap()));
        let s = format!("{junk}&{}&{junk}", q.to_query_string());
        prop_assert_eq!(Query::from_query_string(&s), q);
    }
}

#[test]
fn a_leading_question_mark_is_optional() {
    assert_eq!(
        Query::from_query_string("?q=x&page=2"),
        Query::from_query_string("q=x&page=2")
    );
}
