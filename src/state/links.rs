//! Which sentences are linked to which: the alignment list turned into a per-sentence index (each
//! sentence's counterparts, best first), and the navigation helpers built on it.

use parallax_core::{AgreementLevel, Analysis};

/// A sentence: (document, index within the document).
pub type SentenceRef = (usize, usize);

type PerSentence = Vec<Vec<Vec<(SentenceRef, f64)>>>;

/// For every sentence, its counterparts in other documents with their probabilities, best first; and
/// apart from them, its related sentences (looser pairs, never counted as confirmation).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LinkIndex {
    links: PerSentence,
    related: PerSentence,
}

fn index(analysis: &Analysis, pairs: &[parallax_core::AlignmentReport]) -> PerSentence {
    let mut links: PerSentence = analysis.documents.iter().map(|d| vec![Vec::new(); d.sentences.len()]).collect();
    for al in pairs {
        let (a, b) = ((al.a[0], al.a[1]), (al.b[0], al.b[1]));
        // A stored analysis may be older than its documents' edits: skip what no longer fits.
        if links.get(a.0).is_some_and(|d| a.1 < d.len()) && links.get(b.0).is_some_and(|d| b.1 < d.len()) {
            links[a.0][a.1].push((b, al.score));
            links[b.0][b.1].push((a, al.score));
        }
    }
    for doc in &mut links {
        for list in doc {
            parallax_core::sort::sort_by(list, |x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        }
    }
    links
}

impl LinkIndex {
    pub fn new(analysis: &Analysis) -> Self {
        LinkIndex { links: index(analysis, &analysis.alignments), related: index(analysis, &analysis.related) }
    }

    /// Sentences related to `at` (looser than a match), best first.
    pub fn related(&self, at: SentenceRef) -> &[(SentenceRef, f64)] {
        self.related.get(at.0).and_then(|d| d.get(at.1)).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Counterparts of `at`, best first.
    pub fn counterparts(&self, at: SentenceRef) -> &[(SentenceRef, f64)] {
        self.links.get(at.0).and_then(|d| d.get(at.1)).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The best counterpart of `at` in document `doc`.
    pub fn best_in(&self, at: SentenceRef, doc: usize) -> Option<SentenceRef> {
        self.counterparts(at).iter().find(|(s, _)| s.0 == doc).map(|(s, _)| *s)
    }

    /// Counterparts of `at` in document `doc`, in reading order.
    pub fn all_in(&self, at: SentenceRef, doc: usize) -> Vec<usize> {
        let mut v: Vec<usize> = self.counterparts(at).iter().filter(|(s, _)| s.0 == doc).map(|(s, _)| s.1).collect();
        parallax_core::sort::sort(&mut v);
        v
    }
}

/// The next (or previous, `step` = -1) sentence of `doc` after `from` whose information every other
/// source carries. `from = None` starts before the first sentence (or after the last, going back).
pub fn next_shared_by_all(analysis: &Analysis, doc: usize, from: Option<usize>, step: i32) -> Option<usize> {
    let sentences = &analysis.documents.get(doc)?.sentences;
    let shared = |i: &usize| sentences[*i].agreement == AgreementLevel::All;
    if step >= 0 {
        let start = from.map_or(0, |f| f + 1);
        (start..sentences.len()).find(shared)
    } else {
        let end = from.unwrap_or(sentences.len());
        (0..end).rev().find(shared)
    }
}
