//! Text analysis as seen through searches: folding, tokens, stemming, stop words.

use crate::common::{article, slugs};
use veille_core::Engine;

fn engine() -> Engine {
    Engine::new(vec![
        article(
            "fr",
            "Bilan du 14 décembre",
            "Une Étude sur les dispositifs médicaux.",
        ),
        article(
            "impella",
            "Impella CP in cardiogenic shock",
            "The Impella CP pump was used.",
        ),
        article(
            "tavr",
            "TAVR outcomes",
            "Transcatheter aortic valve replacement (TAVR) at 5 years.",
        ),
        article(
            "size",
            "A 5.5 mm balloon",
            "The 5.5 mm balloon was compared with a 4.0 mm one.",
        ),
        article(
            "covid",
            "COVID-19 and stroke",
            "During COVID-19, stroke admissions fell.",
        ),
        article(
            "dcb",
            "Drug-coated balloons",
            "A drug-coated balloon trial in the femoral artery.",
        ),
        article(
            "stents",
            "Stents for everyone",
            "Several stents were implanted.",
        ),
        article(
            "thromb",
            "Thrombectomies rise",
            "Mechanical thrombectomies increased.",
        ),
        article("or", "Surgery or medicine", "Choose surgery or medicine."),
        article("orchid", "Orchid study", "An orchid grows."),
    ])
}

#[test]
fn decembre_finds_décembre() {
    assert_eq!(slugs(&engine(), "decembre "), ["fr"]);
}

#[test]
fn etude_finds_étude_and_capitals_do_not_matter() {
    let e = engine();
    assert_eq!(slugs(&e, "etude "), ["fr"]);
    assert_eq!(slugs(&e, "ÉTUDE "), ["fr"]);
}

#[test]
fn french_plurals_find_french_singulars() {
    assert_eq!(slugs(&engine(), "dispositif "), ["fr"]);
}

#[test]
fn product_names_and_acronyms_are_searchable() {
    let e = engine();
    assert_eq!(slugs(&e, "Impella CP "), ["impella"]);
    assert_eq!(slugs(&e, "\"impella cp\" "), ["impella"]);
    assert_eq!(slugs(&e, "tavr "), ["tavr"]);
}

#[test]
fn decimal_numbers_match_whole() {
    let e = engine();
    assert_eq!(slugs(&e, "5.5 "), ["size"]);
    assert!(slugs(&e, "4.5 ").is_empty());
}

#[test]
fn covid_19_is_found_with_or_without_its_hyphen() {
    let e = engine();
    assert_eq!(slugs(&e, "COVID-19 "), ["covid"]);
    assert_eq!(slugs(&e, "covid19 "), ["covid"]);
    assert_eq!(slugs(&e, "covid "), ["covid"]);
}

#[test]
fn drug_coated_is_found_as_written_and_glued() {
    let e = engine();
    assert_eq!(slugs(&e, "drug-coated "), ["dcb"]);
    assert_eq!(slugs(&e, "drugcoated "), ["dcb"]);
}

#[test]
fn stents_finds_stent_and_stent_finds_stents() {
    let e = engine();
    assert_eq!(slugs(&e, "stent "), ["stents"]);
    assert_eq!(slugs(&e, "stents "), ["stents"]);
}

#[test]
fn thrombectomy_finds_thrombectomies() {
    assert_eq!(slugs(&engine(), "thrombectomy "), ["thromb"]);
}

#[test]
fn a_search_for_orchid_does_not_match_or() {
    assert_eq!(slugs(&engine(), "orchid"), ["orchid"]);
}

#[test]
fn a_stop_word_being_typed_is_completed_but_never_matched_as_itself() {
    assert_eq!(slugs(&engine(), "or"), ["orchid"]);
}

#[test]
fn a_text_of_stop_words_only_is_an_empty_search() {
    let e = engine();
    assert_eq!(e.search(&veille_core::Query::text("or the ")).total, 10);
}

#[test]
fn a_word_whose_french_stem_is_another_english_word_still_ranks_its_own_articles_first() {
    // "news" in a French article is stemmed `new`, so the query `news` also
    // reaches every English "new"; "new" being the rarer word, an article
    // that said it once in its body outranked the ones titled News, until a
    // word's forms shared one idf.
    let mut articles = vec![
        article(
            "fr",
            "Les news de la semaine",
            "Les news du jour sont publiées pour les lecteurs.",
        ),
        article("new", "A device for the trial", "The device is new."),
    ];
    for i in 0..6 {
        articles.push(article(
            &format!("news{i}"),
            &format!("Vascular News {i}"),
            "An issue of the newsletter.",
        ));
    }
    let e = Engine::new(articles);
    let found = slugs(&e, "news ");
    let new_at = found.iter().position(|s| s == "new");
    assert!(
        new_at.is_none_or(|at| at > 6),
        "the article that only says \"new\" is ranked among the ones titled News: {found:?}"
    );
}
