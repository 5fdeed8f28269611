//! The Verdicts page as plain data: every verdict the reader gave on the corpus, in the order given,
//! with what it is about in words, its note, whether it still applies (and why not), the sentence
//! "Show in context" opens, and the filter it falls under.

use crate::state::links::SentenceRef;
use parallax_core::{Analysis, Verdict};

/// The filter chips of the Verdicts page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerdictFilter {
    All,
    /// Links and unlinks of sentences.
    Sentences,
    People,
    Speakers,
    Differences,
    /// Verdicts whose sentence, name, quotation or difference is not found any more.
    NoLongerApplies,
}

impl VerdictFilter {
    pub const EVERY: [VerdictFilter; 6] = [
        VerdictFilter::All,
        VerdictFilter::Sentences,
        VerdictFilter::People,
        VerdictFilter::Speakers,
        VerdictFilter::Differences,
        VerdictFilter::NoLongerApplies,
    ];

    pub fn label(self) -> &'static str {
        match self {
            VerdictFilter::All => "All",
            VerdictFilter::Sentences => "Sentences",
            VerdictFilter::People => "People",
            VerdictFilter::Speakers => "Speakers",
            VerdictFilter::Differences => "Differences",
            VerdictFilter::NoLongerApplies => "No longer applies",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct VerdictRow {
    /// "Same fact", "Not the same", "Same person", "Speaker", "Not a difference".
    pub kind: &'static str,
    /// What it is about, in words (the sentences with their sources, the names, the quotation…).
    pub about: Vec<String>,
    /// Why it no longer applies; `None` when it does.
    pub no_longer_applies: Option<String>,
    /// The sentence "Show in context" opens.
    pub at: Option<SentenceRef>,
    pub verdict: Verdict,
    pub filter: VerdictFilter,
}

/// Every verdict, in the order the reader gave them.
pub fn verdict_rows(analysis: &Analysis) -> Vec<VerdictRow> {
    let source = |doc: usize| analysis.documents.get(doc).map_or("a removed article".to_string(), |d| d.label.clone());
    analysis
        .verdicts
        .iter()
        .map(|outcome| {
            let verdict = outcome.verdict.clone();
            let (kind, filter, about, at) = match &verdict {
                Verdict::SameFact { a, b, .. } | Verdict::DifferentFacts { a, b, .. } => (
                    if verdict.same() { "Same fact" } else { "Not the same" },
                    VerdictFilter::Sentences,
                    vec![format!("“{}” — {}", a.text, source(a.doc)), format!("“{}” — {}", b.text, source(b.doc))],
                    outcome.pair.map(|[x, _]| (x[0], x[1])),
                ),
                Verdict::SamePerson { a, b, .. } => (
                    "Same person",
                    VerdictFilter::People,
                    vec![format!("“{a}” and “{b}” are one person")],
                    analysis
                        .entities
                        .iter()
                        .find(|e| e.is_named(a))
                        .and_then(|e| e.mentions.first())
                        .map(|m| (m.doc, m.sentence)),
                ),
                Verdict::DifferentPeople { name, spelling, .. } => (
                    "Different people",
                    VerdictFilter::People,
                    vec![format!("“{spelling}” is not “{name}”")],
                    analysis
                        .entities
                        .iter()
                        .find(|e| e.name == *spelling)
                        .and_then(|e| e.mentions.first())
                        .map(|m| (m.doc, m.sentence)),
                ),
                Verdict::SpeakerIs { quote, speaker, .. } => (
                    "Speaker",
                    VerdictFilter::Speakers,
                    vec![
                        format!("“{}” — {}", quote.text, source(quote.doc)),
                        if speaker.is_empty() { "unattributed".to_string() } else { format!("said by {speaker}") },
                    ],
                    analysis
                        .quotes
                        .iter()
                        .find(|q| q.doc == quote.doc && q.text == quote.text)
                        .map(|q| (q.doc, q.sentence)),
                ),
                Verdict::NotADifference { subject, .. } => (
                    "Not a difference",
                    VerdictFilter::Differences,
                    vec![subject.clone()],
                    analysis
                        .dismissed
                        .iter()
                        .find(|d| {
                            verdict.same_subject(&Verdict::NotADifference {
                                kind: d.kind,
                                subject: d.subject.clone(),
                                note: String::new(),
                            })
                        })
                        .and_then(|d| d.values.first()?.sentences.first().map(|s| (s[0], s[1]))),
                ),
            };
            let filter = if outcome.applies() { filter } else { VerdictFilter::NoLongerApplies };
            VerdictRow { kind, about, no_longer_applies: outcome.no_longer_applies.clone(), at, verdict, filter }
        })
        .collect()
}

/// The rows under `filter`.
pub fn filtered(rows: &[VerdictRow], filter: VerdictFilter) -> Vec<&VerdictRow> {
    rows.iter().filter(|r| filter == VerdictFilter::All || r.filter == filter).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use parallax_core::{analyze_judged, SentenceRef as At, SourceText};

    #[test]
    fn each_verdict_reads_as_words_opens_its_sentence_and_says_when_it_no_longer_applies() {
        let sources = [
            SourceText::new("a.txt", "Strike\nDock workers went on strike on Monday.\nThe mayor opened a library."),
            SourceText::new("b.txt", "Walkout\nDockers walked out on Monday.\nA library opened on Main Street."),
        ];
        let verdicts = vec![
            Verdict::SameFact {
                a: At { doc: 0, text: "The mayor opened a library.".into() },
                b: At { doc: 1, text: "A library opened on Main Street.".into() },
                note: "council minutes".into(),
            },
            Verdict::DifferentFacts {
                a: At { doc: 0, text: "A sentence since edited away.".into() },
                b: At { doc: 1, text: "Walkout".into() },
                note: String::new(),
            },
        ];
        let analysis = analyze_judged(&sources, &verdicts);
        let rows = verdict_rows(&analysis);
        assert_eq!(rows[0].kind, "Same fact");
        assert_eq!(rows[0].about[0], "“The mayor opened a library.” — Strike");
        assert_eq!(rows[0].at, Some((0, 2)));
        assert_eq!(rows[0].verdict.note(), "council minutes");
        assert_eq!(rows[1].filter, VerdictFilter::NoLongerApplies);
        assert!(rows[1].no_longer_applies.as_deref().unwrap().contains("is no longer in “Strike”"));
        assert_eq!(filtered(&rows, VerdictFilter::Sentences).len(), 1);
        assert_eq!(filtered(&rows, VerdictFilter::All).len(), 2);
    }
}
