//! The builder's speed target: at least 20,000 typical news articles per
//! second, over a generated folder of 100,000 articles.
//!
//! `cargo bench -p veille-bench` generates the folder from seed 42 into a
//! temporary folder, builds it with [`veille_cli::build::build`] (walk, read,
//! parse, render, sanitize, deduplicate) and then serializes the bundle,
//! printing figures for each step. `VEILLE_BENCH_COUNT` and
//! `VEILLE_BENCH_SEED` change the folder; `VEILLE_BENCH_RUNS` the number of
//! timed builds (the best is reported).

use std::time::Instant;

use veille_cli::build::{build, BuildOptions};

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn main() {
    // `cargo bench -- --list` and friends pass flags; there is one benchmark.
    if std::env::args().any(|a| a == "--list") {
        println!("build_folder: benchmark");
        return;
    }
    let count: usize = env_or("VEILLE_BENCH_COUNT", 100_000);
    let seed: u64 = env_or("VEILLE_BENCH_SEED", 42);
    let runs: usize = env_or("VEILLE_BENCH_RUNS", 2).max(1);

    let dir = tempfile::tempdir().expect("a temporary folder");
    let started = Instant::now();
    let paths = veille_synth::write_folder(dir.path(), seed, count).expect("generated articles");
    let bytes: u64 = paths
        .iter()
        .map(|p| std::fs::metadata(p).map_or(0, |m| m.len()))
        .sum();
    println!(
        "generated {} articles ({:.1} MB, {:.0} bytes each) from seed {seed} in {:.2} s",
        paths.len(),
        bytes as f64 / 1e6,
        bytes as f64 / paths.len().max(1) as f64,
        started.elapsed().as_secs_f64()
    );

    let opts = BuildOptions {
        inputs: vec![dir.path().to_owned()],
        out: dir.path().join("out"),
        quiet: true,
        ..BuildOptions::default()
    };
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut best = f64::INFINITY;
    let mut last = None;
    for run in 1..=runs {
        let started = Instant::now();
        let (bundle, report) = build(&opts).expect("the generated folder exists");
        let secs = started.elapsed().as_secs_f64();
        println!(
            "build {run}/{runs}: {} files read, {} articles, {} skipped, {} duplicates, {} warnings in {secs:.3} s = {:.0} articles/s ({threads} threads)",
            report.files_read,
            report.articles_written,
            report.files_skipped,
            report.duplicates_merged,
            report.warnings,
            report.articles_written as f64 / secs
        );
        best = best.min(secs);
        last = Some(bundle);
    }
    let bundle = last.expect("at least one run");
    let started = Instant::now();
    let json = bundle.to_json();
    let secs = started.elapsed().as_secs_f64();
    println!(
        "serialized the bundle ({:.1} MB) in {secs:.3} s",
        json.len() as f64 / 1e6
    );
    let rate = bundle.articles.len() as f64 / best;
    println!(
        "best: {} articles in {best:.3} s = {rate:.0} articles/s (target 20000: {})",
        bundle.articles.len(),
        if rate >= 20_000.0 { "met" } else { "NOT met" }
    );
}
