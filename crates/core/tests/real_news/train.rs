//! Training of the pair model (`crates/core/src/align/model.rs`) from the hand labels: candidate pairs of
//! each labelled event with their features and labels, and the two-stage logistic regression. Shared by
//! the training program (`examples/train_matcher.rs`, which reports leave-one-set-out and writes the
//! weights) and the test that checks the committed weights are what this training gives.
//!
//! Logistic regression fitted by Newton's method (IRLS) with a small L2 penalty: a few dozen lines, so no
//! learning crate is pulled in for it. The second stage's rank features come from first-stage
//! probabilities that are themselves cross-fitted (each training event scored by a first stage trained
//! without it), so the second stage learns from the same kind of inputs it gets on unseen articles.

#![allow(dead_code)]
// Matrix arithmetic reads clearest with indices.
#![allow(clippy::needless_range_loop)]

use super::labels;
use parallax_core::pair_model::{self, LOCAL, RANKED};
use parallax_core::{analyze_alignment, candidate_features, AlignConfig, Candidate, SourceText};
use std::collections::BTreeSet;

/// L2 penalty of the regressions (the bias is not penalised).
const LAMBDA: f64 = 1.0;

pub struct EventData {
    pub name: String,
    pub candidates: Vec<Candidate>,
    pub locals: Vec<[f64; LOCAL]>,
    /// Labelled pairs each candidate hits.
    pub hits: Vec<Vec<usize>>,
    pub gold: usize,
    /// (sentence, other article) links the labels make: what the margin bars and "k of n" count.
    pub gold_links: BTreeSet<((usize, usize), usize)>,
}

pub fn load(event: &labels::Event) -> EventData {
    let sources: Vec<SourceText> =
        event.files.iter().zip(&event.texts).map(|(f, t)| SourceText::new(f.clone(), t.clone())).collect();
    let analysis = analyze_alignment(&sources);
    let span = |at: (usize, usize)| {
        let s = &analysis.documents[at.0].sentences[at.1];
        (s.start, s.end)
    };
    let candidates = candidate_features(&sources, &AlignConfig::default());
    let hits = candidates
        .iter()
        .map(|c| {
            let (x, y) = (span(c.a), span(c.b));
            event
                .pairs
                .iter()
                .enumerate()
                .filter(|(_, g)| labels::same_pair(g, (c.a.0, x.0, x.1), (c.b.0, y.0, y.1)))
                .map(|(i, _)| i)
                .collect()
        })
        .collect();
    let locals = candidates.iter().map(|c| pair_model::local_vector(&c.features)).collect();
    let gold_links = labels::gold_links(event, &analysis.documents);
    EventData { name: event.name.clone(), candidates, locals, hits, gold: event.pairs.len(), gold_links }
}

pub fn label(hits: &[usize]) -> f64 {
    if hits.is_empty() {
        0.0
    } else {
        1.0
    }
}

/// Logistic regression by Newton's method with an L2 penalty on every weight but the first (the bias).
/// Any number of features: fixed-size vectors (the model's stages) and `Vec`s (a tool adding one) alike.
pub fn fit<X: AsRef<[f64]>>(xs: &[X], ys: &[f64]) -> Vec<f64> {
    let k = xs.first().map_or(0, |x| x.as_ref().len());
    let mut w = vec![0.0; k];
    for _ in 0..100 {
        let mut grad = vec![0.0; k];
        let mut hess = vec![vec![0.0; k]; k];
        for (x, &y) in xs.iter().zip(ys) {
            let x = x.as_ref();
            let p = pair_model::probability(&w, x);
            let r = p * (1.0 - p);
            for i in 0..k {
                grad[i] += (p - y) * x[i];
                for j in 0..k {
                    hess[i][j] += r * x[i] * x[j];
                }
            }
        }
        for i in 1..k {
            grad[i] += LAMBDA * w[i];
            hess[i][i] += LAMBDA;
        }
        hess[0][0] += 1e-9;
        let step = solve(hess, grad);
        let size: f64 = step.iter().map(|s| s.abs()).fold(0.0, f64::max);
        for i in 0..k {
            w[i] -= step[i];
        }
        if size < 1e-10 {
            break;
        }
    }
    w
}

