//! The builder's speed target: at least 20,000 typical news articles per
//! second, over a generated folder of 100,000 articles.
//!
//! `cargo bench -p veille-bench` generates the folder from seed 42 into a
//! temporary folder, builds it with [`veille_cli::build::build`] (walk, read,
//! parse, render, sanitize, deduplicate) and then serializes the bundle,
//! printing figures for each step, and then derives the topics again alone
//! (their share of a build). `VEILLE_BENCH_COUNT` and
//! `VEILLE_BENCH_SEED` change the folder; `VEILLE_BENCH_RUNS` the number of
//! timed builds (the best is reported). `VEILLE_BENCH_DIR=DIR` generates the
//! folder into `DIR` once and reuses it on later runs (for profiling).

use std::path::PathBuf;
use std::time::Instant;

use veille_cli::build::{build, BuildOptions};

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// CPU seconds (user + system, all threads) used by this process so far,
/// from `/proc/self/stat` (Linux; clock ticks of 1/100 s). `None` elsewhere.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name, which is in parentheses and may hold spaces.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
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

    let temp = tempfile::tempdir().expect("a temporary folder");
    let dir =
        std::env::var_os("VEILLE_BENCH_DIR").map_or_else(|| temp.path().to_owned(), PathBuf::from);
    let started = Instant::now();
    let paths = if dir.join("papers").is_dir() {
        let paths: Vec<PathBuf> = std::fs::read_dir(dir.join("papers"))
            .expect("the folder given in VEILLE_BENCH_DIR")
            .map(|e| e.expect("a folder entry").path())
            .collect();
        println!("reusing {} articles in {}", paths.len(), dir.display());
        paths
    } else {
        veille_synth::write_folder(&dir, seed, count).expect("generated articles")
    };
    let bytes: u64 = paths
        .iter()
        .map(|p| std::fs::metadata(p).map_or(0, |m| m.len()))
        .sum();
    println!(
        "{} articles ({:.1} MB, {:.0} bytes each) from seed {seed} in {:.2} s",
        paths.len(),
        bytes as f64 / 1e6,
        bytes as f64 / paths.len().max(1) as f64,
        started.elapsed().as_secs_f64()
    );

    let opts = BuildOptions {
        inputs: vec![dir.clone()],
        out: temp.path().join("out"),
        quiet: true,
        ..BuildOptions::default()
    };
    // What rayon will use: RAYON_NUM_THREADS, else one thread per core.
    let threads = env_or("RAYON_NUM_THREADS", 0usize);
    let threads = if threads > 0 {
        threads
    } else {
        std::thread::available_parallelism().map_or(1, |n| n.get())
    };
    let mut best = f64::INFINITY;
    let mut last = None;
    let started = Instant::now();
    let walked = veille_cli::walk::walk(&opts.inputs).expect("the folder exists");
    println!(
        "walk alone: {} files in {:.3} s",
        walked.files.len(),
        started.elapsed().as_secs_f64()
    );
    for run in 1..=runs {
        let cpu_before = cpu_seconds();
        let started = Instant::now();
        let (bundle, report) = build(&opts).expect("the generated folder exists");
        let secs = started.elapsed().as_secs_f64();
        let cpu = cpu_seconds()
            .zip(cpu_before)
            .map(|(after, before)| after - before);
        println!(
            "build {run}/{runs}: {} files read, {} articles, {} skipped, {} duplicates, {} warnings in {secs:.3} s = {:.0} articles/s ({threads} threads)",
            report.files_read,
            report.articles_written,
            report.files_skipped,
            report.duplicates_merged,
            report.warnings,
            report.articles_written as f64 / secs
        );
        if let Some(cpu) = cpu {
            // On a machine shared with other work the wall clock overstates
            // the cost; the CPU time says what the build itself used.
            println!(
                "    CPU time {cpu:.2} s ({:.0} µs per article); {:.0} articles/s if all {threads} cores were free",
                cpu * 1e6 / report.articles_written.max(1) as f64,
                report.articles_written as f64 * threads as f64 / cpu
            );
        }
        best = best.min(secs);
        last = Some(bundle);
    }
    let bundle = last.expect("at least one run");
    // The topics' share of a build: derived again, alone, from the articles built.
    for run in 1..=runs {
        let cpu_before = cpu_seconds();
        let started = Instant::now();
        let derived =
            veille_cli::topics::derive(&bundle.articles, &veille_cli::topics::Options::default());
        let secs = started.elapsed().as_secs_f64();
        let cpu = cpu_seconds()
            .zip(cpu_before)
            .map_or(String::new(), |(after, before)| {
                format!(
                    ", CPU time {:.2} s ({:.1} µs per article)",
                    after - before,
                    (after - before) * 1e6 / bundle.articles.len().max(1) as f64
                )
            });
        println!(
            "topics alone {run}/{runs}: {} topics in {secs:.3} s{cpu}",
            derived.topics.len()
        );
    }
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
