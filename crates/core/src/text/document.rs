//! The document model: one article's plain text cut into typed paragraphs (headline, standfirst,
//! subheading, body, list item, speaker line, boilerplate), each with byte offsets into the original text.
//!
//! Structure is recognised by line shape, not by any outlet's markup: one paragraph a line, blank lines
//! ignored, a short unpunctuated line is a heading, a leading "PARIS –" is a dateline, and short trailing
//! lines such as "Follow … coverage at https://…" are boilerplate that takes no part in the analysis.

use serde::{Deserialize, Serialize};

/// A byte range `start..end` into a document's original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// What role a paragraph plays in the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ParagraphKind {
    Headline,
    Standfirst,
    Subheading,
    Body,
    ListItem,
    /// A short line naming the speaker of the quotation just above it.
    Speaker,
    /// Newsletter footers, "contributed to this report", "Help us improve." and the like.
    Boilerplate,
}

impl ParagraphKind {
    /// Whether sentences of this paragraph take part in the analysis.
    pub fn is_content(self) -> bool {
        !matches!(self, ParagraphKind::Boilerplate)
    }
}

/// One paragraph (one non-empty line) of an article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    pub kind: ParagraphKind,
    /// The whole line, trimmed.
    pub start: usize,
    pub end: usize,
    /// Where the text proper starts: after a dateline ("PARIS –") or a list bullet.
    pub text_start: usize,
    /// The dateline, if the paragraph opens with one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dateline: Option<Span>,
}

impl Paragraph {
    /// The paragraph's text proper (after any dateline or bullet).
    pub fn text<'a>(&self, source: &'a str) -> &'a str {
        &source[self.text_start..self.end]
    }
}

/// Splits `text` into typed paragraphs.
pub fn parse_paragraphs(text: &str) -> Vec<Paragraph> {
    let lines = content_lines(text);
    let headline_like: Vec<bool> = lines.iter().map(|l| is_heading_shaped(&text[l.start..l.end])).collect();
    // A text whose lines mostly lack final punctuation (copy that lost its full stops) has no headings
    // beyond its first line: treating every line as a heading would hide the whole article.
    let unpunctuated_text =
        lines.len() >= 4 && headline_like.iter().skip(1).filter(|&&h| h).count() * 2 > lines.len().saturating_sub(1);

    let mut paragraphs: Vec<Paragraph> = Vec::with_capacity(lines.len());
    let mut seen_headline = false;
    for (i, line) in lines.iter().enumerate() {
        let raw = &text[line.start..line.end];
        let mut kind = ParagraphKind::Body;
        let mut text_start = line.start;
        if is_boilerplate(raw) {
            kind = ParagraphKind::Boilerplate;
        } else if let Some(bullet_len) = bullet_prefix(raw) {
            kind = ParagraphKind::ListItem;
            text_start = line.start + bullet_len;
        } else if headline_like[i] {
            let previous_is_quote = paragraphs
                .last()
                .is_some_and(|p| p.kind == ParagraphKind::Body && is_quotation_only(&text[p.start..p.end]));
            let is_last = i + 1 == lines.len();
            let named = raw.split_whitespace().take(2).all(|w| w.chars().next().is_some_and(char::is_uppercase));
            if previous_is_quote && (pieces(raw) <= 6 || (pieces(raw) <= 14 && named)) {
                kind = ParagraphKind::Speaker;
            } else if !seen_headline && i == 0 {
                kind = ParagraphKind::Headline;
                seen_headline = true;
            } else if !seen_headline
                && i == 1
                && pieces(raw) >= 4
                && is_title_case(raw)
                && paragraphs[0].kind == ParagraphKind::Body
                && pieces(&text[paragraphs[0].start..paragraphs[0].end]) >= 20
            {
                // A summary line above the headline: the first line was the standfirst.
                paragraphs[0].kind = ParagraphKind::Standfirst;
                kind = ParagraphKind::Headline;
                seen_headline = true;
            } else if !unpunctuated_text && !is_last && is_subheading_sized(raw) {
                kind = ParagraphKind::Subheading;
            }
        }
        paragraphs.push(Paragraph { kind, start: line.start, end: line.end, text_start, dateline: None });
    }

    // A dateline can open the first body paragraph of the article.
    if let Some(first_body) = paragraphs.iter_mut().find(|p| p.kind == ParagraphKind::Body) {
        let raw = &text[first_body.text_start..first_body.end];
        if let Some((dateline_len, body_offset)) = dateline_prefix(raw) {
            first_body.dateline =
                Some(Span { start: first_body.text_start, end: first_body.text_start + dateline_len });
            first_body.text_start += body_offset;
        }
    }
    paragraphs
}

