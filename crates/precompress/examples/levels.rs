//! What each brotli quality and gzip level costs and saves on a site's
//! files: `cargo run --release -p veille-precompress --example levels --
//! SITE [LIMIT]` reads the compressible files of at least 1 KiB under
//! `SITE` (at most `LIMIT` of each kind, default 400, spread over the
//! list), splits them into small (under 64 KiB: the per-article pages and
//! files, feeds) and large ones, and prints, for each level, the total
//! compressed size and the time taken, on one thread.

use std::path::{Path, PathBuf};
use std::time::Instant;

const TEXT: &[&str] = &[
    "html", "js", "css", "json", "wasm", "svg", "xml", "txt", "bin",
];

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let path = e.path();
        if path.is_dir() {
            walk(&path, out);
        } else if path
            .extension()
            .and_then(|x| x.to_str())
            .is_some_and(|x| TEXT.contains(&x))
        {
            out.push(path);
        }
    }
}

fn spread(files: Vec<(PathBuf, Vec<u8>)>, limit: usize) -> Vec<(PathBuf, Vec<u8>)> {
    let step = files.len().div_ceil(limit).max(1);
    files.into_iter().step_by(step).collect()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let site = args.first().expect("usage: levels SITE [LIMIT]");
    let limit: usize = args.get(1).and_then(|l| l.parse().ok()).unwrap_or(400);
    let mut paths = Vec::new();
    walk(Path::new(site), &mut paths);
    paths.sort();
    let files: Vec<(PathBuf, Vec<u8>)> = paths
        .into_iter()
        .filter_map(|p| std::fs::read(&p).ok().map(|b| (p, b)))
        .filter(|(_, b)| b.len() >= 1024)
        .collect();
    let (small, large): (Vec<_>, Vec<_>) = files.into_iter().partition(|(_, b)| b.len() < 64 << 10);
    for (kind, set) in [
        ("small", spread(small, limit)),
        ("large", spread(large, limit)),
    ] {
        let raw: usize = set.iter().map(|(_, b)| b.len()).sum();
        println!("{kind}: {} files, {:.2} MB", set.len(), raw as f64 / 1e6);
        for q in [4, 5, 6, 7, 8, 9, 10, 11] {
            let t = Instant::now();
            let packed: usize = set
                .iter()
                .map(|(_, b)| veille_precompress::brotli_at(b, q).len())
                .sum();
            let secs = t.elapsed().as_secs_f64();
            println!(
                "  brotli {q:2}: {:.3} MB ({:.1} % of the text), {:.2} s, {:.1} MB/s",
                packed as f64 / 1e6,
                100.0 * packed as f64 / raw as f64,
                secs,
                raw as f64 / 1e6 / secs
            );
        }
        for l in [6, 9] {
            let t = Instant::now();
            let packed: usize = set
                .iter()
                .map(|(_, b)| veille_precompress::gzip_at(b, l).len())
                .sum();
            let secs = t.elapsed().as_secs_f64();
            println!(
                "  gzip {l}: {:.3} MB ({:.1} % of the text), {:.2} s, {:.1} MB/s",
                packed as f64 / 1e6,
                100.0 * packed as f64 / raw as f64,
                secs,
                raw as f64 / 1e6 / secs
            );
        }
    }
}
