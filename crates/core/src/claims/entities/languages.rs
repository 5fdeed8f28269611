//! Names in French, Spanish and German articles: the words that open a clause there and are no
//! name's first word, and the endings of a participle that opens a sentence. Each list is read only
//! in a document of its language (a document's language is guessed from its function words,
//! `text/stopwords.rs`); the lists are kept sorted, a test checks it.

use crate::text::stopwords::Language;

/// Words that open a clause in French, Spanish and German articles and are no name's first word:
/// conjunctions, prepositions and adverbs of time, folded ("Aunque Portugal presionó…", "Lorsque
/// Macron…", "Nachdem Scholz…"). Read only in a document of that language: some are names elsewhere
/// ("Ayer", "Hier", "Durante"). Articles and the particles of names ("La", "Los", "De", "Der") are not
/// here: "Los Angeles", "La Paz", "Der Spiegel".
const FRENCH_OPENERS: &[&str] = &[
    "ainsi",
    "alors",
    "apres",
    "au",
    "aujourd'hui",
    "aussi",
    "aux",
    "avant",
    "avec",
    "car",
    "cependant",
    "certes",
    "chez",
    "comme",
    "contre",
    "dans",
    "depuis",
    "des",
    "desormais",
    "donc",
    "dont",
    "en",
    "encore",
    "enfin",
    "ensuite",
    "entre",
    "et",
    "hier",
    "lors",
    "lorsque",
    "mais",
    "malgre",
    "ou",
    "outre",
    "par",
    "parmi",
    "pendant",
    "pour",
    "pourtant",
    "puis",
    "quand",
    "sans",
    "selon",
    "si",
    "sous",
    "sur",
    "tandis",
    "toutefois",
    "vers",
];
const SPANISH_OPENERS: &[&str] = &[
    "ademas",
    "anoche",
    "ante",
    "antes",
    "asi",
    "aunque",
    "ayer",
    "como",
    "con",
    "contra",
    "cuando",
    "desde",
    "despues",
    "donde",
    "durante",
    "en",
    "entonces",
    "entre",
    "finalmente",
    "hasta",
    "hoy",
    "incluso",
    "luego",
    "mientras",
    "no",
    "para",
    "pero",
    "pese",
    "por",
    "porque",
    "segun",
    "si",
    "sin",
    "sobre",
    "tambien",
    "tras",
    "y",
    "ya",
];
const GERMAN_OPENERS: &[&str] = &[
    "aber",
    "als",
    "am",
    "auch",
    "auf",
    "aus",
    "bei",
    "beim",
    "bereits",
    "danach",
    "dann",
    "dass",
    "doch",
    "fur",
    "gegen",
    "gestern",
    "heute",
    "im",
    "in",
    "inzwischen",
    "jedoch",
    "laut",
    "mit",
    "nach",
    "nachdem",
    "obwohl",
    "oder",
    "ohne",
    "seit",
    "trotz",
    "uber",
    "um",
    "und",
    "unter",
    "vom",
    "vor",
    "wahrend",
    "weil",
    "wenn",
    "wie",
    "zudem",
    "zum",
    "zur",
    "zuvor",
];

/// Whether `word` (folded) opens a clause in a document in `language` and is no name: an English
/// function word, or an opener ([`opener_in`]).
pub(super) fn opens_clause_in(language: Language, word: &str) -> bool {
    super::lexicon::is_stopword(word) || opener_in(language, word)
}

/// Whether `word` (folded) is a sentence opener that is no name in a document in `language`: an English
/// one ("However", "Despite") in any document, or one of its own language's.
pub(super) fn opener_in(language: Language, word: &str) -> bool {
    super::lexicon::is_opener(word)
        || match language {
            Language::French => FRENCH_OPENERS.contains(&word),
            Language::Spanish => SPANISH_OPENERS.contains(&word),
            Language::German => GERMAN_OPENERS.contains(&word),
            Language::English | Language::Unknown => false,
        }
}

/// Whether `word` (folded, six letters or more) reads as a participle in a document in `language`:
/// "-ing" in any ("Citing", "Joining"), "-ant" in French ("Évoquant", "Soulignant"), "-ando" /
/// "-iendo" in Spanish ("Tomando", "Siendo").
pub(super) fn participle_form(language: Language, word: &str) -> bool {
    word.chars().count() >= 6
        && (word.ends_with("ing")
            || (language == Language::French && word.ends_with("ant"))
            || (language == Language::Spanish && (word.ends_with("ando") || word.ends_with("iendo"))))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_lists_are_sorted_and_folded() {
        for list in [super::FRENCH_OPENERS, super::SPANISH_OPENERS, super::GERMAN_OPENERS] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
            assert!(list.iter().all(|w| crate::text::normalize::fold(w) == *w), "{list:?}");
        }
    }
}
