//! Previous and next articles within the results.

use crate::common::{article, With};
use veille_core::{Engine, EngineOptions, Query};

fn engine(n: usize, page_size: usize) -> Engine {
    let articles = (0..n)
        .map(|i| {
            article(&format!("a{i:02}"), &format!("Stent study {i}"), "stent")
                .dated(&format!("{}-01-01", 2000 + i))
        })
        .collect::<Vec<_>>();
    Engine::with_options(
        articles,
        EngineOptions {
            page_size,
            ..EngineOptions::default()
        },
    )
}

fn slug(n: &Option<(veille_core::Hit, u32)>) -> Option<(String, u32)> {
    n.as_ref().map(|(h, p)| (h.slug.clone(), *p))
}

#[test]
fn an_article_inside_a_page_has_its_neighbours_on_the_same_page() {
    let e = engine(7, 3);
    let q = Query::from_query_string("sort=oldest");
    let doc = e.doc_of("/papers/a01").unwrap() as u32;
    let n = e.neighbours(&q, doc);
    assert_eq!(n.position, Some((2, 7)));
    assert_eq!(slug(&n.prev), Some(("a00".into(), 1)));
    assert_eq!(slug(&n.next), Some(("a02".into(), 1)));
}

#[test]
fn neighbours_across_a_page_boundary_come_from_the_next_and_previous_pages() {
    let e = engine(7, 3);
    let mut q = Query::from_query_string("sort=oldest&page=2");
    let n = e.neighbours(&q, e.doc_of("/papers/a05").unwrap() as u32);
    assert_eq!(n.position, Some((6, 7)));
    assert_eq!(slug(&n.prev), Some(("a04".into(), 2)));
    assert_eq!(slug(&n.next), Some(("a06".into(), 3)));
    let n = e.neighbours(&q, e.doc_of("/papers/a03").unwrap() as u32);
    assert_eq!(slug(&n.prev), Some(("a02".into(), 1)));
    q.page = 3;
    let n = e.neighbours(&q, e.doc_of("/papers/a06").unwrap() as u32);
    assert_eq!((n.position, slug(&n.next)), (Some((7, 7)), None));
}

#[test]
fn the_first_article_has_no_previous_and_an_article_outside_the_results_has_no_neighbours() {
    let e = engine(4, 2);
    let n = e.neighbours(&Query::from_query_string("sort=oldest"), 0);
    assert_eq!((n.position, slug(&n.prev)), (Some((1, 4)), None));
    let q = Query::from_query_string("q=nothingmatchesthis");
    assert_eq!(e.neighbours(&q, 0), Default::default());
}
