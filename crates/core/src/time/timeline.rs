//! The story's time: the dated articles in order, which source reported each fact first, and numbers
//! that changed across versions of one story.
//!
//! News is updated through the day: copies of one wire story, or one outlet's updates, may carry a
//! death toll that rises from version to version. Read side by side those versions look like sources
//! that contradict each other; read in time order they are one story changing. A difference is called
//! a change over time ([`OverTime`]) only when every source giving it is dated, all of them are one
//! story (one family of copied text, or one outlet), and each change of value comes strictly later
//! than the value before it. Otherwise it stays a difference: the analysis says less rather than
//! explain away a real contradiction.

use super::when::{parse_when, When};
use crate::claims::discrepancies::Discrepancy;
use crate::model::{Fact, Family};
use serde::{Deserialize, Serialize};

/// One dated article in the timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimelineEntry {
    pub doc: usize,
    /// "2020-08-04" or "2020-08-04 17:05".
    pub when: String,
    /// Facts this article reported first: no dated article reporting them is earlier, and one is later.
    pub first_facts: Vec<usize>,
}

/// One value of a changing number, and the versions that gave it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeStep {
    /// When the first version giving it appeared.
    pub when: String,
    pub value: String,
    pub docs: Vec<usize>,
}

/// A difference explained by time: the value as it changed, earliest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OverTime {
    /// "one story's copies" (shared text) or "one outlet's updates".
    pub story: String,
    pub steps: Vec<TimeStep>,
}

/// The dated articles in time order (undated ones are left out; none when fewer than two are dated).
/// Each article's publication time, when its date can be read (read once for [`timeline`] and
/// [`explain_by_time`]).
pub fn publication_times(dates: &[Option<String>]) -> Vec<Option<When>> {
    dates.iter().map(|d| d.as_deref().and_then(parse_when)).collect()
}

pub fn timeline(when: &[Option<When>], facts: &[Fact]) -> Vec<TimelineEntry> {
    let mut dated: Vec<usize> = (0..when.len()).filter(|&d| when[d].is_some()).collect();
    if dated.len() < 2 {
        return Vec::new();
    }
    crate::sort::sort_by_key(&mut dated, |&d| (when[d].map(When::sort_key), d));
    let mut firsts: Vec<Vec<usize>> = vec![Vec::new(); when.len()];
    for fact in facts {
        let times: Vec<(usize, When)> =
            fact.documents.iter().filter_map(|&d| Some((d, when.get(d).copied()??))).collect();
        let is_first = |t: When| !times.iter().any(|(_, o)| o.before(t));
        if !times.iter().any(|(_, t)| !is_first(*t)) {
            continue; // no version is later: nothing came first
        }
        for &(d, t) in &times {
            if is_first(t) {
                firsts[d].push(fact.id);
            }
        }
    }
    dated
        .into_iter()
        .map(|doc| TimelineEntry {
            doc,
            when: when[doc].map(When::describe).unwrap_or_default(),
            first_facts: std::mem::take(&mut firsts[doc]),
        })
        .collect()
}

