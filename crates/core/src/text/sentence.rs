//! Sentence splitting for news prose, with byte offsets.
//!
//! Candidate boundaries come from unicode-segmentation's UAX #29 sentence rules, which already keep
//! decimals ("6.4"), thousands ("1,000"), closing quotation marks and em dashes right. UAX #29 knows no
//! abbreviations, so "U.S. Gen. Alexus G. Grynkewich" would be cut three times: this module re-joins a
//! candidate break that follows a title ("Gen.", "Mr."), an initial ("G."), a month or another known
//! abbreviation, and a dotted acronym ("U.S.") unless the next word is a typical sentence opener. No
//! maintained Rust splitter does that with offsets (the Punkt ports need training data and return
//! strings), so this thin layer is written here.

use crate::text::document::Span;
use unicode_segmentation::UnicodeSegmentation;

/// Splits `text[range]` into sentences, returned as trimmed spans into `text`.
pub fn split_sentences(text: &str, range: Span) -> Vec<Span> {
    let slice = &text[range.start..range.end];
    let mut pieces: Vec<Span> = Vec::new();
    for (offset, piece) in slice.split_sentence_bound_indices() {
        let start = range.start + offset;
        let end = start + piece.len();
        match pieces.last_mut() {
            Some(previous) if should_join(&text[previous.start..previous.end], piece) => previous.end = end,
            _ => pieces.push(Span { start, end }),
        }
    }
    pieces
        .into_iter()
        .filter_map(|span| {
            let raw = &text[span.start..span.end];
            let lead = raw.len() - raw.trim_start().len();
            let trimmed = raw.trim();
            if trimmed.is_empty() || !trimmed.chars().any(char::is_alphanumeric) {
                return None;
            }
            let start = span.start + lead;
            Some(Span { start, end: start + trimmed.len() })
        })
        .collect()
}

/// Titles and abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cmdr", "adm", "gov", "sen",
    "rep", "rev", "hon", "pres", "st", "ste", "mt", "ft", "jr", "sr", "supt", "insp", "det", "vs", "v", "etc",
    "approx", "est", "dept", "univ", "assn", "inc", "corp", "ltd", "co", "bros", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
    "fig", "vol", "pp", "ca", "cf", "al", "ave", "blvd", "rd", "sq", "km", "mln", "bn", "min", "max",
];

/// Words that usually open a sentence: after "U.S." they signal a real boundary.
const SENTENCE_OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "this",
    "that",
    "these",
    "those",
    "there",
    "in",
    "on",
    "at",
    "but",
    "and",
    "or",
    "so",
    "yet",
    "if",
    "when",
    "while",
    "after",
    "before",
    "as",
    "for",
    "its",
    "his",
    "her",
    "their",
    "our",
    "officials",
    "meanwhile",
    "however",
    "still",
    "also",
    "both",
    "some",
    "many",
    "most",
    "no",
    "not",
    "one",
    "two",
    "three",
    "such",
    "what",
    "who",
    "why",
    "how",
];

fn should_join(previous: &str, next: &str) -> bool {
    let prev = previous.trim_end();
    let next_trim = next.trim_start();
    if !prev.ends_with('.') || next_trim.is_empty() {
        return false;
    }
    // Space before the next word is required for a real boundary to be in doubt.
    let last_word = prev.rsplit(|c: char| c.is_whitespace() || c == '(' || c == '“' || c == '"').next().unwrap_or("");
    let core = last_word.trim_end_matches('.');
    if core.is_empty() {
        return false;
    }
    let next_word: String = next_trim.chars().take_while(|c| c.is_alphanumeric()).collect();
    let next_lower = next_word.to_lowercase();
    let starts_lower = next_trim.chars().next().is_some_and(char::is_lowercase);
    if starts_lower {
        return true;
    }
    // A single capital letter: an initial ("Alexus G. Grynkewich").
    let letters: Vec<char> = core.chars().collect();
    if letters.len() == 1 && letters[0].is_uppercase() {
        return true;
    }
    // A dotted acronym: "U.S.", "U.K.", "a.m.".
    if core.contains('.') && core.split('.').all(|part| part.chars().count() <= 2 && !part.is_empty()) {
        return !SENTENCE_OPENERS.contains(&next_lower.as_str());
    }
    let core_lower = core.to_lowercase();
    if core_lower == "no" || core_lower == "nos" {
        return next_trim.starts_with(|c: char| c.is_ascii_digit());
    }
    ABBREVIATIONS.contains(&core_lower.as_str()) && !next_word.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expect: &[&str]) {
        let spans = split_sentences(text, Span { start: 0, end: text.len() });
        let got: Vec<&str> = spans.iter().map(|s| &text[s.start..s.end]).collect();
        assert_eq!(got, expect);
    }

    #[test]
    fn titles_and_initials_do_not_split() {
        check(
            "Joined by NATO's top commander, U.S. Gen. Alexus G. Grynkewich, they met. Then they left.",
            &["Joined by NATO's top commander, U.S. Gen. Alexus G. Grynkewich, they met.", "Then they left."],
        );
        check(
            "Mr. Smith met Dr. Jones on St. Patrick's Day. It rained.",
            &["Mr. Smith met Dr. Jones on St. Patrick's Day.", "It rained."],
        );
    }

    #[test]
    fn acronym_at_sentence_end_splits_before_an_opener() {
        check("Support came from the U.S. The meeting ended.", &["Support came from the U.S.", "The meeting ended."]);
        check("Envoys from the U.S. and Europe met.", &["Envoys from the U.S. and Europe met."]);
    }

    #[test]
    fn decimals_and_thousands_stay_whole() {
        check(
            "The quake measured 6.4 and 1,000 people fled. Aid came.",
            &["The quake measured 6.4 and 1,000 people fled.", "Aid came."],
        );
    }

    #[test]
    fn quote_closing_after_the_stop_stays_with_its_sentence() {
        check(
            "He said: \u{201c}We are ready.\u{201d} Then he left.",
            &["He said: \u{201c}We are ready.\u{201d}", "Then he left."],
        );
        check(
            "\u{201c}Ukraine wants peace.\u{201d} He added more.",
            &["\u{201c}Ukraine wants peace.\u{201d}", "He added more."],
        );
    }

    #[test]
    fn em_dashes_and_headlines_without_stop() {
        check("Leaders met — and talked — for hours. Done", &["Leaders met — and talked — for hours.", "Done"]);
        check("Paris Talks Seek Security Guarantees", &["Paris Talks Seek Security Guarantees"]);
    }

    #[test]
    fn offsets_are_relative_to_the_whole_text() {
        let text = "Head\nFirst one. Second one.";
        let spans = split_sentences(text, Span { start: 5, end: text.len() });
        assert_eq!(&text[spans[1].start..spans[1].end], "Second one.");
    }
}
