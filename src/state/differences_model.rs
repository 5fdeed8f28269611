//! The Differences page as plain data: the kind filters with their counts, and each discrepancy (in the
//! core's order, most substantive first) with its kind in plain words, a one-line summary, and each value
//! with its sources and the sentence a click opens; and the differences the reader dismissed ("not a
//! difference"), with the verdict and its note, listed apart.

use crate::state::links::SentenceRef;
use parallax_core::{Analysis, Discrepancy, DiscrepancyKind, Verdict};

/// Every kind, in the order the filters show them.
pub const KINDS: [DiscrepancyKind; 7] = [
    DiscrepancyKind::Count,
    DiscrepancyKind::Weekday,
    DiscrepancyKind::Date,
    DiscrepancyKind::Title,
    DiscrepancyKind::QuoteSpeaker,
    DiscrepancyKind::QuoteWording,
    DiscrepancyKind::Spelling,
];

/// Plain words for a kind.
pub fn kind_label(kind: DiscrepancyKind) -> &'static str {
    match kind {
        DiscrepancyKind::Count => "Numbers",
        DiscrepancyKind::Weekday => "Days",
        DiscrepancyKind::Date => "Dates",
        DiscrepancyKind::Title => "Titles and roles",
        DiscrepancyKind::QuoteSpeaker => "Quote speakers",
        DiscrepancyKind::QuoteWording => "Quote wording",
        DiscrepancyKind::Spelling => "Spellings",
    }
}

/// The family a kind is drawn in: numbers, roles or wording.
pub fn kind_family(kind: DiscrepancyKind) -> &'static str {
    match kind {
        DiscrepancyKind::Count | DiscrepancyKind::Weekday | DiscrepancyKind::Date => "number",
        DiscrepancyKind::Title | DiscrepancyKind::QuoteSpeaker => "role",
        DiscrepancyKind::QuoteWording | DiscrepancyKind::Spelling => "wording",
    }
}

