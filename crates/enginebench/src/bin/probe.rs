//! Runs one query string many times over the synthetic corpus, for
//! profiling (`perf record target/release/probe 'q=heart+valve+' 100000`;
//! `PROBE_INDEX=/tmp/veille-browser-bench/index-100000.bin` loads that
//! prebuilt index instead of indexing the corpus).

use std::time::Instant;

use veille_core::{Engine, Query};
use veille_enginebench::synth::generate;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let qs = args.first().map_or("q=patients+&year=2020", String::as_str);
    let n = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(10_000);
    // PROBE_INDEX=index.bin: load a prebuilt index instead of indexing.
    let engine = match std::env::var_os("PROBE_INDEX") {
        Some(path) => {
            Engine::from_vec(veille_enginebench::read_index(path).expect("read the index"))
                .expect("a valid index")
        }
        None => Engine::new(generate(n, 42)),
    };
    let q = Query::from_query_string(qs);
    let runs = std::env::var("PROBE_RUNS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(20_000_000 / n.max(1));
    let time = |what: &str, f: &dyn Fn()| {
        let t = Instant::now();
        for _ in 0..runs {
            f();
        }
        let per = t.elapsed().as_secs_f64() * 1e6 / runs as f64;
        println!("{qs} over {n} articles, {what}: {per:.1} µs per search ({runs} runs)");
    };
    time("whole page", &|| {
        std::hint::black_box(engine.search(&q));
    });
    // PROBE_PHASES=1: also the search without its hits, and with its JSON.
    if std::env::var_os("PROBE_PHASES").is_some() {
        time("no hit filled in", &|| {
            std::hint::black_box(engine.search_first(&q, 0));
        });
        time("whole page as JSON", &|| {
            std::hint::black_box(serde_json::to_string(&engine.search(&q)).ok());
        });
    }
}
