//! Prints the engine's figures over the synthetic corpus: generation and
//! index build time, index size, p50/p95 per query kind, and what typing
//! costs: each prefix of the explorer benchmark's queries, searched whole
//! and as the explorer searches while typing (the first hits filled in,
//! the others after the frame is painted).
//!
//! `cargo run --profile bench -p veille-enginebench --bin figures [SIZES...]`
//! (default sizes: 10000 100000).

use std::time::Instant;

use veille_core::{Engine, Query};
use veille_enginebench::queries::{percentile, query_set};
use veille_enginebench::synth::generate;

/// The explorer benchmark's queries (`e2e/bench/app.mjs`), typed a
/// character at a time.
const TYPED: [&str; 5] = [
    "heart valve",
    "patients",
    "cardiac stent",
    "thrombectomy",
    "aneurysm repair",
];

/// Hits the explorer fills in first on a 1280 × 900 window (the cards in
/// view, `src/components/fold.rs`).
const FIRST_HITS: usize = 6;

/// Resident memory of this process in MiB, where the OS tells it (Linux).
fn rss_mib() -> Option<f64> {
    status_mib("VmRSS:")
}

/// The most resident memory this process has had so far, in MiB (Linux).
fn peak_rss_mib() -> Option<f64> {
    status_mib("VmHWM:")
}

fn status_mib(key: &str) -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(key))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

fn main() {
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let sizes = if sizes.is_empty() {
        vec![10_000, 100_000]
    } else {
        sizes
    };
    for n in sizes {
        let t = Instant::now();
        let articles = generate(n, 42);
        let generated = t.elapsed();
        let rss_before = rss_mib();
        let t = Instant::now();
        let engine = Engine::new(articles);
        let built = t.elapsed();
        let rss_after = rss_mib();
        let stats = engine.stats();
        println!("\n== {n} synthetic articles ==");
        println!("generated in {:.2} s", generated.as_secs_f64());
        println!("index build: {:.0} ms", built.as_secs_f64() * 1e3);
        println!(
            "index: {} terms, {} surface words, {} postings, {} positions, ~{:.1} MiB (estimate)",
            stats.terms,
            stats.surfaces,
            stats.postings,
            stats.positions,
            stats.index_bytes as f64 / 1048576.0
        );
        if let (Some(b), Some(a)) = (rss_before, rss_after) {
            println!(
                "process RSS: {b:.0} MiB with the articles, {a:.0} MiB after the build (+{:.0})",
                a - b
            );
        }
        if let Some(peak) = peak_rss_mib() {
            println!("process peak RSS so far: {peak:.0} MiB");
        }
        let runs = if n > 50_000 { 200 } else { 500 };
        println!(
            "{:<24} {:>8} {:>10} {:>10}",
            "query", "hits", "p50 µs", "p95 µs"
        );
        for (label, qs) in query_set() {
            let q = Query::from_query_string(&qs);
            let total = engine.search(&q).total;
            for _ in 0..5 {
                std::hint::black_box(engine.search(&q));
            }
            let mut times: Vec<f64> = (0..runs)
                .map(|_| {
                    let t = Instant::now();
                    std::hint::black_box(engine.search_query_string(std::hint::black_box(&qs)));
                    t.elapsed().as_secs_f64() * 1e6
                })
                .collect();
            times.sort_by(f64::total_cmp);
            println!(
                "{label:<24} {total:>8} {:>10.1} {:>10.1}",
                percentile(&times, 50.0),
                percentile(&times, 95.0)
            );
        }
        typing(&engine, runs / 10);
    }
}

/// Mean time per keystroke over every prefix of [`TYPED`], each the best
/// of `runs`: the whole search, and the explorer's two steps (the first
/// hits with the facets and timeline, then `more_hits`).
fn typing(engine: &Engine, runs: usize) {
    let prefixes: Vec<Query> = TYPED
        .iter()
        .flat_map(|typed| {
            (1..=typed.len()).map(|n| {
                let mut q = Query::default();
                q.set_text(&typed[..n]);
                q
            })
        })
        .collect();
    let mean_best = |f: &dyn Fn(usize)| -> f64 {
        let total: f64 = (0..prefixes.len())
            .map(|i| {
                (0..runs.max(1))
                    .map(|_| {
                        let t = Instant::now();
                        f(i);
                        t.elapsed().as_secs_f64() * 1e6
                    })
                    .fold(f64::INFINITY, f64::min)
            })
            .sum();
        total / prefixes.len() as f64
    };
    let rests: Vec<_> = prefixes
        .iter()
        .map(|q| engine.search_first(q, FIRST_HITS).1)
        .collect();
    let whole = mean_best(&|i| drop(std::hint::black_box(engine.search(&prefixes[i]))));
    let first = mean_best(&|i| {
        drop(std::hint::black_box(
            engine.search_first(&prefixes[i], FIRST_HITS),
        ))
    });
    let more = mean_best(&|i| drop(std::hint::black_box(engine.more_hits(&rests[i]))));
    println!(
        "typing, {} keystrokes: {whole:.0} µs per search whole; \
         {first:.0} µs for the first {FIRST_HITS} hits, then {more:.0} µs for the rest",
        prefixes.len()
    );
}
