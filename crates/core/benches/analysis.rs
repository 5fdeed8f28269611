//! Criterion benchmarks of the whole analysis: the bundled corpus, and corpora 10×, 20× and 40× its
//! size made from real text (the bundled articles, the second test corpus and, when it is beside the
//! repository, every article of ../shared/bench-corpus), repeated with perturbations (sentences
//! reordered, words dropped, numbers changed) so that repeats are near-duplicates, not copies.
//! The growth from 10× to 40× shows whether cost stays well under quadratic.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use parallax_core::{analyze, passages, SourceText};
use std::time::Duration;
use support::{perturb, read_dir_texts, repo, Lcg};

#[path = "support/articles.rs"]
mod support;

fn bundled() -> Vec<SourceText> {
    let mut v = Vec::new();
    read_dir_texts(&repo().join("corpus"), &mut v);
    v
}

/// Real articles perturbed and repeated until they reach `factor` × the bundled corpus's bytes.
fn scaled_corpus(factor: usize) -> Vec<SourceText> {
    let mut pool = bundled();
    read_dir_texts(&repo().join("crates/core/tests/data/second"), &mut pool);
    let bench = repo().join("../shared/bench-corpus");
    if bench.exists() {
        read_dir_texts(&bench, &mut pool);
    } else {
        eprintln!("note: ../shared/bench-corpus is absent; scaling the bundled and second corpora only");
    }
    let target: usize = bundled().iter().map(|s| s.text.len()).sum::<usize>() * factor;
    let mut rng = Lcg(42);
    let mut out = Vec::new();
    let mut total = 0;
    let mut round = 0;
    while total < target {
        for source in &pool {
            if total >= target {
                break;
            }
            let text = if round == 0 { source.text.clone() } else { perturb(&source.text, &mut rng) };
            total += text.len();
            out.push(SourceText::new(format!("r{round}-{}", source.meta.file), text));
        }
        round += 1;
    }
    out
}

fn bench_analysis(c: &mut Criterion) {
    let mut group = c.benchmark_group("analyze");
    let corpus = bundled();
    group.throughput(Throughput::Bytes(corpus.iter().map(|s| s.text.len() as u64).sum()));
    group.bench_function("bundled", |b| b.iter(|| analyze(&corpus)));
    // The alignment stage alone (sentences, alignments, facts, agreement).
    group.bench_function("bundled-alignment-only", |b| b.iter(|| parallax_core::analyze_alignment(&corpus)));
    for factor in [10, 20, 40] {
        let corpus = scaled_corpus(factor);
        let bytes: usize = corpus.iter().map(|s| s.text.len()).sum();
        eprintln!("{factor}×: {} documents, {bytes} bytes", corpus.len());
        group.throughput(Throughput::Bytes(bytes as u64));
        group.sample_size(10);
        group.measurement_time(Duration::from_secs(10));
        group.bench_with_input(BenchmarkId::new("scaled", format!("{factor}x")), &corpus, |b, corpus| {
            b.iter(|| analyze(corpus))
        });
    }
    group.finish();

    // Verbatim passages alone on the 40× corpus.
    let corpus = scaled_corpus(40);
    let words: Vec<Vec<passages::Word>> = corpus.iter().map(|s| passages::words(&s.text)).collect();
    let found = passages::find_matches(&words, &passages::PassageConfig::default());
    eprintln!("40×: {} shared passages", found.len());
    let mut group = c.benchmark_group("passages");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(10));
    group.bench_function("scaled/40x", |b| {
        b.iter(|| {
            let words: Vec<Vec<passages::Word>> = corpus.iter().map(|s| passages::words(&s.text)).collect();
            passages::find_matches(&words, &passages::PassageConfig::default())
        })
    });
    group.finish();
}

criterion_group!(benches, bench_analysis);
criterion_main!(benches);
