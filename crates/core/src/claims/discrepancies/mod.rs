//! Where sources disagree: a different count for the same thing or a different weekday in sentences
//! that report the same information, a different title or role for the same person, a different
//! spelling of one name, and a quote worded differently or given to a different speaker. Each
//! discrepancy names the values, which sources say each, and the sentences, and the list is ranked so
//! the substantive kinds (numbers, days, roles) come before spelling.
//!
//! - [`values`]: counts, days and dates in sentences reporting the same information; [`days`]: which
//!   days and dates conflict.
//! - [`names`]: titles, spellings of people's names, places and organisations written two ways.
//! - [`quotes`]: quote wording and quote speakers.

mod days;
mod measured;
mod names;
mod quotes;
mod values;

use names::{entity_conflicts, place_spellings};
use quotes::quote_conflicts;
use values::fact_conflicts;

use crate::align::pairs::Alignment;
use crate::claims::entities::Entity;
use crate::claims::quantities::Count;
use crate::claims::quotes::Quote;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// What kind of disagreement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DiscrepancyKind {
    Count,
    Weekday,
    Date,
    Title,
    QuoteSpeaker,
    QuoteWording,
    Spelling,
}

/// One of the differing values and who gives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiscrepancyValue {
    pub value: String,
    pub sources: Vec<usize>,
    pub sentences: Vec<[usize; 2]>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Discrepancy {
    pub kind: DiscrepancyKind,
    /// What the sources disagree about, in plain words ("the weekday of: Leaders … met in Paris").
    pub subject: String,
    pub values: Vec<DiscrepancyValue>,
    /// When every source giving it is one story and the values follow each other in time: the
    /// sequence (an earlier version, not a contradiction). See `time/timeline.rs`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub over_time: Option<crate::time::OverTime>,
}

impl Discrepancy {
    /// A word for the reader when the values may be one figure at different moments: a toll (killed,
    /// injured, missing, rescued…) rises or falls as a story develops, and sources written hours apart
    /// give different figures without contradicting each other. None when the values are already
    /// shown in time order (`over_time`).
    pub fn caution(&self) -> Option<&'static str> {
        (self.kind == DiscrepancyKind::Count && self.over_time.is_none() && is_developing_toll(&self.subject))
            .then_some(
                "A toll like this changes as a story develops: sources written at different times give different \
                 figures. Check when each was published before calling it a contradiction.",
            )
    }
}

/// What happened to the counted, the words a count's subject ends with for it ("How many people
/// killed"), and whether that figure moves as a story develops (a toll; how many live somewhere does
/// not).
const OUTCOMES: &[(&str, &str, bool)] = &[
    ("killed", " killed", true),
    ("injured", " injured", true),
    ("missing", " missing", true),
    ("rescued", " rescued", true),
    ("displaced", " displaced or evacuated", true),
    ("arrested", " arrested", true),
    ("trapped", " trapped", true),
    ("survived", " survived", true),
    ("living", " living there", false),
    ("without power", " without power", true),
];

/// The words a count's subject ends with for what happened to the counted.
pub(super) fn outcome_words(outcome: &str) -> Option<&'static str> {
    OUTCOMES.iter().find(|o| o.0 == outcome).map(|o| o.1)
}

/// Whether a count's subject is a toll that moves as a story develops ([`OUTCOMES`]).
fn is_developing_toll(subject: &str) -> bool {
    subject.starts_with("How many ") && OUTCOMES.iter().any(|&(_, words, toll)| toll && subject.ends_with(words))
}

/// Everything the finder needs about one sentence.
pub struct SentenceInfo<'a> {
    pub at: (usize, usize),
    pub text: &'a str,
    /// The sentence's counts, weekdays and dates, read once for both the export and the comparison.
    pub counts: Vec<Count>,
    pub weekdays: Vec<&'static str>,
    pub dates: Vec<String>,
}

/// Collects values into a discrepancy (grouped by value, sources and sentences sorted).
pub(super) fn collect(
    kind: DiscrepancyKind,
    subject: String,
    items: Vec<(String, (usize, usize))>,
) -> Option<Discrepancy> {
    // Sets: one value may be stated in thousands of sentences (copies of a paragraph).
    let mut by_value: BTreeMap<String, (BTreeSet<usize>, BTreeSet<[usize; 2]>)> = BTreeMap::new();
    for (value, at) in items {
        let entry = by_value.entry(value).or_default();
        entry.0.insert(at.0);
        entry.1.insert([at.0, at.1]);
    }
    if by_value.len() < 2 {
        return None;
    }
    let mut values: Vec<DiscrepancyValue> = by_value
        .into_iter()
        .map(|(value, (sources, sentences))| DiscrepancyValue {
            value,
            sources: sources.into_iter().collect(),
            sentences: sentences.into_iter().collect(),
        })
        .collect();
    crate::sort::sort_by(&mut values, |a, b| b.sources.len().cmp(&a.sources.len()).then(a.value.cmp(&b.value)));
    Some(Discrepancy { kind, subject, values, over_time: None })
}

pub(super) fn union_find_groups(nodes: usize, edges: &[(usize, usize)]) -> Vec<Vec<usize>> {
    let mut sets = crate::union_find::UnionFind::new(nodes);
    for &(a, b) in edges {
        sets.union(a, b);
    }
    sets.groups().into_iter().filter(|g| g.len() > 1).collect()
}

pub(super) fn short(text: &str) -> String {
    crate::text::document::shorten_words(text, 90)
}

// The discrepancies come in two parts that read nothing of each other (the analysis works them out
// at once, with the `threads` feature): what aligned sentences state differently, and what the
// sources write differently of a name or a quotation; `merged` orders them as one list.

/// What aligned sentences state differently: their counts, days, dates and the like.
pub fn fact_discrepancies(sentences: &[SentenceInfo], alignments: &[Alignment]) -> Vec<Discrepancy> {
    let mut out = Vec::new();
    fact_conflicts(sentences, alignments, &mut out);
    out
}

/// What the sources write differently of one name (spellings, titles, places) or quotation (wording).
/// The quotes must have been numbered into their groups (`quotation_groups::number_groups`).
pub fn name_discrepancies(entities: &[Entity], quotes: &[Quote]) -> Vec<Discrepancy> {
    let mut out = Vec::new();
    entity_conflicts(entities, &mut out);
    place_spellings(entities, &mut out);
    quote_conflicts(quotes, &mut out);
    out
}

/// Both kinds in one list, most substantive kinds first, then the most widely involved.
pub fn merged(mut facts: Vec<Discrepancy>, names: Vec<Discrepancy>) -> Vec<Discrepancy> {
    facts.extend(names);
    crate::sort::sort_by(&mut facts, |a, b| {
        let sources = |d: &Discrepancy| d.values.iter().map(|v| v.sources.len()).sum::<usize>();
        a.kind.cmp(&b.kind).then(sources(b).cmp(&sources(a))).then(a.subject.cmp(&b.subject))
    });
    facts
}
