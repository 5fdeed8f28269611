//! Numbers and days in a sentence, and their export (`quantities[]`): counts with what they count ("35 participants", "27 heads of state",
//! "about 30 leaders", "more than 27 global and regional leaders", "dozens of countries"), with their
//! approximation kept ("around", "more than", "nearly"); weekdays ("on Tuesday"); and relative days
//! ("last week", "since November"). Numbers in words count too ("twelve people"). Days, months and
//! dates are read in `calendar.rs`.

pub use crate::claims::calendar::{dates, is_month, relative_days, weekday, weekdays};
use crate::claims::calendar::{dates_in, weekdays_in};
use crate::text::numbers::{number_word_value, parse_numeral, NumberWord};
use crate::text::stopwords::Language;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// How exact a count is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Approximation {
    Exact,
    About,
    MoreThan,
    LessThan,
    AtLeast,
    /// "dozens of", "hundreds of": no value.
    Vague,
}

/// What a quantity in the export is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuantityKind {
    Count,
    Weekday,
    Date,
    RelativeDay,
}

/// A number, day or date found in a sentence, as exported.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    pub kind: QuantityKind,
    pub doc: usize,
    pub sentence: usize,
    /// As written ("more than 27 global and regional leaders", "Tuesday", "6 February", "last week").
    pub text: String,
    /// How it reads once normalised ("more than 27", "Tuesday", "6 February").
    pub value: String,
    /// For counts: what is counted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub counts: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approximation: Option<Approximation>,
}

/// Every quantity of a sentence, from its counts, weekdays, dates and words (read once by the caller).
pub fn quantities_of(
    doc: usize,
    sentence: usize,
    text: &str,
    words: &[(usize, &str)],
    counts: &[Count],
    weekdays: &[&'static str],
    dates: &[String],
) -> Vec<Quantity> {
    let mut out: Vec<Quantity> = counts
        .iter()
        .cloned()
        .map(|c| Quantity {
            kind: QuantityKind::Count,
            doc,
            sentence,
            value: if c.approximation == Approximation::Vague { c.text.clone() } else { c.reading() },
            text: c.text,
            counts: Some(c.noun),
            approximation: Some(c.approximation),
        })
        .collect();
    let simple = |kind, value: String| Quantity {
        kind,
        doc,
        sentence,
        text: value.clone(),
        value,
        counts: None,
        approximation: None,
    };
    out.extend(weekdays.iter().map(|d| simple(QuantityKind::Weekday, d.to_string())));
    out.extend(dates.iter().map(|d| simple(QuantityKind::Date, d.clone())));
    out.extend(
        crate::claims::calendar::relative_days_in(text, words)
            .into_iter()
            .map(|d| simple(QuantityKind::RelativeDay, d)),
    );
    out
}

/// A count of something in a sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Count {
    /// The value, or `None` for vague counts ("dozens").
    pub value: Option<f64>,
    pub approximation: Approximation,
    /// What is counted, as written ("leaders", "heads of state").
    pub noun: String,
    /// The counted noun's key for comparison (folded, singular).
    pub noun_key: String,
    /// The phrase as written ("more than 27 global and regional leaders").
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// What happened to the counted things, from the count's clause ("killed", "injured"; see `outcomes`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<String>,
}

/// Kilometres in one unit of distance, for comparing "10 km" with "6 miles".
fn kilometres_per(noun_key: &str) -> Option<f64> {
    Some(match noun_key {
        "km" | "kilometre" | "kilometer" => 1.0,
        "mile" => 1.609_344,
        "metre" | "meter" | "m" => 0.001,
        "foot" | "feet" => 0.000_304_8,
        "yard" => 0.000_914_4,
        _ => return None,
    })
}

impl Count {
    /// A value that compares across units: distances in kilometres (two significant digits, so that
    /// "10 km" and "6.2 miles" agree), everything else as read.
    pub fn comparable(&self) -> String {
        match self.kilometres_rounded() {
            Some(km) => format!("{:?} {km} km", self.approximation),
            None => self.reading(),
        }
    }

    /// The distance in kilometres to two significant digits ("1,600 feet" and "488 metres" give 490),
    /// when this counts a distance.
    pub fn kilometres_rounded(&self) -> Option<f64> {
        let km = self.kilometres()?;
        let magnitude = 10f64.powi(km.abs().max(1e-9).log10().floor() as i32 - 1);
        Some((km / magnitude).round() * magnitude)
    }

