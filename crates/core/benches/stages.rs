//! Criterion benchmarks of each stage of the analysis (reading, aligning, copied passages, claims) at
//! 50, 100, 200 and 400 real articles (`support/articles.rs`). A stage's time is read from the
//! analysis's own progress calls (the time from its start to the next stage's), so every stage is timed
//! inside one ordinary run. `scripts/stages` prints the table with the growth per doubling and the peak
//! memory of each size.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use parallax_core::Stage;
use std::time::Duration;

#[path = "support/articles.rs"]
mod support;

fn bench_stages(c: &mut Criterion) {
    for n in [50, 100, 200, 400] {
        let corpus = support::articles(n);
        let mut group = c.benchmark_group(format!("stages/{n}"));
        group.sample_size(10);
        group.warm_up_time(Duration::from_secs(1));
        group.measurement_time(Duration::from_secs(5));
        for (k, stage) in [Stage::Reading, Stage::Aligning, Stage::Copying, Stage::Claims].into_iter().enumerate() {
            group.bench_with_input(BenchmarkId::new(format!("{k}-{stage:?}"), n), &corpus, |b, corpus| {
                b.iter_custom(|iters| {
                    (0..iters)
                        .map(|_| {
                            support::timed_stages(corpus)
                                .1
                                .into_iter()
                                .find(|(s, _)| *s == stage)
                                .map_or(Duration::ZERO, |(_, d)| d)
                        })
                        .sum()
                })
            });
        }
        group.finish();
    }
}

criterion_group!(benches, bench_stages);
criterion_main!(benches);
