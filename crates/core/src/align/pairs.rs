//! Cross-source sentence alignment: which sentences in different articles report the same information.
//!
//! Each sentence becomes a set of terms (stems and number values, see `normalize`) weighted by inverse
//! sentence frequency, so the event's topic words ("Ukraine", "security", "Paris") count for little and
//! rare terms (a name, a number, "Grynkewich") for much. Candidate pairs come from an inverted index over
//! the terms that are not ubiquitous, so the cost grows with the postings actually shared, not with the
//! square of the corpus; a candidate shares at least two indexed terms (one shared word is topic). Each
//! candidate gets its features (`PairFeatures`: weighted Dice and coverage of content words and of
//! names, phrase overlap, shared numbers, cosine, shared information mass, lengths, positions, headings)
//! and the learned model (`model.rs`) turns them into a probability that the two report the same thing.
//!
//! The decision (`select`): a pair with probability at least one half is a **match** and counts as
//! confirmation; a headline or subheading keeps only its best counterpart in each article (the rest of
//! its pairs become related), so a title does not act as a hub for every sentence on the topic. A looser
//! pair that is the best counterpart of one of its sentences is **related**: shown, never counted.
//! Many-to-many alignment is allowed (one long sentence matching two short ones); order plays no part.

use crate::text::numbers_math::ln;
use rustc_hash::FxHashMap;

/// A sentence prepared for alignment.
#[derive(Debug, Clone, Default)]
pub struct SentenceTerms {
    pub doc: usize,
    pub index: usize,
    /// Content terms (stems and `#numbers`) in sentence order; consecutive pairs make its phrases.
    pub sequence: Vec<String>,
    /// Terms written with a capital letter inside the sentence (proper-name cues).
    pub capitalised: Vec<String>,
    /// Terms written in lower case in the sentence (tells common words from names).
    pub lowercase: Vec<String>,
    /// The sentence is a headline or a subheading (it names a topic rather than stating one fact).
    pub heading: bool,
}

/// The aligner's decision thresholds, on the model's probability (see `model.rs`).
#[derive(Debug, Clone, Copy)]
pub struct AlignConfig {
    /// A pair at least this likely to report the same information is a match: it counts as confirmation.
    pub threshold: f64,
    /// A pair at least this likely, and the best match of one of its sentences in the other article, is
    /// shown as "related": never counted as confirmation.
    pub related: f64,
    /// Sentences with fewer content terms than this are not aligned (too little to go on).
    pub min_terms: usize,
}

impl Default for AlignConfig {
    fn default() -> Self {
        AlignConfig { threshold: 0.5, related: 0.25, min_terms: 3 }
    }
}

/// Two sentences judged to report the same information.
#[derive(Debug, Clone, PartialEq)]
pub struct Alignment {
    pub a: (usize, usize),
    pub b: (usize, usize),
    pub score: f64,
}

/// What the score of a candidate pair is made of (exposed for evaluation and tuning).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct PairFeatures {
    /// Weighted Dice overlap of the non-name terms (what is said).
    pub content_dice: f64,
    /// Weighted share of the shorter sentence's non-name terms found in the other.
    pub content_coverage: f64,
    /// Weighted Dice overlap of the name terms (who and where).
    pub name_dice: f64,
    /// Shared numbers.
    pub shared_numbers: usize,
    /// Weighted overlap of consecutive-term phrases.
    pub phrase_overlap: f64,
    /// Cosine of the idf-weighted term vectors (names and content together).
    pub cosine: f64,
    /// Idf mass of the terms the two sentences share (how much information they have in common).
    pub shared_mass: f64,
    /// Content terms of the shorter and of the longer sentence.
    pub shorter_terms: usize,
    pub longer_terms: usize,
    /// Both sentences state numbers and share none of them.
    pub numbers_apart: bool,
    /// Each side is a headline or subheading.
    pub heading_a: bool,
    pub heading_b: bool,
    /// Where each sentence stands in its article, 0 (first) to 1 (last).
    pub position_a: f64,
    pub position_b: f64,
    /// Terms (names and content) the two sentences share.
    pub shared_terms: usize,
    /// The rarest shared term's idf, over the largest idf possible (a term in one sentence only).
    pub rarest_shared: f64,
    /// Weighted share of the longer sentence's terms found in the shorter (a clause of a long sentence).
    pub longer_coverage: f64,
}

