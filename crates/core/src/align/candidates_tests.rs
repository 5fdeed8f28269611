//! Tests of the candidate search (`candidates.rs`): the pruned search against an all-pairs scan, and
//! the bounds on common terms and repeated sentences.

use super::*;
use crate::align::pairs::{align, select, AlignConfig, Candidate, ScoredPair, SentenceTerms, Vocabulary};
use proptest::prelude::*;

/// Every pair an all-pairs scan finds under the search's rule (different documents, both usable, at
/// least two shared indexed terms, of each later document's such sentences the 32 sharing the most
/// terms, the earlier on a tie; some shared information), with its features.
fn all_pairs(index: &Index) -> Vec<Candidate> {
    let mut out = Vec::new();
    let n = index.prepared.len();
    for i in 0..n {
        let mut partners: Vec<(usize, std::cmp::Reverse<usize>, usize)> = Vec::new();
        for j in i + 1..n {
            let (p, q) = (&index.prepared[i], &index.prepared[j]);
            if !index.usable[i] || !index.usable[j] || p.doc == q.doc {
                continue;
            }
            let theirs: Vec<u32> = index.indexed_terms(j).collect();
            let shared = index.indexed_terms(i).filter(|t| theirs.contains(t)).count();
            if shared >= 2 {
                partners.push((q.doc, std::cmp::Reverse(shared), j));
            }
        }
        crate::sort::sort(&mut partners);
        let mut kept: Vec<usize> = partners
            .chunk_by(|x, y| x.0 == y.0)
            .flat_map(|run| run.iter().take(MAX_PARTNERS_PER_DOCUMENT).map(|x| x.2))
            .collect();
        crate::sort::sort(&mut kept);
        for j in kept {
            let (p, q) = (&index.prepared[i], &index.prepared[j]);
            let features = pair_features(p, q);
            if features.shared_mass > 0.0 {
                out.push(Candidate { a: (p.doc, p.index), b: (q.doc, q.index), score: 0.0, features });
            }
        }
    }
    out
}

/// A generated sentence: word numbers, which are written with a capital, whether it is a heading.
type Generated = (Vec<usize>, Vec<bool>, bool);

fn corpus(docs: Vec<Vec<Generated>>) -> Terms {
    const WORDS: [&str; 14] = [
        "quake", "killed", "village", "rescue", "#12", "#7", "nepal", "jajarkot", "police", "the", "said", "house",
        "army", "night",
    ];
    let mut out = Vec::new();
    let mut vocabulary = Vocabulary::default();
    for (doc, sentences) in docs.into_iter().enumerate() {
        for (index, (terms, caps, heading)) in sentences.into_iter().enumerate() {
            let sequence: Vec<u32> = terms.iter().map(|&t| vocabulary.id(WORDS[t])).collect();
            let (capitalised, lowercase) = sequence.iter().zip(caps.iter().chain(std::iter::repeat(&false))).fold(
                (Vec::new(), Vec::new()),
                |(mut c, mut l), (t, &cap)| {
                    if cap {
                        c.push(*t)
                    } else {
                        l.push(*t)
                    }
                    (c, l)
                },
            );
            out.push(SentenceTerms { doc, index, sequence, capitalised, lowercase, heading });
        }
    }
    Terms { sentences: out, vocabulary }
}

