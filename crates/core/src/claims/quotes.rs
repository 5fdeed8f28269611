//! Direct quotations and who said them. Quotes are found between straight, curly or angle quotation
//! marks (also across sentences); the speaker comes from the cue verbs and structure of news prose —
//! "X said", "said X", "X told reporters:", "according to X", "X was quoted as saying", a quote on its
//! own line with the speaker on the next line, or an introducing paragraph ending in a colon. A quote
//! with no such cue is reported as unattributed rather than guessed.

use crate::text::document::{Paragraph, ParagraphKind};
use serde::{Deserialize, Serialize};
use unicode_segmentation::UnicodeSegmentation;

/// A direct quotation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted words, without the quotation marks.
    pub text: String,
    /// Who said it, as the article names them; `None` when the article does not say.
    pub speaker: Option<String>,
    /// How the speaker was found: `said`, `according_to`, `speaker_line`, `introduced`, or `unattributed`.
    pub attribution: String,
    pub doc: usize,
    /// The sentence the quote starts in.
    pub sentence: usize,
    /// Byte offsets of the quoted words in the document.
    pub start: usize,
    pub end: usize,
}

const CUE_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "adds",
    "stated",
    "warned",
    "noted",
    "explained",
    "insisted",
    "emphasized",
    "emphasised",
    "stressed",
    "declared",
    "wrote",
    "writes",
    "asked",
    "argued",
    "claimed",
    "continued",
    "urged",
    "cautioned",
    "announced",
    "recalled",
    "acknowledged",
    "tweeted",
    "posted",
    "replied",
    "remarked",
    "saying",
    "described",
    "called",
    "quipped",
    "admitted",
    "confirmed",
    "characterized",
    "characterised",
];

const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i"];

/// Quotation spans (byte offsets of the inner text) in a paragraph.
fn quote_spans(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let slice = &text[start..end];
    let mut spans = Vec::new();
    let chars: Vec<(usize, char)> = slice.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        let closing = match c {
            '\u{201c}' => Some('\u{201d}'),
            '"' => Some('"'),
            '\u{ab}' => Some('\u{bb}'),
            // A single curly quote opens only at a word start (not an apostrophe).
            '\u{2018}' if i == 0 || chars[i - 1].1.is_whitespace() || chars[i - 1].1 == '(' => Some('\u{2019}'),
            _ => None,
        };
        if let Some(close) = closing {
            let mut j = i + 1;
            while j < chars.len() {
                let (_, d) = chars[j];
                let is_close =
                    d == close && (close != '\u{2019}' || chars.get(j + 1).is_none_or(|(_, n)| !n.is_alphanumeric()));
                if is_close {
                    break;
                }
                j += 1;
            }
            let inner_start = pos + c.len_utf8();
            let inner_end = if j < chars.len() { chars[j].0 } else { slice.len() };
            // An unclosed quote runs to the paragraph end (quotes spanning paragraphs).
            spans.push((start + inner_start, start + inner_end));
            i = j + 1;
            continue;
        }
        i += 1;
    }
    spans
}

