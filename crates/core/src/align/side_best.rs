//! The best value on each side of every candidate pair: for a pair of sentences (a, b), the largest
//! value among the pairs of sentence a with any sentence of b's article, and among the pairs of b with
//! any sentence of a's article. The pair model's ranks and the accept decision read them.
//!
//! Two linear passes instead of a hash map keyed by (sentence, article): pairs in (a, b) order put the
//! pairs of one sentence a with one article next to each other; a stable counting sort by b (over
//! sentence numbers) does the same for the other side. At 400 articles (89 thousand candidates) the
//! map's inserts and look-ups were a fifth of the alignment.

use crate::align::pairs::ScoredPair;

type Sides = ((usize, usize), (usize, usize));

/// `[best of side a, best of side b]` for each pair (0 when every value is below 0), given each
/// pair's value. Any order of pairs is accepted; pairs already in (a, b) order are not sorted again.
pub fn side_bests<P: ScoredPair>(pairs: &[P], values: &[f64]) -> Vec<[f64; 2]> {
    debug_assert_eq!(pairs.len(), values.len());
    let sides: Vec<Sides> = pairs.iter().map(ScoredPair::sides).collect();
    let mut order: Vec<usize> = (0..pairs.len()).collect();
    if !sides.windows(2).all(|w| w[0] <= w[1]) {
        crate::sort::sort_by_key(&mut order, |&k| sides[k]);
    }
    let mut best = vec![[0.0; 2]; pairs.len()];
    fill_runs(&order, |k| (sides[k].0, sides[k].1 .0), values, |k, top| best[k][0] = top);
    let by_b = by_second_sentence(&sides, &order);
    fill_runs(&by_b, |k| (sides[k].1, sides[k].0 .0), values, |k, top| best[k][1] = top);
    best
}

/// `order` stably re-sorted by each pair's second sentence (a counting sort over sentence numbers:
/// each article's sentences numbered after the previous article's), so that within one second
/// sentence the pairs stay in (a, b) order and those with one article on side a are adjacent.
fn by_second_sentence(sides: &[Sides], order: &[usize]) -> Vec<usize> {
    let mut lengths: Vec<usize> = Vec::new();
    for &(doc, index) in sides.iter().flat_map(|(a, b)| [a, b]) {
        if lengths.len() <= doc {
            lengths.resize(doc + 1, 0);
        }
        lengths[doc] = lengths[doc].max(index + 1);
    }
    let offsets: Vec<usize> = lengths.iter().scan(0, |total, &n| Some(std::mem::replace(total, *total + n))).collect();
    let number = |(doc, index): (usize, usize)| offsets[doc] + index;
    let mut next = vec![0usize; lengths.iter().sum::<usize>() + 1];
    for s in sides {
        next[number(s.1) + 1] += 1;
    }
    for i in 1..next.len() {
        next[i] += next[i - 1];
    }
    let mut out = vec![0; order.len()];
    for &k in order {
        let slot = &mut next[number(sides[k].1)];
        out[*slot] = k;
        *slot += 1;
    }
    out
}

/// For each run of adjacent pairs (in `order`) with equal `key`, the largest of their values (at least
/// 0), given to each pair of the run through `set`.
fn fill_runs<K: PartialEq>(order: &[usize], key: impl Fn(usize) -> K, values: &[f64], mut set: impl FnMut(usize, f64)) {
    let mut start = 0;
    while start < order.len() {
        let first = key(order[start]);
        let end = order[start..].iter().position(|&k| key(k) != first).map_or(order.len(), |n| start + n);
        let top = order[start..end].iter().fold(0.0, |top: f64, &k| top.max(values[k]));
        for &k in &order[start..end] {
            set(k, top);
        }
        start = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::HashMap;

    #[derive(Debug, Clone, Copy)]
    struct Pair {
        a: (usize, usize),
        b: (usize, usize),
        score: f64,
    }

    impl ScoredPair for Pair {
        fn sides(&self) -> Sides {
            (self.a, self.b)
        }
        fn score(&self) -> f64 {
            self.score
        }
        fn headings(&self) -> (bool, bool) {
            (false, false)
        }
    }

    /// The definition, with a map keyed by (sentence, other article).
    fn by_map(pairs: &[Pair]) -> Vec<[f64; 2]> {
        let mut best: HashMap<((usize, usize), usize), f64> = HashMap::new();
        for p in pairs {
            for key in [(p.a, p.b.0), (p.b, p.a.0)] {
                let e = best.entry(key).or_insert(0.0);
                *e = e.max(p.score);
            }
        }
        pairs.iter().map(|p| [best[&(p.a, p.b.0)], best[&(p.b, p.a.0)]]).collect()
    }

    #[test]
    fn each_side_takes_the_best_of_its_sentence_against_the_other_article() {
        let al = |a, b, score| Pair { a, b, score };
        // Sentence (0, 1) against article 1: 0.4 and 0.7; against article 2: 0.2. Sentence (2, 0) has
        // one partner in article 0 (0.2) and one in article 1 (0.9).
        let pairs =
            [al((0, 1), (1, 3), 0.4), al((0, 1), (1, 5), 0.7), al((0, 1), (2, 0), 0.2), al((1, 3), (2, 0), 0.9)];
        let scores: Vec<f64> = pairs.iter().map(|p| p.score).collect();
        assert_eq!(side_bests(&pairs, &scores), vec![[0.7, 0.4], [0.7, 0.7], [0.2, 0.2], [0.9, 0.9]]);
    }

    proptest! {
        /// In any order, with repeated sentences and articles, the passes give what the map gives.
        #[test]
        fn the_passes_agree_with_a_map(
            raw in proptest::collection::vec(((0usize..4, 0usize..6), (0usize..4, 0usize..6), 0u8..=20), 0..60),
            sorted in any::<bool>(),
        ) {
            let mut pairs: Vec<Pair> = raw
                .into_iter()
                .filter(|(a, b, _)| a.0 != b.0)
                .map(|(a, b, s)| Pair { a: a.min(b), b: a.max(b), score: f64::from(s) / 20.0 })
                .collect();
            if sorted {
                crate::sort::sort_by_key(&mut pairs, |p| (p.a, p.b));
            }
            let scores: Vec<f64> = pairs.iter().map(|p| p.score).collect();
            prop_assert_eq!(side_bests(&pairs, &scores), by_map(&pairs));
        }
    }
}
