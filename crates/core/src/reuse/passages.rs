//! Verbatim reuse: passages of at least `min_words` words that two documents share word for word (after
//! light normalisation: case, curly vs straight apostrophes, punctuation, hyphens and spacing do not
//! count), each extended to its maximal extent and bridged across a small edit (one word changed,
//! added or dropped does not cut a long passage in two).
//!
//! Found the way passim and MOSS do it: every document's word n-grams go into a hash index; n-grams two
//! documents share are seeds; seeds on the same diagonal (same offset between the two documents) chain
//! into runs, and runs separated by a gap of at most `max_gap` words on each side are joined. The cost
//! follows the shared n-grams, not all pairs of positions. A brute-force reference in the tests checks
//! the exact (gap-free) case on random inputs.

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

/// How passages are found.
#[derive(Debug, Clone, Copy)]
pub struct PassageConfig {
    /// Shortest passage reported, in words.
    pub min_words: usize,
    /// Largest edit bridged inside a passage, in words on each side.
    pub max_gap: usize,
}

impl Default for PassageConfig {
    fn default() -> Self {
        PassageConfig { min_words: 8, max_gap: 2 }
    }
}

/// A normalised word with its byte span in the original text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// FNV-1a of the normalised word. Words are compared by it: no string per word is kept (a 10 MB
    /// article has about 1.7 million words). Two different words sharing a 64-bit hash would at worst
    /// join a passage across them, as the bridging of a small edit already does on purpose.
    pub hash: u64,
    pub start: usize,
    pub end: usize,
}

/// The words of a text, normalised for verbatim comparison.
pub fn words(text: &str) -> Vec<Word> {
    let mut words: Vec<Word> = crate::text::words::word_indices(text)
        .map(|(start, w)| {
            let mut hash = Fnv::new();
            if w.is_ascii() {
                w.bytes().for_each(|b| hash.write(b.to_ascii_lowercase()));
            } else {
                let mut buf = [0u8; 4];
                for c in w.chars().flat_map(char::to_lowercase) {
                    let c = if c == '\u{2019}' || c == '\u{2018}' { '\'' } else { c };
                    c.encode_utf8(&mut buf).bytes().for_each(|b| hash.write(b));
                }
            }
            Word { hash: hash.0, start, end: start + w.len() }
        })
        .collect();
    // Without a length hint the list grew by doubling: up to half of it (4 MB of a 10 MB article) empty.
    words.shrink_to_fit();
    words
}

/// FNV-1a, byte by byte: deterministic on every platform.
struct Fnv(u64);

impl Fnv {
    fn new() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }

    fn write(&mut self, b: u8) {
        self.0 ^= u64::from(b);
        self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
    }
}

/// A stretch shared by two documents, in word indices (half-open) of each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct WordMatch {
    pub a_doc: usize,
    pub a: (usize, usize),
    pub b_doc: usize,
    pub b: (usize, usize),
}

/// One side of a shared passage in the export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PassageSide {
    pub doc: usize,
    pub start: usize,
    pub end: usize,
}

/// A passage two documents share verbatim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedPassage {
    pub a: PassageSide,
    pub b: PassageSide,
    /// Length in words (of the longer side, when an edit inside made them differ).
    pub words: usize,
    /// The passage as document `a` has it.
    pub text: String,
    /// Whether it looks like boilerplate (a footer or notice recurring across many documents) rather than
    /// copied reporting.
    pub boilerplate: bool,
}

/// Hash of an n-gram from its words' hashes (each word is hashed once, not once per n-gram).
fn hash_ngram(words: &[Word]) -> u64 {
    words.iter().fold(0x9e37_79b9_7f4a_7c15u64, |h, w| (h ^ w.hash).wrapping_mul(0x0100_0000_01b3).rotate_left(29))
}

/// At most this many places of one n-gram in one document make seeds. In the 205 bench articles (one
/// corpus, and each event alone) no n-gram shared with another article is in one article three times.
const MAX_PLACES_PER_DOCUMENT: usize = 8;

