//! What verbatim reuse means for the reader: shared passages with byte offsets, the share of each
//! document found word for word elsewhere, boilerplate told apart from copied reporting, and
//! "families" of documents that share so much they are probably one (wire) story, so agreement can be
//! counted in independent sources rather than raw ones.

use crate::model::{DocumentReport, DocumentReuse, Family, ReuseFrom};
use crate::reuse::passages::{find_matches, words, PassageConfig, PassageSide, SharedPassage, Word};
use crate::ParagraphKind;
use rustc_hash::FxHashMap;

/// Two documents are one family when they share at least this many words of non-boilerplate passages…
const FAMILY_MIN_WORDS: usize = 25;
/// …and at least this share of the shorter document.
const FAMILY_MIN_SHARE: f64 = 0.2;

/// What [`find_reuse`] finds: the shared passages, the families, and each document's reuse, to be
/// written into the documents by [`Reuse::apply`] (found apart from them, so the search can run while
/// other stages read the same documents).
pub struct Reuse {
    pub passages: Vec<SharedPassage>,
    pub families: Vec<Family>,
    /// Each document's reuse, in document order.
    reuse: Vec<DocumentReuse>,
}

impl Reuse {
    /// Fills each document's `reuse` and `family`; gives the passages and the families.
    pub fn apply(self, documents: &mut [DocumentReport]) -> (Vec<SharedPassage>, Vec<Family>) {
        for (document, reuse) in documents.iter_mut().zip(self.reuse) {
            document.reuse = reuse;
        }
        for f in &self.families {
            for &d in &f.documents {
                documents[d].family = f.id;
            }
        }
        (self.passages, self.families)
    }
}

/// Passages, per-document reuse and families for analysed documents, without changing them.
pub fn find_reuse(texts: &[&str], documents: &[DocumentReport], config: &PassageConfig) -> Reuse {
    let doc_words: Vec<Vec<Word>> = crate::parallel::map(texts, |t| words(t));
    let matches = find_matches(&doc_words, config);

    // Byte spans, boilerplate flags, and which documents share each region.
    let in_boilerplate = |doc: usize, start: usize, end: usize| {
        documents[doc]
            .paragraphs
            .iter()
            .any(|p| p.kind == ParagraphKind::Boilerplate && p.start <= start && end <= p.end)
    };
    let mut passages: Vec<SharedPassage> = Vec::with_capacity(matches.len());
    for m in &matches {
        let (wa, wb) = (&doc_words[m.a_doc], &doc_words[m.b_doc]);
        let a = PassageSide { doc: m.a_doc, start: wa[m.a.0].start, end: wa[m.a.1 - 1].end };
        let b = PassageSide { doc: m.b_doc, start: wb[m.b.0].start, end: wb[m.b.1 - 1].end };
        let boilerplate = in_boilerplate(a.doc, a.start, a.end) || in_boilerplate(b.doc, b.start, b.end);
        passages.push(SharedPassage {
            words: (m.a.1 - m.a.0).max(m.b.1 - m.b.0),
            text: texts[a.doc][a.start..a.end].to_string(),
            a,
            b,
            boilerplate,
        });
    }
    // A short passage that recurs in three or more documents near their ends is a footer or notice.
    let lowered: Vec<String> = passages.iter().map(|p| p.text.to_lowercase()).collect();
    let mut docs_by_text: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (p, text) in passages.iter().zip(&lowered) {
        docs_by_text.entry(text.as_str()).or_default().extend([p.a.doc, p.b.doc]);
    }
    // How many documents hold each text, counted once per text (not once per passage: 200 articles
    // sharing one newsletter line make 19,900 passages of it).
    let documents_holding: FxHashMap<&str, usize> = docs_by_text
        .into_iter()
        .map(|(text, mut docs)| {
            crate::sort::sort(&mut docs);
            docs.dedup();
            (text, docs.len())
        })
        .collect();
    let near_end = |side: &PassageSide| side.start * 4 >= texts[side.doc].len() * 3;
    let recurring: Vec<bool> = passages
        .iter()
        .zip(&lowered)
        .map(|(p, text)| p.words <= 40 && documents_holding[text.as_str()] >= 3 && near_end(&p.a) && near_end(&p.b))
        .collect();
    for (p, recurring) in passages.iter_mut().zip(recurring) {
        p.boilerplate |= recurring;
    }

    // Coverage: which words of each document are found verbatim in each other document, as merged
    // word intervals (no per-pair masks: 500 documents would need 500 × all their words).
    let n = documents.len();
    let mut intervals: Vec<FxHashMap<usize, Vec<(usize, usize)>>> = vec![FxHashMap::default(); n];
    for (m, p) in matches.iter().zip(&passages) {
        if p.boilerplate {
            continue;
        }
        intervals[m.a_doc].entry(m.b_doc).or_default().push(m.a);
        intervals[m.b_doc].entry(m.a_doc).or_default().push(m.b);
    }
    let mut shared_words: FxHashMap<(usize, usize), usize> = FxHashMap::default();
    let mut reuse = Vec::with_capacity(n);
    for d in 0..n {
        let total = doc_words[d].len();
        let share = |count: usize| if total == 0 { 0.0 } else { round4(count as f64 / total as f64) };
        let mut others: Vec<usize> = intervals[d].keys().copied().collect();
        crate::sort::sort(&mut others);
        let mut from = Vec::new();
        let mut all = Vec::new();
        for other in others {
            let list = &intervals[d][&other];
            let count = covered(list.clone());
            shared_words.insert((d, other), count);
            from.push(ReuseFrom { doc: other, words: count, share: share(count) });
            all.extend_from_slice(list);
        }
        let any = covered(all);
        reuse.push(DocumentReuse { words: total, copied_words: any, copied_share: share(any), copied_from: from });
    }

    // Families: union–find over documents that share enough.
    let mut sets = crate::union_find::UnionFind::new(n);
    let mut linked: Vec<(usize, usize)> = shared_words.keys().filter(|(a, b)| a < b).copied().collect();
    crate::sort::sort_plain(&mut linked);
    for (a, b) in linked {
        let shared = shared_words[&(a, b)].min(shared_words.get(&(b, a)).copied().unwrap_or(0));
        let shorter = doc_words[a].len().min(doc_words[b].len()).max(1);
        if shared >= FAMILY_MIN_WORDS && shared as f64 >= FAMILY_MIN_SHARE * shorter as f64 {
            sets.union(a, b);
        }
    }
    let mut families: Vec<Family> = Vec::new();
    for d in 0..n {
        let root = sets.find(d);
        match families.iter_mut().find(|f| f.documents[0] == root) {
            Some(f) => f.documents.push(d),
            None => families.push(Family { id: families.len(), documents: vec![d] }),
        }
    }
    Reuse { passages, families, reuse }
}

/// Number of word positions covered by a list of half-open intervals.
fn covered(mut list: Vec<(usize, usize)>) -> usize {
    crate::sort::sort_plain(&mut list);
    let (mut total, mut reach) = (0, 0);
    for (start, end) in list {
        let start = start.max(reach);
        if end > start {
            total += end - start;
            reach = end;
        }
    }
    total
}

fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}
