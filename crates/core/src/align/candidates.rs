//! The candidate search and the pair features. Each sentence's terms get dense ids and inverse
//! sentence-frequency weights; an inverted index over the terms that are not ubiquitous (a term in more
//! than max(n/40, 40) sentences is not indexed, except as one of a sentence's two rarest terms, so a
//! sentence copied into many articles is still found) gives the pairs of sentences in different articles
//! that share at least two indexed terms, so the cost follows the postings actually shared, not n². Text
//! an article repeats (a paragraph a thousand times) is bounded too: a sentence walks at most 128 of one
//! document's postings of a term and keeps at most 32 partners in each other document, the ones
//! sharing the most terms; no real article comes near either. Each pair then gets its [`PairFeatures`]
//! for the model. A property test checks the search against an all-pairs scan.

use crate::align::pairs::{AlignConfig, Candidate, PairFeatures, Scored, Terms};
use crate::text::numbers_math::ln;
use rustc_hash::FxHashMap;

struct Prepared {
    doc: usize,
    index: usize,
    /// (term id, weight) of non-name terms, sorted by id.
    content: Vec<(u32, f64)>,
    /// (term id, weight) of name terms, sorted by id.
    names: Vec<(u32, f64)>,
    numbers: Vec<u32>,
    phrases: Vec<(u32, f64)>,
    content_weight: f64,
    names_weight: f64,
    phrases_weight: f64,
    /// Euclidean norm of all term weights.
    norm: f64,
    terms: usize,
    heading: bool,
    position: f64,
    /// Largest idf in this corpus (for `rarest_shared`).
    max_idf: f64,
}

/// All candidate pairs with their features (score 0, before the model), sorted by (a, b).
pub fn candidate_features(sentences: &Terms, config: &AlignConfig) -> Vec<Candidate> {
    search(&prepare(sentences, config), candidate)
}

/// The candidate pair of sentences `p` and `q`, unscored.
fn candidate(p: &Prepared, q: &Prepared, features: PairFeatures) -> Candidate {
    Candidate { a: (p.doc, p.index), b: (q.doc, q.index), score: 0.0, features }
}

/// Every candidate pair scored by the shipped model, sorted by (a, b), without its features: the
/// model's first stage runs as each pair is found (see [`Scored`]), its second once all are.
pub fn scored_pairs(sentences: &Terms, config: &AlignConfig) -> Vec<Scored> {
    let mut pairs = search(&prepare(sentences, config), |p, q, features| {
        Scored::shipped((p.doc, p.index), (q.doc, q.index), &features)
    });
    crate::align::model::finish(&mut pairs);
    pairs
}

/// The sentences ready for the candidate search: weighted terms, which sentences are usable, document
/// frequencies, and the frequency above which a term is too common to index.
struct Index {
    prepared: Vec<Prepared>,
    usable: Vec<bool>,
    df: Vec<u32>,
    /// Each sentence's indexed terms (see [`indexed_terms`]).
    indexed: Vec<Vec<u32>>,
}

/// How many of a sentence's rarest terms are indexed however common they are.
const ALWAYS_INDEXED: usize = 2;

/// The terms of a sentence the search indexes and looks up: its content and name terms that are not
/// too common (in at most `cap` sentences), and in any case its [`ALWAYS_INDEXED`] rarest terms. The
/// second rule keeps a sentence copied into many articles findable: its words are all "common"
/// because every copy has them, but its rarest two are shared only by its copies (and by sentences as
/// common), so the postings stay as long as the copies are many, never the whole corpus.
fn indexed_terms(p: &Prepared, df: &[u32], cap: u32) -> Vec<u32> {
    let mut terms: Vec<u32> = p.content.iter().chain(&p.names).map(|&(t, _)| t).collect();
    crate::sort::sort_by_key(&mut terms, |&t| (df[t as usize], t));
    let mut out: Vec<u32> = terms
        .iter()
        .enumerate()
        .filter(|&(k, &t)| k < ALWAYS_INDEXED || df[t as usize] <= cap)
        .map(|(_, &t)| t)
        .collect();
    crate::sort::sort_plain(&mut out);
    out
}

impl Index {
    /// The terms of sentence `i` the search looks up.
    fn indexed_terms(&self, i: usize) -> impl Iterator<Item = u32> + '_ {
        self.indexed[i].iter().copied()
    }
}

