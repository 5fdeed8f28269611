//! What a count measures, read from its sentence, for the count comparison (`values.rs`): the words
//! around a span of time, a speed or a rank, and the place a distance is measured to.

use super::values::{event_context, noun_class, unit_key};
use crate::claims::quantities::Count;
use rustc_hash::FxHashMap;
use std::collections::BTreeSet;

/// Whether two counts may answer one question, as far as spans of time, speeds and ranks go: "the first
/// title in 36 years" and "the first hat trick in a final in 56 years" measure time since two different
/// things; "winds of 150 mph" and "moving inland at about 9 mph" two different speeds; "a Category 4
/// storm" at landfall and "a Category 2 hurricane" hours later, or a quake's magnitude and an
/// aftershock's, two moments or two events. A count of years, months, weeks, days, hours, minutes, a
/// speed or a rank is compared only when the words around it share one (as days and dates are,
/// `event_context`); other counts always may be. A distance is a distance to somewhere: "7,600
/// light-years" to one nebula and "2,500 light-years" to another are two distances, so two distances
/// are compared only when the last name before each is the same ("as far as Cyprus, hundreds of
/// miles away" and "as far away as Cyprus more than 200 kilometres"; `last_name`).
/// Each count is read once (`measured_in`), not once for every pair of aligned sentences it is compared
/// in.
pub(super) fn same_thing_measured(x: &Measured, y: &Measured) -> bool {
    if let (Some(p), Some(q)) = (&x.distance_to, &y.distance_to) {
        return matches!((p, q), (Some(p), Some(q)) if p == q);
    }
    match (&x.time_or_rank, &y.time_or_rank) {
        (Some(u), Some(v)) => !u.is_disjoint(v),
        _ => true,
    }
}

/// What [`same_thing_measured`] reads of one count in its sentence.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct Measured {
    /// For a distance, the last name before it (if any).
    distance_to: Option<Option<String>>,
    /// For a span of time, a speed or a rank, the words around its unit (`event_context`).
    time_or_rank: Option<BTreeSet<String>>,
}

/// What [`same_thing_measured`] reads of each count of one sentence. Counts of one unit share the words
/// around it (`event_context` finds the unit's first word in the sentence) and copies of one count
/// share the name before it, each read once: a long sentence with many counts is not re-read for each.
pub(super) fn measured_in(text: &str, counts: &[Count]) -> Vec<Measured> {
    let mut contexts: FxHashMap<String, BTreeSet<String>> = FxHashMap::default();
    let mut places: FxHashMap<&str, Option<String>> = FxHashMap::default();
    counts
        .iter()
        .map(|c| {
            let distance_to = (noun_class(unit_key(c)) == "distance").then(|| {
                let place = places.entry(c.text.as_str());
                place.or_insert_with(|| text.find(&c.text).and_then(|at| last_name(&text[..at]))).clone()
            });
            let unit = matches!(
                unit_key(c),
                "year"
                    | "month"
                    | "week"
                    | "day"
                    | "hour"
                    | "minute"
                    | "minute mark"
                    | "second"
                    | "mph"
                    | "kph"
                    | "knot"
                    | "category"
                    | "level"
                    | "magnitude"
                    | "stage"
                    | "phase"
            )
            .then(|| crate::text::normalize::fold(c.noun.split_whitespace().next().unwrap_or("")));
            let time_or_rank =
                unit.map(|u| contexts.entry(u).or_insert_with_key(|u| event_context(text, |w| w == u)).clone());
            Measured { distance_to, time_or_rank }
        })
        .collect()
}

/// The last name `text` gives: a run of capitalised words, lower-cased and whole ("Southern Ring
/// Nebula" and "Carina Nebula" are two names), without the function words that open a sentence ("The")
/// or a possessive "'s".
fn last_name(text: &str) -> Option<String> {
    let mut last = None;
    let mut run: Vec<&str> = Vec::new();
    let mut flush = |run: &mut Vec<&str>| {
        while run.first().is_some_and(|w| {
            crate::text::stopwords::is_stopword_in(crate::text::stopwords::Language::English, &w.to_lowercase())
        }) {
            run.remove(0);
        }
        if !run.is_empty() {
            last = Some(crate::text::normalize::fold(&run.join(" ")));
        }
        run.clear();
    };
    let mut last_end = 0;
    for (at, word) in crate::text::words::word_indices(text) {
        let joined = text[last_end..at].chars().all(|c| c == ' ' || c == '-');
        if !joined {
            flush(&mut run);
        }
        if word.chars().next().is_some_and(char::is_uppercase) {
            run.push(word);
        } else {
            flush(&mut run);
        }
        last_end = at + word.len();
    }
    flush(&mut run);
    last
}
