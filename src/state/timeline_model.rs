//! The Timeline page as plain data: the dated articles in time order, each with the facts it reported
//! first (their sentences in that article, to open), and the numbers that changed across versions of
//! one story, as sequences ("37 killed → 54 killed → 69 killed").

use crate::state::links::SentenceRef;
use parallax_core::Analysis;

#[derive(Debug, Clone, PartialEq)]
pub struct TimelineRow {
    pub doc: usize,
    pub when: String,
    pub label: String,
    /// The article's own sentence for each fact it reported first.
    pub firsts: Vec<(SentenceRef, String)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChangeRow {
    pub subject: String,
    pub story: String,
    /// "37 killed (2026-03-02 07:10, A)" for each step, earliest first.
    pub steps: Vec<String>,
}

/// The articles in time order (empty when fewer than two are dated).
pub fn timeline_rows(analysis: &Analysis) -> Vec<TimelineRow> {
    analysis
        .timeline
        .iter()
        .map(|e| TimelineRow {
            doc: e.doc,
            when: e.when.clone(),
            label: analysis.documents.get(e.doc).map_or(String::new(), |d| d.label.clone()),
            firsts: e
                .first_facts
                .iter()
                .filter_map(|&f| {
                    let fact = analysis.facts.get(f)?;
                    let [doc, i] = *fact.sentences.iter().find(|s| s[0] == e.doc)?;
                    Some(((doc, i), analysis.sentence((doc, i))?.text.clone()))
                })
                .collect(),
        })
        .collect()
}

/// The differences explained by time, as sequences.
pub fn changes(analysis: &Analysis, letter: impl Fn(usize) -> String) -> Vec<ChangeRow> {
    analysis
        .discrepancies
        .iter()
        .filter_map(|d| {
            let over = d.over_time.as_ref()?;
            Some(ChangeRow {
                subject: d.subject.clone(),
                story: over.story.clone(),
                steps: over
                    .steps
                    .iter()
                    .map(|s| {
                        let who = s.docs.iter().map(|&x| letter(x)).collect::<Vec<_>>().join(", ");
                        format!("{} ({}, {who})", s.value, s.when)
                    })
                    .collect(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use parallax_core::{analyze, ArticleMeta, SourceText};

    fn dated(file: &str, date: &str, text: &str) -> SourceText {
        SourceText::with_meta(ArticleMeta { date: Some(date.into()), ..ArticleMeta::file(file) }, text)
    }

    #[test]
    fn versions_of_one_wire_story_read_in_time_order_with_the_toll_rising() {
        // Three versions of one wire story written for this test: the same wording, the toll updated.
        let body = |n: &str| {
            format!(
                "Ferry capsizes off Lamu\n{n} people were killed when a ferry capsized off the coast of Lamu on \
                 Tuesday, the coast guard said, as rescuers searched the water for survivors through the night.\n\
                 The ferry was carrying traders and schoolchildren to the mainland market when it overturned in rough seas \
                 about two kilometres from the harbour, witnesses told reporters at the scene."
            )
        };
        let analysis = analyze(&[
            dated("late.txt", "2026-03-03 18:00", &body("54")),
            dated("early.txt", "2026-03-03 07:10", &body("37")),
            dated("next-day.txt", "2026-03-04", &format!("{}\nNew: the captain was arrested.", body("69"))),
        ]);
        let rows = timeline_rows(&analysis);
        let order: Vec<(usize, &str)> = rows.iter().map(|r| (r.doc, r.when.as_str())).collect();
        assert_eq!(order, vec![(1, "2026-03-03 07:10"), (0, "2026-03-03 18:00"), (2, "2026-03-04")]);
        assert!(!rows[0].firsts.is_empty(), "the earliest version reported the shared facts first");
        assert!(rows[1].firsts.is_empty() && rows[2].firsts.is_empty());
        let changes = changes(&analysis, |d| ["A", "B", "C"][d].to_string());
        assert_eq!(changes.len(), 1, "{:?}", analysis.discrepancies);
        assert_eq!(changes[0].story, "one story's copies");
        let values: Vec<&str> = changes[0].steps.iter().map(|s| s.split(" (").next().unwrap()).collect();
        assert_eq!(values.len(), 3, "{:?}", changes[0].steps);
        assert!(values[0].contains("37") && values[1].contains("54") && values[2].contains("69"), "{values:?}");
    }
}
