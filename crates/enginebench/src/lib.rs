//! Benchmarks of Veille's engine: a deterministic synthetic corpus
//! ([`synth`]), the fixed query set ([`queries`]) and timing helpers.
//!
//! Run `cargo run --profile bench -p veille-enginebench --bin figures` for
//! the printed figures (build time, index size, p50/p95 per query kind at
//! 10k and 100k articles), and `cargo bench -p veille-enginebench` for the
//! criterion benches. Neither runs as part of `cargo test`.

pub mod known_items;
pub mod queries;
pub mod synth;

/// The whole index at `path`: the file itself, followed by the
/// `index-rest.bin` beside it when `path` is a built `index.bin` (its first
/// part, see [`veille_core::site::INDEX_REST_FILE`]).
pub fn read_index(path: impl AsRef<std::path::Path>) -> std::io::Result<Vec<u8>> {
    let path = path.as_ref();
    let bytes = std::fs::read(path)?;
    let rest = path.with_file_name(veille_core::site::INDEX_REST_FILE);
    if path.file_name() == Some(veille_core::site::INDEX_FILE.as_ref()) && rest.is_file() {
        return Ok(veille_core::site::whole_index(bytes, &std::fs::read(rest)?));
    }
    Ok(bytes)
}