/// Derives a display label: the headline if there is one, else the opening words of the text.
/// Never invents an outlet name.
pub fn derive_label(text: &str, paragraphs: &[Paragraph]) -> String {
    let source = paragraphs
        .iter()
        .find(|p| p.kind == ParagraphKind::Headline)
        .or_else(|| paragraphs.iter().find(|p| p.kind.is_content()));
    match source {
        Some(p) => shorten_words(p.text(text), 72),
        None => String::from("(empty document)"),
    }
}

/// [`derive_label`] of the whole text, reading no more of a long text than it needs. A headline is
/// decided by the first two lines alone, so when the opening lines hold one it is the label, whatever
/// follows; otherwise the whole text is read (the kind of the first paragraph after them can depend on
/// the whole text). Labelling a 10 MB article read all of it.
pub fn label_of(text: &str) -> String {
    let mut lines = 0;
    let mut in_line = false;
    for (i, b) in text.bytes().enumerate() {
        match b {
            b'\n' | b'\r' if in_line => {
                in_line = false;
                lines += 1;
                if lines == 3 {
                    let opening = &text[..i];
                    let paragraphs = parse_paragraphs(opening);
                    if paragraphs.iter().any(|p| p.kind == ParagraphKind::Headline) {
                        return derive_label(opening, &paragraphs);
                    }
                    break;
                }
            }
            b'\n' | b'\r' | b' ' | b'\t' => {}
            _ => in_line = true,
        }
    }
    derive_label(text, &parse_paragraphs(text))
}