/// The capitalised run (or role phrase) just before a cue verb at the end of `before`, e.g.
/// "French President Emmanuel Macron said" → "French President Emmanuel Macron".
fn speaker_before_verb(fragment: &str) -> Option<String> {
    let words: Vec<(usize, &str)> = fragment.unicode_word_indices().collect();
    let verb_at = words.iter().rposition(|(_, w)| CUE_VERBS.contains(&w.to_lowercase().as_str()))?;
    // Words right before the verb (allowing "was quoted as saying", "told reporters").
    let mut k = verb_at;
    while k > 0
        && matches!(
            words[k - 1].1.to_lowercase().as_str(),
            "was" | "quoted" | "as" | "has" | "had" | "also" | "later" | "then"
        )
    {
        k -= 1;
    }
    if k == 0 {
        return None;
    }
    let last = words[k - 1].1;
    if PRONOUNS.contains(&last.to_lowercase().as_str()) {
        return Some(last.to_lowercase());
    }
    if !last.chars().next().is_some_and(char::is_uppercase) {
        // A role phrase: "A French presidency official", "the spokesperson".
        let from = words[..k].iter().rposition(|(_, w)| matches!(w.to_lowercase().as_str(), "a" | "an" | "the"))?;
        if k - from > 6 {
            return None;
        }
        return Some(fragment[words[from].0..words[k - 1].0 + words[k - 1].1.len()].to_string());
    }
    let mut first = k - 1;
    while first > 0 && words[first - 1].1.chars().next().is_some_and(char::is_uppercase) {
        first -= 1;
    }
    // "An advisor to President Macron said": the speaker is the advisor.
    if first >= 2 && matches!(words[first - 1].1, "to" | "of" | "for") {
        if let Some(article) = words[first.saturating_sub(5)..first - 1]
            .iter()
            .rposition(|(_, w)| matches!(w.to_lowercase().as_str(), "a" | "an" | "the"))
        {
            let from = first.saturating_sub(5) + article;
            return Some(fragment[words[from].0..words[k - 1].0 + last.len()].to_string());
        }
    }
    Some(fragment[words[first].0..words[k - 1].0 + last.len()].to_string())
}

/// The speaker right after a cue verb at the start of `fragment`: ", said Helen Marsh." → "Helen Marsh".
fn speaker_after_verb(fragment: &str) -> Option<String> {
    let words: Vec<(usize, &str)> = fragment.unicode_word_indices().take(10).collect();
    let (_, first) = words.first()?;
    if !CUE_VERBS.contains(&first.to_lowercase().as_str()) || fragment[..words[0].0].contains(['.', '!', '?']) {
        return None;
    }
    let rest: Vec<&(usize, &str)> = words.iter().skip(1).collect();
    let start = rest.first()?.0;
    let mut end = start;
    for (offset, w) in rest {
        let gap = &fragment[end..*offset];
        if end != start && gap.contains([',', '.', ';', ':']) {
            break;
        }
        let capital = w.chars().next().is_some_and(char::is_uppercase);
        if !capital && !matches!(w.to_lowercase().as_str(), "a" | "an" | "the" | "of") && end == start {
            break;
        }
        end = offset + w.len();
    }
    (end > start).then(|| fragment[start..end].trim().to_string())
}

/// A named person ("Donald Tusk") or a role phrase naming one ("An advisor to President Macron"), not a
/// thing ("The plan").
fn looks_like_a_speaker(candidate: &str) -> bool {
    const ROLES: &[&str] = &[
        "official",
        "officials",
        "advisor",
        "adviser",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "minister",
        "president",
        "chancellor",
        "envoy",
        "diplomat",
        "source",
        "aide",
        "secretary",
        "leader",
        "chief",
        "director",
        "commander",
        "witness",
        "resident",
        "passenger",
        "expert",
        "analyst",
        "negotiator",
        "mayor",
        "governor",
        "councillor",
        "councilor",
        "police",
        "officer",
        "survivor",
        "ambassador",
    ];
    let words: Vec<&str> = candidate.split_whitespace().collect();
    let capitalised_name = words.len() >= 2
        && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !words.iter().any(|w| matches!(w.to_lowercase().as_str(), "the" | "a" | "an"));
    capitalised_name
        || words.iter().any(|w| ROLES.contains(&w.to_lowercase().trim_matches(|c: char| !c.is_alphabetic())))
}

/// The nearest char boundary at or after `i`.
fn floor_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The first run of two or more capitalised words in `fragment` that is not an organisation.
fn first_person_named(fragment: &str) -> Option<String> {
    const ORG: &[&str] =
        &["council", "ministry", "office", "rail", "service", "police", "news", "agency", "department", "company"];
    let words: Vec<(usize, &str)> = fragment.unicode_word_indices().collect();
    let mut i = 0;
    while i < words.len() {
        let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
        if capital(words[i].1) {
            let mut j = i;
            while j + 1 < words.len()
                && capital(words[j + 1].1)
                && &fragment[words[j].0 + words[j].1.len()..words[j + 1].0] == " "
            {
                j += 1;
            }
            let is_org = words[i..=j].iter().any(|(_, w)| ORG.contains(&w.to_lowercase().as_str()));
            if j > i && !is_org {
                return Some(fragment[words[i].0..words[j].0 + words[j].1.len()].to_string());
            }
            i = j + 1;
        } else {
            i += 1;
        }
    }
    None
}

