//! Normalisation for matching: the words of a sentence (UAX #29, via unicode-segmentation) turned into
//! comparable terms.
//!
//! Case, accents, curly vs straight apostrophes, possessive "'s", British vs American spelling
//! (`spelling.rs`: a table and the regular -ise/-our/-tre/doubled-l patterns), Snowball stemming
//! (rust-stemmers, in the language the document is written in), transliteration-like doubled letters
//! ("Zelenskyy" ~ "Zelensky"), and numbers as values ("thirty", "30", "about 30" all become the term
//! `#30`; "four-year" gives `#4` and `year`).

pub use crate::text::numbers::format_number_term;
use crate::text::numbers::read_number;
use crate::text::spelling::american_spelling;
use crate::text::stopwords::{is_stopword_in, Language};
use crate::text::synonyms::canonical;
use rust_stemmers::{Algorithm, Stemmer};

/// A [`Token`] whose term is borrowed (see [`Normalizer::visit_tokens`]).
#[derive(Debug, Clone, Copy)]
pub struct TokenRef<'t> {
    pub term: &'t str,
    pub kind: TokenKind,
    /// Byte offsets of the word (or number phrase) in the original text.
    pub start: usize,
    pub end: usize,
    /// Written with a capital letter in the original (a proper-name cue when not sentence-initial).
    pub capitalised: bool,
}

/// What a token contributes to matching.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// A content word (stemmed).
    Word,
    /// A numeric value, written `#value`.
    Number,
    /// A function word: kept for phrase matching, ignored for similarity.
    Stop,
}

/// One normalised word of a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    pub term: String,
    pub kind: TokenKind,
    /// Byte offsets of the word (or number phrase) in the original text.
    pub start: usize,
    pub end: usize,
    /// Written with a capital letter in the original (a proper-name cue when not sentence-initial).
    pub capitalised: bool,
}

/// Turns words into terms for one language. Each word's term is computed once and remembered (news
/// repeats its words: stemming was a tenth of the whole analysis of 200 articles).
pub struct Normalizer {
    language: Language,
    stemmer: Stemmer,
    stems: std::cell::RefCell<rustc_hash::FxHashMap<String, String>>,
}

impl Normalizer {
    pub fn new(language: Language) -> Self {
        let algorithm = match language {
            Language::French => Algorithm::French,
            Language::Spanish => Algorithm::Spanish,
            Language::German => Algorithm::German,
            Language::English | Language::Unknown => Algorithm::English,
        };
        Normalizer { language, stemmer: Stemmer::create(algorithm), stems: Default::default() }
    }

    pub fn language(&self) -> Language {
        self.language
    }

    /// Tokens of `text[start..end]`, offsets absolute in `text`.
    pub fn tokens(&self, text: &str, start: usize, end: usize) -> Vec<Token> {
        let mut out = Vec::new();
        self.visit_tokens(text, start, end, |t| {
            out.push(Token {
                term: t.term.to_string(),
                kind: t.kind,
                start: t.start,
                end: t.end,
                capitalised: t.capitalised,
            })
        });
        out
    }

