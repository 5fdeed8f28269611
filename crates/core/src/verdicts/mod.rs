//! The reader's judgement: verdicts that correct the analysis where the reader knows better.
//!
//! No matcher is right every time, and a fact-checker signs what they publish. A [`Verdict`] says that
//! two sentences report the same information (a match the analysis missed or only called related) or
//! that they do not (a wrong match); that two names are one person, or that a spelling grouped with a
//! person is someone else; that a difference is none; or who
//! said a quotation — each with an optional note. Verdicts are part of the corpus (stored with it,
//! written to the corpus file) and are applied where the analysis makes each decision, so agreement,
//! facts, the Overview, People, Quotes, Differences and the report all follow them:
//! - `pairs.rs`: sentence pairs, right after matching (before facts and agreement);
//! - `claims.rs`: names after entity grouping, speakers after quotation finding (both before the
//!   differences are found), and dismissed differences last;
//! - `reading.rs`: verdicts read back from JSON.
//!
//! A sentence or quotation is named by its article (position in the corpus) and its exact text, never
//! by offsets alone, so a verdict survives edits elsewhere in the article and is recognised as no
//! longer applying when its words changed or its article was removed. Such a verdict is kept and
//! reported with the reason ([`VerdictOutcome`]), never dropped. When two verdicts are about the same
//! thing, the later one counts.

use crate::claims::discrepancies::DiscrepancyKind;
use serde::{Deserialize, Serialize};

mod claims;
mod pairs;
mod reading;

pub use claims::{apply_to_discrepancies, apply_to_entities, apply_to_quotes};
pub use pairs::apply_to_pairs;

/// A sentence (or a quotation) as a verdict names it: its article's position in the corpus and its
/// exact text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentenceRef {
    pub doc: usize,
    pub text: String,
}

/// What the reader decided, with their note.
/// Read back by hand (`reading.rs`); written by serde.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "verdict", rename_all = "snake_case")]
pub enum Verdict {
    /// The two sentences report the same information: they confirm each other.
    SameFact {
        a: SentenceRef,
        b: SentenceRef,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        note: String,
    },
    /// The two sentences do not report the same information: never counted as confirmation.
    DifferentFacts {
        a: SentenceRef,
        b: SentenceRef,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        note: String,
    },
    /// The two names (People rows) are one person: their rows are merged and their spellings and
    /// titles compared.
    SamePerson {
        a: String,
        b: String,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        note: String,
    },
    /// One spelling of a People row is another person: it is split off as a row of its own (with
    /// its mentions and titles), and no longer compared with the row's other spellings.
    DifferentPeople {
        name: String,
        spelling: String,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        note: String,
    },
    /// A difference that is none (two counts of different things, a weekday of another event): kept
    /// apart from the differences, in the export and the report as the reader's verdict.
    NotADifference {
        kind: DiscrepancyKind,
        subject: String,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        note: String,
    },
    /// Who said a quotation (`""`: the article does not say; shown as unattributed).
    SpeakerIs {
        quote: SentenceRef,
        speaker: String,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        note: String,
    },
}

impl Verdict {
    /// The two sentences a verdict on a sentence pair is about.
    pub fn sentences(&self) -> Option<(&SentenceRef, &SentenceRef)> {
        match self {
            Verdict::SameFact { a, b, .. } | Verdict::DifferentFacts { a, b, .. } => Some((a, b)),
            _ => None,
        }
    }

    /// The reader's note ("" when none).
    pub fn note(&self) -> &str {
        match self {
            Verdict::SameFact { note, .. }
            | Verdict::DifferentFacts { note, .. }
            | Verdict::SamePerson { note, .. }
            | Verdict::DifferentPeople { note, .. }
            | Verdict::NotADifference { note, .. }
            | Verdict::SpeakerIs { note, .. } => note,
        }
    }

    /// The same verdict with another note.
    pub fn with_note(mut self, new: impl Into<String>) -> Verdict {
        match &mut self {
            Verdict::SameFact { note, .. }
            | Verdict::DifferentFacts { note, .. }
            | Verdict::SamePerson { note, .. }
            | Verdict::DifferentPeople { note, .. }
            | Verdict::NotADifference { note, .. }
            | Verdict::SpeakerIs { note, .. } => *note = new.into(),
        }
        self
    }

    /// Whether it says two sentences report the same information.
    pub fn same(&self) -> bool {
        matches!(self, Verdict::SameFact { .. })
    }

    /// Whether `other` is about the same thing (the same pair, names, difference or quotation), so
    /// that it replaces this one.
    pub fn same_subject(&self, other: &Verdict) -> bool {
        match (self, other) {
            (Verdict::SameFact { a, b, .. } | Verdict::DifferentFacts { a, b, .. }, _) => {
                other.sentences().is_some_and(|(x, y)| (x == a && y == b) || (x == b && y == a))
            }
            (Verdict::SamePerson { a, b, .. }, Verdict::SamePerson { a: x, b: y, .. }) => {
                (x == a && y == b) || (x == b && y == a)
            }
            (Verdict::DifferentPeople { spelling, .. }, Verdict::DifferentPeople { spelling: s, .. }) => spelling == s,
            (Verdict::NotADifference { kind, subject, .. }, Verdict::NotADifference { kind: k, subject: s, .. }) => {
                kind == k && subject == s
            }
            (Verdict::SpeakerIs { quote, .. }, Verdict::SpeakerIs { quote: q, .. }) => quote == q,
            _ => false,
        }
    }

    /// The same verdict with its article positions changed by `map` (`None`: the article is gone, and
    /// the position becomes one no corpus has, so the verdict no longer applies).
    pub fn remapped(&self, map: impl Fn(usize) -> Option<usize>) -> Verdict {
        let re = |r: &SentenceRef| SentenceRef { doc: map(r.doc).unwrap_or(usize::MAX), text: r.text.clone() };
        match self {
            Verdict::SameFact { a, b, note } => Verdict::SameFact { a: re(a), b: re(b), note: note.clone() },
            Verdict::DifferentFacts { a, b, note } => {
                Verdict::DifferentFacts { a: re(a), b: re(b), note: note.clone() }
            }
            Verdict::SpeakerIs { quote, speaker, note } => {
                Verdict::SpeakerIs { quote: re(quote), speaker: speaker.clone(), note: note.clone() }
            }
            other => other.clone(),
        }
    }
}

/// How a verdict fared on the corpus as it is now. Read back by hand (`reading.rs`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VerdictOutcome {
    #[serde(flatten)]
    pub verdict: Verdict,
    /// The two sentences as `[doc, sentence]`, when both were found.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pair: Option<[[usize; 2]; 2]>,
    /// Why it no longer applies; `None` when it does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub no_longer_applies: Option<String>,
}

impl VerdictOutcome {
    pub fn applies(&self) -> bool {
        self.no_longer_applies.is_none()
    }
}
