//! Criterion benchmarks of the whole analysis: the bundled corpus, and corpora 10×, 20× and 40× its
//! size made from real text (the bundled articles, the second test corpus and, when it is beside the
//! repository, every article of ../shared/bench-corpus), repeated with perturbations (sentences
//! reordered, words dropped, numbers changed) so that repeats are near-duplicates, not copies.
//! The growth from 10× to 40× shows whether cost stays well under quadratic.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use parallax_core::{analyze, passages, SourceText};
use std::path::{Path, PathBuf};
use std::time::Duration;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn read_dir_texts(dir: &Path, out: &mut Vec<SourceText>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            read_dir_texts(&path, out);
        } else if path.extension().is_some_and(|e| e == "txt") {
            if let Ok(text) = std::fs::read_to_string(&path) {
                out.push(SourceText::new(path.file_name().unwrap().to_string_lossy(), text));
            }
        }
    }
}

fn bundled() -> Vec<SourceText> {
    let mut v = Vec::new();
    read_dir_texts(&repo().join("corpus"), &mut v);
    v
}

/// A deterministic generator for perturbations (no clock, no OS randomness).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
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

fn perturb(text: &str, rng: &mut Lcg) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    // Swap a few paragraphs.
    for _ in 0..lines.len() / 3 {
        let (a, b) = ((rng.next() as usize) % lines.len().max(1), (rng.next() as usize) % lines.len().max(1));
        lines.swap(a, b);
    }
    let mut out = Vec::with_capacity(lines.len());
    for line in &lines {
        let mut words = Vec::new();
        for w in line.split(' ') {
            if rng.next().is_multiple_of(17) {
                continue; // a dropped word
            }
            let is_number = !w.is_empty() && w.chars().all(|c| c.is_ascii_digit());
            if is_number && rng.next().is_multiple_of(2) {
                words.push((w.parse::<u64>().unwrap_or(0) + 1).to_string());
            } else {
                words.push(w.to_string());
            }
        }
        out.push(words.join(" "));
    }
    out.join("\n")
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