/// Every maximal shared stretch between every two documents (a_doc < b_doc), sorted.
pub fn find_matches(docs: &[Vec<Word>], config: &PassageConfig) -> Vec<WordMatch> {
    let n = config.min_words.max(1);
    // Every n-gram position as (hash, doc, index), sorted: positions of one n-gram are then adjacent.
    // A flat list costs 16 bytes a word; a map from hash to a list of positions cost about 90.
    let mut index: Vec<(u64, u32, u32)> = Vec::with_capacity(docs.iter().map(|d| d.len()).sum());
    for (d, words) in docs.iter().enumerate() {
        if words.len() < n {
            continue;
        }
        for (i, ngram) in words.windows(n).enumerate() {
            index.push((hash_ngram(ngram), d as u32, i as u32));
        }
    }
    crate::sort::sort_plain(&mut index);
    // Seeds per document pair: (a position, b position).
    let mut seeds: FxHashMap<(u32, u32), Vec<(u32, u32)>> = FxHashMap::default();
    let mut positions: Vec<(u64, u32, u32)> = Vec::new();
    for all in index.chunk_by(|x, y| x.0 == y.0) {
        if all.len() < 2 || all.len() > 2_000 {
            continue; // unique, or repeated so often it is noise (a word list, a separator line)
        }
        // The first few places of the n-gram in each document: a paragraph an article repeats a
        // thousand times, beside another article that repeats it too, would otherwise make a million
        // seeds of each of its n-grams.
        positions.clear();
        for in_one in all.chunk_by(|x, y| x.1 == y.1) {
            positions.extend_from_slice(&in_one[..in_one.len().min(MAX_PLACES_PER_DOCUMENT)]);
        }
        for (x, &(_, da, pa)) in positions.iter().enumerate() {
            for &(_, db, pb) in &positions[x + 1..] {
                if da == db {
                    continue;
                }
                let (first, second) = if da < db { ((da, pa), (db, pb)) } else { ((db, pb), (da, pa)) };
                let (a_words, b_words) = (&docs[first.0 as usize], &docs[second.0 as usize]);
                let (ia, ib) = (first.1 as usize, second.1 as usize);
                if a_words[ia..ia + n].iter().zip(&b_words[ib..ib + n]).all(|(x, y)| x.hash == y.hash) {
                    seeds.entry((first.0, second.0)).or_default().push((first.1, second.1));
                }
            }
        }
    }
    let mut pairs: Vec<(u32, u32)> = seeds.keys().copied().collect();
    crate::sort::sort_plain(&mut pairs);
    let mut out = Vec::new();
    for pair in pairs {
        let mut list = seeds.remove(&pair).unwrap_or_default();
        out.extend(chain_seeds(&mut list, pair.0 as usize, pair.1 as usize, n, config.max_gap));
    }
    crate::sort::sort(&mut out);
    out
}

