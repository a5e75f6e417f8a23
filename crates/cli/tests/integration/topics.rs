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
