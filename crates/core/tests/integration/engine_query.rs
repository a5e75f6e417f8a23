//! The query language, ranking, match ranges and sort, through searches.

use crate::common::{article, slugs, slugs_of, sorted_slugs, With};
use veille_core::{Engine, EngineOptions, Query, RankParams, Relaxation, Sort};

/// The articles every search test here and in `engine_typos` runs on.
pub(crate) fn engine() -> Engine {
    Engine::new(vec![
        article(
            "valve",
            "Heart valve repair",
            "A new heart valve was implanted.",
        ),
        article(
            "heart",
            "Heart failure drugs",
            "The valve of the trial was not involved.",
        ),
        article(
            "aneurysm",
            "Aortic aneurysm repair",
            "Endovascular aneurysm repair outcomes.",
        ),
        article(
            "catheter",
            "Catheter ablation",
            "A catheter based ablation for atrial fibrillation.",
        ),
        article(
            "pediatric",
            "Pediatric heart valve",
            "Pediatric valve surgery in children.",
        ),
        article(
            "scaffold",
            "Bioresorbable scaffold",
            "The scaffold dissolves.",
        ),
        article(
            "cardiology",
            "Cardiology congress",
            "News from the cardiology congress.",
        ),
        article("cardiac", "Cardiac imaging", "Cardiac MRI for everyone."),
    ])
}

#[test]
fn every_word_must_match() {
    let e = engine();
    assert_eq!(
        sorted_slugs(&e, "heart valve "),
        ["heart", "pediatric", "valve"]
    );
    // No article has both: the answer has one of them, and says so.
    assert!(relaxed(&e, "heart scaffold ").is_some());
}

#[test]
fn an_exact_phrase_needs_its_words_next_to_each_other() {
    let e = engine();
    assert_eq!(sorted_slugs(&e, "\"heart valve\""), ["pediatric", "valve"]);
}

#[test]
fn a_phrase_does_not_span_two_fields() {
    let e = Engine::new(vec![article("x", "About the heart", "Valve news.")]);
    assert!(slugs(&e, "\"heart valve\"").is_empty());
    assert_eq!(slugs(&e, "heart valve "), ["x"]);
}

#[test]
fn an_excluded_word_removes_its_articles() {
    let e = engine();
    assert_eq!(sorted_slugs(&e, "valve -pediatric "), ["heart", "valve"]);
    assert_eq!(
        sorted_slugs(&e, "valve -\"heart failure\" "),
        ["pediatric", "valve"]
    );
}

#[test]
fn or_matches_either_word() {
    let e = engine();
    assert_eq!(
        sorted_slugs(&e, "scaffold OR catheter "),
        ["catheter", "scaffold"]
    );
}

#[test]
fn the_last_word_is_completed_while_typing() {
    let e = engine();
    assert_eq!(sorted_slugs(&e, "cardi"), ["cardiac", "cardiology"]);
    assert!(
        !slugs(&e, "cardi ").contains(&"cardiology".to_string()),
        "a finished word is not completed"
    );
    assert!(relaxed(&e, "cardi ").is_some());
}

#[test]
fn a_new_last_word_of_one_letter_does_not_empty_the_results_while_typing() {
    // "heart v", on the way to "heart valve": the results of "heart" stay.
    assert_eq!(
        sorted_slugs(&engine(), "heart v"),
        sorted_slugs(&engine(), "heart")
    );
    assert_eq!(
        sorted_slugs(&engine(), "heart va"),
        ["heart", "pediatric", "valve"]
    );
    // Typed out (followed by a space), a one-letter word is searched as
    // typed: no article has it, and the answer says it was left out.
    assert_eq!(
        relaxed(&engine(), "heart v "),
        Some(Relaxation::DroppedWord {
            words: vec!["heart".into(), "v".into()],
            kept: vec!["heart".into()],
        })
    );
    assert!(slugs(&engine(), "v ").is_empty());
}

#[test]
fn a_first_letter_alone_is_completed_so_typing_never_starts_on_no_results() {
    let e = engine();
    assert_eq!(sorted_slugs(&e, "v"), sorted_slugs(&e, "va"));
    assert!(!slugs(&e, "v").is_empty());
    assert_eq!(sorted_slugs(&e, "h"), ["heart", "pediatric", "valve"]);
}

#[test]
fn only_the_last_word_is_completed() {
    let e = engine();
    assert!(relaxed(&e, "cardi congress").is_some());
    assert_eq!(slugs(&e, "cardiology congr"), ["cardiology"]);
}

#[test]
fn a_title_match_outranks_a_body_match() {
    let e = Engine::new(vec![
        article("body", "News", "The stent was fine."),
        article("title", "Stent news", "Nothing else."),
    ]);
    assert_eq!(slugs(&e, "stent "), ["title", "body"]);
}

#[test]
fn field_weights_change_the_order() {
    let articles = vec![
        article("body", "News", "The stent was fine, the stent held."),
        article("title", "Stent news", "Nothing else."),
    ];
    let options = EngineOptions {
        rank: RankParams {
            field_weights: [0.1, 1.5, 2.0, 5.0],
            ..RankParams::default()
        },
        ..EngineOptions::default()
    };
    let e = Engine::with_options(articles, options);
    assert_eq!(slugs(&e, "stent "), ["body", "title"]);
}

#[test]
fn a_rarer_word_counts_more() {
    let e = Engine::new(vec![
        article("common1", "Stent", "stent"),
        article("common2", "Stent", "stent"),
        article("common3", "Stent", "stent"),
        article("both", "Stent", "stent"),
        article("rare", "Zotarolimus", "zotarolimus"),
    ]);
    let r = e.search(&Query::text("stent OR zotarolimus "));
    assert_eq!(slugs_of(&r)[0], "rare");
}

