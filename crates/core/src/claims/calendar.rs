//! Days and dates in a sentence: weekdays (English, French, Spanish names), month names, calendar dates
//! that exist ("31 February" is none), and relative days ("last week", "since November").

use crate::text::folded::fold_cow;
use std::borrow::Cow;

/// The weekday a folded word names, as its English name.
pub fn weekday(word: &str) -> Option<&'static str> {
    Some(match word {
        "monday" | "lundi" | "lunes" => "Monday",
        "tuesday" | "mardi" | "martes" => "Tuesday",
        "wednesday" | "mercredi" | "miercoles" => "Wednesday",
        "thursday" | "jeudi" | "jueves" => "Thursday",
        "friday" | "vendredi" | "viernes" => "Friday",
        "saturday" | "samedi" | "sabado" => "Saturday",
        "sunday" | "dimanche" | "domingo" => "Sunday",
        _ => return None,
    })
}

pub(crate) const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Months in the other languages the reader recognises (French, Spanish, German; folded, so "février" is
/// "fevrier"): "15 avril" is a date, never a count of "avril".
const OTHER_MONTHS: &[&str] = &[
    "janvier",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "setiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "januar",
    "februar",
    "marz",
    "juni",
    "juli",
    "oktober",
    "dezember",
];

/// Whether a folded word names a month in English or in one of the other languages read.
pub fn is_month_any_language(word: &str) -> bool {
    is_month(word) || OTHER_MONTHS.contains(&word)
}

/// Whether a folded word names a month.
pub fn is_month(word: &str) -> bool {
    month(word).is_some()
}

fn month(word: &str) -> Option<&'static str> {
    let w = word.trim_end_matches('.');
    // A month is named whole or by three letters or more of it, and its first three tell it apart.
    if w.len() < 3 {
        return None;
    }
    let m = match &w.as_bytes()[..3] {
        b"jan" => "january",
        b"feb" => "february",
        b"mar" => "march",
        b"apr" => "april",
        b"may" => "may",
        b"jun" => "june",
        b"jul" => "july",
        b"aug" => "august",
        b"sep" => "september",
        b"oct" => "october",
        b"nov" => "november",
        b"dec" => "december",
        _ => return None,
    };
    (m == w || (m.starts_with(w) && w != "may" && w != "mar")).then_some(m)
}

/// Calendar dates in a sentence ("6 February", "February 6th", "Feb. 6, 2023"), as "6 February".
pub fn dates(text: &str) -> Vec<String> {
    let raw: Vec<&str> = crate::text::words::words(text).collect();
    let words: Vec<Cow<str>> = raw.iter().map(|w| fold_cow(w)).collect();
    dates_in(&raw, &words)
}

pub(crate) fn dates_in(raw: &[&str], words: &[Cow<str>]) -> Vec<String> {
    let day = |w: &str| {
        let digits = w.trim_end_matches(|c: char| c.is_alphabetic());
        digits.parse::<u32>().ok().filter(|d| {
            (1..=31).contains(d) && (digits.len() == w.len() || ["st", "nd", "rd", "th"].contains(&&w[digits.len()..]))
        })
    };
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let Some(m) = month(w) else { continue };
        // "may" in lower case is the verb.
        if m == "may" && raw[i].starts_with('m') {
            continue;
        }
        // "May" alone is a verb more often than a month: only with a day next to it.
        let found = words.get(i + 1).and_then(|n| day(n)).or_else(|| i.checked_sub(1).and_then(|p| day(&words[p])));
        // A day the month does not have ("31 February", "February 30") is no date.
        let days_in = |m: &str| match m {
            "february" => 29,
            "april" | "june" | "september" | "november" => 30,
            _ => 31,
        };
        if let Some(d) = found.filter(|d| *d <= days_in(m)) {
            let mut name = m.to_string();
            name[..1].make_ascii_uppercase();
            let date = format!("{d} {name}");
            if !out.contains(&date) {
                out.push(date);
            }
        }
    }
    out
}

/// Relative time expressions: "last week", "since November", "yesterday", "earlier this month".
pub fn relative_days(text: &str) -> Vec<String> {
    relative_days_in(text, &crate::text::words::word_indices(text).collect::<Vec<_>>())
}

/// [`relative_days`] of `text` whose words (UAX #29, offsets into `text`) the caller has already read.
pub(crate) fn relative_days_in(text: &str, raw: &[(usize, &str)]) -> Vec<String> {
    const SINGLE: &[&str] = &["yesterday", "today", "tonight", "tomorrow", "overnight"];
    const UNITS: &[&str] = &["week", "month", "year", "weekend", "night", "morning", "evening", "afternoon"];
    const OPENERS: &[&str] = &["last", "next", "this", "previous", "earlier", "later", "since", "until", "by"];
    // Folding every word of every sentence was a twentieth of the claims stage: only a word that can
    // open a relative day is folded, with the two after it. An ASCII word can open one only if it is
    // one of these words in any case, possessive or not; other words are always folded.
    let may_open = |word: &str| {
        let core = word.strip_suffix("'s").or_else(|| word.strip_suffix("'S")).unwrap_or(word).trim_matches('\'');
        !word.is_ascii() || SINGLE.iter().chain(OPENERS).any(|t| core.eq_ignore_ascii_case(t))
    };
    let folded = |k: usize| raw.get(k).map(|(_, w)| crate::text::normalize::fold(w)).unwrap_or_default();
    let mut out = Vec::new();
    let mut i = 0;
    while i < raw.len() {
        if !may_open(raw[i].1) {
            i += 1;
            continue;
        }
        let (w, next) = (folded(i), folded(i + 1));
        let (w, next) = (w.as_str(), next.as_str());
        let span = if SINGLE.contains(&w) {
            Some(1)
        } else if matches!(w, "last" | "next" | "this" | "previous") && UNITS.contains(&next) {
            Some(2)
        } else if matches!(w, "earlier" | "later") && next == "this" && UNITS.contains(&folded(i + 2).as_str()) {
            Some(3)
        } else if matches!(w, "since" | "until" | "by") && (month(next).is_some() || weekday(next).is_some()) {
            Some(2)
        } else {
            None
        };
        match span {
            Some(n) => {
                let end = raw[i + n - 1].0 + raw[i + n - 1].1.len();
                out.push(text[raw[i].0..end].to_string());
                i += n;
            }
            None => i += 1,
        }
    }
    out
}

/// Weekdays named in a sentence (English names, in order, without repeats).
pub fn weekdays(text: &str) -> Vec<&'static str> {
    let folded: Vec<Cow<str>> = crate::text::words::words(text).map(fold_cow).collect();
    weekdays_in(&folded)
}

pub(crate) fn weekdays_in(folded: &[Cow<str>]) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for w in folded {
        if let Some(day) = weekday(w) {
            if !out.contains(&day) {
                out.push(day);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The month by its first three letters is the month the list rule finds.
        #[test]
        fn month_by_prefix_is_the_list_rule(word in "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ju|m|s|x)[a-z.]{0,9}") {
            let w = word.trim_end_matches('.');
            let listed = MONTHS.iter().find(|m| **m == w || (w.len() >= 3 && m.starts_with(w) && w != "may" && w != "mar")).copied();
            proptest::prop_assert_eq!(month(&word), listed);
        }
    }
}
