//! Days and dates that disagree between sentences reporting the same information. Only sentences
//! naming exactly one weekday (or one date) take part, grouped through the alignments between them when
//! the day belongs to the same event in both (`values::event_context`); a group in which articles give
//! different ones, neither naming the other's anywhere, is a discrepancy.

use super::values::event_context;
use super::{collect, short, union_find_groups, Discrepancy, DiscrepancyKind, SentenceInfo};
use crate::align::pairs::Alignment;
use rustc_hash::FxHashMap;
use std::collections::{BTreeMap, BTreeSet};

/// Conflicts over one value per sentence (its weekday, its date): sentences that name exactly one are
/// grouped through the alignments between them, and a group naming two or more values is a discrepancy.
pub(super) fn single_value_conflicts(
    sentences: &[SentenceInfo],
    index: &FxHashMap<(usize, usize), usize>,
    alignments: &[&Alignment],
    values: &[Vec<String>],
    anchor: fn(&str) -> bool,
    (kind, label): (DiscrepancyKind, &str),
    out: &mut Vec<Discrepancy>,
) {
    // Only aligned sentences that each name exactly one value take part, so only theirs are read (each
    // on its own, at once with threads).
    let pairs: Vec<(usize, usize)> = alignments
        .iter()
        .filter_map(|al| Some((*index.get(&al.a)?, *index.get(&al.b)?)))
        .filter(|&(a, b)| values[a].len() == 1 && values[b].len() == 1)
        .collect();
    let mut involved = vec![false; sentences.len()];
    for &(a, b) in &pairs {
        (involved[a], involved[b]) = (true, true);
    }
    let read: Vec<usize> = (0..sentences.len()).filter(|&i| involved[i]).collect();
    let found = crate::parallel::map(&read, |&i| event_context(sentences[i].text, anchor));
    let mut contexts: Vec<BTreeSet<String>> = vec![BTreeSet::new(); sentences.len()];
    for (i, context) in read.into_iter().zip(found) {
        contexts[i] = context;
    }
    // The day must belong to the same event in both: "the bridge collapsed early Tuesday" and "the six
    // had not been found as of Wednesday" report one story, not one day.
    let edges: Vec<(usize, usize)> =
        pairs.into_iter().filter(|&(a, b)| !contexts[a].is_disjoint(&contexts[b])).collect();
    // Every value each article names anywhere: an article that names both days itself ("found on
    // Sunday … freed on Monday", "voted on 23 June … announced on 24 June") tells of two events, and an
    // article naming one of them does not contradict it.
    let mut named: BTreeMap<usize, BTreeSet<&str>> = BTreeMap::new();
    for (s, v) in sentences.iter().zip(values) {
        named.entry(s.at.0).or_default().extend(v.iter().map(String::as_str));
    }
    for group in union_find_groups(sentences.len(), &edges) {
        // Sentences contradict when they name different values and neither article names the other's:
        // checked per pair of distinct values, so thousands of copies of one sentence cost one pass.
        let mut saying: BTreeMap<&str, BTreeSet<usize>> = BTreeMap::new();
        for &i in &group {
            saying.entry(values[i][0].as_str()).or_default().insert(sentences[i].at.0);
        }
        let unaware = |articles: &BTreeSet<usize>, of: &str| articles.iter().any(|a| !named[a].contains(of));
        let said: Vec<_> = saying.iter().collect();
        if !said
            .iter()
            .enumerate()
            .any(|(i, (x, by_x))| said[i + 1..].iter().any(|(y, by_y)| unaware(by_x, y) && unaware(by_y, x)))
        {
            continue;
        }
        let items: Vec<(String, (usize, usize))> =
            group.iter().map(|&i| (values[i][0].clone(), sentences[i].at)).collect();
        let subject_sentence = group.iter().map(|&i| sentences[i].text).min_by_key(|t| t.len()).unwrap_or("");
        if let Some(d) = collect(kind, format!("{label}: {}", short(subject_sentence)), items) {
            out.push(d);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::event_context;

    fn context(text: &str) -> Vec<String> {
        event_context(text, |w| crate::claims::quantities::weekday(w).is_some()).into_iter().collect()
    }

    #[test]
    fn a_day_of_a_statement_shares_no_event_through_the_speakers_name() {
        // Two statements of one official on two days: their days are not one event's.
        assert!(context("The toll will rise, Gov. Dana Reyes said Thursday.").is_empty());
        assert_eq!(context("Hundreds are missing, Reyes told reporters on Wednesday."), ["repor"]);
        // Without a reporting verb, a place is part of the event: "met in Paris on Tuesday".
        assert_eq!(context("Leaders met in Paris on Tuesday."), ["met", "paris"]);
    }

    #[test]
    fn the_month_of_a_date_is_no_event() {
        // A speech on Tuesday about a fire of the day before shares no event with the fire's Monday
        // through "April" (in any language).
        assert!(
            context("Lors d’un discours, mardi 16 avril, la maire est revenue sur l’incendie de la veille.").is_empty()
        );
        assert!(context("In a speech, on Tuesday, April 16, the mayor spoke.").is_empty());
        assert_eq!(context("The fire broke out on Monday, April 15."), ["broke", "fire"]);
    }
}
