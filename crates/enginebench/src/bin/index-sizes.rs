//! Prints where a prebuilt index's bytes go, section by section, and how
//! long it takes to load (`cargo run --release -p veille-enginebench --bin
//! index-sizes -- public/data/index.bin`).
//!
//! Per section: the engine's arrays in memory (what format 2 stored, byte
//! for byte but for the 8-bit impacts), those arrays deflated (what HTTP
//! compression made of format 2), the section's encoded stream and its
//! deflated payload in the file. Then the load time: inflating and decoding
//! the sections, then the whole `Engine::from_bytes`.

use std::time::Instant;

use veille_core::{section_sizes, Engine};

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "public/data/index.bin".into());
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let sizes = section_sizes(&bytes).unwrap_or_else(|e| panic!("{path}: {e}"));
    let engine = Engine::from_bytes(&bytes).expect("a valid index");
    let n = engine.len().max(1);
    println!("{path}: {} articles, {} bytes", engine.len(), bytes.len());
    println!(
        "{:<18} {:>10} {:>10} {:>10} {:>10} {:>9}",
        "section", "memory", "mem.defl", "stream", "stored", "B/article"
    );
    let mut total = [0usize; 4];
    for s in &sizes {
        println!(
            "{:<18} {:>10} {:>10} {:>10} {:>10} {:>9.1}",
            s.name,
            s.memory,
            s.memory_deflated,
            s.stream,
            s.stored,
            s.stored as f64 / n as f64
        );
        for (t, x) in total
            .iter_mut()
            .zip([s.memory, s.memory_deflated, s.stream, s.stored])
        {
            *t += x;
        }
    }
    println!(
        "{:<18} {:>10} {:>10} {:>10} {:>10} {:>9.1}",
        "total",
        total[0],
        total[1],
        total[2],
        total[3],
        total[3] as f64 / n as f64
    );
    let runs = 10;
    let t = Instant::now();
    for _ in 0..runs {
        std::hint::black_box(Engine::from_bytes(&bytes).expect("a valid index"));
    }
    let ms = t.elapsed().as_secs_f64() * 1e3 / f64::from(runs);
    println!("Engine::from_bytes: {ms:.1} ms (mean of {runs}, decoding included)");
}
