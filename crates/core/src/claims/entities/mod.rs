//! People, organisations and places named in the articles, found without any network call: runs of
//! capitalised words, title and role cues ("French President", "U.S. envoy", "Chancellor"), a small
//! gazetteer of countries and capitals, and organisation cues. Mentions of one person are grouped across
//! sources — full names, surname-only mentions ("Macron" with "Emmanuel Macron") and transliteration
//! variants ("Zelenskyy / Zelenskiy / Zelensky") — by a transliteration key and Jaro–Winkler similarity
//! (`strsim`), with a guard that keeps apart people whose first names differ.
//!
//! Hand-written because no maintained Rust NER crate works offline without a model download; the rules
//! are news-specific and small.
//!
//! - [`lexicon`]: the word lists (titles, organisations, places, openers).
//! - [`languages`]: what opens a clause, and a participle, in French, Spanish and German articles.
//! - [`mentions`]: capitalised runs → typed mentions with their titles.
//! - [`titles`]: the title cues around a name.
//! - [`grouping`]: mentions → entities across sources, and the surname key.
//! - [`merging`]: names the corpus shows to be one person ("… of Bethel Park", a middle name first,
//!   a name in the other order).
//! - [`not_names`]: events, documents and common abbreviations: capitalised, yet no entity to list.

mod grouping;
mod languages;
mod lexicon;
mod mentions;
mod merging;
mod not_names;
mod titles;

#[cfg(test)]
pub use grouping::find_entities;
pub use grouping::{group_mentions, surname_key};
pub(crate) use grouping::{is_regnal, without_regnal};
pub(crate) use lexicon::{is_qualifier, is_title_word, OTHER_ROLE_WORDS, TITLE_MODIFIERS};
pub use mentions::mentions_in;
pub(crate) use mentions::RawMention;

use serde::{Deserialize, Serialize};

/// What an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organisation,
    Place,
    Other,
}

/// One mention of an entity in a sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub doc: usize,
    pub sentence: usize,
    /// Byte offsets of the name (without its title) in the document.
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// The title or role written with it ("French President", "U.S. envoy"), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}

/// A spelling of an entity and the sources that use it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Variant {
    pub text: String,
    pub sources: Vec<usize>,
}

/// A title given to a person and the sources that give it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TitleUse {
    pub title: String,
    pub sources: Vec<usize>,
}

/// An entity across the corpus.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    pub id: usize,
    /// The fullest, most used form of the name.
    pub name: String,
    pub kind: EntityKind,
    pub variants: Vec<Variant>,
    pub titles: Vec<TitleUse>,
    pub mentions: Vec<Mention>,
}

impl Entity {
    /// Whether `name` is this entity's name or one of its spellings as written.
    pub fn is_named(&self, name: &str) -> bool {
        self.name == name || self.variants.iter().any(|v| v.text == name)
    }
}

/// A sentence handed to entity extraction.
pub struct SentenceText<'a> {
    pub doc: usize,
    pub index: usize,
    pub start: usize,
    pub text: &'a str,
    /// In a headline or subheading: title case there says nothing about names, so it is skipped.
    pub heading: bool,
    /// The sentence's words (UAX #29) with offsets relative to `text`.
    pub words: Vec<(usize, &'a str)>,
    /// The language of its document: which words open a clause and are no name ("Aunque", "Lorsque").
    pub language: crate::text::stopwords::Language,
}

#[cfg(test)]
mod language_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod title_and_group_tests;