/// Solves `a x = b` by Gaussian elimination with partial pivoting.
fn solve(mut a: Vec<Vec<f64>>, mut b: Vec<f64>) -> Vec<f64> {
    let k = b.len();
    for col in 0..k {
        let pivot = (col..k).max_by(|&i, &j| a[i][col].abs().total_cmp(&a[j][col].abs())).unwrap();
        a.swap(col, pivot);
        b.swap(col, pivot);
        for row in col + 1..k {
            let f = a[row][col] / a[col][col];
            for c in col..k {
                a[row][c] -= f * a[col][c];
            }
            b[row] -= f * b[col];
        }
    }
    let mut x = vec![0.0; k];
    for row in (0..k).rev() {
        let s: f64 = (row + 1..k).map(|c| a[row][c] * x[c]).sum();
        x[row] = (b[row] - s) / a[row][row];
    }
    x
}

fn fit_local(events: &[&EventData]) -> Vec<f64> {
    let xs: Vec<[f64; LOCAL]> = events.iter().flat_map(|e| e.locals.iter().copied()).collect();
    let ys: Vec<f64> = events.iter().flat_map(|e| e.hits.iter().map(|h| label(h))).collect();
    fit(&xs, &ys)
}

pub fn ranked_vectors(e: &EventData, local_weights: &[f64]) -> Vec<[f64; RANKED]> {
    let p1: Vec<f64> = e.locals.iter().map(|x| pair_model::probability(local_weights, x)).collect();
    let ranks = pair_model::ranks(&e.candidates, &p1);
    e.candidates
        .iter()
        .zip(&e.locals)
        .zip(&ranks)
        .map(|((c, x), r)| pair_model::ranked_vector(x, r, c.features.heading_a || c.features.heading_b))
        .collect()
}

/// Both stages trained on `events`, the second from cross-fitted first-stage probabilities.
fn train_stages(events: &[&EventData]) -> (Vec<f64>, Vec<f64>) {
    let local = fit_local(events);
    let mut xs = Vec::new();
    let mut ys = Vec::new();
    for (i, e) in events.iter().enumerate() {
        let others: Vec<&EventData> = events.iter().enumerate().filter(|(j, _)| *j != i).map(|(_, e)| *e).collect();
        let w = if others.is_empty() { local.clone() } else { fit_local(&others) };
        xs.extend(ranked_vectors(e, &w));
        ys.extend(e.hits.iter().map(|h| label(h)));
    }
    (local, fit(&xs, &ys))
}

/// The trained model: both stages on every event given, then a calibration (Platt scaling) of the
/// second stage's score, fitted on held-out scores (each event scored by stages trained without it),
/// so that a 0.7 is right about 70% of the time on articles the model has not seen.
pub fn train(events: &[&EventData]) -> (Vec<f64>, Vec<f64>, Vec<f64>) {
    let (local, ranked) = train_stages(events);
    let mut xs: Vec<[f64; 2]> = Vec::new();
    let mut ys = Vec::new();
    for (i, e) in events.iter().enumerate() {
        let others: Vec<&EventData> = events.iter().enumerate().filter(|(j, _)| *j != i).map(|(_, e)| *e).collect();
        if others.is_empty() {
            continue;
        }
        let (l, r) = train_stages(&others);
        for (x, h) in ranked_vectors(e, &l).iter().zip(&e.hits) {
            xs.push([1.0, pair_model::logit(&r, x)]);
            ys.push(label(h));
        }
    }
    let calibration = if xs.is_empty() { vec![0.0, 1.0] } else { fit(&xs, &ys) };
    (local, ranked, calibration)
}