/// Cuts `s` at a word boundary to at most `max_chars` characters, adding "…" when cut.
pub fn shorten_words(s: &str, max_chars: usize) -> String {
    let s = s.trim();
    if s.chars().count() <= max_chars {
        return s.to_string();
    }
    let mut out = String::new();
    for word in s.split_whitespace() {
        if out.chars().count() + word.chars().count() + 1 > max_chars {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    if out.is_empty() {
        out = s.chars().take(max_chars).collect();
    }
    let trimmed = out.trim_end_matches([',', ';', ':', '—', '–', '-', ' ']);
    format!("{trimmed}…")
}

/// Non-empty lines of `text`, trimmed, as byte spans (handles `\n`, `\r\n` and `\r`).
fn content_lines(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut line_start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i <= bytes.len() {
        let at_end = i == bytes.len();
        if at_end || bytes[i] == b'\n' || bytes[i] == b'\r' {
            let line = &text[line_start..i];
            let lead = line.len() - line.trim_start().len();
            let trimmed = line.trim();
            if !trimmed.is_empty() {
                let start = line_start + lead;
                spans.push(Span { start, end: start + trimmed.len() });
            }
            line_start = i + 1;
        }
        i += 1;
    }
    spans
}

/// Whitespace-separated pieces of a line (for judging its shape: short heading, speaker line).
fn pieces(s: &str) -> usize {
    pieces_up_to(s, usize::MAX - 1)
}

/// `pieces(s)`, counted no further than `limit + 1`: whether a line has more than `limit` pieces is
/// known without reading the whole of a long paragraph.
fn pieces_up_to(s: &str, limit: usize) -> usize {
    // One pass over the characters (`split_whitespace` costs several times more per character, and every
    // line of an article is measured).
    let mut count = 0;
    let mut in_piece = false;
    for c in s.chars() {
        if c.is_whitespace() {
            in_piece = false;
        } else if !in_piece {
            in_piece = true;
            count += 1;
            if count > limit {
                break;
            }
        }
    }
    count
}

/// The number of words in a text as the reader is shown it everywhere (Compare, the Articles dialog, the
/// Overview, the report): Unicode words (UAX #29), the same words the copied-passage search counts, so
/// "copied share" and "words" agree.
pub fn word_count(text: &str) -> usize {
    crate::text::words::words(text).count()
}

const SENTENCE_FINAL: &[char] = &['.', '!', '?', '…', ':', ';', ','];
const CLOSING_QUOTES: &[char] = &['"', '\'', '”', '’', '»', ')', ']'];
const OPENING_QUOTES: &[char] = &['"', '“', '‘', '«', '\'', '„'];

/// A line shaped like a heading: short, without sentence-final punctuation, not a quotation.
fn is_heading_shaped(line: &str) -> bool {
    let words = pieces_up_to(line, 25);
    if words == 0 || words > 25 || line.chars().nth(200).is_some() {
        return false;
    }
    if line.starts_with(OPENING_QUOTES) {
        return false;
    }
    let last = line.trim_end_matches(CLOSING_QUOTES).chars().last();
    !matches!(last, Some(c) if SENTENCE_FINAL.contains(&c))
}

fn is_subheading_sized(line: &str) -> bool {
    let words = pieces(line);
    words <= 12 || (words <= 25 && is_title_case(line))
}

/// Most words longer than three letters start with a capital (or the line has no such word).
fn is_title_case(line: &str) -> bool {
    let long: Vec<&str> = line.split_whitespace().filter(|w| w.chars().count() > 3).collect();
    if long.is_empty() {
        return true;
    }
    let capitalised =
        long.iter().filter(|w| w.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase)).count();
    capitalised * 10 >= long.len() * 6
}

/// A paragraph that is one quotation: opens with a quotation mark and ends with one
/// (possibly followed by punctuation).
fn is_quotation_only(line: &str) -> bool {
    let end = line.trim_end_matches(['.', ',', ' ']);
    line.starts_with(OPENING_QUOTES) && end.ends_with(CLOSING_QUOTES)
}

/// Length of a list bullet such as "- ", "* ", "• " or "1. ", if the line starts with one.
fn bullet_prefix(line: &str) -> Option<usize> {
    for bullet in ["- ", "* ", "• ", "· ", "▪ ", "◦ ", "‣ "] {
        if let Some(rest) = line.strip_prefix(bullet) {
            return Some(line.len() - rest.trim_start().len());
        }
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=2).contains(&digits) {
        let rest = &line[digits..];
        if rest.starts_with(". ") || rest.starts_with(") ") {
            let after = rest[2..].trim_start();
            if after.chars().next().is_some_and(char::is_uppercase) {
                return Some(line.len() - after.len());
            }
        }
    }
    None
}

/// Short closing lines that are not reporting: footers, credits, calls to action.
fn is_boilerplate(line: &str) -> bool {
    // Long paragraphs first, before the line is lowered (most body paragraphs are longer).
    let words = pieces_up_to(line, 40);
    if words > 40 {
        return false;
    }
    let lower = if line.is_ascii() { line.to_ascii_lowercase() } else { line.to_lowercase() };
    let has_url = lower.contains("http://") || lower.contains("https://") || lower.contains("www.");
    const CUES: &[&str] = &[
        "contributed to this report",
        "contributed reporting",
        "help us improve",
        "sign up for",
        "subscribe to",
        "all rights reserved",
        "click here",
        "read more:",
        "follow us on",
        "this story has been updated",
        "copyright ©",
    ];
    (has_url && (lower.starts_with("follow") || lower.starts_with("read") || words <= 12))
        || CUES.iter().any(|cue| lower.contains(cue))
        || is_byline(line)
}

/// "By Jeanne Moreau", "BY ANNA SMITH AND PAUL DOE, Reuters", "By Maria Lopez in Madrid": who wrote it,
/// not what happened. Names only (capitalised words and a few connectors), short, no final full stop —
/// so "By nightfall, a picture was emerging." stays a sentence.
fn is_byline(line: &str) -> bool {
    let Some(rest) = line.strip_prefix("By ").or_else(|| line.strip_prefix("BY ")) else { return false };
    const CONNECTORS: &[&str] =
        &["and", "in", "of", "for", "with", "de", "la", "le", "du", "von", "van", "der", "y", "e"];
    let words: Vec<&str> = rest.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 10
        && !line.trim_end().ends_with(['.', '!', '?', ':'])
        && !line.chars().any(|c| c.is_ascii_digit())
        && words[0].chars().next().is_some_and(char::is_uppercase)
        && words.iter().all(|w| {
            let w = w.trim_matches(|c: char| matches!(c, ',' | ';' | '(' | ')'));
            w.is_empty()
                || matches!(w, "&" | "|" | "-" | "–" | "—" | "and")
                || CONNECTORS.contains(&w)
                || w.chars().next().is_some_and(char::is_uppercase)
        })
}

/// A dateline at the start of a paragraph: "PARIS –", "PARIS (Reuters) -", "Paris:", or a bare leading
/// dash. Returns (length of the dateline itself, offset where the text proper starts).
fn dateline_prefix(line: &str) -> Option<(usize, usize)> {
    // A bare leading dash left behind when the place name was stripped.
    for dash in ["— ", "– ", "-- "] {
        if let Some(rest) = line.strip_prefix(dash) {
            let offset = line.len() - rest.trim_start().len();
            return Some((dash.trim_end().len(), offset));
        }
    }
    let window: String = line.chars().take(60).collect();
    for sep in [" — ", " – ", " - ", " -- ", ": "] {
        let Some(pos) = window.find(sep) else {
            continue;
        };
        let prefix = &line[..pos];
        let words: Vec<&str> = prefix.split_whitespace().collect();
        if words.is_empty() || words.len() > 6 {
            continue;
        }
        let first_letters: String = words[0].chars().filter(|c| c.is_alphabetic()).collect();
        let all_caps_place = first_letters.chars().count() >= 2 && first_letters.chars().all(char::is_uppercase);
        let capitalised_place =
            sep == ": " && words.len() <= 3 && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase));
        if all_caps_place || capitalised_place {
            let rest = &line[pos + sep.len()..];
            if rest.chars().next().is_some_and(|c| c.is_uppercase() || c.is_numeric() || OPENING_QUOTES.contains(&c)) {
                let offset = line.len() - rest.trim_start().len();
                return Some((prefix.len() + sep.trim_end().len(), offset));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_are_counted_as_split_whitespace_counts_them_and_no_further_than_asked() {
        for line in ["", "   ", "one", " two  words ", "a\u{a0}b\u{2003}c\td\r\ne", "« Oui » , dit-il.", "x y z w"] {
            assert_eq!(pieces(line), line.split_whitespace().count(), "{line:?}");
            assert_eq!(pieces_up_to(line, 2), line.split_whitespace().count().min(3), "{line:?}");
        }
    }

    fn kinds(text: &str) -> Vec<(ParagraphKind, String)> {
        parse_paragraphs(text).iter().map(|p| (p.kind, p.text(text).to_string())).collect()
    }

    #[test]
    fn first_short_unpunctuated_line_is_the_headline() {
        let k = kinds("Allies meet in Paris\nLeaders met on Tuesday. They talked.\n");
        assert_eq!(k[0].0, ParagraphKind::Headline);
        assert_eq!(k[1].0, ParagraphKind::Body);
    }

    #[test]
    fn summary_above_a_title_cased_line_is_a_standfirst() {
        let text = "Leaders of Ukraine's supporters convened in Paris to outline security guarantees that would apply if a peace deal is reached, but progress was uncertain.\nParis Talks Seek Security Guarantees For Ukraine\n\nLeaders met on Tuesday.\n";
        let k = kinds(text);
        assert_eq!(k[0].0, ParagraphKind::Standfirst);
        assert_eq!(k[1].0, ParagraphKind::Headline);
        assert_eq!(k[2].0, ParagraphKind::Body);
    }

    #[test]
    fn bylines_are_not_claims_but_sentences_opening_with_by_are() {
        for byline in [
            "By Jeanne Moreau",
            "BY ANNA SMITH AND PAUL DOE, Reuters",
            "By Maria Lopez in Madrid",
            "By J. R. Hartley | The Gazette",
        ] {
            assert!(is_byline(byline), "{byline}");
        }
        for sentence in [
            "By nightfall, a picture was emerging of fierce fighting across multiple fronts.",
            "By Monday, 300 people had left the town",
            "By the time the river peaked, the bridge was closed",
            "By Tuesday the water had gone",
        ] {
            assert!(!is_byline(sentence), "{sentence}");
        }
        let text = "River peaks at Valence\nBy Jeanne Moreau\nHeavy rain on Sunday night closed the bridge.";
        let kinds: Vec<ParagraphKind> = parse_paragraphs(text).iter().map(|p| p.kind).collect();
        assert_eq!(kinds, vec![ParagraphKind::Headline, ParagraphKind::Boilerplate, ParagraphKind::Body]);
    }

    #[test]
    fn headings_bullets_speaker_and_footer_are_recognised() {
        let text = "Leaders met in Paris on Thursday.\nKey Takeaways\n- About 30 leaders met.\n- Plans are ready.\n\u{201c}We are ready,\u{201d}\nEmmanuel Macron\nMore text follows here.\nFollow AP coverage of the war at https://apnews.com/hub\nHelp us improve.\n";
        let k = kinds(text);
        let got: Vec<ParagraphKind> = k.iter().map(|x| x.0).collect();
        use ParagraphKind::*;
        assert_eq!(got, vec![Body, Subheading, ListItem, ListItem, Body, Speaker, Body, Boilerplate, Boilerplate]);
        assert_eq!(k[2].1, "About 30 leaders met.");
    }

    #[test]
    fn datelines_are_split_from_the_text() {
        for (line, body) in [
            ("PARIS – In a significant move, allies met.", "In a significant move, allies met."),
            ("Paris: Leaders from dozens of countries met.", "Leaders from dozens of countries met."),
            ("— Around 30 leaders gathered in Paris.", "Around 30 leaders gathered in Paris."),
            ("KYIV, Jan 6 (Reuters) - Ukraine said on Tuesday.", "Ukraine said on Tuesday."),
        ] {
            let p = parse_paragraphs(line);
            assert_eq!(p[0].text(line), body, "{line}");
            assert!(p[0].dateline.is_some(), "{line}");
        }
        let plain = "A high-level summit took place in Paris on Tuesday: the talks went well.";
        assert!(parse_paragraphs(plain)[0].dateline.is_none());
    }

    #[test]
    fn offsets_point_into_the_original_text_with_crlf_and_blank_lines() {
        let text = "Title here\r\n\r\n  Body one.  \r\nBody two.";
        let p = parse_paragraphs(text);
        assert_eq!(p.len(), 3);
        assert_eq!(&text[p[1].start..p[1].end], "Body one.");
        assert_eq!(&text[p[2].start..p[2].end], "Body two.");
    }

    #[test]
    fn text_without_full_stops_is_not_all_headings() {
        let text = "Headline of the piece\nBiden won the state of Pennsylvania on Saturday\nHe will be the next president of the country\nThe networks called the race in the morning\nTrump has not conceded the election yet\n";
        let k = kinds(text);
        assert_eq!(k[0].0, ParagraphKind::Headline);
        assert!(k[1..].iter().all(|x| x.0 == ParagraphKind::Body));
    }

    #[test]
    fn label_is_headline_or_opening_words() {
        let text = "Paris: Leaders from dozens of countries supporting Ukraine met in Paris on Monday with the aim of turning promises into commitments.";
        let p = parse_paragraphs(text);
        let label = derive_label(text, &p);
        assert!(label.starts_with("Leaders from dozens of countries"), "{label}");
        assert!(label.ends_with('…'));
        let text = "Allies meet in Paris\nBody.";
        assert_eq!(derive_label(text, &parse_paragraphs(text)), "Allies meet in Paris");
    }
}
