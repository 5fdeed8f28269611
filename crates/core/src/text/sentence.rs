//! Sentence splitting for news prose, with byte offsets.
//!
//! Candidate boundaries come from unicode-segmentation's UAX #29 sentence rules (run only around the
//! characters that can end a sentence: `sentence_bounds.rs`), which already keep
//! decimals ("6.4"), thousands ("1,000"), closing quotation marks and em dashes right. UAX #29 knows no
//! abbreviations, so "U.S. Gen. Alexus G. Grynkewich" would be cut three times: this module re-joins a
//! candidate break that follows a title ("Gen.", "Mr."), an initial ("G."), a month or another known
//! abbreviation, and a dotted acronym ("U.S.") unless the next word is a typical sentence opener.
//!
//! Why not a crate (tried 2026-12-03 on the 28 conformance cases below): `sentence_segmentation` 1.3
//! returns rewritten strings, not offsets (it drops quotation marks, dashes and "@", turns "6.4" into
//! "4" and "1,000" into "1000") and got 4 of 28 right; `pragmatic-segmenter` 0.1.3 (the pySBD port)
//! needs the Oniguruma C library through bindgen and libclang, so it does not build for wasm32 here;
//! the Punkt ports need training data and return strings. So this thin layer is written here.

use crate::text::document::Span;

