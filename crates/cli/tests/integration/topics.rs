//! Derived topics (issue 25): a small topical corpus written for the
//! repository (`tests/fixtures/topics`, invented text) against its golden
//! output, order independence, and with `../shared` present the acceptance
//! figures on the publisher's `starter-vascular` corpus (and a look at
//! `medtech`, so that nothing is tuned to one corpus).

use std::fmt::Write as _;
use std::io::Write as _;

use veille_cli::build::{build, BuildOptions};
use veille_cli::topics::figures::measure;
use veille_cli::topics::{derive, Derived, Options};
use veille_core::Article;

use crate::util::{fixture, shared};

fn articles(dir: std::path::PathBuf) -> Vec<Article> {
    let opts = BuildOptions {
        inputs: vec![dir],
        quiet: true,
        ..BuildOptions::default()
    };
    build(&opts).unwrap().0.articles
}

/// The topics and each article's, as the golden file holds them.
fn render(articles: &[Article], d: &Derived) -> String {
    let mut out = String::new();
    for t in &d.topics {
        writeln!(
            out,
            "{} | {} | {} | {}",
            t.id,
            t.label,
            t.articles,
            t.forms.join(", ")
        )
        .unwrap();
    }
    out.push('\n');
    let mut lines: Vec<String> = articles
        .iter()
        .zip(&d.per_article)
        .map(|(a, list)| {
            let ids: Vec<&str> = list.iter().map(|&t| d.topics[t].id.as_str()).collect();
            format!("{}: {}", a.permalink, ids.join(", "))
        })
        .collect();
    lines.sort();
    out.push_str(&lines.join("\n"));
    out.push('\n');
    out
}

#[test]
fn a_small_topical_corpus_gives_its_golden_topics() {
    let articles = articles(fixture("topics"));
    let got = render(&articles, &derive(&articles, &Options::default()));
    let golden = fixture("topics.golden.txt");
    if std::env::var_os("VEILLE_BLESS").is_some() {
        std::fs::write(&golden, &got).unwrap();
    }
    let want = std::fs::read_to_string(&golden).unwrap();
    assert_eq!(
        got, want,
        "regenerate with VEILLE_BLESS=1 after checking the change"
    );
}

#[test]
fn topics_do_not_depend_on_the_order_of_the_articles() {
    let articles = articles(fixture("topics"));
    let mut reversed = articles.clone();
    reversed.reverse();
    let a = render(&articles, &derive(&articles, &Options::default()));
    let b = render(&reversed, &derive(&reversed, &Options::default()));
    assert_eq!(a, b);
}

#[test]
fn tavr_joins_tavi_and_people_places_and_the_feed_are_no_topics() {
    let articles = articles(fixture("topics"));
    let d = derive(&articles, &Options::default());
    let tavi = d.topics.iter().find(|t| t.id == "tavi").unwrap();
    assert!(tavi.forms.contains(&"TAVR".to_string()), "{tavi:?}");
    for t in &d.topics {
        let label = t.label.to_lowercase();
        for bad in [
            "quell",
            "ardent",
            "berrow",
            "lyon",
            "belgium",
            "heart news",
            "study",
            "data",
        ] {
            assert!(!label.contains(bad), "{label}");
        }
    }
}

/// Prints a corpus's figures and its largest topics on stderr (shown by
/// `cargo test -- --nocapture`, and kept in the output of a failure).
fn report(name: &str, articles: &[Article]) -> veille_cli::topics::figures::Figures {
    let figures = measure(articles, &Options::default());
    let d = derive(articles, &Options::default());
    let mut text = format!("{name}\n{figures}\nlargest topics:\n");
    for t in d.topics.iter().take(40) {
        writeln!(text, "  {:4} {}", t.articles, t.label).unwrap();
    }
    let _ = writeln!(std::io::stderr().lock(), "{text}");
    figures
}

