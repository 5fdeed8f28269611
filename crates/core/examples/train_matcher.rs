//! Trains the pair model (`crates/core/src/align/model.rs`) on the hand-labelled real news of
//! `crates/core/tests/labels` with the articles of `../shared/bench-corpus`, and reports it
//! leave-one-set-out: for each labelled event, the model is trained on the other events and scored on
//! this one, beside the previous hand-set matcher and a TF-IDF cosine baseline measured the same way.
//!
//! Run: `cargo run --release -p parallax-core --example train_matcher` (report only), or with
//! `-- --write` to also write the weights trained on every event to `src/align/weights.rs`.
//!
//! The method (two logistic regressions, see model.rs) is in `tests/real_news/train.rs`, shared with the
//! test that checks the committed weights are what it gives.

#[path = "../tests/real_news/labels.rs"]
mod labels;
#[path = "../tests/real_news/train.rs"]
mod train;

use parallax_core::pair_model;
use parallax_core::{select_pairs, AlignConfig, Candidate};
use std::collections::{BTreeSet, HashMap};
use train::{load, train, EventData};

#[derive(Default, Clone, Copy)]
struct Counts {
    tp_pred: usize,
    pred: usize,
    tp_gold: usize,
    gold: usize,
}

impl Counts {
    /// Links (sentence, other article) made by the predicted pairs, scored against the labelled links.
    fn links(e: &EventData, predicted: impl Iterator<Item = usize>) -> Counts {
        let mut links = BTreeSet::new();
        for i in predicted {
            let c = &e.candidates[i];
            links.insert((c.a, c.b.0));
            links.insert((c.b, c.a.0));
        }
        let right = links.iter().filter(|l| e.gold_links.contains(l)).count();
        Counts { tp_pred: right, pred: links.len(), tp_gold: right, gold: e.gold_links.len() }
    }

    fn of(e: &EventData, predicted: impl Iterator<Item = usize>) -> Counts {
        let mut c = Counts { gold: e.gold, ..Counts::default() };
        let mut found = BTreeSet::new();
        for i in predicted {
            c.pred += 1;
            if !e.hits[i].is_empty() {
                c.tp_pred += 1;
                found.extend(e.hits[i].iter().copied());
            }
        }
        c.tp_gold = found.len();
        c
    }
    fn add(&mut self, o: Counts) {
        self.tp_pred += o.tp_pred;
        self.pred += o.pred;
        self.tp_gold += o.tp_gold;
        self.gold += o.gold;
    }
    fn prf(&self) -> (f64, f64, f64) {
        labels::prf(self.tp_pred, self.pred, self.tp_gold, self.gold)
    }
    fn cells(&self) -> String {
        let (p, r, f) = self.prf();
        format!("{p:>5.2} {r:>4.2} {f:>4.2}")
    }
}

/// The previous hand-set matcher, kept here as the baseline: a fixed weighted sum, threshold 0.15, and a
/// pair within 0.2 of either sentence's best match in the other article (or above 0.5).
fn hand_set(e: &EventData) -> Vec<usize> {
    let score = |c: &Candidate| {
        let f = &c.features;
        if f.content_dice == 0.0 {
            return 0.0;
        }
        (0.6 * f.content_dice
            + 0.1 * f.content_coverage
            + 0.1 * f.name_dice
            + 0.3 * f.phrase_overlap.min(1.0)
            + (0.05 * f.shared_numbers as f64).min(0.1))
        .min(1.0)
    };
    let scores: Vec<f64> = e.candidates.iter().map(score).collect();
    // Only pairs scoring 0.15 or more count towards a side's best.
    let counted: Vec<f64> = scores.iter().map(|&s| if s >= 0.15 { s } else { 0.0 }).collect();
    let best = pair_model::side_bests(&e.candidates, &counted);
    (0..e.candidates.len())
        .filter(|&i| {
            let s = scores[i];
            s >= 0.15 && (s >= 0.5 || s + 0.2 >= best[i][0] || s + 0.2 >= best[i][1])
        })
        .collect()
}

/// TF-IDF cosine above a threshold chosen for the best F1 on the training events.
fn cosine_threshold(events: &[&EventData]) -> f64 {
    let mut best = (0.0, 0.5);
    for step in 1..40 {
        let t = f64::from(step) * 0.025;
        let mut total = Counts::default();
        for e in events {
            total.add(Counts::of(e, (0..e.candidates.len()).filter(|&i| e.candidates[i].features.cosine >= t)));
        }
        let f = total.prf().2;
        if f > best.0 {
            best = (f, t);
        }
    }
    best.1
}