/// Chains seeds of one document pair into maximal runs, then bridges small edits between runs.
fn chain_seeds(seeds: &mut [(u32, u32)], a_doc: usize, b_doc: usize, n: usize, max_gap: usize) -> Vec<WordMatch> {
    // Sort by diagonal, then position: consecutive seeds on a diagonal form one exact run.
    crate::sort::sort_by_key(seeds, |&(a, b)| (i64::from(b) - i64::from(a), a));
    let mut runs: Vec<((usize, usize), (usize, usize))> = Vec::new();
    for &(a, b) in seeds.iter() {
        let (a, b) = (a as usize, b as usize);
        if let Some(last) = runs.last_mut() {
            let same_diagonal = last.1 .0 as i64 - last.0 .0 as i64 == b as i64 - a as i64;
            if same_diagonal && a <= last.0 .1 - n + 1 {
                last.0 .1 = last.0 .1.max(a + n);
                last.1 .1 = last.1 .1.max(b + n);
                continue;
            }
        }
        runs.push(((a, a + n), (b, b + n)));
    }
    // Bridge small edits: runs in order along document a whose gaps on both sides are small.
    crate::sort::sort_plain(&mut runs);
    let mut merged: Vec<((usize, usize), (usize, usize))> = Vec::new();
    for run in runs {
        if let Some(last) = merged.last_mut() {
            let gap_a = run.0 .0 as i64 - last.0 .1 as i64;
            let gap_b = run.1 .0 as i64 - last.1 .1 as i64;
            if max_gap > 0 && (0..=max_gap as i64).contains(&gap_a) && (0..=max_gap as i64).contains(&gap_b) {
                last.0 .1 = last.0 .1.max(run.0 .1);
                last.1 .1 = last.1 .1.max(run.1 .1);
                continue;
            }
            // With edits bridged, a run wholly inside the previous one on both sides adds nothing.
            if max_gap > 0
                && run.0 .1 <= last.0 .1
                && run.0 .0 >= last.0 .0
                && run.1 .0 >= last.1 .0
                && run.1 .1 <= last.1 .1
            {
                continue;
            }
        }
        merged.push(run);
    }
    merged.into_iter().map(|(a, b)| WordMatch { a_doc, a, b_doc, b }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn doc(text: &str) -> Vec<Word> {
        words(text)
    }

    fn exact(config_min: usize) -> PassageConfig {
        PassageConfig { min_words: config_min, max_gap: 0 }
    }

    /// All maximal common runs of at least `n` equal words, by brute force over every pair of positions.
    fn brute_force(a: &[Word], b: &[Word], n: usize) -> Vec<((usize, usize), (usize, usize))> {
        let mut out = Vec::new();
        for i in 0..a.len() {
            for j in 0..b.len() {
                // Start of a run: previous words differ (or there are none).
                if i > 0 && j > 0 && a[i - 1].hash == b[j - 1].hash {
                    continue;
                }
                let mut k = 0;
                while i + k < a.len() && j + k < b.len() && a[i + k].hash == b[j + k].hash {
                    k += 1;
                }
                if k >= n {
                    out.push(((i, i + k), (j, j + k)));
                }
            }
        }
        crate::sort::sort_plain(&mut out);
        out
    }

    #[test]
    fn a_copied_sentence_is_found_with_its_full_extent() {
        let a = doc("Intro words here. Firefighters from Kestrelford and Brennham worked through the night to free the carriages. Other end.");
        let b = doc("Different start. Firefighters from Kestrelford and Brennham worked through the night to free the carriages, officials said.");
        let m = find_matches(&[a.clone(), b], &PassageConfig::default());
        assert_eq!(m.len(), 1);
        let text = "Intro words here. Firefighters from Kestrelford and Brennham worked through the night to free the carriages. Other end.";
        let words: Vec<String> = a[m[0].a.0..m[0].a.1].iter().map(|w| text[w.start..w.end].to_lowercase()).collect();
        assert_eq!(
            words.join(" "),
            "firefighters from kestrelford and brennham worked through the night to free the carriages"
        );
    }

    #[test]
    fn one_changed_word_does_not_cut_a_passage_in_two() {
        let base = "the rescue teams worked for eleven hours in heavy rain to reach the last carriage before dawn and all passengers were brought out alive by the morning shift";
        let edited = base.replace("heavy rain", "driving rain");
        let m = find_matches(&[doc(base), doc(&edited)], &PassageConfig::default());
        assert_eq!(m.len(), 1, "{m:?}");
        assert_eq!(m[0].a, (0, doc(base).len()));
        let dropped = base.replace("in heavy rain", "in rain");
        let m = find_matches(&[doc(base), doc(&dropped)], &PassageConfig::default());
        assert_eq!(m.len(), 1, "a dropped word is bridged too: {m:?}");
    }

    #[test]
    fn case_quotes_and_hyphens_do_not_matter() {
        let a = doc("He said the “four-year war” must end now for all of us here.");
        let b = doc("he said the \"four year war\" must END now for all of us here");
        assert_eq!(find_matches(&[a, b], &PassageConfig::default()).len(), 1);
    }

    #[test]
    fn short_overlaps_are_not_passages() {
        let m = find_matches(
            &[doc("leaders met in Paris on Tuesday"), doc("leaders met in Paris on Tuesday")],
            &PassageConfig::default(),
        );
        assert!(m.is_empty(), "six words are under the eight-word minimum");
    }

    #[test]
    fn a_paragraph_both_articles_repeat_a_thousand_times_gives_the_copies_of_its_first_places() {
        // Before, every copy matched every copy (a million passages); now each n-gram's first eight
        // places in each article make seeds, so the copies among the first eight of each side pair up.
        let paragraph = "Firefighters from Kestrelford and Brennham worked through the night to free the carriages. ";
        let text = paragraph.repeat(1_000);
        let m = find_matches(&[doc(&text), doc(&text)], &PassageConfig::default());
        // 13 words a copy; the first eight copies (104 words, and the 7 words an n-gram starting in the
        // eighth reaches into the ninth) match each other along 8 diagonals, the longest the whole run.
        assert_eq!(doc(paragraph).len(), 13);
        assert_eq!(m.len(), 8);
        assert!(
            m.iter().any(|w| (w.a, w.b) == ((0, 111), (0, 111))),
            "{:?}",
            m.iter().map(|w| (w.a, w.b)).collect::<Vec<_>>()
        );
        assert!(m.iter().all(|w| w.a.1 - w.a.0 >= 13), "each passage holds at least one whole copy");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        /// The indexed path equals brute force on small random texts over a tiny vocabulary (so that
        /// long shared runs actually happen), when no n-gram is in one text more than
        /// `MAX_PLACES_PER_DOCUMENT` times (beyond that, see the test below).
        #[test]
        fn index_matches_brute_force(a in proptest::collection::vec(0u8..4, 0..60), b in proptest::collection::vec(0u8..4, 0..60), n in 2usize..6) {
            let most_places = |v: &[u8]| {
                let mut grams: Vec<&[u8]> = v.windows(n).collect();
                crate::sort::sort(&mut grams);
                grams.chunk_by(|x, y| x == y).map(<[_]>::len).max().unwrap_or(0)
            };
            prop_assume!(most_places(&a) <= MAX_PLACES_PER_DOCUMENT && most_places(&b) <= MAX_PLACES_PER_DOCUMENT);
            let text = |v: &[u8]| v.iter().map(|x| ["alpha", "beta", "gamma", "delta"][*x as usize]).collect::<Vec<_>>().join(" ");
            let (wa, wb) = (doc(&text(&a)), doc(&text(&b)));
            let fast: Vec<_> = find_matches(&[wa.clone(), wb.clone()], &exact(n)).into_iter().map(|m| (m.a, m.b)).collect();
            let mut fast = fast;
            crate::sort::sort(&mut fast);
            prop_assert_eq!(fast, brute_force(&wa, &wb, n));
        }
    }
}
