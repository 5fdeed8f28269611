//! Corpora of a given number of real articles for the stage benchmarks: the 205 articles of
//! ../shared/bench-corpus (else the bundled and second test corpora), then perturbed repeats of them
//! (paragraphs swapped, words dropped, numbers changed; a fixed-seed generator, no clock) until the
//! count is reached, so that 400 articles read like 400 reports, not 195 copies. The whole-analysis
//! benchmark (`analysis.rs`) scales its corpora with the same reader and perturbation. Also the timing
//! of each stage of one analysis, read from the analysis's own progress calls, and its medians over
//! several runs.

// Included by path into each benchmark and the stage_times and growth examples; each uses part of it.
#![allow(dead_code)]

use parallax_core::{analyze_with_progress, Analysis, SourceText, Stage};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// One analysis of `sources` with each stage's duration (from its start to the next stage's, the last
/// to the end) and the whole run's.
pub fn timed_stages(sources: &[SourceText]) -> (Analysis, Vec<(Stage, Duration)>, Duration) {
    let mut marks: Vec<(Stage, Instant)> = Vec::new();
    let start = Instant::now();
    let analysis = analyze_with_progress(sources, &[], &mut |stage| marks.push((stage, Instant::now())));
    let end = Instant::now();
    let stages = marks.iter().enumerate().map(|(i, (s, t))| (*s, marks.get(i + 1).map_or(end, |n| n.1) - *t)).collect();
    (analysis, stages, end - start)
}

/// The stages `median_times` reports, in order.
pub const STAGES: [Stage; 4] = [Stage::Reading, Stage::Aligning, Stage::Copying, Stage::Claims];

/// `runs` analyses of `sources`: the last analysis, the whole run's median milliseconds and each of
/// `STAGES`' median milliseconds.
pub fn median_times(sources: &[SourceText], runs: usize) -> (Analysis, f64, Vec<f64>) {
    let mut whole = Vec::new();
    let mut per_stage = vec![Vec::new(); STAGES.len()];
    let mut last = None;
    for _ in 0..runs.max(1) {
        let (analysis, stages, total) = timed_stages(sources);
        whole.push(total.as_secs_f64() * 1000.0);
        for (stage, took) in stages {
            if let Some(k) = STAGES.iter().position(|s| *s == stage) {
                per_stage[k].push(took.as_secs_f64() * 1000.0);
            }
        }
        last = Some(analysis);
    }
    let median = |mut v: Vec<f64>| {
        parallax_core::sort::sort_by(&mut v, f64::total_cmp);
        v.get(v.len() / 2).copied().unwrap_or(0.0)
    };
    let stages = per_stage.into_iter().map(median).collect();
    (last.expect("at least one run"), median(whole), stages)
}

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

pub fn read_dir_texts(dir: &Path, out: &mut Vec<SourceText>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    parallax_core::sort::sort(&mut paths);
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

/// The real articles available: the bench corpus when it is beside the repository.
pub fn real_articles() -> Vec<SourceText> {
    let mut pool = Vec::new();
    read_dir_texts(&repo().join("../shared/bench-corpus"), &mut pool);
    if pool.is_empty() {
        eprintln!("note: ../shared/bench-corpus is absent; using the bundled and second corpora");
        read_dir_texts(&repo().join("corpus"), &mut pool);
        read_dir_texts(&repo().join("crates/core/tests/data/second"), &mut pool);
    }
    pool
}

/// `n` articles: the real ones first, then perturbed repeats.
pub fn articles(n: usize) -> Vec<SourceText> {
    let pool = real_articles();
    let mut rng = Lcg(42);
    let mut out = Vec::with_capacity(n);
    let mut round = 0;
    while out.len() < n {
        for source in &pool {
            if out.len() >= n {
                break;
            }
            let text = if round == 0 { source.text.clone() } else { perturb(&source.text, &mut rng) };
            out.push(SourceText::new(format!("r{round}-{}", source.meta.file), text));
        }
        round += 1;
    }
    out
}

/// A deterministic generator for perturbations (no clock, no OS randomness).
pub struct Lcg(pub u64);
impl Lcg {
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

pub fn perturb(text: &str, rng: &mut Lcg) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
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