/// A scored candidate pair, before the accept decision.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub a: (usize, usize),
    pub b: (usize, usize),
    /// The model's probability that the two sentences report the same information.
    pub score: f64,
    pub features: PairFeatures,
}

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

/// Matches and related pairs, each sorted by (a, b).
#[derive(Debug, Clone, Default)]
pub struct Aligned {
    /// Pairs the model calls the same information: they count as confirmation.
    pub matches: Vec<Alignment>,
    /// Looser pairs, best of one side: shown as related, never counted.
    pub related: Vec<Alignment>,
}

/// Scores every candidate pair and decides which are matches and which are related.
pub fn align(sentences: &[SentenceTerms], config: &AlignConfig) -> Aligned {
    select(score_candidates(sentences, config), config)
}

/// All candidate pairs scored by the shipped model, sorted by (a, b).
pub fn score_candidates(sentences: &[SentenceTerms], config: &AlignConfig) -> Vec<Candidate> {
    let mut candidates = candidate_features(sentences, config);
    crate::align::model::score(&mut candidates);
    candidates
}

/// Interns terms to dense ids in first-seen order (deterministic for a given input).
#[derive(Default)]
struct Vocabulary {
    ids: FxHashMap<String, u32>,
}

impl Vocabulary {
    fn id(&mut self, term: &str) -> u32 {
        if let Some(&id) = self.ids.get(term) {
            return id;
        }
        let id = self.ids.len() as u32;
        self.ids.insert(term.to_string(), id);
        id
    }
    fn len(&self) -> usize {
        self.ids.len()
    }
}

/// All candidate pairs with their features (score 0, before the model), sorted by (a, b).
pub fn candidate_features(sentences: &[SentenceTerms], config: &AlignConfig) -> Vec<Candidate> {
    let mut vocabulary = Vocabulary::default();
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
            let sequence: Vec<u32> = s.sequence.iter().map(|x| vocabulary.id(x)).collect();
            let phrases = sequence
                .windows(2)
                .map(|w| {
                    let next = phrase_ids.len() as u32;
                    *phrase_ids.entry((w[0], w[1])).or_insert(next)
                })
                .collect();
            Ids {
                phrases,
                terms: dedup(&sequence),
                capitalised: s.capitalised.iter().map(|x| vocabulary.id(x)).collect(),
                lowercase: s.lowercase.iter().map(|x| vocabulary.id(x)).collect(),
            }
        })
        .collect();
    let words_len = vocabulary.len() as u32;
    let vocab_len = vocabulary.len() + phrase_ids.len();
    let mut number_term = vec![false; vocab_len];
    for (term, &id) in &vocabulary.ids {
        number_term[id as usize] = term.starts_with('#');
    }
    for x in &mut ids {
        for p in &mut x.phrases {
            *p += words_len;
        }
    }
    drop(vocabulary);
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

    // Inverted index over terms that are not ubiquitous: the cost follows shared postings, not n².
    let cap = (n / 40).max(40) as u32;
    let mut postings: Vec<Vec<u32>> = vec![Vec::new(); vocab_len];
    for (i, p) in prepared.iter().enumerate() {
        if !usable[i] {
            continue;
        }
        for &(t, _) in p.content.iter().chain(&p.names) {
            if df[t as usize] <= cap {
                postings[t as usize].push(i as u32);
            }
        }
    }

    // Candidates share at least two indexed terms: one shared word is topic, not information.
    let mut out = Vec::new();
    let mut touched: Vec<u32> = Vec::new();
    let mut shared_terms = vec![0u16; prepared.len()];
    for (i, p) in prepared.iter().enumerate() {
        if !usable[i] {
            continue;
        }
        touched.clear();
        for &(t, _) in p.content.iter().chain(&p.names) {
            if df[t as usize] > cap {
                continue;
            }
            for &j in &postings[t as usize] {
                let j_us = j as usize;
                if j_us > i && prepared[j_us].doc != p.doc {
                    if shared_terms[j_us] == 0 {
                        touched.push(j);
                    }
                    shared_terms[j_us] = shared_terms[j_us].saturating_add(1);
                }
            }
        }
        touched.sort_unstable();
        for &j in &touched {
            let shared = std::mem::take(&mut shared_terms[j as usize]);
            if shared < 2 {
                continue;
            }
            let q = &prepared[j as usize];
            let features = pair_features(p, q);
            if features.shared_mass > 0.0 {
                out.push(Candidate { a: (p.doc, p.index), b: (q.doc, q.index), score: 0.0, features });
            }
        }
    }
    out
}