fn prepare(terms: &Terms, config: &AlignConfig) -> Index {
    let (sentences, vocabulary) = (&terms.sentences, &terms.vocabulary);
    let mut phrase_ids: FxHashMap<(u32, u32), u32> = FxHashMap::default();
    struct Ids {
        terms: Vec<u32>,
        capitalised: Vec<u32>,
        lowercase: Vec<u32>,
        /// Phrase ids, numbered from 0 in their own space (offset past the words below).
        phrases: Vec<u32>,
    }
    let mut ids: Vec<Ids> = sentences
        .iter()
        .map(|s| {
            let sequence = &s.sequence;
            let phrases = sequence
                .windows(2)
                .map(|w| {
                    let next = phrase_ids.len() as u32;
                    *phrase_ids.entry((w[0], w[1])).or_insert(next)
                })
                .collect();
            Ids { phrases, terms: dedup(sequence), capitalised: s.capitalised.clone(), lowercase: s.lowercase.clone() }
        })
        .collect();
    let words_len = vocabulary.len() as u32;
    let vocab_len = vocabulary.len() + phrase_ids.len();
    let number_term: Vec<bool> = (0..vocab_len).map(|id| vocabulary.is_number(id as u32)).collect();
    for x in &mut ids {
        for p in &mut x.phrases {
            *p += words_len;
        }
    }
    drop(phrase_ids);

    let usable: Vec<bool> = sentences.iter().map(|s| s.sequence.len() >= config.min_terms).collect();
    let n = usable.iter().filter(|u| **u).count().max(1);
    let mut df = vec![0u32; vocab_len];
    let mut capital_count = vec![0u32; vocab_len];
    let mut lower_count = vec![0u32; vocab_len];
    for (i, x) in ids.iter().enumerate() {
        if !usable[i] {
            continue;
        }
        for &t in x.terms.iter().chain(&dedup(&x.phrases)) {
            df[t as usize] += 1;
        }
        for &t in &x.capitalised {
            capital_count[t as usize] += 1;
        }
        for &t in &x.lowercase {
            lower_count[t as usize] += 1;
        }
    }
    let idf: Vec<f64> = df.iter().map(|&d| ln(1.0 + n as f64 / f64::from(d.max(1)))).collect();
    // A name: written with a capital inside sentences at least as often as in lower case.
    let is_name: Vec<bool> =
        (0..vocab_len).map(|t| capital_count[t] > 0 && capital_count[t] >= lower_count[t]).collect();

    let mut doc_len: FxHashMap<usize, usize> = FxHashMap::default();
    for s in sentences {
        let e = doc_len.entry(s.doc).or_insert(0);
        *e = (*e).max(s.index + 1);
    }
    let max_idf = ln(1.0 + n as f64);
    let prepared: Vec<Prepared> = sentences
        .iter()
        .zip(&ids)
        .map(|(s, x)| {
            let terms = &x.terms;
            let weighted = |keep: &dyn Fn(u32) -> bool| -> Vec<(u32, f64)> {
                terms.iter().filter(|&&t| keep(t)).map(|&t| (t, idf[t as usize])).collect()
            };
            let content = weighted(&|t| !is_name[t as usize]);
            let names = weighted(&|t| is_name[t as usize]);
            let numbers: Vec<u32> = terms.iter().copied().filter(|&t| number_term[t as usize]).collect();
            let phrases: Vec<(u32, f64)> = dedup(&x.phrases).into_iter().map(|t| (t, idf[t as usize])).collect();
            Prepared {
                doc: s.doc,
                index: s.index,
                content_weight: content.iter().map(|x| x.1).sum(),
                names_weight: names.iter().map(|x| x.1).sum(),
                phrases_weight: phrases.iter().map(|x| x.1).sum(),
                norm: content.iter().chain(&names).map(|x| x.1 * x.1).sum::<f64>().sqrt(),
                terms: terms.len(),
                heading: s.heading,
                position: s.index as f64 / (doc_len[&s.doc].max(2) - 1) as f64,
                max_idf,
                content,
                names,
                numbers,
                phrases,
            }
        })
        .collect();

    // Terms in more sentences than this are not indexed (beyond each sentence's rarest): the cost follows
    // shared postings, not n².
    let cap = (n / 40).max(40) as u32;
    let indexed = prepared.iter().map(|p| indexed_terms(p, &df, cap)).collect();
    Index { prepared, usable, df, indexed }
}

