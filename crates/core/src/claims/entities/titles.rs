//! Titles around a name: a role in apposition after it ("Helen Marsh, the chief executive,"), a title
//! in lower case before it ("U.S. envoy Steve Witkoff"), and honorifics ("Mr", "Dr"), which are not
//! titles.

use super::lexicon::*;
use super::SentenceText;
use unicode_segmentation::UnicodeSegmentation;

/// A title in apposition after a name: "Helen Marsh, the chief executive," → "chief executive".
pub(super) fn appositive_title(after: &str) -> Option<String> {
    let rest = after.strip_prefix(", ")?;
    let rest = rest
        .strip_prefix("the ")
        .or_else(|| rest.strip_prefix("a "))
        .or_else(|| rest.strip_prefix("an "))
        .unwrap_or(rest);
    let end = rest.find([',', '.', ';', ':', '(', ')']).unwrap_or(rest.len());
    let mut phrase = rest[..end].trim();
    // "Helen Marsh, Northvale Rail's operations director": the employer's possessive is not the title.
    if let Some(at) = phrase.find("'s ").or_else(|| phrase.find("\u{2019}s ")) {
        let owner = &phrase[..at];
        if owner.split_whitespace().all(|w| w.chars().next().is_some_and(char::is_uppercase)) {
            phrase = phrase[at..].trim_start_matches(['\'', '\u{2019}']).trim_start_matches('s').trim();
        }
    }
    let words: Vec<String> = phrase.split_whitespace().map(lower).collect();
    let starts_lower = phrase.chars().next().is_some_and(char::is_lowercase);
    (starts_lower && (1..=5).contains(&words.len()) && words.iter().any(|w| is_title_word(w.as_str())))
        .then(|| phrase.to_string())
}

/// A title in lower case just before a name ("envoy", "U.S. envoy", "senior U.S. negotiators").
pub(super) fn lowercase_title_before(doc_text: &str, s: &SentenceText, name_start: usize) -> Option<String> {
    // Only the few words right before the name matter: look at a short window, not the whole sentence.
    let mut from = name_start.saturating_sub(80).max(s.start);
    while !doc_text.is_char_boundary(from) {
        from += 1;
    }
    let before = &doc_text[from..name_start];
    let words: Vec<(usize, &str)> = crate::text::words::word_indices(before).collect();
    let tail: Vec<&(usize, &str)> = words.iter().rev().take(3).collect();
    let cue = tail.first().map(|(_, w)| lower(w))?;
    if !is_title_word(cue.as_str()) || !before.trim_end().ends_with(tail[0].1) {
        return None;
    }
    // Extend left over qualifiers and title words.
    let mut from = tail[0].0;
    for (offset, word) in tail.iter().skip(1) {
        let w = lower(word);
        if is_title_word(w.as_str()) || is_qualifier(w.as_str()) {
            from = *offset;
        } else {
            break;
        }
    }
    Some(before[from..].trim().to_string())
}

/// A written title with the words that change its meaning written in lower case just before it:
/// "former President Donald Trump" is a former president (`TITLE_MODIFIERS`; at most two words,
/// within the sentence).
pub(super) fn with_modifiers_before(doc_text: &str, s: &SentenceText, title_start: usize) -> usize {
    let mut from = title_start.saturating_sub(40).max(s.start);
    while !doc_text.is_char_boundary(from) {
        from += 1;
    }
    let before = &doc_text[from..title_start];
    let mut start = title_start;
    for (offset, word) in before.unicode_word_indices().rev().take(2) {
        let between = &before[offset + word.len()..start - from];
        let modifier = TITLE_MODIFIERS.contains(&word);
        if !modifier || !between.chars().all(|c| c == ' ' || c == '-') || between.is_empty() {
            break;
        }
        start = from + offset;
    }
    start
}

pub(super) fn is_honorific(title: &str) -> bool {
    let t = lower(title.trim_end_matches('.'));
    crate::claims::speakers::HONORIFICS.contains(&t.as_str())
}

/// A title of rank held by one person for life, written before a first name alone ("Prince William",
/// "Queen Camilla", "Pope Francis"): unlike "General" or "Chief", it is never the first word of a body's
/// or a nickname's name in the news ("Lebanese General Security", "Chief Twit").
pub(super) fn is_rank_of_birth_or_office(title: &str) -> bool {
    let t = lower(title.trim_end_matches('.'));
    matches!(
        t.as_str(),
        "prince"
            | "princess"
            | "king"
            | "queen"
            | "duke"
            | "duchess"
            | "pope"
            | "emperor"
            | "empress"
            | "sultan"
            | "emir"
    )
}
