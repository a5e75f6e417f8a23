//! Prints where a prebuilt index's bytes go, section by section, and how
//! long it takes to load (`cargo run --release -p veille-enginebench --bin
//! index-sizes -- public/data/index.bin`).
//!
//! Per section: the engine's arrays in memory (what format 2 stored, byte
//! for byte but for alignment and the 8-bit impacts), what gzip -6 and
//! brotli -11 make of them (what a compressing host sent of format 2), the
//! section's encoded stream, and its compressed payload in the file (what
//! every host sends of format 3). Then the load time, decoding included.

use std::time::Instant;

use veille_core::{sections, Engine};

fn gzip(bytes: &[u8]) -> usize {
    // Deflate plus gzip's 18 bytes of header and trailer.
    miniz_oxide::deflate::compress_to_vec(bytes, 6).len() + 18
}

fn brotli(bytes: &[u8]) -> usize {
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    let mut out = Vec::new();
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).expect("in memory");
    out.len()
}

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "public/data/index.bin".into());
    let bytes = veille_enginebench::read_index(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let sections = sections(&bytes).unwrap_or_else(|e| panic!("{path}: {e}"));
    let engine = Engine::from_bytes(&bytes).expect("a valid index");
    let n = engine.len().max(1);
    let first = Engine::split_bytes(&bytes).map_or(0, |(f, _)| f.len());
    println!(
        "{path}: {} articles, {} bytes (first part {first}, rest {})",
        engine.len(),
        bytes.len(),
        bytes.len() - first
    );
    let head = [
        "memory",
        "mem.gzip",
        "mem.br",
        "stream",
        "stored",
        "B/article",
    ];
    println!(
        "{:<17} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9}",
        "section", head[0], head[1], head[2], head[3], head[4], head[5]
    );
    let mut total = [0usize; 5];
    let row = |name: &str, x: [usize; 5]| {
        println!(
            "{name:<17} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9.1}",
            x[0],
            x[1],
            x[2],
            x[3],
            x[4],
            x[4] as f64 / n as f64
        );
    };
    // Brotli -11 of hundreds of megabytes takes minutes: above 32 MB of
    // arrays the two compressed columns are left at 0.
    let small = sections.iter().map(|s| s.memory.len()).sum::<usize>() < 32 << 20;
    for s in &sections {
        let x = [
            s.memory.len(),
            if small { gzip(&s.memory) } else { 0 },
            if small { brotli(&s.memory) } else { 0 },
            s.stream.len(),
            s.stored,
        ];
        row(s.name, x);
        total.iter_mut().zip(x).for_each(|(t, x)| *t += x);
    }
    row("total", total);
    // INDEX_SIZES_DUMP=DIR: write each section's stream there (to try
    // other compressors on them).
    if let Some(dir) = std::env::var_os("INDEX_SIZES_DUMP") {
        let dir = std::path::PathBuf::from(dir);
        std::fs::create_dir_all(&dir).expect("create the dump folder");
        for s in &sections {
            std::fs::write(dir.join(s.name.replace(' ', "-")), &s.stream).expect("write a stream");
        }
    }
    let runs = 10;
    let t = Instant::now();
    for _ in 0..runs {
        std::hint::black_box(Engine::from_bytes(&bytes).expect("a valid index"));
    }
    let ms = t.elapsed().as_secs_f64() * 1e3 / f64::from(runs);
    println!("Engine::from_bytes: {ms:.1} ms (mean of {runs}, decoding included)");
}