/// The pairs of sentences in different documents that share at least two indexed terms, found through
/// an inverted index (the cost follows shared postings, not n²), in sentence order, each made into a
/// `T` by `make` from its two sentences and their features.
fn search<T: Send>(index: &Index, make: impl Fn(&Prepared, &Prepared, PairFeatures) -> T + Sync + Send) -> Vec<T> {
    let Index { prepared, usable, .. } = index;
    let mut postings: Vec<Vec<u32>> = vec![Vec::new(); index.df.len()];
    for i in (0..prepared.len()).filter(|&i| usable[i]) {
        for t in index.indexed_terms(i) {
            postings[t as usize].push(i as u32);
        }
    }

    // Candidates share at least two indexed terms: one shared word is topic, not information. Each
    // sentence's later partners are found on their own (spread over threads with the `threads`
    // feature, each with its own scratch counts), then concatenated in sentence order.
    let rows: Vec<usize> = (0..prepared.len()).filter(|&i| usable[i]).collect();
    // A posting list is in sentence order, and the sentences after `i` up to `run_end[i]` are in its
    // own document: the walk starts past them (a binary search), so an article that repeats one
    // paragraph thousands of times does not walk its own copies for each copy.
    let mut run_end = vec![prepared.len() as u32; prepared.len()];
    for i in (0..prepared.len().saturating_sub(1)).rev() {
        run_end[i] = if prepared[i + 1].doc == prepared[i].doc { run_end[i + 1] } else { i as u32 + 1 };
    }
    let scratch = || (Vec::<u32>::new(), vec![0u16; prepared.len()]);
    let found = crate::parallel::map_init(&rows, scratch, |(touched, shared_terms), &i| {
        let p = &prepared[i];
        let mut out = Vec::new();
        touched.clear();
        for t in index.indexed_terms(i) {
            let list = &postings[t as usize];
            let mut at = list.partition_point(|&j| j < run_end[i]);
            // At most `MAX_WALK_PER_DOCUMENT` of one document's postings of the term: a term in
            // thousands of one article's sentences (a paragraph repeated) is not walked in full for
            // each sentence of another article that has it too; past the cap, a binary search skips
            // to the next document.
            let (mut doc_end, mut walked) = (0, 0);
            while at < list.len() {
                let j = list[at];
                if j >= doc_end {
                    (doc_end, walked) = (run_end[j as usize], 0);
                }
                if walked == MAX_WALK_PER_DOCUMENT {
                    at += list[at..].partition_point(|&k| k < doc_end);
                    continue;
                }
                walked += 1;
                at += 1;
                let j_us = j as usize;
                if j_us > i && prepared[j_us].doc != p.doc {
                    if shared_terms[j_us] == 0 {
                        touched.push(j);
                    }
                    shared_terms[j_us] = shared_terms[j_us].saturating_add(1);
                }
            }
        }
        // Only partners sharing two terms or more go on (the others' counts are reset here), so only
        // they are sorted.
        touched.retain(|&j| {
            let keep = shared_terms[j as usize] >= 2;
            if !keep {
                shared_terms[j as usize] = 0;
            }
            keep
        });
        crate::sort::sort_plain(touched);
        keep_best_per_document(touched, shared_terms, |j| prepared[j as usize].doc);
        out.reserve_exact(touched.len());
        for &j in touched.iter() {
            let q = &prepared[j as usize];
            let features = pair_features(p, q);
            if features.shared_mass > 0.0 {
                out.push(make(p, q, features));
            }
        }
        out
    });
    crate::parallel::flatten(found)
}

/// At most this many of one document's postings of one term are walked for one sentence (see
/// `search`). In the bench articles (one corpus, and each event alone) a walk takes at most 20.
const MAX_WALK_PER_DOCUMENT: usize = 128;

/// At most this many partners of one sentence in one other article go on to the features and the
/// model. In the 205 bench articles (one corpus, and each event alone) a sentence has at most 21; an
/// article that repeats a sentence thousands of times, beside another that repeats it too, would give
/// every copy thousands, and the pairs n².
const MAX_PARTNERS_PER_DOCUMENT: usize = 32;