/// Splits `text[range]` into sentences, returned as trimmed spans into `text`.
pub fn split_sentences(text: &str, range: Span) -> Vec<Span> {
    let slice = &text[range.start..range.end];
    let mut pieces: Vec<Span> = Vec::new();
    for (offset, whole) in crate::text::sentence_bounds::sentence_bound_indices(slice) {
        // UAX #29 keeps "closed. b) Schools" together (a lower-case letter follows the stop): a lettered
        // list item starts a sentence of its own.
        let mut cuts = list_item_starts(whole);
        cuts.push(whole.len());
        let mut from = 0;
        for cut in cuts {
            let piece = &whole[from..cut];
            let start = range.start + offset + from;
            let end = start + piece.len();
            from = cut;
            if piece.is_empty() {
                continue;
            }
            match pieces.last_mut() {
                Some(previous) if should_join(&text[previous.start..previous.end], piece) => previous.end = end,
                Some(previous) if citation_len(&text[previous.start..previous.end], piece) > 0 => {
                    // "“We are ready.” (Reuters) Talks begin": the citation stays with the quotation.
                    let len = citation_len(&text[previous.start..previous.end], piece);
                    previous.end = start + len;
                    pieces.push(Span { start: start + len, end });
                }
                _ => pieces.push(Span { start, end }),
            }
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

/// Abbreviations that often end a sentence too ("Briggs & Co."): they join the next word only when it
/// is not a typical sentence opener.
const SENTENCE_FINAL_ABBREVIATIONS: &[&str] = &["co", "inc", "ltd", "corp", "etc", "jr", "sr", "bros", "llc", "plc"];

/// Abbreviations that stand before a number: "No. 1026", "p. 55".
const BEFORE_NUMBERS: &[&str] = &["no", "nos", "p", "pp", "para", "art", "sec", "ch", "vol", "fig", "op"];

const CLOSERS: &[char] = &['"', '\u{201d}', '\u{2019}', '\'', ')', ']', '\u{bb}'];

/// A list item's marker standing alone: "1.", "b)", "(iv)", "iii.".
fn is_list_marker(piece: &str) -> bool {
    let p = piece.trim();
    let inner = p.strip_prefix('(').and_then(|r| r.strip_suffix(')')).or_else(|| p.strip_suffix(['.', ')']));
    inner.is_some_and(|m| {
        let digits = !m.is_empty() && m.len() <= 3 && m.chars().all(|c| c.is_ascii_digit());
        let letter = m.chars().count() == 1 && m.chars().all(|c| c.is_alphabetic());
        let roman = !m.is_empty() && m.len() <= 4 && m.chars().all(|c| "ivxlIVXL".contains(c));
        digits || letter || roman
    })
}

/// A short parenthetical source after a sentence or quotation: "(Reuters)", "(p. 55).", "(AP Photo)".
fn is_citation(piece: &str) -> bool {
    let p = piece.trim().trim_end_matches('.');
    p.starts_with('(') && p.ends_with(')') && p.split_whitespace().count() <= 6
}

/// Offsets inside a piece where a lettered list item begins after a sentence stop: "… closed. b) …".
fn list_item_starts(piece: &str) -> Vec<usize> {
    let bytes = piece.as_bytes();
    let mut out = Vec::new();
    for i in 2..bytes.len().saturating_sub(2) {
        let after_stop = matches!(bytes[i - 2], b'.' | b'!' | b'?') && bytes[i - 1] == b' ';
        let marker = bytes[i].is_ascii_lowercase() && bytes[i + 1] == b')' && bytes[i + 2] == b' ';
        if after_stop && marker {
            out.push(i);
        }
    }
    out
}

/// The length of a short bracketed citation that opens `piece` right after a sentence ending in a stop
/// or a closing quotation mark, including the space after it; 0 when there is none.
fn citation_len(previous: &str, piece: &str) -> usize {
    let prev = previous.trim_end();
    if !prev.ends_with(['.', '!', '?', '"', '\u{201d}']) || !piece.starts_with('(') {
        return 0;
    }
    let Some(close) = piece.find(')') else { return 0 };
    let inner = &piece[1..close];
    if inner.split_whitespace().count() > 6 || close + 1 >= piece.trim_end().len() {
        return 0;
    }
    let rest = &piece[close + 1..];
    let stop = usize::from(rest.starts_with('.'));
    let spaces = rest[stop..].len() - rest[stop..].trim_start().len();
    close + 1 + stop + spaces
}

fn should_join(previous: &str, next: &str) -> bool {
    let prev = previous.trim_end();
    let next_trim = next.trim_start();
    if next_trim.is_empty() {
        return false;
    }
    // The rest of an ellipsis ". . .", a citation in brackets, or the item a lone list marker opens.
    if next_trim.chars().all(|c| c == '.' || c.is_whitespace()) || is_citation(next_trim) || is_list_marker(prev) {
        return true;
    }
    // "the CEO of Tesla Inc. (TSLA) and SpaceX": a short bracket after the stop, then the sentence going on
    // in lower case.
    let after_bracket = next_trim
        .strip_prefix('(')
        .and_then(|r| r.split_once(')'))
        .filter(|(inner, _)| inner.split_whitespace().count() <= 6)
        .map(|(_, rest)| rest.trim_start());
    if prev.ends_with('.') && after_bracket.is_some_and(|rest| rest.starts_with(char::is_lowercase)) {
        return true;
    }
    // A list item ("b) Schools are shut") starts a sentence even in lower case.
    let first_token = next_trim.split_whitespace().next().unwrap_or("");
    if is_list_marker(first_token) && next_trim.len() > first_token.len() && !first_token.ends_with('.') {
        return false;
    }
    let starts_lower = next_trim.chars().next().is_some_and(char::is_lowercase);
    let bare = prev.trim_end_matches(CLOSERS);
    // "Yahoo! reported", "\u{201c}Why?\u{201d} he asked": no sentence starts in lower case.
    if bare.ends_with(['!', '?']) {
        return starts_lower;
    }
    if !prev.ends_with('.') {
        return false;
    }
    // Space before the next word is required for a real boundary to be in doubt.
    let last_word = prev.rsplit(|c: char| c.is_whitespace() || c == '(' || c == '“' || c == '"').next().unwrap_or("");
    let core = last_word.trim_end_matches('.');
    if core.is_empty() {
        return starts_lower;
    }
    let next_word: String = next_trim.chars().take_while(|c| c.is_alphanumeric()).collect();
    let next_lower = next_word.to_lowercase();
    if starts_lower {
        return true;
    }
    let opener = SENTENCE_OPENERS.contains(&next_lower.as_str());
    // A single capital letter: an initial ("Alexus G. Grynkewich"), unless a sentence opener follows
    // ("you and I. Then").
    let letters: Vec<char> = core.chars().collect();
    if letters.len() == 1 && letters[0].is_uppercase() {
        return !opener;
    }
    // A dotted acronym: "U.S.", "U.K.", "a.m.", "P.M.".
    if core.contains('.') && core.split('.').all(|part| part.chars().count() <= 2 && !part.is_empty()) {
        return !opener;
    }
    let core_lower = core.to_lowercase();
    if BEFORE_NUMBERS.contains(&core_lower.as_str()) && next_trim.starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    if core_lower == "no" || core_lower == "nos" || core_lower == "p" {
        return false;
    }
    if SENTENCE_FINAL_ABBREVIATIONS.contains(&core_lower.as_str()) {
        return !opener && !next_word.is_empty();
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
        // A ticker in brackets after "Inc.", the sentence going on; a source in brackets after a stop.
        check(
            "Vale, the head of Vale Inc. (VAL) and a frequent poster, bid in April. It failed.",
            &["Vale, the head of Vale Inc. (VAL) and a frequent poster, bid in April.", "It failed."],
        );
        check("“We are ready.” (Reuters) Talks begin.", &["“We are ready.” (Reuters)", "Talks begin."]);
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
    fn list_items_keep_their_markers_and_stay_apart() {
        check("1. Roads are closed. 2. Schools are shut.", &["1. Roads are closed.", "2. Schools are shut."]);
        check("a) Roads are closed. b) Schools are shut.", &["a) Roads are closed.", "b) Schools are shut."]);
        check("(iv) The last point stands.", &["(iv) The last point stands."]);
    }

    #[test]
    fn abbreviations_and_initials_that_end_a_sentence_split() {
        check("The firm is Briggs & Co. The deal closed.", &["The firm is Briggs & Co.", "The deal closed."]);
        check("It was run by Smith and co. The rest left.", &["It was run by Smith and co.", "The rest left."]);
        check("The polls close at 6 P.M. The count starts.", &["The polls close at 6 P.M.", "The count starts."]);
        check("It is between you and I. The rest can wait.", &["It is between you and I.", "The rest can wait."]);
        check("Briggs & Co. said profits rose.", &["Briggs & Co. said profits rose."]);
    }

    #[test]
    fn numbers_after_abbreviations_do_not_split() {
        check("See p. 55 for details.", &["See p. 55 for details."]);
        check("He flew with No. 1026 Squadron in 1944.", &["He flew with No. 1026 Squadron in 1944."]);
    }

    #[test]
    fn exclamation_marks_in_names_and_before_lower_case() {
        check("A Yahoo! spokesperson said it was fixed.", &["A Yahoo! spokesperson said it was fixed."]);
        check(
            "\u{201c}Why now?\u{201d} she asked. Nobody knew.",
            &["\u{201c}Why now?\u{201d} she asked.", "Nobody knew."],
        );
        check("Stop! The bridge is down.", &["Stop!", "The bridge is down."]);
    }

    #[test]
    fn ellipses_and_citations() {
        check("He paused... then went on. Done.", &["He paused... then went on.", "Done."]);
        check("He paused . . . then went on. Done.", &["He paused . . . then went on.", "Done."]);
        check(
            "\u{201c}We are ready.\u{201d} (Reuters) Talks begin today.",
            &["\u{201c}We are ready.\u{201d} (Reuters)", "Talks begin today."],
        );
    }

    #[test]
    fn urls_and_emails_stay_whole() {
        check(
            "Details at https://example.org/news/a.html today.",
            &["Details at https://example.org/news/a.html today."],
        );
        check("https://example.org/live", &["https://example.org/live"]);
        check("Write to desk@example.org. We reply.", &["Write to desk@example.org.", "We reply."]);
    }

    #[test]
    fn offsets_are_relative_to_the_whole_text() {
        let text = "Head\nFirst one. Second one.";
        let spans = split_sentences(text, Span { start: 5, end: text.len() });
        assert_eq!(&text[spans[1].start..spans[1].end], "Second one.");
    }
}