#[test]
fn starter_vascular_meets_the_acceptance_figures() {
    let Some(corpus) = shared("corpus/starter-vascular") else {
        return;
    };
    let f = report("starter-vascular", &articles(corpus));
    assert!((30..=150).contains(&f.topics), "{f}");
    assert!(f.covered >= 0.85, "{f}");
    assert!((1.5..=4.0).contains(&f.per_article) && f.most <= 6, "{f}");
    assert!(f.bad_labels.is_empty() && f.twins.is_empty(), "{f}");
    assert!(f.topics_kept >= 0.8 && f.lists_kept >= 0.85, "{f}");
}

#[test]
fn medtech_gets_few_topics_and_no_feed_names() {
    let Some(corpus) = shared("corpus/medtech") else {
        return;
    };
    // A mixed corpus, half of it French consumer technology: fewer topics, not junk.
    let f = report("medtech", &articles(corpus));
    assert!(f.topics <= 150 && f.most <= 6, "{f}");
    assert!(f.bad_labels.len() <= 1, "{f}");
}

fn build_with_taxonomy(yaml: &str) -> Result<veille_core::Bundle, String> {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("my-topics.yaml");
    std::fs::write(&file, yaml).unwrap();
    let opts = BuildOptions {
        inputs: vec![fixture("topics")],
        quiet: true,
        taxonomy: Some(file),
        ..BuildOptions::default()
    };
    build(&opts).map(|(b, _)| b).map_err(|e| e.to_string())
}

#[test]
fn a_taxonomy_adds_topics_absorbs_the_derived_ones_and_stops_terms() {
    let bundle = build_with_taxonomy(
        "topics:\n  - label: Transcatheter valves\n    label_fr: Valves percutanées\n    aliases: [TAVI]\n  - label: Carotid webs\nstop: [thrombectomy, Norvane]\n",
    )
    .unwrap();
    let labels = |a: &Article| a.topics.iter().map(|t| t.label.clone()).collect::<Vec<_>>();
    let with_valves: Vec<&Article> = bundle
        .articles
        .iter()
        .filter(|a| a.topics.iter().any(|t| t.id == "tavi"))
        .collect();
    // TAVI's six articles, TAVR's among them (absorbed with TAVI's group).
    assert_eq!(with_valves.len(), 6);
    assert!(with_valves
        .iter()
        .all(|a| labels(a).contains(&"Transcatheter valves".to_string())));
    for a in &bundle.articles {
        for t in &a.topics {
            assert!(t.id != "thrombectomy" && t.id != "norvane", "{t:?}");
            assert_ne!(t.label, "Carotid webs", "no article names it");
        }
    }
    assert!(bundle
        .articles
        .iter()
        .any(|a| a.topics.iter().any(|t| t.id == "mechanical-thrombectomy")));
}

#[test]
fn a_taxonomy_without_derivation_gives_only_its_topics() {
    let bundle =
        build_with_taxonomy("derive: false\ntopics:\n  - label: Stents\n  - label: AF\n").unwrap();
    let mut ids: Vec<&str> = bundle
        .articles
        .iter()
        .flat_map(|a| a.topics.iter().map(|t| t.id.as_str()))
        .collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids, vec!["af", "stent"]);
}

#[test]
fn a_bad_taxonomy_stops_the_build_naming_the_file_and_line() {
    let e = build_with_taxonomy("topics:\n  - label: TAVI\n    synonyms: [TAVR]\n").unwrap_err();
    assert!(e.contains("my-topics.yaml:3: "), "{e}");
}

#[test]
fn the_taxonomy_reaches_the_derived_topics_with_its_french_label() {
    let articles = articles(fixture("topics"));
    let taxonomy = veille_cli::topics::taxonomy::parse(
        "topics:\n  - label: drug-coated balloon (DCB)\n    label_fr: ballon actif (DCB)\n",
        std::path::Path::new("topics.yaml"),
    )
    .unwrap();
    let d = derive(
        &articles,
        &Options {
            taxonomy: Some(taxonomy),
            ..Options::default()
        },
    );
    let dcb = d.topics.iter().find(|t| t.id == "dcb").unwrap();
    assert_eq!(dcb.label_fr.as_deref(), Some("ballon actif (DCB)"));
    assert_eq!(dcb.articles, 3);
    let c = d.curation.unwrap();
    assert_eq!(
        c.absorbed,
        vec![("drug-coated balloon (DCB)".to_string(), "dcb".to_string())]
    );
}