/// Keeps, of each document's run of partners in `touched` (sorted by sentence, so a document's are
/// together), the [`MAX_PARTNERS_PER_DOCUMENT`] that share the most terms (the earlier on a tie), in
/// sentence order; every partner's count in `shared_terms` is reset.
fn keep_best_per_document(touched: &mut Vec<u32>, shared_terms: &mut [u16], doc: impl Fn(u32) -> usize) {
    let mut kept = 0;
    let mut k = 0;
    while k < touched.len() {
        let d = doc(touched[k]);
        let end = k + touched[k..].iter().take_while(|&&j| doc(j) == d).count();
        if end - k > MAX_PARTNERS_PER_DOCUMENT {
            let run = &mut touched[k..end];
            crate::sort::sort_by_key(run, |&j| (std::cmp::Reverse(shared_terms[j as usize]), j));
            crate::sort::sort_plain(&mut run[..MAX_PARTNERS_PER_DOCUMENT]);
            touched.copy_within(k..k + MAX_PARTNERS_PER_DOCUMENT, kept);
            kept += MAX_PARTNERS_PER_DOCUMENT;
        } else {
            touched.copy_within(k..end, kept);
            kept += end - k;
        }
        k = end;
    }
    for &j in touched.iter() {
        shared_terms[j as usize] = 0;
    }
    touched.truncate(kept);
}

fn dedup(v: &[u32]) -> Vec<u32> {
    let mut v = v.to_vec();
    crate::sort::sort_plain(&mut v);
    v.dedup();
    v
}

/// What two id-sorted weighted term lists share, from one merge walk: how many terms, the sum of
/// their weights (the overlap), the sum of their squared weights (the cosine's dot product) and the
/// largest weight (the rarest shared term). Each sum adds the terms in id order.
#[derive(Default)]
struct Shared {
    terms: usize,
    weight: f64,
    square: f64,
    rarest: f64,
}

fn shared(a: &[(u32, f64)], b: &[(u32, f64)]) -> Shared {
    let (mut i, mut j, mut out) = (0, 0, Shared::default());
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                let w = a[i].1;
                out.terms += 1;
                out.weight += w;
                out.square += w * w;
                out.rarest = out.rarest.max(w);
                i += 1;
                j += 1;
            }
        }
    }
    out
}

fn dice(shared: f64, a: f64, b: f64) -> f64 {
    if a + b == 0.0 {
        0.0
    } else {
        2.0 * shared / (a + b)
    }
}

fn pair_features(p: &Prepared, q: &Prepared) -> PairFeatures {
    let content = shared(&p.content, &q.content);
    let names = shared(&p.names, &q.names);
    let phrases_shared = shared(&p.phrases, &q.phrases).weight;
    let (content_shared, names_shared) = (content.weight, names.weight);
    let min_content = p.content_weight.min(q.content_weight);
    let shares_number = p.numbers.iter().any(|x| q.numbers.binary_search(x).is_ok());
    let shared_terms = content.terms + names.terms;
    let rarest = content.rarest.max(names.rarest);
    let longer_weight = (p.content_weight + p.names_weight).max(q.content_weight + q.names_weight);
    PairFeatures {
        position_a: p.position,
        position_b: q.position,
        shared_terms,
        rarest_shared: if p.max_idf > 0.0 { rarest / p.max_idf } else { 0.0 },
        longer_coverage: if longer_weight > 0.0 { (content_shared + names_shared) / longer_weight } else { 0.0 },
        shared_mass: content_shared + names_shared,
        shorter_terms: p.terms.min(q.terms),
        longer_terms: p.terms.max(q.terms),
        numbers_apart: !p.numbers.is_empty() && !q.numbers.is_empty() && !shares_number,
        heading_a: p.heading,
        heading_b: q.heading,
        content_dice: dice(content_shared, p.content_weight, q.content_weight),
        content_coverage: if min_content > 0.0 { content_shared / min_content } else { 0.0 },
        name_dice: dice(names_shared, p.names_weight, q.names_weight),
        shared_numbers: p.numbers.iter().filter(|x| q.numbers.binary_search(x).is_ok()).count(),
        phrase_overlap: dice(phrases_shared, p.phrases_weight, q.phrases_weight) * 2.0,
        cosine: if p.norm * q.norm > 0.0 { (content.square + names.square) / (p.norm * q.norm) } else { 0.0 },
    }
}

#[cfg(test)]
#[path = "candidates_tests.rs"]
mod tests;
