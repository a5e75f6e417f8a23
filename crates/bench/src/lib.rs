//! Nothing to use: this crate only holds the builder's benchmarks
//! (`benches/build_folder.rs`), run with `cargo bench -p veille-bench`.
