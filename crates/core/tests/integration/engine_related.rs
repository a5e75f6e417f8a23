//! Related articles.

use crate::common::{article, With};
use veille_core::Engine;

fn engine() -> Engine {
    let mut v = vec![
        article(
            "tavr1",
            "TAVR in low-risk patients",
            "Transcatheter aortic valve implantation in low risk patients with stenosis.",
        )
        .tagged(&["TAVR"]),
        article(
            "tavr2",
            "Aortic stenosis and TAVR",
            "Transcatheter valve implantation for severe aortic stenosis.",
        )
        .tagged(&["TAVR"]),
        article("tag-only", "Unrelated words", "Nothing in common here.").tagged(&["TAVR"]),
        article(
            "stroke",
            "Stroke thrombectomy",
            "Mechanical thrombectomy for large vessel occlusion.",
        ),
    ];
    // Common filler so that "patients" and friends are not rare.
    for i in 0..20 {
        v.push(article(
            &format!("filler{i}"),
            "Patients news",
            "Patients and news and low results.",
        ));
    }
    Engine::new(v)
}

#[test]
fn the_most_related_article_shares_rare_terms_and_tags() {
    let e = engine();
    let related = e.related(0, 5);
    assert_eq!(related[0].permalink, "/papers/tavr2");
    assert!(related.iter().any(|r| r.permalink == "/papers/tag-only"));
    assert!(related.iter().all(|r| r.permalink != "/papers/stroke"));
}

#[test]
fn an_article_is_never_related_to_itself_and_at_most_k_are_returned() {
    let e = engine();
    for doc in 0..e.articles().len() {
        let related = e.related(doc, 5);
        assert!(related.len() <= 5);
        assert!(related.iter().all(|r| r.doc as usize != doc));
    }
}

#[test]
fn related_articles_are_ordered_by_score() {
    let related = engine().related(0, 5);
    assert!(related.windows(2).all(|w| w[0].score >= w[1].score));
}

#[test]
fn an_unknown_article_has_no_related_ones() {
    assert!(engine().related(999, 5).is_empty());
}
