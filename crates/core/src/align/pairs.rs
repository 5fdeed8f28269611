//! Cross-source sentence alignment: which sentences in different articles report the same information.
//! This file holds the types and the decision; the candidate search and the features are in
//! `candidates.rs`.
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

pub use crate::align::candidates::candidate_features;

/// A sentence prepared for alignment: its terms as ids of the corpus's [`Vocabulary`] (a term is
/// stored once, not once per token: a 10 MB article has about a million of them).
#[derive(Debug, Clone, Default)]
pub struct SentenceTerms {
    pub doc: usize,
    pub index: usize,
    /// Content terms (stems and `#numbers`) in sentence order; consecutive pairs make its phrases.
    pub sequence: Vec<u32>,
    /// Terms written with a capital letter inside the sentence (proper-name cues).
    pub capitalised: Vec<u32>,
    /// Terms written in lower case in the sentence (tells common words from names).
    pub lowercase: Vec<u32>,
    /// The sentence is a headline or a subheading (it names a topic rather than stating one fact).
    pub heading: bool,
}

/// Interns terms to dense ids in first-seen order (deterministic for a given input).
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    ids: rustc_hash::FxHashMap<String, u32>,
    numbers: Vec<bool>,
}

impl Vocabulary {
    /// The term's id, given a new one the first time it is seen.
    pub fn id(&mut self, term: &str) -> u32 {
        if let Some(&id) = self.ids.get(term) {
            return id;
        }
        let id = self.ids.len() as u32;
        self.ids.insert(term.to_string(), id);
        self.numbers.push(term.starts_with('#'));
        id
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// Whether the term is a number (`#12`).
    pub fn is_number(&self, id: u32) -> bool {
        self.numbers.get(id as usize).copied().unwrap_or(false)
    }
}

/// A corpus's sentences prepared for alignment, with the vocabulary their ids come from.
#[derive(Debug, Clone, Default)]
pub struct Terms {
    pub sentences: Vec<SentenceTerms>,
    pub vocabulary: Vocabulary,
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

/// A candidate pair reduced to what scoring and the decision read: its sentences, whether each is a
/// heading, and the model's numbers. The analysis makes these in the candidate search itself (on every
/// core with `threads`), the model's first stage included, instead of keeping every [`Candidate`]'s
/// features until scoring: 48 bytes a pair instead of 160 (natively), and that stage in parallel.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scored {
    pub a: (u32, u32),
    pub b: (u32, u32),
    pub heading_a: bool,
    pub heading_b: bool,
    /// The local model's probability (the first stage).
    pub local: f64,
    /// The ranked model's sum over the local features (see `Scored::first_stage`).
    pub partial: f64,
    /// The pair's probability, once `model::finish` has run.
    pub score: f64,
}

/// What the ranks and the decision read of a pair, with its features ([`Candidate`]) or without
/// ([`Scored`]).
pub trait ScoredPair {
    /// (document, sentence) of each side.
    fn sides(&self) -> ((usize, usize), (usize, usize));
    fn score(&self) -> f64;
    /// Whether each side is a headline or subheading.
    fn headings(&self) -> (bool, bool);
}

impl ScoredPair for Candidate {
    fn sides(&self) -> ((usize, usize), (usize, usize)) {
        (self.a, self.b)
    }
    fn score(&self) -> f64 {
        self.score
    }
    fn headings(&self) -> (bool, bool) {
        (self.features.heading_a, self.features.heading_b)
    }
}

impl ScoredPair for Scored {
    fn sides(&self) -> ((usize, usize), (usize, usize)) {
        let wide = |(d, i): (u32, u32)| (d as usize, i as usize);
        (wide(self.a), wide(self.b))
    }
    fn score(&self) -> f64 {
        self.score
    }
    fn headings(&self) -> (bool, bool) {
        (self.heading_a, self.heading_b)
    }
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
pub fn align(sentences: &Terms, config: &AlignConfig) -> Aligned {
    select(crate::align::candidates::scored_pairs(sentences, config), config)
}

/// All candidate pairs scored by the shipped model, with their features, sorted by (a, b).
pub fn score_candidates(sentences: &Terms, config: &AlignConfig) -> Vec<Candidate> {
    let mut candidates = candidate_features(sentences, config);
    crate::align::model::score(&mut candidates);
    candidates
}

/// Applies the thresholds; a headline or subheading keeps only its best counterpart in each article.
pub fn select<P: ScoredPair>(scored: Vec<P>, config: &AlignConfig) -> Aligned {
    let scored: Vec<P> = scored.into_iter().filter(|c| c.score() >= config.related).collect();
    // Best score of each sentence against each other document.
    let scores: Vec<f64> = scored.iter().map(ScoredPair::score).collect();
    let best = crate::align::side_best::side_bests(&scored, &scores);
    let mut out = Aligned::default();
    for (c, best) in scored.iter().zip(&best) {
        let ((a, b), score, (heading_a, heading_b)) = (c.sides(), c.score(), c.headings());
        let best_a = score >= best[0];
        let best_b = score >= best[1];
        let heading_ok = (!heading_a || best_a) && (!heading_b || best_b);
        let al = Alignment { a, b, score };
        if score >= config.threshold && heading_ok {
            out.matches.push(al);
        } else if best_a || best_b {
            out.related.push(al);
        }
    }
    crate::sort::sort_by_key(&mut out.matches, |x| (x.a, x.b));
    crate::sort::sort_by_key(&mut out.related, |x| (x.a, x.b));
    out
}
