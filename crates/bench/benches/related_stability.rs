//! Whether the builder's related articles stay put when one article is
//! added, and how close they are to the exact ones (`Engine::related`).
//!
//! `cargo bench -p veille-bench --bench related_stability` generates
//! `VEILLE_BENCH_COUNT` articles (default 5,000; `crates/synth`, seed
//! `VEILLE_BENCH_SEED`, default 7), or reads the folders of
//! `VEILLE_BENCH_INPUTS` (separated by `:`), and builds them twice: as they
//! are, and with one more article (the one `scripts/bench-publish.sh`
//! adds). For each finder (the builder's budget with the exact statistics,
//! as before; with the stable ones, as now) it prints:
//! - how many of the articles' related lists (five, as written in their
//!   files) differ after the addition, and how many of those hold the new
//!   article (a legitimate change);
//! - against the exact answers, for every `RELATED_STEP`-th article
//!   (default 1): the share of the exact top 5 kept, and the exact score
//!   of the five found against the exact top 5's (both scored exactly).

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Instant;

use rayon::prelude::*;
use veille_cli::build::{build, BuildOptions};
use veille_core::{
    Engine, EngineOptions, RelatedBudget, RelatedFinder, RelatedStatistics, RELATED_IN_FILE,
};

const ONE_MORE: &str = "---
title: One more article
date: 2040-01-01
tags: [Benchmark]
---
An article added after the first publication.
";

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn engine_of(inputs: Vec<PathBuf>) -> Engine {
    let (bundle, _) = build(&BuildOptions {
        inputs,
        quiet: true,
        max_year: 2100,
        ..Default::default()
    })
    .expect("a build");
    Engine::with_topics(
        bundle.articles.as_slice(),
        &bundle.topics,
        EngineOptions::default(),
    )
}

/// Every article's related permalinks (by permalink), on every core.
fn lists(engine: &Engine, finder: &RelatedFinder<'_>) -> HashMap<String, Vec<String>> {
    (0..engine.len())
        .into_par_iter()
        .map_init(
            || finder.clone(),
            |f, doc| {
                let own = engine.article(doc).expect("a doc").permalink.to_owned();
                let rel = f.related(doc, RELATED_IN_FILE);
                (own, rel.into_iter().map(|r| r.permalink).collect())
            },
        )
        .collect()
}

/// The share of the exact top 5 kept and the exact score of the five found
/// against the exact top 5's, over every `step`-th article.
fn quality(engine: &Engine, finder: &RelatedFinder<'_>, step: usize) -> (f64, f64) {
    let exact = RelatedFinder::new(engine);
    let per: Vec<(usize, usize, f64, f64)> = (0..engine.len())
        .into_par_iter()
        .step_by(step)
        .map_init(
            || (exact.clone(), finder.clone()),
            |(e, f), doc| {
                let best = e.related(doc, RELATED_IN_FILE);
                let found = f.related(doc, RELATED_IN_FILE);
                let kept = best
                    .iter()
                    .filter(|b| found.iter().any(|x| x.doc == b.doc))
                    .count();
                let best_score: f64 = best.iter().map(|r| f64::from(r.score)).sum();
                let found_score: f64 = found
                    .iter()
                    .map(|r| f64::from(e.score(doc, r.doc as usize)))
                    .sum();
                (kept, best.len(), found_score, best_score)
            },
        )
        .collect();
    let (kept, total, got, best) = per.iter().fold((0, 0, 0.0, 0.0), |a, p| {
        (a.0 + p.0, a.1 + p.1, a.2 + p.2, a.3 + p.3)
    });
    (
        100.0 * kept as f64 / total.max(1) as f64,
        100.0 * got / best.max(f64::MIN_POSITIVE),
    )
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        println!("related_stability: benchmark");
        return;
    }
    let temp = tempfile::tempdir().expect("a temporary folder");
    let inputs: Vec<PathBuf> = match std::env::var("VEILLE_BENCH_INPUTS") {
        Ok(list) => list.split(':').map(PathBuf::from).collect(),
        Err(_) => {
            let count: usize = env_or("VEILLE_BENCH_COUNT", 5_000);
            let seed: u64 = env_or("VEILLE_BENCH_SEED", 7);
            let dir = temp.path().join("synth");
            veille_synth::write_folder(&dir, seed, count).expect("generated articles");
            vec![dir]
        }
    };
    let extra = temp.path().join("extra");
    std::fs::create_dir_all(extra.join("papers")).expect("a folder");
    std::fs::write(extra.join("papers/one-more.md"), ONE_MORE).expect("the article");
    let started = Instant::now();
    let before = engine_of(inputs.clone());
    let after = engine_of(inputs.into_iter().chain([extra]).collect());
    let n = before.len();
    println!(
        "{n} articles, then {} (engines built in {:.1} s)",
        after.len(),
        started.elapsed().as_secs_f64()
    );
    let step: usize = env_or("RELATED_STEP", 1);
    for (name, statistics) in [
        ("budget, exact statistics", RelatedStatistics::Exact),
        ("budget, stable statistics", RelatedStatistics::Stable),
    ] {
        let finder =
            |e| RelatedFinder::with_budget(e, RelatedBudget::BUILD).with_statistics(statistics);
        let t = Instant::now();
        let (a, b) = (
            lists(&before, &finder(&before)),
            lists(&after, &finder(&after)),
        );
        let secs = t.elapsed().as_secs_f64();
        let changed: Vec<&Vec<String>> = a
            .iter()
            .filter(|(p, l)| b.get(*p) != Some(l))
            .filter_map(|(p, _)| b.get(p))
            .collect();
        let entered = changed
            .iter()
            .filter(|l| l.iter().any(|p| p == "/papers/one-more"))
            .count();
        let (kept, score) = quality(&before, &finder(&before), step);
        println!(
            "{name}: {} of {n} related lists changed by one more article ({entered} of them to list it); \
             exact top 5 kept {kept:.2} %, score {score:.2} % of the exact (every {step}th article); \
             {:.1} s for both builds' lists",
            changed.len(),
            secs
        );
    }
}
