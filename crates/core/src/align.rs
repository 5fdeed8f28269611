//! Cross-source sentence alignment: which sentences in different articles report the same information.
//!
//! Each sentence becomes a set of terms (stems and number values, see `normalize`) weighted by inverse
//! sentence frequency, so the event's topic words ("Ukraine", "security", "Paris") count for little and
//! rare terms (a name, a number, "Grynkewich") for much. Candidate pairs come from an inverted index over
//! the terms that are not ubiquitous, so the cost grows with the postings actually shared, not with the
//! square of the corpus. A candidate is scored by
//!
//! * weighted Dice overlap of the two term sets,
//! * weighted coverage of the shorter sentence (a short headline inside a long lead),
//! * anchors: shared rare terms and shared proper names or numbers, which a same-fact pair nearly always has,
//! * phrase overlap: shared pairs of consecutive content words ("security guarantees", "heads of state"),
//!
//! and accepted when the score clears the threshold and the pair is the best (or close to the best)
//! match of each of its two sentences in the other document (or scores so high that it needs no such
//! support). That mutual-best constraint keeps
//! precision on long articles full of loosely related sentences, while still allowing many-to-many
//! alignment (one long sentence matching two short ones). Order plays no part: a lead can align with a
//! last paragraph.

use crate::numbers_math::ln;
use std::collections::HashMap;

/// A sentence prepared for alignment.
#[derive(Debug, Clone, Default)]
pub struct SentenceTerms {
    pub doc: usize,
    pub index: usize,
    /// Content terms (stems and `#numbers`), deduplicated.
    pub terms: Vec<String>,
    /// Terms that are proper-name cues or numbers (a subset of `terms`).
    pub anchors: Vec<String>,
    /// Consecutive content-term pairs, `a b`.
    pub phrases: Vec<String>,
}

/// Tuning of the aligner; the defaults are the measured ones (see the evaluation test).
#[derive(Debug, Clone, Copy)]
pub struct AlignConfig {
    /// Minimum score for a pair to be reported as the same information.
    pub threshold: f64,
    /// A pair within this much of a sentence's best match in that document also counts as best.
    pub best_margin: f64,
    /// Pairs above this score are accepted even when they are nobody's best match.
    pub sure_threshold: f64,
    /// Sentences with fewer content terms than this are not aligned (too little to go on).
    pub min_terms: usize,
}

impl Default for AlignConfig {
    fn default() -> Self {
        AlignConfig {
            threshold: 0.30,
            best_margin: 0.08,
            sure_threshold: 0.55,
            min_terms: 3,
        }
    }
}

/// Two sentences judged to report the same information.
#[derive(Debug, Clone, PartialEq)]
pub struct Alignment {
    pub a: (usize, usize),
    pub b: (usize, usize),
    pub score: f64,
}

struct Prepared {
    doc: usize,
    index: usize,
    /// (term id, weight), sorted by term id.
    terms: Vec<(u32, f64)>,
    anchors: Vec<u32>,
    phrases: Vec<u32>,
    total_weight: f64,
}

/// Scores every candidate pair and returns the accepted alignments, sorted by (a, b).
pub fn align(sentences: &[SentenceTerms], config: &AlignConfig) -> Vec<Alignment> {
    let scored = score_candidates(sentences, config);
    select(scored, config)
}

