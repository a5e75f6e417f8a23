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