fn sentence() -> impl Strategy<Value = Generated> {
    (proptest::collection::vec(0usize..14, 0..9), proptest::collection::vec(any::<bool>(), 0..9), any::<bool>())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    /// The inverted index misses no pair and invents none: on random small corpora (up to 6
    /// articles of up to 40 sentences, so common words pass the indexing cap) it finds exactly the
    /// pairs an all-pairs scan finds, in the same order, with the same features; the alignments
    /// follow from these candidates alone.
    #[test]
    fn the_pruned_search_finds_what_an_all_pairs_scan_finds(
        docs in proptest::collection::vec(proptest::collection::vec(sentence(), 1..40), 2..7),
    ) {
        let sentences = corpus(docs);
        let config = AlignConfig::default();
        let index = prepare(&sentences, &config);
        let pruned = search(&index, candidate);
        let all = all_pairs(&index);
        prop_assert_eq!(pruned.len(), all.len());
        for (x, y) in pruned.iter().zip(&all) {
            prop_assert_eq!((x.a, x.b), (y.a, y.b));
            prop_assert_eq!(x.features, y.features);
        }
        let mut scored = all;
        crate::align::model::score(&mut scored);
        // The analysis's path (`Scored`, scored in the search) gives each pair the very score the
        // full candidates get.
        let slim = scored_pairs(&sentences, &config);
        prop_assert_eq!(slim.len(), scored.len());
        for (x, y) in slim.iter().zip(&scored) {
            prop_assert_eq!(x.sides(), (y.a, y.b));
            prop_assert_eq!(x.score.to_bits(), y.score.to_bits());
        }
        let aligned = align(&sentences, &config);
        let (matches, related) = (aligned.matches, aligned.related);
        let from_all = select(scored, &config);
        prop_assert_eq!(matches, from_all.matches);
        prop_assert_eq!(related, from_all.related);
    }
}

#[test]
fn common_words_are_not_indexed_yet_a_sentence_copied_into_every_article_still_pairs() {
    // 3 articles × 50 sentences: 148 copies of one sentence ("the said house"), and two sentences
    // that also share "quake" and "jajarkot". "the" (in all 150) is not looked up for the quake
    // sentences, which have rarer words; the copies, whose every word is common, are found through
    // their two rarest words. (Before, every term above the cap was dropped and 41 or more copies of
    // a sentence were never paired: "only here" in every article.)
    let mut docs = vec![vec![(vec![9, 10, 11], vec![], false); 50]; 3];
    docs[0][4] = (vec![9, 0, 7, 1], vec![false, false, true], false);
    docs[2][30] = (vec![9, 0, 7, 13], vec![false, false, true], false);
    let sentences = corpus(docs);
    let index = prepare(&sentences, &AlignConfig::default());
    let the = index.prepared[4].content.iter().map(|&(t, _)| t).find(|&t| index.df[t as usize] == 150).unwrap();
    assert!(!index.indexed_terms(4).any(|u| u == the), "a term in all 150 sentences is not looked up");
    let pruned = search(&index, candidate);
    let pairs: Vec<_> = pruned.iter().map(|c| (c.a, c.b)).collect();
    assert!(pairs.contains(&((0, 4), (2, 30))));
    // Each copy pairs with at most 32 copies in each later article (`MAX_PARTNERS_PER_DOCUMENT`):
    // the 49 of the first article with 32 in each of the others, the 50 of the second with 32.
    let copies = 49 * 32 * 2 + 50 * 32;
    assert_eq!(pairs.len(), copies + 1, "every copy pairs with 32 copies in each later article");
    assert_eq!(all_pairs(&index).len(), pairs.len());
}

#[test]
fn a_sentence_repeated_hundreds_of_times_in_two_articles_gives_a_bounded_number_of_pairs() {
    // 300 copies in each article: 90,000 pairs before; now each copy of the first article pairs
    // with 32 of the second's (the first 32: all share as much), walking at most 128 of them.
    let docs = vec![vec![(vec![0, 2, 3, 7], vec![], false); 300]; 2];
    let sentences = corpus(docs);
    let index = prepare(&sentences, &AlignConfig::default());
    let pairs: Vec<_> = search(&index, candidate).iter().map(|c| (c.a, c.b)).collect();
    assert_eq!(pairs.len(), 300 * 32);
    assert!(pairs.iter().all(|&(a, b)| a.0 == 0 && b.0 == 1 && b.1 < 32), "{:?}", &pairs[..3]);
}
