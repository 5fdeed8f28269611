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
    let first_title = words.iter().position(|w| is_title_word(w.as_str()));
    // A verb's clause is no apposition: "Justin Welby, crowned the King", "Kyiv, joined by NATO's top
    // commander": a determiner or "by" before the first title word, unless the phrase opens with a role
    // ("aunt of the rescued coach").
    let clause = first_title.is_some_and(|t| {
        let opens_with_role = is_qualifier(words[0].as_str()) || crate::claims::speakers::is_person_noun(&words[0]);
        !opens_with_role
            && words[..t]
                .iter()
                .any(|w| matches!(w.as_str(), "the" | "a" | "an" | "his" | "her" | "its" | "their" | "by"))
    });
    (starts_lower && (1..=5).contains(&words.len()) && first_title.is_some() && !clause).then(|| phrase.to_string())
}

/// The text of sentence `s` before `at`, at most `bytes` long (moved forward to a character boundary),
/// with where it starts: the few words before a name, never a scan of the whole sentence.
fn window_before<'t>(doc_text: &'t str, s: &SentenceText, at: usize, bytes: usize) -> (usize, &'t str) {
    let mut from = at.saturating_sub(bytes).max(s.start);
    while !doc_text.is_char_boundary(from) {
        from += 1;
    }
    (from, &doc_text[from..at])
}

/// A title in lower case just before a name ("envoy", "U.S. envoy", "senior U.S. negotiators").
pub(super) fn lowercase_title_before(doc_text: &str, s: &SentenceText, name_start: usize) -> Option<String> {
    // Only the few words right before the name matter: look at a short window, not the whole sentence.
    let (_, before) = window_before(doc_text, s, name_start, 80);
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

/// Where a title in lower case with its "of" stands right before a name's run: "the archbishop of
/// Canterbury …", "la maire de Paris …" (the title word's offset).
pub(super) fn lowercase_office_before(doc_text: &str, s: &SentenceText, run_start: usize) -> Option<usize> {
    let (from, before) = window_before(doc_text, s, run_start, 60);
    let words: Vec<(usize, &str)> = crate::text::words::word_indices(before).collect();
    let [.., (title_at, title), (of_at, of)] = words.as_slice() else { return None };
    let spaced = before[title_at + title.len()..*of_at] == *" " && before[of_at + of.len()..] == *" ";
    let lower_title = title.chars().all(char::is_lowercase) && is_title_word(lower(title).as_str());
    (spaced && lower_title && matches!(*of, "of" | "de" | "di" | "del" | "du")).then_some(from + title_at)
}

/// Whether a role in the plural, in lower case, stands right before a name: "climate activists Just
/// Stop Oil", "supporters Republic" (a person noun with an "s" that its singular lacks).
pub(super) fn plural_role_before(doc_text: &str, s: &SentenceText, run_start: usize) -> bool {
    let (_, before) = window_before(doc_text, s, run_start, 30);
    let Some(word) = before.strip_suffix(' ').and_then(|b| b.rsplit(' ').next()) else { return false };
    word.len() > 3
        && word.ends_with('s')
        && !word.ends_with("ss")
        && word.chars().all(char::is_lowercase)
        && crate::claims::speakers::is_person_noun(&word[..word.len() - 1])
}

/// A written title with the words that change its meaning written in lower case just before it:
/// "former President Donald Trump" is a former president (`TITLE_MODIFIERS`; at most two words,
/// within the sentence).
pub(super) fn with_modifiers_before(doc_text: &str, s: &SentenceText, title_start: usize) -> usize {
    let (from, before) = window_before(doc_text, s, title_start, 40);
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