/// Marks the differences that are one story's number changing over time (see the module doc).
pub fn explain_by_time(
    when: &[Option<When>],
    outlets: &[Option<String>],
    families: &[Family],
    discrepancies: &mut [Discrepancy],
) {
    let family_of = |d: usize| families.iter().find(|f| f.documents.contains(&d)).map(|f| f.id);
    for discrepancy in discrepancies.iter_mut() {
        let mut docs: Vec<usize> = discrepancy.values.iter().flat_map(|v| v.sources.iter().copied()).collect();
        crate::sort::sort(&mut docs);
        docs.dedup();
        if docs.len() < 2 || docs.iter().any(|&d| when.get(d).copied().flatten().is_none()) {
            continue;
        }
        let one_family = docs.iter().all(|&d| family_of(d).is_some() && family_of(d) == family_of(docs[0]));
        let outlet =
            |d: usize| outlets.get(d).cloned().flatten().map(|o| o.trim().to_lowercase()).filter(|o| !o.is_empty());
        let one_outlet = outlet(docs[0]).is_some() && docs.iter().all(|&d| outlet(d) == outlet(docs[0]));
        let story = match (one_family, one_outlet) {
            (true, _) => "one story's copies",
            (false, true) => "one outlet's updates",
            _ => continue,
        };
        crate::sort::sort_by_key(&mut docs, |&d| (when[d].map(When::sort_key), d));
        // Each version's value: the first it gives with a figure in it, else its first.
        let value_of = |d: usize| {
            let given: Vec<&str> =
                discrepancy.values.iter().filter(|v| v.sources.contains(&d)).map(|v| v.value.as_str()).collect();
            given.iter().find(|v| v.chars().any(|c| c.is_ascii_digit())).or(given.first()).map(|v| v.to_string())
        };
        let mut steps: Vec<(When, TimeStep)> = Vec::new();
        let mut ordered = true;
        for &d in &docs {
            let (Some(value), Some(t)) = (value_of(d), when[d]) else { continue };
            match steps.last_mut() {
                Some((_, step)) if step.value == value => step.docs.push(d),
                Some((last, _)) if !last.before(t) => ordered = false,
                _ => steps.push((t, TimeStep { when: t.describe(), value, docs: vec![d] })),
            }
            if let Some((last, _)) = steps.last_mut() {
                // A step's time is its latest version, so the next change must come after all of them.
                if last.before(t) {
                    *last = t;
                }
            }
        }
        if ordered && steps.len() >= 2 {
            discrepancy.over_time =
                Some(OverTime { story: story.to_string(), steps: steps.into_iter().map(|(_, s)| s).collect() });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::discrepancies::{DiscrepancyKind, DiscrepancyValue};

    fn toll(values: &[(&str, &[usize])]) -> Discrepancy {
        Discrepancy {
            kind: DiscrepancyKind::Count,
            subject: "How many people killed".into(),
            values: values
                .iter()
                .map(|(v, s)| DiscrepancyValue { value: v.to_string(), sources: s.to_vec(), sentences: vec![] })
                .collect(),
            over_time: None,
        }
    }

    fn dates(d: &[&str]) -> Vec<Option<When>> {
        publication_times(&d.iter().map(|s| (!s.is_empty()).then(|| s.to_string())).collect::<Vec<_>>())
    }

    #[test]
    fn one_wire_storys_rising_toll_is_a_sequence_not_a_contradiction() {
        let family = [Family { id: 0, documents: vec![0, 1, 2] }];
        let mut d = [toll(&[("37 killed", &[2]), ("54 killed", &[0]), ("69 killed", &[1])])];
        let when = dates(&["2026-03-02 09:00", "2026-03-02 13:30", "2026-03-02 07:10Z"]);
        explain_by_time(&when, &[None, None, None], &family, &mut d);
        let over = d[0].over_time.as_ref().expect("a change over time");
        assert_eq!(over.story, "one story's copies");
        let seq: Vec<(&str, &str)> = over.steps.iter().map(|s| (s.when.as_str(), s.value.as_str())).collect();
        assert_eq!(
            seq,
            vec![
                ("2026-03-02 07:10", "37 killed"),
                ("2026-03-02 09:00", "54 killed"),
                ("2026-03-02 13:30", "69 killed")
            ]
        );
    }

    #[test]
    fn different_stories_undated_or_unordered_versions_stay_a_difference() {
        let one = [Family { id: 0, documents: vec![0, 1] }];
        let two = [Family { id: 0, documents: vec![0] }, Family { id: 1, documents: vec![1] }];
        let d = || [toll(&[("37 killed", &[0]), ("54 killed", &[1])])];
        let cases: [(&[Family], Vec<Option<When>>); 4] = [
            (&two, dates(&["2026-03-02 07:00", "2026-03-02 09:00"])),
            (&one, dates(&["2026-03-02 07:00", ""])),
            (&one, dates(&["2026-03-02", "2026-03-02 09:00"])),
            (&one, dates(&["2026-03-02 09:00", "2026-03-02 09:00"])),
        ];
        for (families, when) in cases {
            let mut x = d();
            explain_by_time(&when, &[None, None], families, &mut x);
            assert_eq!(x[0].over_time, None, "{when:?}");
        }
        // The same outlet's updates are one story even without shared text.
        let mut x = d();
        let outlets = [Some("Coastal Wire".to_string()), Some("coastal wire ".to_string())];
        explain_by_time(&dates(&["2026-03-02", "2026-03-03"]), &outlets, &two, &mut x);
        assert_eq!(x[0].over_time.as_ref().map(|o| o.story.as_str()), Some("one outlet's updates"));
    }

    #[test]
    fn the_first_source_of_each_fact_is_named_and_ties_are_shared() {
        let facts = [
            Fact { id: 0, sentences: vec![], documents: vec![0, 1, 2] },
            Fact { id: 1, sentences: vec![], documents: vec![1, 2] },
            Fact { id: 2, sentences: vec![], documents: vec![0, 3] },
        ];
        let entries = timeline(&dates(&["2026-03-02 09:00", "2026-03-02 07:00", "2026-03-02 07:00", ""]), &facts);
        let order: Vec<(usize, &str, Vec<usize>)> =
            entries.iter().map(|e| (e.doc, e.when.as_str(), e.first_facts.clone())).collect();
        assert_eq!(
            order,
            vec![(1, "2026-03-02 07:00", vec![0]), (2, "2026-03-02 07:00", vec![0]), (0, "2026-03-02 09:00", vec![])],
            "fact 1 came at one time in both; fact 2 has one dated source; the undated article is left out"
        );
        assert!(timeline(&dates(&["2026-03-02", "", ""]), &facts).is_empty(), "one dated article is no timeline");
    }
}