/// Scores one event with trained weights and applies the shipped decision; returns (matches, related).
fn predict(e: &EventData, local: &[f64], ranked: &[f64], calibration: &[f64]) -> (Vec<usize>, Vec<usize>, Vec<f64>) {
    let mut candidates = e.candidates.clone();
    pair_model::score_with(&mut candidates, local, ranked, calibration);
    let probabilities: Vec<f64> = candidates.iter().map(|c| c.score).collect();
    type PairKey = ((usize, usize), (usize, usize));
    let index: HashMap<PairKey, usize> = e.candidates.iter().enumerate().map(|(i, c)| ((c.a, c.b), i)).collect();
    let aligned = select_pairs(candidates, &AlignConfig::default());
    let pick = |v: &[parallax_core::Alignment]| v.iter().map(|a| index[&(a.a, a.b)]).collect::<Vec<_>>();
    (pick(&aligned.matches), pick(&aligned.related), probabilities)
}

/// Matches at probability `t` under a heading rule: 0 strict (a heading pair must be the heading's best in
/// that article), 1 best of either side, 2 no rule. (For the report: the shipped rule is 0.)
fn decide(e: &EventData, p: &[f64], t: f64, rule: u8) -> Vec<usize> {
    let best = pair_model::side_bests(&e.candidates, p);
    (0..e.candidates.len())
        .filter(|&i| {
            let c = &e.candidates[i];
            let (ba, bb) = (p[i] >= best[i][0], p[i] >= best[i][1]);
            let (ha, hb) = (c.features.heading_a, c.features.heading_b);
            p[i] >= t
                && match rule {
                    0 => (!ha || ba) && (!hb || bb),
                    1 => !(ha || hb) || ba || bb,
                    _ => true,
                }
        })
        .collect()
}