fn according_to(fragment: &str) -> Option<String> {
    let lower = fragment.to_lowercase();
    let at = lower.find("according to ")? + "according to ".len();
    let rest = &fragment[at..];
    let end = rest.find([',', '.', ';', ':', '"', '\u{201c}', '\u{201d}']).unwrap_or(rest.len());
    let name = rest[..end].trim();
    (!name.is_empty() && name.split_whitespace().count() <= 10).then(|| name.to_string())
}

/// Quotes of one document. `sentence_of` maps a byte offset to the sentence containing it.
pub fn find_quotes(
    doc: usize,
    text: &str,
    paragraphs: &[Paragraph],
    sentence_of: &dyn Fn(usize) -> Option<usize>,
) -> Vec<Quote> {
    let mut out: Vec<Quote> = Vec::new();
    let mut last_speaker: Option<String> = None;
    for (p_index, paragraph) in paragraphs.iter().enumerate() {
        if !paragraph.kind.is_content() || paragraph.kind == ParagraphKind::Speaker {
            continue;
        }
        let p_text = &text[paragraph.text_start..paragraph.end];
        for (start, end) in quote_spans(text, paragraph.text_start, paragraph.end) {
            let inner = text[start..end].trim_matches(|c: char| c.is_whitespace());
            let words = inner.split_whitespace().count();
            if words < 3 {
                continue;
            }
            let before = text[paragraph.text_start..start].trim_end_matches(['"', '\u{201c}', '\u{ab}', '\u{2018}']);
            let after = &text[end.min(paragraph.end)..paragraph.end];
            let mut found: Option<(String, &str)> = None;
            if let Some(s) = speaker_after_verb(after.trim_start_matches(['"', '\u{201d}', '\u{bb}', '\u{2019}'])) {
                found = Some((s, "said"));
            } else if let Some(s) = after.split(['.', '!', '?']).next().and_then(speaker_before_verb) {
                found = Some((s, "said"));
            } else if let Some(s) = speaker_before_verb(before.trim_end_matches([':', ',', ' ']))
                .filter(|_| before.trim_end().ends_with([':', ',']))
            {
                found = Some((s, "said"));
            } else if let Some(s) = {
                // "Polish Prime Minister Donald Tusk emphasized the meeting's objective to 'tighten …'".
                let sentence_part = before.rsplit(['.', '!', '?']).next().unwrap_or(before);
                speaker_before_verb(sentence_part).filter(|s| looks_like_a_speaker(s))
            } {
                found = Some((s, "said"));
            } else if let Some(s) = according_to(p_text) {
                found = Some((s, "according_to"));
            } else if before.trim().is_empty() && after.trim_matches(|c: char| !c.is_alphanumeric()).is_empty() {
                // A quote alone in its paragraph: the speaker line below, or an introducing line above.
                if let Some(next) = paragraphs.get(p_index + 1).filter(|n| n.kind == ParagraphKind::Speaker) {
                    // "Dmitri Ostrovsky, 34, a passenger in the front carriage": the name before the first comma.
                    let line = text[next.text_start..next.end].trim();
                    let name = line.split(',').next().unwrap_or(line).trim();
                    found = Some((name.to_string(), "speaker_line"));
                } else if let Some(prev) = p_index.checked_sub(1).map(|i| &paragraphs[i]) {
                    let prev_text = &text[prev.text_start..prev.end];
                    if prev_text.trim_end().ends_with(':') {
                        if let Some(s) = speaker_before_verb(prev_text.trim_end_matches(':')) {
                            found = Some((s, "introduced"));
                        }
                    }
                }
            }
            // A quote that goes on after its attribution ("A," X said. "B.") is X's too.
            if found.is_none() {
                if let Some(previous) = out.last().filter(|q| q.start >= paragraph.text_start && q.speaker.is_some()) {
                    found = Some((previous.speaker.clone().unwrap_or_default(), "said"));
                }
            }
            // Pronouns refer to the person named earlier in the paragraph, else to the last named speaker;
            // with neither, the quote stays unattributed.
            let (speaker, attribution) = match found {
                Some((s, how)) if PRONOUNS.contains(&s.as_str()) => match first_person_named(
                    &text[floor_boundary(text, start.saturating_sub(600).max(paragraph.text_start))..start],
                )
                .or(last_speaker.clone())
                {
                    Some(previous) => (Some(previous.clone()), how.to_string()),
                    None => (None, "unattributed".to_string()),
                },
                Some((s, how)) => (Some(s), how.to_string()),
                None => (None, "unattributed".to_string()),
            };
            if speaker.is_none() && words < 6 {
                continue; // a scare-quoted phrase, not a quotation
            }
            if let Some(s) = &speaker {
                last_speaker = Some(s.clone());
            }
            let Some(sentence) = sentence_of(start) else { continue };
            let lead = text[start..end].len() - text[start..end].trim_start().len();
            out.push(Quote {
                text: inner.to_string(),
                speaker,
                attribution,
                doc,
                sentence,
                start: start + lead,
                end: start + lead + inner.len(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::document::parse_paragraphs;

    fn quotes(text: &str) -> Vec<(String, Option<String>, String)> {
        let paragraphs = parse_paragraphs(text);
        find_quotes(0, text, &paragraphs, &|_| Some(0))
            .into_iter()
            .map(|q| (q.text, q.speaker, q.attribution))
            .collect()
    }

    #[test]
    fn said_before_and_after_the_quote() {
        let q = quotes("Headline here\n\u{201c}We have done everything we can tonight,\u{201d} said Helen Marsh, the chief executive.\n");
        assert_eq!(q[0].1.as_deref(), Some("Helen Marsh"));
        let q = quotes("Headline here\n\u{201c}There was a loud bang and then silence,\u{201d} Ostrovsky said.\n");
        assert_eq!(q[0].1.as_deref(), Some("Ostrovsky"));
        let q = quotes("Headline here\nFrench President Emmanuel Macron said: \u{201c}We are ready to provide guarantees now.\u{201d}\n");
        assert_eq!(q[0].1.as_deref(), Some("French President Emmanuel Macron"));
    }

    #[test]
    fn speaker_on_the_next_line_and_introducing_line() {
        let q = quotes("Headline here\n\u{201c}We are ready, us Europeans, to provide security guarantees to Ukraine,\u{201d}\nEmmanuel Macron\nMore text.\n");
        assert_eq!(q[0].1.as_deref(), Some("Emmanuel Macron"));
        assert_eq!(q[0].2, "speaker_line");
        let q = quotes("Headline here\nA French presidency official told reporters:\n\u{201c}We have agreed on the operational structure of the security guarantees.\u{201d}\n");
        assert_eq!(q[0].1.as_deref(), Some("A French presidency official"));
    }

    #[test]
    fn according_to_and_unattributed() {
        let q = quotes("Headline here\nThe repairs were \u{201c}long overdue and badly planned by the operator,\u{201d} according to Councillor Ruth Entwistle.\n");
        assert_eq!(q[0].1.as_deref(), Some("Councillor Ruth Entwistle"));
        let q = quotes("Headline here\nThe plan was described as \u{201c}a bold new step for the whole region now\u{201d} in the report.\n");
        assert_eq!((q[0].1.clone(), q[0].2.as_str()), (None, "unattributed"));
    }

    #[test]
    fn scare_quotes_are_not_quotations() {
        assert!(quotes("Headline here\nThe so-called \"coalition of the willing\" met.\n").is_empty());
    }
}