    /// Each token of `text[start..end]` in turn, as [`Normalizer::tokens`] gives them, with its term
    /// borrowed (from the sentence, the remembered stems, a constant, or for a number the string made
    /// for it): reading a corpus visits every word once, and a new string per word was a third of the
    /// reading's allocations. `visit` must not use this normalizer: the remembered stems are borrowed
    /// while it runs.
    pub fn visit_tokens(&self, text: &str, start: usize, end: usize, mut visit: impl FnMut(TokenRef<'_>)) {
        let slice = &text[start..end];
        let words: Vec<(usize, &str)> = crate::text::words::word_indices(slice).collect();
        let folded_words = crate::text::folded::folded_words(&words);
        let english = matches!(self.language, Language::English | Language::Unknown);
        let mut i = 0;
        while i < words.len() {
            let (offset, word) = words[i];
            let word_start = start + offset;
            let capitalised = word.chars().next().is_some_and(char::is_uppercase);
            // Where the token ends when it is made of `used` words.
            let end_after = |used: usize| {
                let (last_offset, last_word) = words[i + used - 1];
                start + last_offset + last_word.len()
            };
            let token = |term, kind, used, capitalised| TokenRef {
                term,
                kind,
                start: word_start,
                end: end_after(used),
                capitalised,
            };
            // Numbers: a numeral or a run of number words, with a following scale word.
            if let Some((value, used)) = read_number(&folded_words[i..], self.language) {
                visit(token(&format_number_term(value), TokenKind::Number, used, false));
                i += used;
                continue;
            }
            let folded = &*folded_words[i];
            // "US" in capitals is the country, not the pronoun; "United States" / "United Kingdom" are one term.
            let next_folded = folded_words.get(i + 1).map(|w| &**w);
            if english && folded == "united" && matches!(next_folded, Some("states" | "kingdom")) {
                let term = if next_folded == Some("states") { "usa" } else { "uk" };
                visit(token(term, TokenKind::Word, 2, capitalised));
                i += 2;
                continue;
            }
            let folded = match word {
                "US" if english => "u.s",
                "UK" if english => "u.k",
                _ => folded,
            };
            let synonym = if english { canonical(folded) } else { None };
            match synonym {
                Some(canon) => visit(token(canon, TokenKind::Word, 1, capitalised)),
                None if is_stopword_in(self.language, folded) => visit(token(folded, TokenKind::Stop, 1, capitalised)),
                None => self.with_stem(folded, |term| {
                    visit(TokenRef { term, kind: TokenKind::Word, start: word_start, end: end_after(1), capitalised })
                }),
            }
            i += 1;
        }
    }

    /// `use_stem` given the stem of `folded`, computed once per word and remembered (the remembered
    /// stems stay borrowed while `use_stem` runs).
    fn with_stem<R>(&self, folded: &str, use_stem: impl FnOnce(&str) -> R) -> R {
        if let Some(term) = self.stems.borrow().get(folded) {
            return use_stem(term);
        }
        let term = self.stem_uncached(folded);
        let result = use_stem(&term);
        self.stems.borrow_mut().insert(folded.to_string(), term);
        result
    }

    fn stem_uncached(&self, folded: &str) -> String {
        let spelled = if self.language == Language::English { american_spelling(folded) } else { folded.to_string() };
        let keyed = name_key(&spelled);
        let stemmed = self.stemmer.stem(&keyed);
        truncate_stem(name_key(&stemmed))
    }
}

/// Lower case, accents removed, curly apostrophes straightened, possessive "'s" dropped.
pub fn fold(word: &str) -> String {
    if word.is_ascii() {
        // Byte by byte (this runs for nearly every word of every stage): "'s" or "'S" dropped, then
        // apostrophes trimmed from both ends, then lower case.
        let bytes = word.as_bytes();
        let mut end = bytes.len();
        if let [.., b'\'', b's' | b'S'] = bytes {
            end -= 2;
        }
        let start = bytes[..end].iter().position(|&b| b != b'\'').unwrap_or(end);
        let end = bytes[..end].iter().rposition(|&b| b != b'\'').map_or(start, |p| p + 1);
        return word[start..end].to_ascii_lowercase();
    }
    // Curly apostrophes (the commonest letters outside ASCII in English news) have no decomposition.
    let unchanged_by_nfkd = |c: char| c.is_ascii() || matches!(c, '\u{2018}' | '\u{2019}' | '\u{02bc}');
    let stripped = if word.chars().all(unchanged_by_nfkd) { word.to_string() } else { strip_marks(word) };
    let mut s: String = stripped
        .chars()
        .map(|c| match c {
            '\u{2019}' | '\u{2018}' | '\u{02bc}' | '`' | '\u{00b4}' => '\'',
            other => other,
        })
        .flat_map(char::to_lowercase)
        .collect();
    if s.ends_with("'s") {
        s.truncate(s.len() - 2);
    }
    s.trim_matches('\'').to_string()
}

/// A word's compatibility decomposition (NFKD) without its combining marks (General_Category Mark):
/// "Genève" → "Geneve", "ﬁ" → "fi".
pub type MarkStripper = fn(&str) -> String;

static MARK_STRIPPER: std::sync::OnceLock<MarkStripper> = std::sync::OnceLock::new();

/// Installs the [`MarkStripper`] of a build without the `unicode-tables` feature: the browser module
/// installs the browser's own normalisation, which implements the same Unicode algorithms, so the
/// 120 KB of `unicode-normalization` tables are not downloaded with it. The first one installed stays.
pub fn set_mark_stripper(stripper: MarkStripper) {
    let _ = MARK_STRIPPER.set(stripper);
}

/// [`MarkStripper`]: the one installed, else `unicode-normalization`'s (feature `unicode-tables`, on
/// by default); a build with neither keeps a word's accents.
fn strip_marks(word: &str) -> String {
    if let Some(stripper) = MARK_STRIPPER.get() {
        return stripper(word);
    }
    #[cfg(feature = "unicode-tables")]
    {
        use unicode_normalization::char::is_combining_mark;
        use unicode_normalization::UnicodeNormalization;
        word.nfkd().filter(|c| !is_combining_mark(*c)).collect()
    }
    #[cfg(not(feature = "unicode-tables"))]
    word.to_string()
}

/// Keeps at most the first seven characters of a stem: derivations the stemmer leaves apart
/// ("Ukraine" / "Ukrainian", "negotiators" / "negotiations") meet. Truncation stemming is a known IR
/// technique; seven characters keep long distinct words apart ("government" / "governor" stay apart).
fn truncate_stem(stem: String) -> String {
    const KEEP: usize = 7;
    match stem.char_indices().nth(KEEP) {
        Some((cut, _)) => stem[..cut].to_string(),
        None => stem,
    }
}

/// Collapses doubled letters and "iy" so that transliteration variants meet ("zelenskyy", "zelenskiy",
/// "zelensky"). Applied to every stem alike, so it never separates two spellings that matched before.
fn name_key(stem: &str) -> String {
    let has_double = stem.as_bytes().windows(2).any(|w| w[0] == w[1] && !w[0].is_ascii_digit());
    if !has_double && !stem.contains("iy") {
        return stem.to_string();
    }
    let replaced = stem.replace("iy", "y");
    let mut out = String::with_capacity(replaced.len());
    let mut previous = None;
    for c in replaced.chars() {
        if Some(c) != previous || c.is_ascii_digit() {
            out.push(c);
        }
        previous = Some(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte-by-byte ASCII path does what the string operations it replaced did.
    #[test]
    fn ascii_folding_drops_the_possessive_then_trims_apostrophes() {
        use proptest::prelude::*;
        let old = |word: &str| {
            let core = word.strip_suffix("'s").or_else(|| word.strip_suffix("'S")).unwrap_or(word);
            core.trim_matches('\'').to_ascii_lowercase()
        };
        for word in ["Biden's", "'tis", "''", "'", "s", "'S", "rock'n'roll", "O'NEILL'S'", "'''s", "boys'", ""] {
            assert_eq!(fold(word), old(word), "{word:?}");
        }
        proptest!(|(word in "['sSaB]{0,8}")| prop_assert_eq!(fold(&word), old(&word)));
    }

    fn terms(text: &str) -> Vec<String> {
        let n = Normalizer::new(Language::English);
        n.tokens(text, 0, text.len()).into_iter().filter(|t| t.kind != TokenKind::Stop).map(|t| t.term).collect()
    }

    #[test]
    fn case_accents_and_apostrophes_fold() {
        assert_eq!(terms("Élysée"), terms("elysee"));
        assert_eq!(terms("Ukraine’s allies"), terms("Ukraine's allies"));
        assert_eq!(terms("Ukraine’s"), terms("Ukraine"));
    }

    #[test]
    fn british_and_american_spellings_meet() {
        assert_eq!(terms("organised defence centre"), terms("organized defense center"));
        assert_eq!(terms("neighbouring colours"), terms("neighboring colors"));
        assert_eq!(terms("finalise"), terms("finalize"));
        assert_eq!(terms("travelled cancelling"), terms("traveled canceling"));
        assert_eq!(terms("metres"), terms("meters"));
        assert_ne!(terms("promise"), terms("promize"), "promise is not an -ise verb");
    }

    #[test]
    fn numbers_become_values() {
        assert_eq!(terms("thirty leaders"), terms("30 leaders"));
        assert_eq!(terms("about 30 leaders"), terms("30 leaders"));
        assert_eq!(terms("twenty-seven heads"), terms("27 heads"));
        assert_eq!(terms("1,000 troops"), terms("1000 troops"));
        assert_eq!(terms("4.5 million"), vec!["#4500000"]);
        assert_eq!(terms("three hundred and five"), vec!["#305"]);
        assert_eq!(terms("6.4 magnitude"), terms("6.4 magnitude"));
    }

    #[test]
    fn hyphenated_compounds_meet_their_spelled_out_form() {
        assert_eq!(terms("four-year war"), terms("four years of war"));
    }

    #[test]
    fn country_abbreviations_and_synonyms_meet() {
        assert_eq!(terms("US envoys"), terms("U.S. envoys"));
        assert_eq!(terms("United States envoys"), terms("U.S. envoys"));
        assert_ne!(terms("told us"), terms("told US"));
        assert_eq!(terms("leaders convened"), terms("leaders met"));
    }

    #[test]
    fn transliteration_variants_share_a_term() {
        assert_eq!(terms("Zelenskyy"), terms("Zelenskiy"));
        assert_eq!(terms("Zelenskiy"), terms("Zelensky"));
    }

    #[test]
    fn offsets_cover_the_number_phrase() {
        let text = "About twenty seven leaders";
        let n = Normalizer::new(Language::English);
        let t = n.tokens(text, 0, text.len());
        let number = t.iter().find(|t| t.kind == TokenKind::Number).unwrap();
        assert_eq!(&text[number.start..number.end], "twenty seven");
    }
}
