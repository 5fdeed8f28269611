//! The learned pair model: the probability that two sentences of different articles report the same
//! information, from their lexical features.
//!
//! Two logistic regressions and a calibration, all fitted on hand-labelled real news
//! (docs/labelling.md) by `cargo run --release -p parallax-core --example train_matcher`, which writes
//! `weights.rs`:
//!
//! 1. **local**: what the pair itself shows: overlap of content words, of names, of phrases, shared
//!    numbers, cosine, shared information mass, lengths, headline/subheading sides;
//! 2. **ranked**: the local features plus where the pair stands among its sentences' other candidates in
//!    the same article (is it the best match of either side, by how much), computed from the local
//!    probabilities. A sentence that matches a better sentence elsewhere in that article is probably not
//!    about this one; a headline matches its best counterpart, not every sentence on the topic.
//! 3. **calibration**: Platt scaling of the second stage's log-odds, fitted on held-out scores, so the
//!    output is a probability that holds on articles the model has not seen (the training program
//!    prints the reliability table).
//!
//! Small enough to write by hand: a dot product and a logistic function; no learning crate is needed
//! at run time. A sentence-embedding similarity (all-MiniLM-L6-v2) was measured as one more feature
//! (`scripts/embed-eval`, 2026-12-03): +0.025 F1 leave-one-set-out for 91 MB of weights and 2.3 s per
//! 100 sentences natively; in headless Chromium (`scripts/embed-browser`, 2026-12-06) 6.7 s per 100
//! sentences and 1.2 MB gzip of wasm besides the weights. So the matcher stays lexical.

use crate::align::pairs::{Candidate, PairFeatures, Scored, ScoredPair};
pub use crate::align::side_best::side_bests;
use crate::text::numbers_math::{exp, ln};

pub use super::weights::{CALIBRATION, LOCAL_WEIGHTS, RANKED_WEIGHTS};

/// Number of local features (the bias included).
pub const LOCAL: usize = 19;
/// Number of ranked features: the local ones and six about the pair's rank.
pub const RANKED: usize = LOCAL + 6;

/// Names of the local and ranked features, in vector order (for the training program's report).
pub const FEATURE_NAMES: [&str; RANKED] = [
    "bias",
    "content dice",
    "content coverage of shorter",
    "name dice",
    "phrase overlap",
    "shared numbers (max 3)",
    "cosine",
    "a side is a heading",
    "ln shorter terms",
    "ln longer terms",
    "numbers, none shared",
    "heading × cosine",
    "ln shared mass",
    "earlier position",
    "later position",
    "position apart",
    "ln shared terms",
    "rarest shared term",
    "coverage of longer",
    "local logit",
    "best of one side",
    "best of both sides",
    "gap to best (nearer side)",
    "gap to best (farther side)",
    "heading, not mutual best",
];

/// The pair's own features as a vector.
pub fn local_vector(f: &PairFeatures) -> [f64; LOCAL] {
    let heading = f64::from(u8::from(f.heading_a || f.heading_b));
    [
        1.0,
        f.content_dice,
        f.content_coverage,
        f.name_dice,
        f.phrase_overlap.min(1.0),
        f.shared_numbers.min(3) as f64,
        f.cosine,
        heading,
        ln_1p_count(f.shorter_terms),
        ln_1p_count(f.longer_terms),
        f64::from(u8::from(f.numbers_apart)),
        heading * f.cosine,
        ln(1.0 + f.shared_mass),
        f.position_a.min(f.position_b),
        f.position_a.max(f.position_b),
        (f.position_a - f.position_b).abs(),
        ln_1p_count(f.shared_terms),
        f.rarest_shared,
        f.longer_coverage,
    ]
}

/// `ln(1 + n)` for a count: looked up for the counts sentences have (the same values, worked out once),
/// worked out for larger ones.
fn ln_1p_count(n: usize) -> f64 {
    static TABLE: std::sync::OnceLock<Vec<f64>> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| (0..256).map(|k| ln(1.0 + k as f64)).collect());
    table.get(n).copied().unwrap_or_else(|| ln(1.0 + n as f64))
}

/// Where a pair stands among the candidates of its two sentences in the other's article.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Rank {
    /// Best local probability of side a against b's article, and of side b against a's article.
    pub best_a: f64,
    pub best_b: f64,
    /// This pair's local probability.
    pub local: f64,
}

/// The ranked vector: local features, then the rank features.
pub fn ranked_vector(local: &[f64; LOCAL], rank: &Rank, heading: bool) -> [f64; RANKED] {
    let mut v = [0.0; RANKED];
    v[..LOCAL].copy_from_slice(local);
    v[LOCAL..].copy_from_slice(&rank_terms(rank, heading));
    v
}

