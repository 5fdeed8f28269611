//! Facts: groups of aligned sentences, and each sentence's agreement ("reported by all / some / only
//! here"). Grouping is union–find over alignments taken strongest first, refusing a merge that would
//! put two sentences of one document into one fact: this stops weak links from chaining unrelated
//! sentences into one giant group. Alignments refused here still count for agreement.

use crate::align::pairs::Alignment;
use crate::model::{AgreementLevel, DocumentReport, Fact};
use std::collections::BTreeSet;

/// Alignments weaker than this link sentences but do not join facts (weak links chain).
pub const FACT_MIN_SCORE: f64 = 0.25;

/// Groups aligned sentences into facts (each with at least two documents), in a deterministic order.
/// Only alignments scoring at least [`FACT_MIN_SCORE`] join sentences into a fact.
pub fn group_facts(alignments: &[Alignment]) -> Vec<Fact> {
    let alignments: Vec<&Alignment> = alignments.iter().filter(|a| a.score >= FACT_MIN_SCORE).collect();
    // Every sentence up to the last one an alignment names in each document gets a number, in (document,
    // sentence) order: a node's number is its document's offset plus its index, with no search.
    let mut lengths: Vec<usize> = Vec::new();
    for (doc, index) in alignments.iter().flat_map(|a| [a.a, a.b]) {
        if lengths.len() <= doc {
            lengths.resize(doc + 1, 0);
        }
        lengths[doc] = lengths[doc].max(index + 1);
    }
    let offsets: Vec<usize> = lengths.iter().scan(0, |total, &n| Some(std::mem::replace(total, *total + n))).collect();
    let index = |(doc, i): (usize, usize)| offsets[doc] + i;
    let node = |k: usize| {
        let doc = offsets.partition_point(|&o| o <= k) - 1;
        [doc, k - offsets[doc]]
    };
    let mut sets = crate::union_find::UnionFind::new(lengths.iter().sum());
    // Each group's documents, sorted (a few each: a list, not a tree per sentence).
    let mut docs: Vec<Vec<usize>> =
        lengths.iter().enumerate().flat_map(|(doc, &n)| std::iter::repeat_n(doc, n)).map(|doc| vec![doc]).collect();

    let mut order: Vec<&Alignment> = alignments.clone();
    crate::sort::sort_by(&mut order, |x, y| y.score.total_cmp(&x.score).then((x.a, x.b).cmp(&(y.a, y.b))));
    for al in order {
        let (ra, rb) = (sets.find(index(al.a)), sets.find(index(al.b)));
        if ra == rb || crate::sort::shared_count(&docs[ra], &docs[rb]) > 0 {
            continue;
        }
        let keep = sets.union(ra, rb);
        let gone = ra + rb - keep;
        let moved = std::mem::take(&mut docs[gone]);
        docs[keep].extend(moved);
        crate::sort::sort_plain(&mut docs[keep]);
    }

    let mut facts: Vec<Vec<[usize; 2]>> =
        sets.groups().into_iter().filter(|g| g.len() >= 2).map(|g| g.into_iter().map(node).collect()).collect();
    for g in &mut facts {
        crate::sort::sort(g);
    }
    crate::sort::sort(&mut facts);
    facts
        .into_iter()
        .enumerate()
        .map(|(id, sentences)| {
            let documents: BTreeSet<usize> = sentences.iter().map(|s| s[0]).collect();
            Fact { id, sentences, documents: documents.into_iter().collect() }
        })
        .collect()
}

/// Fills each sentence's `fact`, and its `sources` and `agreement` from its direct alignments only: every
/// source counted has a sentence the reader can see linked to this one.
pub fn agreement_of(documents: &mut [DocumentReport], alignments: &[Alignment], facts: &[Fact]) {
    let with_text = documents.iter().filter(|d| !d.sentences.is_empty()).count();
    let family_of: Vec<usize> = documents.iter().map(|d| d.family).collect();
    // Each sentence's other documents: pushed, then sorted and deduplicated (a few each).
    let mut others: Vec<Vec<Vec<usize>>> = documents.iter().map(|d| vec![Vec::new(); d.sentences.len()]).collect();
    for al in alignments {
        others[al.a.0][al.a.1].push(al.b.0);
        others[al.b.0][al.b.1].push(al.a.0);
    }
    for list in others.iter_mut().flatten() {
        crate::sort::sort_plain(list);
        list.dedup();
    }
    for fact in facts {
        for s in &fact.sentences {
            documents[s[0]].sentences[s[1]].fact = Some(fact.id);
        }
    }
    for (d, doc) in documents.iter_mut().enumerate() {
        for (i, sentence) in doc.sentences.iter_mut().enumerate() {
            let n = others[d][i].len();
            sentence.sources = n;
            let own = family_of[d];
            let mut independent: Vec<usize> =
                others[d][i].iter().map(|&o| family_of[o]).filter(|f| *f != own).collect();
            crate::sort::sort(&mut independent);
            independent.dedup();
            sentence.independent_sources = independent.len();
            sentence.agreement = if n == 0 {
                AgreementLevel::OnlyHere
            } else if n + 1 >= with_text {
                AgreementLevel::All
            } else {
                AgreementLevel::Some
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn al(a: (usize, usize), b: (usize, usize), score: f64) -> Alignment {
        Alignment { a, b, score }
    }

    #[test]
    fn weak_links_do_not_form_facts() {
        assert!(group_facts(&[al((0, 1), (1, 4), FACT_MIN_SCORE - 0.01)]).is_empty());
    }

    #[test]
    fn chains_across_documents_form_one_fact() {
        let facts = group_facts(&[al((0, 1), (1, 4), 0.6), al((1, 4), (2, 0), 0.5)]);
        assert_eq!(facts.len(), 1);
        assert_eq!(facts[0].sentences, vec![[0, 1], [1, 4], [2, 0]]);
        assert_eq!(facts[0].documents, vec![0, 1, 2]);
    }

    #[test]
    fn a_weak_link_never_puts_two_sentences_of_one_document_together() {
        // (0,1)-(1,4) strong, (0,2)-(1,5) strong, (1,4)-(0,2) weak: the weak one would merge 0's two sentences.
        let facts = group_facts(&[al((0, 1), (1, 4), 0.9), al((0, 2), (1, 5), 0.8), al((0, 2), (1, 4), 0.35)]);
        assert_eq!(facts.len(), 2);
        for f in &facts {
            let docs: BTreeSet<usize> = f.sentences.iter().map(|s| s[0]).collect();
            assert_eq!(docs.len(), f.sentences.len());
        }
    }
}
