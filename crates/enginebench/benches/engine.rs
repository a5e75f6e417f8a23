//! Criterion benches: index build, and the fixed query set
//! at 10k and 100k articles. `cargo bench -p veille-enginebench`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use veille_core::Engine;
use veille_enginebench::queries::query_set;
use veille_enginebench::synth::generate;

fn build(c: &mut Criterion) {
    let mut group = c.benchmark_group("index build");
    group.sample_size(10);
    for n in [10_000usize, 100_000] {
        let articles = generate(n, 42);
        group.bench_with_input(BenchmarkId::from_parameter(n), &articles, |b, a| {
            b.iter(|| Engine::new(a.as_slice()))
        });
    }
    group.finish();
}

fn queries(c: &mut Criterion) {
    for n in [10_000usize, 100_000] {
        let engine = Engine::new(generate(n, 42));
        let mut group = c.benchmark_group(format!("query {n}"));
        group.sample_size(30);
        for (label, qs) in query_set() {
            group.bench_with_input(BenchmarkId::from_parameter(&label), &qs, |b, qs| {
                b.iter(|| engine.search_query_string(qs))
            });
        }
        group.finish();
    }
}

criterion_group!(benches, build, queries);
criterion_main!(benches);
