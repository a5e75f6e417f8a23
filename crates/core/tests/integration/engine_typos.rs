//! Typo tolerance and relaxation, through searches: which misspellings
//! find their word, how they rank, and what a query no article matches
//! becomes.

use crate::common::{article, slugs, slugs_of, sorted_slugs, With};
use crate::engine_query::{engine, relaxed};
use veille_core::{Engine, EngineOptions, Query, RankParams, Relaxation};

#[test]
fn a_query_no_article_matches_leaves_out_the_word_that_gives_the_best_answer_and_says_so() {
    let e = engine();
    let r = e.search(&Query::text("heart scaffold "));
    assert_eq!(slugs_of(&r), ["scaffold"], "the rarer word is kept");
    assert_eq!(
        r.relaxed,
        Some(Relaxation::DroppedWord {
            words: vec!["heart".into(), "scaffold".into()],
            kept: vec!["scaffold".into()],
        })
    );
    assert_eq!(relaxed(&e, "heart valve "), None);
}

#[test]
fn a_query_no_article_matches_is_first_allowed_more_typos() {
    let e = Engine::new(vec![article("a", "Ablation", "")]);
    // Seven letters get one edit; "abltoin" is two away.
    let r = e.search(&Query::text("abltoin "));
    assert_eq!(slugs_of(&r), ["a"]);
    assert_eq!(
        r.relaxed,
        Some(Relaxation::WiderTypos {
            words: vec!["abltoin".into()]
        })
    );
}

#[test]
fn anerysm_finds_the_aneurysm_articles() {
    assert_eq!(slugs(&engine(), "anerysm "), ["aneurysm"]);
}

#[test]
fn cathter_finds_the_catheter_articles() {
    assert_eq!(slugs(&engine(), "cathter "), ["catheter"]);
}

#[test]
fn four_letters_get_one_typo_and_three_only_when_the_word_matches_nothing() {
    let e = Engine::new(vec![
        article("a", "Stent news", ""),
        article("cat", "Cat scan", ""),
        article("car", "Car crash", ""),
    ]);
    assert_eq!(slugs(&e, "stnt "), ["a"]);
    assert_eq!(slugs(&e, "stnet "), ["a"]);
    assert_eq!(slugs(&e, "cat "), ["cat"]);
    assert_eq!(sorted_slugs(&e, "cax "), ["car", "cat"]);
}

#[test]
fn words_with_digits_tolerate_typos_but_numbers_do_not() {
    let e = Engine::new(vec![
        article("detour", "DETOUR2 results", ""),
        article("year", "Results of 2023", ""),
    ]);
    assert_eq!(slugs(&e, "dtour2 "), ["detour"]);
    assert!(slugs(&e, "2024 ").is_empty());
}

#[test]
fn a_misspelling_a_few_articles_share_does_not_bury_the_word_meant() {
    // "stnet" is in one article, in passing; "stent" in nine. The
    // article meant has both words in its title: it ranks on its score in
    // the same tier as the misspelling's article, not below it.
    let filler = "news of the week from the congress and the hospitals ".repeat(20);
    let mut articles: Vec<_> = (0..8)
        .map(|i| article(&format!("other{i}"), "Trial stent patients", ""))
        .collect();
    articles.push(article("meant", "CGUARDIAN trial stent", "Short."));
    articles.push(article(
        "typo",
        "Weekly digest",
        &format!("{filler} stnet {filler} cguardian {filler}"),
    ));
    let e = Engine::new(articles);
    assert_eq!(slugs(&e, "stnet cguardian "), ["meant", "typo"]);
}

#[test]
fn words_of_eight_letters_tolerate_two_typos_and_shorter_ones_only_one() {
    let e = Engine::new(vec![
        article("long", "Fibrillation", ""),
        article("short", "Ablation", ""),
    ]);
    assert_eq!(slugs(&e, "fibrilaton "), ["long"]);
    assert!(slugs(&e, "ablaton ").contains(&"short".to_string()));
    assert!(slugs(&e, "abltion ").contains(&"short".to_string()));
    assert!(slugs(&e, "ablt ").is_empty());
    assert_eq!(
        slugs(&e, "abaltoin "),
        ["short"],
        "two edits on an eight-letter word"
    );
    assert!(
        relaxed(&e, "abltoin ").is_some(),
        "two edits on a seven-letter word only when nothing matches"
    );
}

#[test]
fn typo_matches_rank_below_exact_matches_whatever_their_score() {
    // `trail` is one edit from `trial`; the typo article mentions it in its
    // title, many times, and is newer, yet the exact match comes first.
    let e = Engine::new(vec![
        article("typo", "Trail trail trail", "trail trail trail").dated("2024-01-01"),
        article(
            "exact",
            "News",
            "A long body that mentions a trial once among many other words.",
        )
        .dated("2020-01-01"),
    ]);
    assert_eq!(slugs(&e, "trial "), ["exact", "typo"]);
}

#[test]
fn a_well_attested_word_gets_look_alikes_only_when_nothing_matches_it() {
    let mut articles: Vec<_> = (0..25)
        .map(|i| article(&format!("stroke{i}"), "Stroke care", ""))
        .collect();
    articles.push(article("strike", "Strike at the hospital", ""));
    let page = |rank| EngineOptions {
        rank,
        page_size: 100,
        ..EngineOptions::default()
    };
    let e = Engine::with_options(articles.clone(), page(RankParams::default()));
    assert!(!slugs(&e, "stroke ").contains(&"strike".to_string()));
    // ... unless nothing matches the words as typed.
    assert_eq!(slugs(&e, "stroke hospital "), ["strike"]);
    // Without a document-frequency threshold, a well-attested word's
    // look-alikes come after its own articles.
    let rank = RankParams {
        typo_df_threshold: usize::MAX,
        ..RankParams::default()
    };
    let e = Engine::with_options(articles, page(rank));
    assert_eq!(slugs(&e, "stroke ").last().unwrap(), "strike");
}