#[test]
fn recency_breaks_ties() {
    let e = Engine::new(vec![
        article("old", "Stent news", "Same text.").dated("2019-05-01"),
        article("undated", "Stent news", "Same text."),
        article("new", "Stent news", "Same text.").dated("2024-05-01"),
    ]);
    assert_eq!(slugs(&e, "stent "), ["new", "old", "undated"]);
}

#[test]
fn newest_and_oldest_sort_by_date_with_undated_last() {
    let e = Engine::new(vec![
        article("mid", "Stent", "").dated("2021-01-01"),
        article("undated", "Stent stent", ""),
        article("new", "Stent", "").dated("2024-01-01"),
        article("old", "Stent", "").dated("2001-01-01T10:00:00Z"),
    ]);
    let newest = e.search(&Query::text("stent ").sorted(Sort::Newest));
    assert_eq!(slugs_of(&newest), ["new", "mid", "old", "undated"]);
    let oldest = e.search(&Query::text("stent ").sorted(Sort::Oldest));
    assert_eq!(slugs_of(&oldest), ["old", "mid", "new", "undated"]);
}

#[test]
fn an_empty_search_lists_everything_newest_first() {
    let e = Engine::new(vec![
        article("a", "A", "").dated("2020-01-01"),
        article("b", "B", "").dated("2022-01-01"),
    ]);
    let r = e.search(&Query::default());
    assert_eq!(r.total, 2);
    assert_eq!(slugs_of(&r), ["b", "a"]);
}

#[test]
fn title_matches_are_byte_ranges_of_the_title() {
    let e = Engine::new(vec![article("x", "Étude: des stents en décembre", "")]);
    let r = e.search(&Query::text("etude stent decembre "));
    let hit = &r.hits[0];
    let parts: Vec<&str> = hit
        .title_matches
        .iter()
        .map(|s| &hit.title[s.start..s.end])
        .collect();
    assert_eq!(parts, ["Étude", "stents", "décembre"]);
}

#[test]
fn typo_and_prefix_matches_are_highlighted_too() {
    let e = Engine::new(vec![article("x", "Aneurysm and cardiology", "")]);
    let r = e.search(&Query::text("anerysm cardio"));
    let hit = &r.hits[0];
    let parts: Vec<&str> = hit
        .title_matches
        .iter()
        .map(|s| &hit.title[s.start..s.end])
        .collect();
    assert_eq!(parts, ["Aneurysm", "cardiology"]);
}

#[test]
fn the_snippet_is_plain_text_around_the_first_body_match_with_ranges() {
    // Within the body bytes the engine keeps (256 by default).
    let filler = "Lorem ipsum dolor sit amet. ".repeat(6);
    let body = format!("{filler}The <b>TAVR</b> valve performed well. {filler}");
    let e = Engine::new(vec![article("x", "News", &body).summarized("A summary.")]);
    let r = e.search(&Query::text("tavr "));
    let hit = &r.hits[0];
    assert!(hit.snippet.len() <= 200, "{}", hit.snippet.len());
    assert!(hit.snippet.contains("TAVR"));
    let parts: Vec<&str> = hit
        .snippet_matches
        .iter()
        .map(|s| &hit.snippet[s.start..s.end])
        .collect();
    assert_eq!(parts, ["TAVR"]);
    assert!(body.contains(&hit.snippet));
}

#[test]
fn a_match_past_the_kept_body_bytes_gives_the_summary_as_snippet_but_still_matches() {
    let filler = "Lorem ipsum dolor sit amet. ".repeat(40);
    let body = format!("{filler}The TAVR valve performed well.");
    let e = Engine::new(vec![article("x", "News", &body).summarized("A summary.")]);
    let r = e.search(&Query::text("tavr "));
    assert_eq!(r.total, 1);
    assert_eq!(r.hits[0].snippet, "A summary.");
}

#[test]
fn without_a_body_match_the_snippet_is_the_summary() {
    let e = Engine::new(vec![
        article("x", "Stent news", "Body text.").summarized("A short summary.")
    ]);
    let hit = &e.search(&Query::text("stent ")).hits[0];
    assert_eq!(hit.snippet, "A short summary.");
    assert!(hit.snippet_matches.is_empty());
}

#[test]
fn pages_follow_each_other_without_overlap() {
    let articles: Vec<_> = (0..45)
        .map(|i| {
            article(&format!("a{i:02}"), "Stent", "").dated(&format!("2020-01-{:02}", i % 28 + 1))
        })
        .collect();
    let e = Engine::new(articles);
    let mut seen = Vec::new();
    for page in 1..=3 {
        let q = Query {
            page,
            ..Query::text("stent ")
        };
        let r = e.search(&q);
        assert_eq!(r.total, 45);
        seen.extend(slugs_of(&r));
    }
    assert_eq!(seen.len(), 45);
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), 45);
}

#[test]
fn a_page_far_past_the_end_is_empty_but_keeps_the_total() {
    let e = Engine::new(vec![article("a", "Stent", ""), article("b", "Stent", "")]);
    for page in [2, 1000, u32::MAX] {
        let r = e.search(&Query {
            page,
            ..Query::text("stent ")
        });
        assert_eq!(r.total, 2);
        assert!(r.hits.is_empty());
    }
    let r = e.search(&Query {
        page: u32::MAX,
        ..Query::default()
    });
    assert_eq!(r.total, 2);
    assert!(r.hits.is_empty());
}

/// How the engine relaxed the search for `text`, if it did.
pub(crate) fn relaxed(e: &Engine, text: &str) -> Option<Relaxation> {
    e.search(&Query::text(text)).relaxed
}
