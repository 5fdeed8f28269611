//! Function words per language (accent-free, as words are folded before look-up), and the language guess made from them. The lists are kept
//! sorted (a test checks it); look-ups go through one hash table of every list's words, each with the
//! set of languages it belongs to (binary searches over four lists were a tenth of reading 200
//! articles). Short hand-kept lists: the stop-word crates bring dozens of languages and megabytes the
//! wasm bundle does not need.

use serde::{Deserialize, Serialize};

/// The languages Parallax stems and tokenises specially; anything else is treated as English.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    English,
    French,
    Spanish,
    German,
    Unknown,
}

pub const ENGLISH: &[&str] = &[
    "a",
    "about",
    "above",
    "according",
    "across",
    "added",
    "after",
    "again",
    "against",
    "ago",
    "all",
    "almost",
    "along",
    "already",
    "also",
    "although",
    "am",
    "among",
    "an",
    "and",
    "another",
    "any",
    "are",
    "around",
    "as",
    "at",
    "be",
    "became",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "either",
    "even",
    "ever",
    "every",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "including",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "last",
    "later",
    "least",
    "less",
    "like",
    "made",
    "many",
    "may",
    "me",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "near",
    "nearly",
    "neither",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "often",
    "on",
    "once",
    "only",
    "or",
    "other",
    "others",
    "our",
    "ours",
    "out",
    "over",
    "own",
    "per",
    "rather",
    "said",
    "same",
    "saying",
    "says",
    "several",
    "she",
    "should",
    "since",
    "so",
    "some",
    "still",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "through",
    "thus",
    "to",
    "told",
    "too",
    "toward",
    "towards",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "very",
    "via",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "yet",
    "you",
    "your",
];

pub const FRENCH: &[&str] = &[
    "a", "afin", "ainsi", "au", "aussi", "autre", "aux", "avait", "avant", "avec", "avoir", "ce", "cela", "celle",
    "ces", "cet", "cette", "comme", "dans", "de", "depuis", "des", "deux", "dont", "du", "elle", "elles", "en",
    "entre", "est", "et", "ete", "etre", "eu", "il", "ils", "je", "l", "la", "le", "les", "leur", "leurs", "lors",
    "lui", "mais", "meme", "ne", "ni", "nous", "on", "ont", "ou", "par", "pas", "pendant", "plus", "pour", "qu", "que",
    "qui", "sa", "sans", "se", "selon", "ses", "si", "son", "sont", "sous", "sur", "tous", "tout", "tres", "un", "une",
    "vers", "y",
];

pub const SPANISH: &[&str] = &[
    "a", "al", "ante", "como", "con", "contra", "cual", "de", "del", "desde", "donde", "durante", "e", "el", "ella",
    "ellas", "ellos", "en", "entre", "era", "es", "esa", "ese", "esta", "este", "fue", "ha", "han", "hasta", "la",
    "las", "le", "les", "lo", "los", "mas", "muy", "ni", "no", "o", "para", "pero", "por", "que", "se", "ser", "si",
    "sin", "sobre", "su", "sus", "tambien", "tras", "u", "un", "una", "uno", "y", "ya",
];

pub const GERMAN: &[&str] = &[
    "aber", "als", "am", "an", "auch", "auf", "aus", "bei", "bis", "das", "dass", "dem", "den", "der", "des", "die",
    "ein", "eine", "einem", "einen", "einer", "es", "fur", "hat", "im", "in", "ist", "mit", "nach", "nicht", "noch",
    "oder", "sich", "sie", "sind", "um", "und", "von", "vor", "war", "wie", "wird", "zu", "zum", "zur",
];

/// The lists in the order of the bits `languages_of` returns.
const LISTS: [&[&str]; 4] = [ENGLISH, FRENCH, SPANISH, GERMAN];

/// The languages whose function-word list holds `word`, one bit each in the order of `LISTS`.
fn languages_of(word: &str) -> u8 {
    static TABLE: std::sync::OnceLock<rustc_hash::FxHashMap<&'static str, u8>> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut table = rustc_hash::FxHashMap::default();
        for (i, list) in LISTS.iter().enumerate() {
            for word in list.iter() {
                *table.entry(*word).or_default() |= 1u8 << i;
            }
        }
        table
    });
    table.get(word).copied().unwrap_or(0)
}

/// Whether `word` (folded) is a function word of `language` (English for unknown text).
pub fn is_stopword_in(language: Language, word: &str) -> bool {
    let bit = match language {
        Language::English | Language::Unknown => 0,
        Language::French => 1,
        Language::Spanish => 2,
        Language::German => 3,
    };
    languages_of(word) & (1 << bit) != 0
}

/// Whether `word` (folded) is a function word of any language Parallax knows.
pub fn is_function_word(word: &str) -> bool {
    languages_of(word) != 0
}

/// Guesses the language of lower-cased words by which list's function words they use most.
pub fn guess_language(words: impl Iterator<Item = impl AsRef<str>>) -> Language {
    let mut counts = [0usize; 4];
    let mut total = 0usize;
    for word in words {
        total += 1;
        let bits = languages_of(word.as_ref());
        for (i, count) in counts.iter_mut().enumerate() {
            *count += usize::from(bits & (1 << i) != 0);
        }
    }
    let (best, &hits) = counts.iter().enumerate().max_by_key(|(_, c)| **c).unwrap_or((0, &0));
    if total == 0 || hits * 20 < total {
        return Language::Unknown;
    }
    [Language::English, Language::French, Language::Spanish, Language::German][best]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_for_binary_search() {
        for list in LISTS {
            let mut sorted = list.to_vec();
            crate::sort::sort(&mut sorted);
            sorted.dedup();
            assert_eq!(sorted, list.to_vec());
        }
    }

    #[test]
    fn stop_words_are_looked_up_per_language() {
        assert!(is_stopword_in(Language::English, "the"));
        assert!(is_stopword_in(Language::Unknown, "the"));
        assert!(!is_stopword_in(Language::French, "the"));
        assert!(is_stopword_in(Language::French, "le"));
        assert!(is_stopword_in(Language::German, "und"));
        assert!(!is_stopword_in(Language::English, "cathedral"));
        for (i, list) in LISTS.iter().enumerate() {
            for word in list.iter() {
                assert_ne!(languages_of(word) & (1 << i), 0, "{word}");
            }
        }
    }

    #[test]
    fn language_is_guessed_from_function_words() {
        let fr = "le feu a ravage la cathedrale dans la nuit et les pompiers sont arrives";
        assert_eq!(guess_language(fr.split(' ')), Language::French);
        let es = "la seleccion de espana gano la final en sidney con un gol de carmona";
        assert_eq!(guess_language(es.split(' ')), Language::Spanish);
        let en = "the leaders met in paris on tuesday and they said that it was important";
        assert_eq!(guess_language(en.split(' ')), Language::English);
    }
}