fn main() {
    let write = std::env::args().any(|a| a == "--write");
    let Some(bench) = labels::bench_dir() else {
        eprintln!("../shared/bench-corpus is not beside the repository (set PARALLAX_BENCH to its path)");
        std::process::exit(2);
    };
    let events: Vec<EventData> = labels::load_paired(&bench).iter().map(load).collect();
    println!("Candidates (pairs sharing two or more indexed terms) and how many labelled pairs they cover:");
    for e in &events {
        let covered: BTreeSet<usize> = e.hits.iter().flatten().copied().collect();
        let positives = e.hits.iter().filter(|h| !h.is_empty()).count();
        println!(
            "  {:34} {:>6} candidates, {:>5} labelled same, cover {:>4}/{:<4} labelled pairs ({:.2})",
            e.name,
            e.candidates.len(),
            positives,
            covered.len(),
            e.gold,
            covered.len() as f64 / e.gold.max(1) as f64
        );
    }

    println!("\nLeave-one-set-out (train on the other events, test on this one): pairs P / R / F1");
    println!(
        "{:34} {:>16} {:>16} {:>22} {:>10} {:>22}",
        "event", "learned (ships)", "hand-set (old)", "TF-IDF cosine", "related P", "links P/R learned·old"
    );
    let (mut learned_total, mut hand_total, mut cosine_total, mut related_total) =
        (Counts::default(), Counts::default(), Counts::default(), Counts::default());
    let mut reliability = [(0usize, 0.0f64, 0usize); 6];
    let sweep = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6];
    let mut swept = [Counts::default(); 8];
    let mut swept_local = [Counts::default(); 8];
    let mut rules = [[Counts::default(); 3]; 8];
    let mut links = [[Counts::default(); 3]; 8];
    let mut hand_links = Counts::default();
    let mut heading_gold = BTreeSet::new();
    let bins = [0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 1.01];
    for (k, e) in events.iter().enumerate() {
        let train_set: Vec<&EventData> = events.iter().enumerate().filter(|(j, _)| *j != k).map(|(_, e)| e).collect();
        let (local, ranked, calibration) = train(&train_set);
        let (matches, related, probabilities) = predict(e, &local, &ranked, &calibration);
        let learned = Counts::of(e, matches.into_iter());
        let rel = Counts::of(e, related.into_iter());
        let hand = Counts::of(e, hand_set(e).into_iter());
        hand_links.add(Counts::links(e, hand_set(e).into_iter()));
        let t = cosine_threshold(&train_set);
        let cosine = Counts::of(e, (0..e.candidates.len()).filter(|&i| e.candidates[i].features.cosine >= t));
        let p1: Vec<f64> = e.locals.iter().map(|x| pair_model::probability(&local, x)).collect();
        for (i, t) in sweep.iter().enumerate() {
            swept[i].add(Counts::of(e, (0..e.candidates.len()).filter(|&j| probabilities[j] >= *t)));
            swept_local[i].add(Counts::of(e, (0..e.candidates.len()).filter(|&j| p1[j] >= *t)));
        }
        for (i, t) in sweep.iter().enumerate() {
            for rule in 0..3u8 {
                rules[i][rule as usize].add(Counts::of(e, decide(e, &probabilities, *t, rule).into_iter()));
                links[i][rule as usize].add(Counts::links(e, decide(e, &probabilities, *t, rule).into_iter()));
            }
        }
        for (c, h) in e.candidates.iter().zip(&e.hits) {
            if c.features.heading_a || c.features.heading_b {
                heading_gold.extend(h.iter().map(|g| (k, *g)));
            }
        }
        for (p, h) in probabilities.iter().zip(&e.hits) {
            let b = bins.windows(2).position(|w| *p >= w[0] && *p < w[1]).unwrap_or(5);
            reliability[b].0 += 1;
            reliability[b].1 += p;
            reliability[b].2 += usize::from(!h.is_empty());
        }
        let (lp, lr, _) = Counts::links(e, predict(e, &local, &ranked, &calibration).0.into_iter()).prf();
        let (hp, hr, _) = Counts::links(e, hand_set(e).into_iter()).prf();
        println!(
            "{:34} {:>16} {:>16} {:>22} {:>10.2}  {lp:>4.2} {lr:>4.2} · {hp:>4.2} {hr:>4.2}",
            e.name,
            learned.cells(),
            hand.cells(),
            format!("{} @{t:.3}", cosine.cells()),
            rel.prf().0
        );
        learned_total.add(learned);
        hand_total.add(hand);
        cosine_total.add(cosine);
        related_total.add(rel);
    }
    println!(
        "{:34} {:>16} {:>16} {:>22} {:>10.2}",
        "all (micro)",
        learned_total.cells(),
        hand_total.cells(),
        cosine_total.cells(),
        related_total.prf().0
    );
    println!("\nHeld-out P/R/F1 (micro) of 'probability at least t', no other rule: two stages | local only");
    for (i, t) in sweep.iter().enumerate() {
        println!("  t {t:.2}: {} | {}", swept[i].cells(), swept_local[i].cells());
    }
    println!(
        "\nHeading rules ({} labelled pairs have a heading side): strict best | best of either side | none",
        heading_gold.len()
    );
    for (i, t) in sweep.iter().enumerate() {
        println!("  t {t:.2}: {} | {} | {}", rules[i][0].cells(), rules[i][1].cells(), rules[i][2].cells());
    }
    println!(
        "\nWhat the margin bars count: (sentence, other article) links, same rules (hand-set: {})",
        hand_links.cells()
    );
    for (i, t) in sweep.iter().enumerate() {
        println!("  t {t:.2}: {} | {} | {}", links[i][0].cells(), links[i][1].cells(), links[i][2].cells());
    }
    println!("\nReliability of the held-out probabilities (is a 0.7 right 70% of the time?):");
    for (i, (n, sum, pos)) in reliability.iter().enumerate() {
        if *n > 0 {
            println!(
                "  p in [{:.2}, {:.2}): {:>6} pairs, mean p {:.3}, labelled same {:.3}",
                bins[i],
                bins[i + 1].min(1.0),
                n,
                sum / *n as f64,
                *pos as f64 / *n as f64
            );
        }
    }

    let all: Vec<&EventData> = events.iter().collect();
    let (local, ranked, calibration) = train(&all);
    println!(
        "\nCalibration trained on every event: p = logistic({:.3} + {:.3} × second-stage log-odds)",
        calibration[0], calibration[1]
    );
    println!("\nWeights trained on every event:");
    for (i, name) in pair_model::FEATURE_NAMES.iter().enumerate() {
        let l = local.get(i).map(|w| format!("{w:>8.3}")).unwrap_or_default();
        println!("  {name:30} {l:>8} {:>8.3}", ranked[i]);
    }
    if write {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/align/weights.rs");
        let list = |w: &[f64]| w.iter().map(|x| format!("{x:.6}")).collect::<Vec<_>>().join(", ");
        let text = format!(
            "//! Weights of the pair model (`model.rs`), trained on {} hand-labelled events. Generated by\n\
             //! `cargo run --release -p parallax-core --example train_matcher -- --write`; do not edit by hand.\n\n\
             #[rustfmt::skip]\n\
             pub const LOCAL_WEIGHTS: [f64; super::model::LOCAL] = [{}];\n\
             #[rustfmt::skip]\n\
             pub const RANKED_WEIGHTS: [f64; super::model::RANKED] = [{}];\n\
             #[rustfmt::skip]\n\
             pub const CALIBRATION: [f64; 2] = [{}];\n",
            events.len(),
            list(&local),
            list(&ranked),
            list(&calibration)
        );
        std::fs::write(&path, text).expect("write weights.rs");
        println!("\nwrote {}", path.display());
    }
}