fn dedup(v: &[u32]) -> Vec<u32> {
    let mut v = v.to_vec();
    v.sort_unstable();
    v.dedup();
    v
}

/// Sum of `f(weight)` over the terms two id-sorted weighted term lists share (one merge walk serves
/// the overlap weight, `f = identity`, and the cosine's dot product, `f = square`).
fn shared_sum(a: &[(u32, f64)], b: &[(u32, f64)], mut f: impl FnMut(f64) -> f64) -> f64 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += f(a[i].1);
                i += 1;
                j += 1;
            }
        }
    }
    sum
}

fn shared_weight(a: &[(u32, f64)], b: &[(u32, f64)]) -> f64 {
    shared_sum(a, b, |w| w)
}

fn shared_square(a: &[(u32, f64)], b: &[(u32, f64)]) -> f64 {
    shared_sum(a, b, |w| w * w)
}

fn dice(shared: f64, a: f64, b: f64) -> f64 {
    if a + b == 0.0 {
        0.0
    } else {
        2.0 * shared / (a + b)
    }
}

fn pair_features(p: &Prepared, q: &Prepared) -> PairFeatures {
    let content_shared = shared_weight(&p.content, &q.content);
    let names_shared = shared_weight(&p.names, &q.names);
    let phrases_shared = shared_weight(&p.phrases, &q.phrases);
    let min_content = p.content_weight.min(q.content_weight);
    let shares_number = p.numbers.iter().any(|x| q.numbers.binary_search(x).is_ok());
    let (mut shared_terms, mut rarest) = (0, 0.0f64);
    for (a, b) in [(&p.content, &q.content), (&p.names, &q.names)] {
        shared_sum(a, b, |w| {
            shared_terms += 1;
            rarest = rarest.max(w);
            0.0
        });
    }
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
        cosine: if p.norm * q.norm > 0.0 {
            (shared_square(&p.content, &q.content) + shared_square(&p.names, &q.names)) / (p.norm * q.norm)
        } else {
            0.0
        },
    }
}

/// Applies the thresholds; a headline or subheading keeps only its best counterpart in each article.
pub fn select(scored: Vec<Candidate>, config: &AlignConfig) -> Aligned {
    let scored: Vec<Candidate> = scored.into_iter().filter(|c| c.score >= config.related).collect();
    // Best score of each sentence against each other document.
    let best = crate::align::model::best_scores(scored.iter().map(|c| (c, c.score)));
    let mut out = Aligned::default();
    for c in scored {
        let best_a = c.score >= best[&(c.a, c.b.0)];
        let best_b = c.score >= best[&(c.b, c.a.0)];
        let heading_ok = (!c.features.heading_a || best_a) && (!c.features.heading_b || best_b);
        let al = Alignment { a: c.a, b: c.b, score: c.score };
        if c.score >= config.threshold && heading_ok {
            out.matches.push(al);
        } else if best_a || best_b {
            out.related.push(al);
        }
    }
    out.matches.sort_by_key(|x| (x.a, x.b));
    out.related.sort_by_key(|x| (x.a, x.b));
    out
}