    /// The distance in kilometres, when this counts a distance.
    pub fn kilometres(&self) -> Option<f64> {
        Some(self.value? * kilometres_per(&self.noun_key)?)
    }
    /// How the count reads: "more than 27", "about 30", "dozens".
    pub fn reading(&self) -> String {
        // Whole numbers print in full however large ("{:.0}", never a cast that saturates at 2^63).
        let value = self.value.map(|v| if v.fract() == 0.0 { format!("{v:.0}") } else { format!("{v}") });
        match (self.approximation, value) {
            (Approximation::Vague, _) | (_, None) => self.text.split_whitespace().next().unwrap_or("").to_string(),
            (Approximation::Exact, Some(v)) => v,
            (Approximation::About, Some(v)) => format!("about {v}"),
            (Approximation::MoreThan, Some(v)) => format!("more than {v}"),
            (Approximation::LessThan, Some(v)) => format!("fewer than {v}"),
            (Approximation::AtLeast, Some(v)) => format!("at least {v}"),
        }
    }
}

/// Units that end a hyphenated compound unit ("light-years", "man-hours").
const UNIT_ENDS: &[&str] =
    &["year", "years", "day", "days", "hour", "hours", "minute", "minutes", "second", "seconds", "mile", "miles"];

/// Words that can stand between a number and the noun it counts.
const FILLERS: &[&str] = &[
    "global",
    "regional",
    "other",
    "more",
    "new",
    "additional",
    "senior",
    "foreign",
    "european",
    "world",
    "western",
    "in-person",
    "in",
    "person",
    "and",
    "of",
    "the",
    "their",
    "its",
    "local",
    "young",
    "small",
    "large",
    "major",
    "key",
    "armed",
    "civilian",
    "military",
    "international",
];

/// Words that make a count approximate.
const ABOUT: &[&str] =
    &["about", "around", "nearly", "almost", "roughly", "approximately", "some", "circa", "environ", "unos", "cerca"];

/// Nouns that are not counted things (units of time, money and measure are kept apart).
const NOT_COUNTED: &[&str] = &["percent", "per", "cent", "%"];

/// Counts in a sentence. `start` is the sentence's offset in the document.
pub fn counts(text: &str, start: usize, language: Language) -> Vec<Count> {
    let words: Vec<(usize, &str)> = crate::text::words::word_indices(text).collect();
    let folded = crate::text::folded::folded_words(&words);
    counts_in(text, start, language, &words, &folded)
}

/// Counts, weekdays and dates of a sentence from its words (segmented once by the caller).
pub fn read_words(
    text: &str,
    start: usize,
    language: Language,
    words: &[(usize, &str)],
) -> (Vec<Count>, Vec<&'static str>, Vec<String>) {
    let folded = crate::text::folded::folded_words(words);
    let raw: Vec<&str> = words.iter().map(|(_, w)| *w).collect();
    (counts_in(text, start, language, words, &folded), weekdays_in(&folded), dates_in(&raw, &folded))
}