/// All candidate pairs with their scores (before the decision), sorted by (a, b).
pub fn score_candidates(sentences: &[SentenceTerms], config: &AlignConfig) -> Vec<Alignment> {
    let mut vocabulary: HashMap<String, u32> = HashMap::new();
    let intern = |term: &str, vocabulary: &mut HashMap<String, u32>| -> u32 {
        if let Some(&id) = vocabulary.get(term) {
            return id;
        }
        let id = vocabulary.len() as u32;
        vocabulary.insert(term.to_string(), id);
        id
    };
    // Term ids in first-seen order: deterministic for a given input.
    let ids: Vec<(Vec<u32>, Vec<u32>, Vec<u32>)> = sentences
        .iter()
        .map(|s| {
            let t: Vec<u32> = s.terms.iter().map(|x| intern(x, &mut vocabulary)).collect();
            let a: Vec<u32> = s
                .anchors
                .iter()
                .map(|x| intern(x, &mut vocabulary))
                .collect();
            let p: Vec<u32> = s
                .phrases
                .iter()
                .map(|x| intern(&format!("\u{1}{x}"), &mut vocabulary))
                .collect();
            (t, a, p)
        })
        .collect();
    let vocab_len = vocabulary.len();
    drop(vocabulary);

    let usable: Vec<bool> = sentences
        .iter()
        .map(|s| s.terms.len() >= config.min_terms)
        .collect();
    let n = usable.iter().filter(|u| **u).count().max(1);
    let mut df = vec![0u32; vocab_len];
    for (i, (terms, _, phrases)) in ids.iter().enumerate() {
        if usable[i] {
            for &t in terms.iter().chain(phrases) {
                df[t as usize] += 1;
            }
        }
    }
    let idf: Vec<f64> = df
        .iter()
        .map(|&d| ln(1.0 + n as f64 / f64::from(d.max(1))))
        .collect();

    let prepared: Vec<Prepared> = sentences
        .iter()
        .zip(ids)
        .map(|(s, (terms, anchors, phrases))| {
            let mut weighted: Vec<(u32, f64)> =
                terms.iter().map(|&t| (t, idf[t as usize])).collect();
            weighted.sort_by_key(|x| x.0);
            weighted.dedup_by_key(|x| x.0);
            let total_weight = weighted.iter().map(|x| x.1).sum();
            let mut anchors = anchors;
            anchors.sort_unstable();
            anchors.dedup();
            let mut phrases = phrases;
            phrases.sort_unstable();
            phrases.dedup();
            Prepared {
                doc: s.doc,
                index: s.index,
                terms: weighted,
                anchors,
                phrases,
                total_weight,
            }
        })
        .collect();

    // Inverted index over terms that are not ubiquitous.
    let cap = (n / 40).max(40) as u32;
    let mut postings: Vec<Vec<u32>> = vec![Vec::new(); vocab_len];
    for (i, p) in prepared.iter().enumerate() {
        if !usable[i] {
            continue;
        }
        for &(t, _) in &p.terms {
            if df[t as usize] <= cap {
                postings[t as usize].push(i as u32);
            }
        }
    }

    let mut out = Vec::new();
    let mut touched: Vec<u32> = Vec::new();
    let mut mark = vec![false; prepared.len()];
    for (i, p) in prepared.iter().enumerate() {
        if !usable[i] {
            continue;
        }
        touched.clear();
        for &(t, _) in &p.terms {
            if df[t as usize] > cap {
                continue;
            }
            for &j in &postings[t as usize] {
                let j_us = j as usize;
                if j_us > i && prepared[j_us].doc != p.doc && !mark[j_us] {
                    mark[j_us] = true;
                    touched.push(j);
                }
            }
        }
        touched.sort_unstable();
        for &j in &touched {
            mark[j as usize] = false;
            let q = &prepared[j as usize];
            let score = pair_score(p, q, &idf, &df);
            if score > 0.0 {
                out.push(Alignment {
                    a: (p.doc, p.index),
                    b: (q.doc, q.index),
                    score,
                });
            }
        }
    }
    out
}

/// The aligner's similarity of two prepared sentences, 0..1.
fn pair_score(p: &Prepared, q: &Prepared, idf: &[f64], df: &[u32]) -> f64 {
    let (mut shared_weight, mut shared_rare) = (0.0, 0usize);
    let (mut i, mut j) = (0, 0);
    while i < p.terms.len() && j < q.terms.len() {
        match p.terms[i].0.cmp(&q.terms[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared_weight += p.terms[i].1;
                if df[p.terms[i].0 as usize] <= 3 {
                    shared_rare += 1;
                }
                i += 1;
                j += 1;
            }
        }
    }
    if shared_weight == 0.0 {
        return 0.0;
    }
    let dice = 2.0 * shared_weight / (p.total_weight + q.total_weight);
    let coverage = shared_weight / p.total_weight.min(q.total_weight);
    let shared_anchors = count_shared(&p.anchors, &q.anchors);
    let shared_phrases = p
        .phrases
        .iter()
        .filter(|x| q.phrases.binary_search(x).is_ok())
        .map(|&x| idf[x as usize])
        .sum::<f64>();
    let phrase_norm = p.phrases.len().min(q.phrases.len()).max(1) as f64;
    let anchor_bonus =
        (0.06 * shared_anchors as f64).min(0.15) + (0.04 * shared_rare as f64).min(0.1);
    let phrase_bonus = (shared_phrases / (phrase_norm * 4.0)).min(0.15);
    let score = 0.55 * dice + 0.3 * coverage + anchor_bonus + phrase_bonus;
    (score.min(1.0) * 10_000.0).round() / 10_000.0
}

fn count_shared(a: &[u32], b: &[u32]) -> usize {
    a.iter().filter(|x| b.binary_search(x).is_ok()).count()
}

/// Applies the threshold and the best-match constraint.
pub fn select(scored: Vec<Alignment>, config: &AlignConfig) -> Vec<Alignment> {
    // Best score of each sentence against each other document.
    let mut best: HashMap<((usize, usize), usize), f64> = HashMap::new();
    for al in &scored {
        let e = best.entry((al.a, al.b.0)).or_insert(0.0);
        *e = e.max(al.score);
        let e = best.entry((al.b, al.a.0)).or_insert(0.0);
        *e = e.max(al.score);
    }
    let mut accepted: Vec<Alignment> = scored
        .into_iter()
        .filter(|al| {
            if al.score < config.threshold {
                return false;
            }
            if al.score >= config.sure_threshold {
                return true;
            }
            let best_a = best[&(al.a, al.b.0)];
            let best_b = best[&(al.b, al.a.0)];
            al.score + config.best_margin >= best_a && al.score + config.best_margin >= best_b
        })
        .collect();
    accepted.sort_by(|x, y| (x.a, x.b).cmp(&(y.a, y.b)));
    accepted
}
