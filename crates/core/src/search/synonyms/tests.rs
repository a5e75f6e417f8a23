use super::*;
use crate::query::parse::parse;
use crate::{Article, ArticleTopic, Engine, EngineOptions, Query, Topic};

fn topic(id: &str, forms: &[&str]) -> Topic {
    Topic {
        id: id.into(),
        label: id.to_uppercase(),
        label_fr: None,
        forms: forms.iter().map(|f| (*f).into()).collect(),
    }
}

fn topics() -> Vec<Topic> {
    vec![
        topic(
            "tavi",
            &[
                "TAVI",
                "TAVR",
                "transcatheter aortic valve implantation",
                "transcatheter aortic valve replacement",
            ],
        ),
        topic("dcb", &["DCB", "drug-coated balloon"]),
        topic("pe", &["PE", "pulmonary embolism"]),
    ]
}

fn synonyms() -> Synonyms {
    let values = TopicValues::new(&[], &topics());
    Synonyms::new(&values, &Stemmers::default())
}

fn runs(text: &str) -> Vec<(usize, usize, Vec<String>)> {
    let expr = parse(text);
    let groups: Vec<&Group> = expr.groups.iter().collect();
    synonyms()
        .runs(&Stemmers::default(), &groups)
        .into_iter()
        .map(|r| {
            (
                r.first,
                r.len,
                r.others.iter().map(|w| w.join(" ")).collect(),
            )
        })
        .collect()
}

#[test]
fn a_word_that_is_a_form_brings_the_topic_s_other_forms() {
    assert_eq!(
        runs("TAVR"),
        [(
            0,
            1,
            vec![
                "tavi".to_owned(),
                "transcatheter aortic valve implantation".into(),
                "transcatheter aortic valve replacement".into(),
            ]
        )]
    );
    assert_eq!(runs("pe")[0].2, ["pulmonary embolism"]);
}

#[test]
fn several_words_that_spell_a_form_are_one_run_whatever_the_plural_or_hyphen() {
    assert_eq!(
        runs("drug coated balloons"),
        [(0, 3, vec!["dcb".to_owned()])]
    );
    assert_eq!(
        runs("drug-coated balloon"),
        [(0, 2, vec!["dcb".to_owned()])]
    );
    assert_eq!(
        runs("new DCBs in PE")[0],
        (1, 1, vec!["drug coated balloon".to_owned()])
    );
    assert_eq!(runs("new DCBs in PE")[1].0, 2, "the stop word is no group");
}

#[test]
fn words_that_spell_no_form_or_only_part_of_one_bring_nothing() {
    assert!(runs("aortic valve").is_empty());
    assert!(runs("drug OR coated balloon").is_empty());
    assert!(runs("stent").is_empty());
}

/// An article at `slug` whose title is `title`.
fn article(slug: &str, title: &str) -> Article {
    Article::new("papers", slug, title, "", "")
}

fn engine() -> Engine {
    let mut tavr = article("tavr", "TAVR in low-risk patients");
    tavr.topics = vec![ArticleTopic {
        id: "tavi".into(),
        label: "TAVI".into(),
    }];
    Engine::with_topics(
        vec![
            tavr,
            article("tavi", "TAVI outcomes at five years"),
            article("long", "Transcatheter aortic valve implantation registry"),
            article("dcb", "A DCB for the femoral artery"),
            article("balloon", "A drug-coated balloon trial"),
            article("pe", "Catheter therapy for PE"),
            article("embolism", "Pulmonary embolism response teams"),
            article("other", "Aortic valve surgery"),
        ],
        &topics(),
        EngineOptions::default(),
    )
}

fn slugs(q: &str) -> Vec<String> {
    engine()
        .search(&Query::text(q))
        .hits
        .into_iter()
        .map(|h| h.slug)
        .collect()
}

#[test]
fn a_search_finds_the_synonyms_articles_below_the_word_s_own() {
    let tavr = slugs("TAVR");
    assert_eq!(tavr[0], "tavr");
    assert_eq!(tavr.len(), 3, "{tavr:?}");
    assert!(tavr.contains(&"long".to_owned()));
    let tavi = slugs("tavi");
    assert_eq!(tavi[0], "tavi");
    assert_eq!(tavi.len(), 3, "{tavi:?}");
    assert_eq!(slugs("PE"), ["pe", "embolism"]);
    assert_eq!(slugs("pulmonary embolism"), ["embolism", "pe"]);
    assert_eq!(slugs("drug coated balloon"), ["balloon", "dcb"]);
    assert_eq!(slugs("DCB"), ["dcb", "balloon"]);
}

#[test]
fn what_a_synonym_matched_is_highlighted() {
    let r = engine().search(&Query::text("TAVR"));
    let hit = r.hits.iter().find(|h| h.slug == "tavi").unwrap();
    let marked: Vec<&str> = hit
        .title_matches
        .iter()
        .map(|s| &hit.title[s.start..s.end])
        .collect();
    assert_eq!(marked, ["TAVI"]);
}

#[test]
fn an_engine_without_topics_answers_as_before() {
    let e = Engine::new(vec![article("a", "PE"), article("b", "Pulmonary embolism")]);
    let r = e.search(&Query::text("PE"));
    assert_eq!(r.total, 1);
}
