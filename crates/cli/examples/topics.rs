//! Prints the topics `veille build` derives for content folders, with the
//! acceptance figures of issue 25 (count, coverage, topics per article, the
//! largest topics and a sample of articles).
//!
//! `cargo run --release -p veille-cli --example topics -- ../shared/corpus/starter-vascular`

use std::path::PathBuf;

use veille_cli::build::{build, BuildOptions};
use veille_cli::topics::{derive, Options};

fn main() -> anyhow::Result<()> {
    let inputs: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    if inputs.is_empty() {
        anyhow::bail!(
            "usage: topics <content folder>... (for example ../shared/corpus/starter-vascular, when ../shared is beside the checkout)"
        );
    }
    let opts = BuildOptions {
        inputs,
        quiet: true,
        ..BuildOptions::default()
    };
    let (bundle, _) = build(&opts)?;
    let articles = &bundle.articles;
    let options = Options {
        max_topics: std::env::var("TOPICS_MAX")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(150),
        ..Options::default()
    };
    let d = derive(articles, &options);
    println!(
        "{}",
        veille_cli::topics::figures::measure(articles, &options)
    );
    let n = articles.len();
    let with = d.per_article.iter().filter(|t| !t.is_empty()).count();
    let total: usize = d.per_article.iter().map(Vec::len).sum();
    println!(
        "articles {n}, topics {}, with a topic {with} ({:.1} %), per article {:.2}, at most {}",
        d.topics.len(),
        100.0 * with as f64 / n as f64,
        total as f64 / n as f64,
        d.per_article.iter().map(Vec::len).max().unwrap_or(0)
    );
    for t in &d.topics {
        println!(
            "{:5} {:30} {}   [{}]",
            t.articles,
            t.id,
            t.label,
            t.forms.join(" | ")
        );
    }
    println!("--- merges");
    for m in &d.merges {
        println!("{} <- {}", m.kept, m.absorbed);
    }
    println!("--- too common");
    for (k, df) in &d.too_common {
        println!("{df:5} {k}");
    }
    println!("--- rejected");
    for r in &d.rejected {
        println!("{:5} {:40} {}", r.df, r.key, veille_cli::topics::rule(r));
    }
    println!("--- sample");
    let step = (n / 20).max(1);
    for (i, a) in articles.iter().enumerate().step_by(step).take(20) {
        let labels: Vec<&str> = d.per_article[i]
            .iter()
            .map(|&t| d.topics[t].label.as_str())
            .collect();
        println!("{}\n    {}", a.title, labels.join(" · "));
    }
    Ok(())
}