fn counts_in(text: &str, start: usize, language: Language, words: &[(usize, &str)], folded: &[Cow<str>]) -> Vec<Count> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        // The number: a numeral, number words, or a vague quantity.
        let (value, used, vague) = if let Some(v) = parse_numeral(&folded[i]) {
            // "2.5 million people": a scale word multiplies the numeral.
            match folded.get(i + 1).and_then(|w| number_word_value(w, language)) {
                Some(NumberWord::Scale(scale)) => (Some(v * scale), 2, false),
                _ => (Some(v), 1, false),
            }
        } else if matches!(&*folded[i], "dozens" | "hundreds" | "thousands" | "scores" | "millions")
            && folded.get(i + 1).is_some_and(|w| w == "of")
        {
            (None, 2, true)
        } else {
            let mut total = 0.0;
            let mut used = 0;
            while let Some(w) = folded.get(i + used) {
                match number_word_value(w, language) {
                    Some(NumberWord::Unit(v)) => total += v,
                    Some(NumberWord::Scale(s)) if used > 0 => total *= s,
                    _ => break,
                }
                used += 1;
            }
            if used == 0 {
                i += 1;
                continue;
            }
            (Some(total), used, false)
        };
        // A score or a range ("a 52-48 split", "10–15 people") is not one count: its numbers are left out.
        let number_start = words[i].0;
        let number_end = words[i + used - 1].0 + words[i + used - 1].1.len();
        let joined = |s: &str| {
            let mut c = s.chars();
            matches!(c.next(), Some('-' | '\u{2013}')) && c.next().is_some_and(|d| d.is_ascii_digit())
        };
        let joined_before = {
            let mut c = text[..number_start].chars().rev();
            matches!(c.next(), Some('-' | '\u{2013}')) && c.next().is_some_and(|d| d.is_ascii_digit())
        };
        if value.is_some() && used == 1 && (joined(&text[number_end..]) || joined_before) {
            i += used;
            continue;
        }
        // A range in words ("12 to 18 feet", "between 10 and 15 people") gives no one value either: both
        // numbers are left out.
        let next_is_number = |k: usize| folded.get(k).is_some_and(|w| parse_numeral(w).is_some());
        if value.is_some()
            && matches!(folded.get(i + used).map(|w| &**w), Some("to" | "and"))
            && next_is_number(i + used + 1)
        {
            i += used + 2;
            continue;
        }
        // The same quantity restated in another unit in brackets, "150 mph (241 kph)", "12 feet (4
        // meters)", is not a second figure.
        if out.last().is_some_and(|c: &Count| text[c.end - start..number_start].trim() == "(") {
            i += used;
            continue;
        }
        // Years, ages and clock times are not counts.
        if (value.is_some_and(|v| (1900.0..2100.0).contains(&v)) && used == 1 && !words[i].1.contains(','))
            || crate::claims::outcomes::not_a_count(text, words, folded, i, used)
        {
            i += used;
            continue;
        }
        // Approximation words just before.
        let before = |k: usize| if i >= k { &*folded[i - k] } else { "" };
        let (b2, b1) = (before(2), before(1));
        let (approximation, phrase_start) = if b2 == "more" && b1 == "than" {
            (Approximation::MoreThan, i - 2)
        } else if (b2 == "fewer" || b2 == "less") && b1 == "than" {
            (Approximation::LessThan, i - 2)
        } else if b2 == "at" && b1 == "least" {
            (Approximation::AtLeast, i - 2)
        } else if b1 == "over" {
            (Approximation::MoreThan, i - 1)
        } else if ABOUT.contains(&b1) {
            (Approximation::About, i - 1)
        } else {
            (if vague { Approximation::Vague } else { Approximation::Exact }, i)
        };
        // Percentages: "90%", "90 percent", "90 per cent".
        let number_end = words[i + used - 1].0 + words[i + used - 1].1.len();
        let percent_sign = text[number_end..].trim_start().starts_with('%');
        let percent_words = match folded.get(i + used).map(|w| &**w) {
            Some("percent" | "pourcent" | "porcentaje") => 1,
            Some("per") if folded.get(i + used + 1).is_some_and(|w| w == "cent") => 2,
            _ => 0,
        };
        if value.is_some() && (percent_sign || percent_words > 0) {
            let end = if percent_words > 0 {
                let last = words[i + used + percent_words - 1];
                last.0 + last.1.len()
            } else {
                number_end + text[number_end..].find('%').unwrap_or(0) + 1
            };
            out.push(Count {
                value,
                approximation,
                noun: "percent".into(),
                noun_key: "percent".into(),
                text: text[words[phrase_start].0..end].to_string(),
                start: start + words[phrase_start].0,
                end: start + end,
                outcome: None,
            });
            i += used + percent_words;
            continue;
        }
        // A rank or scale, not a count: "Category 4 hurricane", "level 3 alert", "magnitude 6.4"; a point
        // in a match written label first, "minuto 29", "Minute 29".
        if let Some(label) = (i > 0).then(|| &*folded[i - 1]).filter(|w| {
            matches!(
                *w,
                "category"
                    | "level"
                    | "grade"
                    | "stage"
                    | "phase"
                    | "magnitude"
                    | "class"
                    | "tier"
                    | "minute"
                    | "minuto"
            )
        }) {
            let end = words[i + used - 1].0 + words[i + used - 1].1.len();
            out.push(Count {
                value,
                approximation,
                noun: label.to_string(),
                // "minuto 29" marks a moment, unlike "29 minutos" of play.
                noun_key: if matches!(label, "minute" | "minuto") { "minute mark".into() } else { label.to_string() },
                text: text[words[i - 1].0..end].to_string(),
                start: start + words[i - 1].0,
                end: start + end,
                outcome: None,
            });
            i += used;
            continue;
        }
        // The counted noun: skip fillers (up to four words), then take one noun, plus "of state"/"of
        // government" compounds.
        let mut j = i + used;
        let mut skipped = 0;
        // "Two other top executives", "five more deaths", "300 new cases": a count beyond ones told
        // elsewhere, never the total.
        let mut beyond = false;
        while j < words.len() && skipped < 4 && FILLERS.contains(&&*folded[j]) && folded[j] != "of" {
            beyond |= matches!(&*folded[j], "other" | "more" | "additional" | "further" | "extra" | "new");
            j += 1;
            skipped += 1;
        }
        let Some(noun) = folded.get(j) else { break };
        let is_word = noun.chars().all(char::is_alphabetic) && noun.len() > 1;
        // A name, not a counted noun: an acronym ("3 SEAL divers") or a capitalised pair ("12 Wild Boars").
        let written = words[j].1;
        let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
        let acronym = written.chars().count() >= 2 && written.chars().all(|c| c.is_uppercase());
        let name = acronym || (capital(written) && words.get(j + 1).is_some_and(|w| capital(w.1)));
        if !is_word
            || name
            || NOT_COUNTED.contains(&&**noun)
            || crate::claims::calendar::is_month_any_language(noun)
            || (noun == "de" && folded.get(j + 1).is_some_and(|w| crate::claims::calendar::is_month_any_language(w)))
            || crate::text::stopwords::is_stopword_in(Language::English, noun)
            || crate::text::stopwords::is_stopword_in(language, noun)
        {
            i += used;
            continue;
        }
        let mut end_word = j;
        // A compound unit ends in its unit: "light-years", "man-hours", "kilowatt-hours".
        let hyphen_then_unit = folded.get(j + 1).is_some_and(|w| UNIT_ENDS.contains(&&**w))
            && text[words[j].0 + words[j].1.len()..words[j + 1].0] == *"-";
        if hyphen_then_unit {
            end_word = j + 1;
        } else if folded.get(j + 1).is_some_and(|w| w == "of")
            && folded.get(j + 2).is_some_and(|w| matches!(&**w, "state" | "government" | "staff"))
        {
            end_word = j + 2;
        }
        let noun_text = text[words[j].0..words[end_word].0 + words[end_word].1.len()].to_string();
        let phrase = text[words[phrase_start].0..words[end_word].0 + words[end_word].1.len()].to_string();
        let outcome = crate::claims::outcomes::outcome_near(text, words, folded, phrase_start, j, end_word);
        // "Two people familiar with the talks", "three officials briefed on it": the reporter's unnamed
        // sources, not anything the story counts.
        let after = |k: usize| folded.get(end_word + k).map_or("", |w| &**w);
        if after(1) == "familiar" || after(1) == "briefed" || (after(1) == "with" && after(2) == "knowledge") {
            i = end_word + 1;
            continue;
        }
        // "a tsunami that killed 61 people in 1960": a count dated by a year in its own clause belongs to
        // that year's event (a past one set beside the story's), not to the story's own figures.
        let dated = (1..=3).any(|k| {
            let year = folded.get(end_word + k + 1).and_then(|w| w.parse::<u32>().ok());
            matches!(after(k), "in" | "during")
                && year.is_some_and(|y| (1900..=2100).contains(&y))
                && !text[words[end_word].0..words[end_word + k + 1].0].contains([',', ';', ':', '(', ')', '—', '–'])
        });
        if dated {
            i = end_word + 1;
            continue;
        }
        // "the remaining four boys", "the final batch of four boys", "the first two": a part of a whole,
        // compared only with other parts, never with the whole.
        let part = (1..=3).any(|k| matches!(before(k), "remaining" | "final" | "last" | "first"));
        let key = if beyond {
            format!("{} beyond others", noun_key(&noun_text))
        } else if part {
            format!("{} in part", noun_key(&noun_text))
        } else {
            noun_key(&noun_text)
        };
        out.push(Count {
            outcome: outcome.map(str::to_string),
            value,
            approximation,
            noun_key: key,
            noun: noun_text,
            text: phrase,
            start: start + words[phrase_start].0,
            end: start + words[end_word].0 + words[end_word].1.len(),
        });
        i = end_word + 1;
    }
    out
}

/// A comparable key for a counted noun: folded, crude singular ("leaders" → "leader", "people" kept).
pub fn noun_key(noun: &str) -> String {
    let folded = crate::text::normalize::fold(noun);
    let first = folded.split_whitespace().next().unwrap_or("").to_string();
    let singular = if first.ends_with("ies") && first.len() > 4 {
        format!("{}y", &first[..first.len() - 3])
    } else if first.ends_with('s') && !first.ends_with("ss") && first.len() > 3 {
        first[..first.len() - 1].to_string()
    } else {
        first
    };
    if folded.contains(" of ") {
        format!("{singular} of {}", folded.rsplit(' ').next().unwrap_or(""))
    } else {
        singular
    }
}

#[cfg(test)]
#[path = "quantities_tests.rs"]
mod tests;