/// "3 sources say Tuesday, 1 says Monday, 1 says Thursday".
pub fn summary(d: &Discrepancy) -> String {
    d.values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let n = v.sources.len();
            let verb = if n == 1 { " says " } else { " say " };
            let noun = match (i, n) {
                (0, 1) => " source",
                (0, _) => " sources",
                _ => "",
            };
            format!("{n}{noun}{verb}{}", v.value)
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A filter chip: the kind (`None` for all), its label with the count, and whether it has entries.
#[derive(Debug, Clone, PartialEq)]
pub struct Filter {
    pub kind: Option<DiscrepancyKind>,
    pub label: String,
    pub empty: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ValueRow {
    pub value: String,
    pub sources: Vec<usize>,
    /// The first sentence stating the value, and its text (shown on hover).
    pub at: Option<SentenceRef>,
    pub sentence: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DifferenceCard {
    pub kind: DiscrepancyKind,
    pub kind_label: &'static str,
    pub family: &'static str,
    pub subject: String,
    pub summary: String,
    pub values: Vec<ValueRow>,
    /// "Changed over time in one story's copies: 37 killed (07:10) → 54 killed (09:00)": the values are
    /// versions of one story in time order, not sources contradicting each other.
    pub over_time: Option<String>,
    /// A toll that moves as a story develops, not shown in time order: the reader is asked to check
    /// when each source was written (`Discrepancy::caution`).
    pub caution: Option<&'static str>,
    /// The "not a difference" verdict: the one to give (note empty) on a difference, the reader's own
    /// (with its note) on a dismissed one.
    pub verdict: Verdict,
}

/// The filter chips, "All" first.
pub fn filters(analysis: &Analysis) -> Vec<Filter> {
    let all = &analysis.discrepancies;
    std::iter::once(None)
        .chain(KINDS.iter().copied().map(Some))
        .map(|kind| {
            let count = all.iter().filter(|d| kind.is_none_or(|k| d.kind == k)).count();
            Filter { kind, label: format!("{} ({count})", kind.map_or("All", kind_label)), empty: count == 0 }
        })
        .collect()
}

/// The cards shown under `filter` (`None`: every kind).
pub fn cards(analysis: &Analysis, filter: Option<DiscrepancyKind>) -> Vec<DifferenceCard> {
    analysis.discrepancies.iter().filter(|d| filter.is_none_or(|k| d.kind == k)).map(|d| card(analysis, d)).collect()
}

/// The differences the reader dismissed, each with their verdict (and note).
pub fn dismissed_cards(analysis: &Analysis) -> Vec<DifferenceCard> {
    analysis
        .dismissed
        .iter()
        .map(|d| {
            let mut card = card(analysis, d);
            if let Some(own) =
                analysis.verdicts.iter().rev().map(|o| &o.verdict).find(|v| v.same_subject(&card.verdict))
            {
                card.verdict = own.clone();
            }
            card
        })
        .collect()
}

fn card(analysis: &Analysis, d: &Discrepancy) -> DifferenceCard {
    DifferenceCard {
        kind: d.kind,
        kind_label: kind_label(d.kind),
        family: kind_family(d.kind),
        subject: d.subject.clone(),
        summary: summary(d),
        values: d
            .values
            .iter()
            .map(|v| {
                let at = v.sentences.first().map(|s| (s[0], s[1]));
                ValueRow {
                    value: v.value.clone(),
                    sources: v.sources.clone(),
                    at,
                    sentence: at.and_then(|at| analysis.sentence(at)).map(|s| s.text.clone()).unwrap_or_default(),
                }
            })
            .collect(),
        verdict: Verdict::NotADifference { kind: d.kind, subject: d.subject.clone(), note: String::new() },
        caution: d.caution(),
        over_time: d.over_time.as_ref().map(|o| {
            let steps: Vec<String> = o.steps.iter().map(|s| format!("{} ({})", s.value, s.when)).collect();
            format!("Changed over time in {}: {} — earlier versions, not a contradiction.", o.story, steps.join(" → "))
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::test_corpus::paris;
    use parallax_core::DiscrepancyValue;

    #[test]
    fn the_summary_reads_as_plain_words() {
        let v = |value: &str, sources: Vec<usize>| DiscrepancyValue { value: value.into(), sources, sentences: vec![] };
        let d = Discrepancy {
            kind: DiscrepancyKind::Weekday,
            subject: "The day of the meeting".into(),
            values: vec![v("Tuesday", vec![1, 3, 4]), v("Monday", vec![0]), v("Thursday", vec![2])],
            over_time: None,
        };
        assert_eq!(summary(&d), "3 sources say Tuesday, 1 says Monday, 1 says Thursday");
    }

    #[test]
    fn the_meeting_day_card_opens_each_source_s_own_sentence() {
        // Read in the texts: A says the leaders met "on Monday", C "on Thursday", B, D and E "on Tuesday".
        let (analysis, _) = paris();
        let days = cards(&analysis, Some(DiscrepancyKind::Weekday));
        let card = days.iter().find(|c| c.values.iter().any(|v| v.value == "Monday")).expect("a weekday card");
        assert_eq!(card.kind_label, "Days");
        assert_eq!(card.caution, None, "a day is no toll that moves with time");
        for v in &card.values {
            assert!(v.sentence.contains(&v.value), "{} opens a sentence saying it: {}", v.value, v.sentence);
            assert_eq!(v.at.map(|at| at.0), v.sources.first().copied());
        }
        let chips = filters(&analysis);
        assert_eq!(chips[0].label, format!("All ({})", analysis.discrepancies.len()));
        let day_chip = chips.iter().find(|f| f.kind == Some(DiscrepancyKind::Weekday)).unwrap();
        assert_eq!(day_chip.label, format!("Days ({})", days.len()));
    }
}