/// The rank features, the ranked vector's last `RANKED - LOCAL` entries.
fn rank_terms(rank: &Rank, heading: bool) -> [f64; RANKED - LOCAL] {
    let p = rank.local.clamp(1e-6, 1.0 - 1e-6);
    let best_a = rank.local >= rank.best_a;
    let best_b = rank.local >= rank.best_b;
    let (gap_a, gap_b) = (rank.best_a - rank.local, rank.best_b - rank.local);
    [
        ln(p / (1.0 - p)),
        f64::from(u8::from(best_a || best_b)),
        f64::from(u8::from(best_a && best_b)),
        gap_a.min(gap_b),
        gap_a.max(gap_b),
        f64::from(u8::from(heading && !(best_a && best_b))),
    ]
}

/// The weighted sum (the log-odds before the logistic function).
pub fn logit(weights: &[f64], x: &[f64]) -> f64 {
    weights.iter().zip(x).map(|(w, x)| w * x).sum()
}

/// The logistic function of a weighted sum.
pub fn probability(weights: &[f64], x: &[f64]) -> f64 {
    1.0 / (1.0 + exp(-logit(weights, x)))
}

/// Each candidate's rank among its sentences' candidates in the other article, given local probabilities.
pub fn ranks<P: ScoredPair>(candidates: &[P], local: &[f64]) -> Vec<Rank> {
    side_bests(candidates, local).iter().zip(local).map(|(best, &p)| rank_of(best, p)).collect()
}

/// The rank of a pair whose local probability is `local`, given the best local probabilities on its
/// two sides ([`side_bests`]): one definition for the scoring and for the training of the model.
fn rank_of(best: &[f64; 2], local: f64) -> Rank {
    Rank { best_a: best[0], best_b: best[1], local }
}

impl Scored {
    /// The pair of sentences `a` and `b` with the model's first stage worked out from its features:
    /// the local probability, and the ranked model's `logit` over the local features alone (its first
    /// LOCAL terms, as `logit` adds them, so that adding the rank terms after them in [`finish_with`]
    /// gives `logit`'s very sum over the whole ranked vector).
    pub fn first_stage(
        a: (usize, usize),
        b: (usize, usize),
        features: &PairFeatures,
        local_weights: &[f64],
        ranked_weights: &[f64],
    ) -> Scored {
        let x = local_vector(features);
        let partial = logit(ranked_weights, &x);
        // Sentences are numbered in u32 across the whole corpus (the candidate search's postings), and
        // wasm's usize is 32 bits: nothing is cut.
        let narrow = |(d, i): (usize, usize)| {
            debug_assert!(u32::try_from(d).is_ok() && u32::try_from(i).is_ok());
            (d as u32, i as u32)
        };
        Scored {
            a: narrow(a),
            b: narrow(b),
            heading_a: features.heading_a,
            heading_b: features.heading_b,
            local: probability(local_weights, &x),
            partial,
            score: 0.0,
        }
    }

    /// The first stage with the shipped weights.
    pub fn shipped(a: (usize, usize), b: (usize, usize), features: &PairFeatures) -> Scored {
        Scored::first_stage(a, b, features, &LOCAL_WEIGHTS, &RANKED_WEIGHTS)
    }
}

/// The model's second stage: each pair's rank among its sentences' candidates (from the local
/// probabilities of all of them), its ranked log-odds and the calibration; `score` becomes the pair's
/// probability.
pub fn finish_with(pairs: &mut [Scored], ranked_weights: &[f64], calibration: &[f64]) {
    let local: Vec<f64> = pairs.iter().map(|p| p.local).collect();
    let best = side_bests(pairs, &local);
    for (pair, best) in pairs.iter_mut().zip(&best) {
        let rank = rank_of(best, pair.local);
        let z = ranked_weights
            .iter()
            .skip(LOCAL)
            .zip(&rank_terms(&rank, pair.heading_a || pair.heading_b))
            .map(|(w, x)| w * x)
            .fold(pair.partial, |a, b| a + b);
        let p = probability(calibration, &[1.0, z]);
        // Four decimals: the same bits natively and in wasm, and stable exports.
        pair.score = (p * 10_000.0).round() / 10_000.0;
    }
}

/// The second stage with the shipped weights.
pub fn finish(pairs: &mut [Scored]) {
    finish_with(pairs, &RANKED_WEIGHTS, &CALIBRATION);
}

/// Scores candidates with the given weights and calibration (`[bias, slope]` on the second stage's
/// log-odds): each candidate's `score` becomes its probability.
pub fn score_with(candidates: &mut [Candidate], local_weights: &[f64], ranked_weights: &[f64], calibration: &[f64]) {
    let mut pairs: Vec<Scored> =
        candidates.iter().map(|c| Scored::first_stage(c.a, c.b, &c.features, local_weights, ranked_weights)).collect();
    finish_with(&mut pairs, ranked_weights, calibration);
    for (c, pair) in candidates.iter_mut().zip(&pairs) {
        c.score = pair.score;
    }
}

/// Scores candidates with the shipped weights.
pub fn score(candidates: &mut [Candidate]) {
    score_with(candidates, &LOCAL_WEIGHTS, &RANKED_WEIGHTS, &CALIBRATION);
}
