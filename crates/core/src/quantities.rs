//! Numbers and days in a sentence: counts with what they count ("35 participants", "27 heads of state",
//! "about 30 leaders", "more than 27 global and regional leaders", "dozens of countries"), with their
//! approximation kept ("around", "more than", "nearly"); weekdays ("on Tuesday"); and relative days
//! ("last week", "since November"). Numbers in words count too ("twelve people").

use crate::numbers::{number_word_value, parse_numeral, NumberWord};
use crate::stopwords::Language;
use serde::Serialize;
use unicode_segmentation::UnicodeSegmentation;

/// How exact a count is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
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

/// A count of something in a sentence.
#[derive(Debug, Clone, PartialEq, Serialize)]
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
}

impl Count {
    /// How the count reads: "more than 27", "about 30", "dozens".
    pub fn reading(&self) -> String {
        let value = self.value.map(|v| if v.fract() == 0.0 { format!("{}", v as i64) } else { format!("{v}") });
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

/// Weekdays named in a sentence (English names, in order, without repeats).
pub fn weekdays(text: &str) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for w in text.unicode_words() {
        if let Some(day) = weekday(&crate::normalize::fold(w)) {
            if !out.contains(&day) {
                out.push(day);
            }
        }
    }
    out
}

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
    let words: Vec<(usize, &str)> = text.unicode_word_indices().collect();
    let folded: Vec<String> = words.iter().map(|(_, w)| crate::normalize::fold(w)).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        // The number: a numeral, number words, or a vague quantity.
        let (value, used, vague) = if let Some(v) = parse_numeral(&folded[i]) {
            (Some(v), 1, false)
        } else if matches!(folded[i].as_str(), "dozens" | "hundreds" | "thousands" | "scores" | "millions")
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
        // Years and clock times are not counts.
        if value.is_some_and(|v| (1900.0..2100.0).contains(&v)) && used == 1 && !words[i].1.contains(',') {
            i += used;
            continue;
        }
        // Approximation words just before.
        let before = |k: usize| if i >= k { folded[i - k].as_str() } else { "" };
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
        // The counted noun: skip fillers (up to four words), then take one noun, plus "of state"/"of
        // government" compounds.
        let mut j = i + used;
        let mut skipped = 0;
        while j < words.len() && skipped < 4 && FILLERS.contains(&folded[j].as_str()) && folded[j] != "of" {
            j += 1;
            skipped += 1;
        }
        let Some(noun) = folded.get(j) else { break };
        let is_word = noun.chars().all(char::is_alphabetic) && noun.len() > 1;
        if !is_word || NOT_COUNTED.contains(&noun.as_str()) || crate::stopwords::ENGLISH.contains(&noun.as_str()) {
            i += used;
            continue;
        }
        let mut end_word = j;
        if folded.get(j + 1).is_some_and(|w| w == "of")
            && folded.get(j + 2).is_some_and(|w| matches!(w.as_str(), "state" | "government" | "staff"))
        {
            end_word = j + 2;
        }
        let noun_text = text[words[j].0..words[end_word].0 + words[end_word].1.len()].to_string();
        let phrase = text[words[phrase_start].0..words[end_word].0 + words[end_word].1.len()].to_string();
        out.push(Count {
            value,
            approximation,
            noun_key: noun_key(&noun_text),
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
    let folded = crate::normalize::fold(noun);
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
mod tests {
    use super::*;

    fn readings(text: &str) -> Vec<(String, String)> {
        counts(text, 0, Language::English).into_iter().map(|c| (c.reading(), c.noun)).collect()
    }

    #[test]
    fn counts_keep_their_noun_and_approximation() {
        assert_eq!(
            readings("35 participants, including 27 heads of state or government"),
            vec![("35".into(), "participants".into()), ("27".into(), "heads of state".into())]
        );
        assert_eq!(readings("Around 30 leaders gathered"), vec![("about 30".into(), "leaders".into())]);
        assert_eq!(
            readings("attended alongside more than 27 global and regional leaders"),
            vec![("more than 27".into(), "leaders".into())]
        );
        assert_eq!(readings("Leaders from dozens of countries met"), vec![("dozens".into(), "countries".into())]);
        assert_eq!(readings("Twelve people were hurt"), vec![("12".into(), "people".into())]);
        assert_eq!(readings("At least 14 people were injured"), vec![("at least 14".into(), "people".into())]);
    }

    #[test]
    fn years_and_percentages_are_not_counts() {
        assert!(readings("In 2015 they met.").is_empty());
        assert!(readings("a potential agreement is 90 percent complete").is_empty());
    }

    #[test]
    fn weekdays_are_found_in_order() {
        assert_eq!(weekdays("met on Tuesday, not Monday, and again on Tuesday"), vec!["Tuesday", "Monday"]);
        assert!(weekdays("a Sunday-best suit").contains(&"Sunday"));
    }

    #[test]
    fn nouns_compare_in_the_singular() {
        assert_eq!(noun_key("leaders"), noun_key("leader"));
        assert_eq!(noun_key("countries"), "country");
        assert_eq!(noun_key("heads of state"), "head of state");
    }
}
