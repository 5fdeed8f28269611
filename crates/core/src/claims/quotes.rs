//! Direct quotations and who said them. Quotes are found between quotation marks (`quote_marks`, also
//! across sentences and paragraphs); the speaker is read by `speakers` from the quotation's own
//! sentence ("X said", "said X", "X, title, said:", "according to X", "X was quoted as saying", a
//! headline's "X: '…'"), else from the structure around it: a quote alone on its line with the speaker
//! on the next line, an introducing paragraph ending in a colon, a paragraph that paraphrases one
//! speaker right before a paragraph that is one quotation, a paragraph that continues the previous
//! paragraph's quotation, or an earlier quotation of the same paragraph. A quote with no such cue is reported as
//! unattributed rather than guessed; a short quoted phrase counts only when a cue names its speaker.

use crate::claims::quote_marks::{closing_len, is_mark, opening_len, quote_spans};
use crate::claims::speaker_phrase::{bare_attribution, colon_subject};
use crate::claims::speaker_resolution::resolve;
use crate::claims::speakers::{according_to, stop_of_a_name, subject_after, subject_before, PersonMention};
use crate::text::document::{Paragraph, ParagraphKind};
use serde::{Deserialize, Serialize};

/// A direct quotation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted words, without the quotation marks.
    pub text: String,
    /// Who said it, as the article names them; `None` when the article does not say.
    pub speaker: Option<String>,
    /// How the speaker was found: `said`, `according_to`, `speaker_line`, `introduced` (a colon or an
    /// introducing paragraph), `continued`, `same_cue`, `description`, `pronoun`, `repeated` (the
    /// article quotes the same words again with their speaker), or `unattributed`.
    pub attribution: String,
    pub doc: usize,
    /// The sentence the quote starts in.
    pub sentence: usize,
    /// Byte offsets of the quoted words in the document.
    pub start: usize,
    pub end: usize,
    /// The quotation this is one source's version of: quotes of different sources with the same `group`
    /// report the same words (see [`quotation_groups`]); numbered in order of first appearance.
    #[serde(default)]
    pub group: usize,
}

/// Where the clause that follows a quotation ends: the first sentence stop that is not an honorific's.
/// Whether the text before a quotation holds its cue verb ("X said that …"), so the cue may govern later
/// quotations of the sentence too.
fn after_cue(before: &str) -> bool {
    before.split_whitespace().any(crate::claims::speakers::is_cue) || before.trim_end().ends_with(':')
}

/// Every word capitalised: a name or title in quotation marks, not someone's words.
fn written_as_a_name(inner: &str) -> bool {
    let mut ws =
        inner.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).filter(|w| !w.is_empty());
    ws.clone().next().is_some() && ws.all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

fn clause_end(after: &str) -> usize {
    for (i, c) in after.char_indices() {
        if matches!(c, '!' | '?' | ';') {
            return i;
        }
        // "Shannon N. Gilreath said", "Gov. Wes Moore said": such a stop does not end the clause.
        if c == '.' && !stop_of_a_name(&after[..i]) {
            return i;
        }
    }
    after.len()
}

/// Where a paragraph that carries on a quotation left open closes it: the first closing mark (» or ”),
/// with no opening mark before it, a few words into the paragraph.
fn continuation_close(paragraph: &str) -> Option<usize> {
    let close = paragraph.find(['\u{bb}', '\u{201d}'])?;
    let inner = &paragraph[..close];
    (!inner.contains(['\u{ab}', '\u{201c}', '"']) && inner.chars().any(char::is_alphanumeric)).then_some(close)
}

/// The speaker of a headline's "Name: 'quotation'" ("Biden: 'We'll be with the people of Baltimore'"):
/// a short capitalised name, alone before the colon at the start of the paragraph.
fn headline_speaker(lead: &str) -> Option<&str> {
    // A name of at most four words: a longer lead is read no further (each quotation of a huge
    // paragraph would otherwise split everything before it).
    if lead.len() > 120 {
        return None;
    }
    let name = lead.trim_end().strip_suffix(':')?.trim();
    let ws: Vec<&str> = name.split_whitespace().collect();
    let named = (1..=4).contains(&ws.len())
        && ws.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '.' || c == '-')
        });
    named.then_some(name)
}

/// Quotes of one document. `sentence_of` maps a byte offset to the sentence containing it;
/// `sentence_starts` are the sentences' start offsets; `people` the article's person mentions by start.
pub fn find_quotes(
    doc: usize,
    text: &str,
    paragraphs: &[Paragraph],
    sentence_of: &dyn Fn(usize) -> Option<usize>,
    sentence_starts: &[usize],
    people: &[PersonMention],
) -> Vec<Quote> {
    let mut out: Vec<Quote> = Vec::new();
    // The speaker of the last attributed quotation of the previous content paragraph: a paragraph that
    // is one quotation carries on their words (news prose's continuation paragraph).
    let mut open_speaker: Option<String> = None;
    let mut cited: Vec<PersonMention> = Vec::new();
    // The quote (index in `out`) left open at the end of the previous content paragraph, its closing
    // mark not written there.
    let mut left_open: Option<usize> = None;
    for (p_index, paragraph) in paragraphs.iter().enumerate() {
        if !paragraph.kind.is_content() || paragraph.kind == ParagraphKind::Speaker {
            if paragraph.kind != ParagraphKind::Speaker {
                open_speaker = None;
                left_open = None;
            }
            continue;
        }
        let mut spans = quote_spans(text, paragraph.text_start, paragraph.end);
        // "« Tout est en train de brûler." and then a paragraph "La charpente … », a indiqué X": the
        // quotation left open goes on from this paragraph's start to a closing mark with no opening one
        // before it; its speaker, named after it, is the first part's too.
        let carried_on = left_open.take().and_then(|before| {
            let close = paragraph.text_start + continuation_close(&text[paragraph.text_start..paragraph.end])?;
            spans.insert(0, (paragraph.text_start, close));
            Some((before, close))
        });
        let quotes_before = out.len();
        let mut paragraph_speaker: Option<String> = None;
        // The speaker whose cue verb stood before a quotation, with that quotation's sentence.
        let mut sentence_speaker: Option<(usize, String)> = None;
        let mut last_close = paragraph.text_start;
        for (k, &(start, end)) in spans.iter().enumerate() {
            let inner = text[start..end].trim();
            let n_words = inner.split_whitespace().count();
            // Marks around no word ("était » sous surveillance … « .": a pair written the wrong way
            // round leaves a full stop between them) quote nothing.
            if !inner.chars().any(char::is_alphanumeric) {
                continue;
            }
            let open = start - opening_len(text, start);
            let close = end + closing_len(&text[end..paragraph.end]);
            // The paragraph's last quotation, with no closing mark before the paragraph ends: it goes on in
            // the next paragraph.
            let open_at_end = k + 1 == spans.len() && close == end && text[end..paragraph.end].trim().is_empty();
            let next_open = spans.get(k + 1).map_or(paragraph.end, |n| n.0 - opening_len(text, n.0));
            // The quotation's sentence, looked up once.
            let quote_sentence = sentence_of(start);
            let sentence_start = quote_sentence.and_then(|i| sentence_starts.get(i).copied()).unwrap_or(0);
            let before_start = sentence_start.max(last_close).min(open);
            let before = &text[before_start..open];
            let after_start = close.min(next_open);
            // A quotation that ends its sentence with a full stop inside the marks is followed by another
            // sentence: "…services.” The most recent update said so." names no speaker of it. (After "?”"
            // or "!”" the speaker often follows: "“…, isn’t it?” Ms. Chappell said.")
            let full_stop_inside = text[start..end].trim_end().ends_with('.');
            let sentence_end = sentence_of(end.saturating_sub(1).max(start))
                .and_then(|i| sentence_starts.get(i + 1).copied())
                .filter(|&e| e > after_start && full_stop_inside)
                .unwrap_or(next_open);
            let rest = &text[after_start..next_open.min(sentence_end)];
            let after = &rest[..clause_end(rest)];
            last_close = close;

            let mut phrase: Option<(String, &'static str)> = None;
            // Where the cue verb's subject is written, for later pronouns.
            let mut subject_at: Option<usize> = None;
            if let Some(s) = subject_after(after) {
                subject_at = after.find(s.as_str()).map(|i| after_start + i);
                phrase = Some((s, "said"));
            } else if let Some((s, at)) = subject_before(before) {
                subject_at = Some(before_start + at);
                phrase = Some((s, "said"));
            } else if let Some((s, at)) = bare_attribution(&text[after_start..next_open]) {
                // "“…!” He wrote.": the quotation ended its sentence, and the next says only who spoke.
                subject_at = Some(after_start + at);
                phrase = Some((s, "said"));
            } else if let Some(s) = according_to(after).or_else(|| according_to(before)) {
                phrase = Some((s, "according_to"));
            } else if let Some(name) = headline_speaker(&text[paragraph.text_start..open]) {
                phrase = Some((name.to_string(), "said"));
            } else if let Some((s, at)) = colon_subject(before) {
                // "Ruth Entwistle reports: “…”": a colon, no cue verb, a full name opening the sentence.
                subject_at = Some(before_start + at);
                phrase = Some((s, "introduced"));
            }
            let same_sentence = phrase.is_some();
            let alone = before.trim().is_empty() && after.trim_matches(|c: char| !c.is_alphanumeric()).is_empty();
            let whole_paragraph = alone && spans.len() == 1;
            if phrase.is_none() && whole_paragraph {
                let next = paragraphs.get(p_index + 1).filter(|n| n.kind == ParagraphKind::Speaker);
                // "Dmitri Ostrovsky, 34, a passenger in the front carriage": the name before the first comma.
                let line = next.map(|n| text[n.text_start..n.end].trim()).unwrap_or("");
                let name = line.split(',').next().unwrap_or(line).trim();
                let is_name = !name.is_empty()
                    && name.split_whitespace().count() <= 5
                    && name.split_whitespace().all(|w| w.chars().next().is_some_and(char::is_uppercase));
                if is_name {
                    phrase = Some((name.to_string(), "speaker_line"));
                } else if let Some(prev) = p_index.checked_sub(1).map(|i| &paragraphs[i]) {
                    let prev_text = text[prev.text_start..prev.end].trim_end();
                    if k == 0 && prev_text.ends_with(':') && prev.kind.is_content() {
                        if let Some((s, _)) = subject_before(prev_text) {
                            phrase = Some((s, "introduced"));
                        }
                    } else if k == 0 && prev.kind.is_content() && !prev_text.contains(is_mark) {
                        // "George Floyd's brother Philonise said his fight wasn't over." then a paragraph
                        // that is one quotation: the paraphrase's speaker goes on in their own words, when
                        // the paraphrase's last sentence names one speaker (not "Harris and Biden").
                        let last = sentence_starts.iter().rev().find(|&&s| s >= prev.text_start && s < prev.end);
                        let sentence = &text[last.copied().unwrap_or(prev.text_start)..prev.end];
                        let sentence = sentence.trim_end().trim_end_matches('.');
                        if let Some((s, at)) = subject_before(sentence) {
                            let lead = &sentence[..at];
                            let joined =
                                lead.split_whitespace().next_back().is_some_and(|w| matches!(w, "and" | "&" | "or"));
                            let one_name = s.chars().next().is_some_and(char::is_uppercase) && !joined;
                            if one_name {
                                phrase = Some((s, "introduced"));
                            }
                        }
                    }
                }
            }
            let mut speaker = phrase.and_then(|(p, how)| {
                let s = resolve(&p, text, people, &cited, open, sentence_starts)?;
                if let (Some(at), "named") = (subject_at, s.how) {
                    // Only a name the entity analysis did not keep as a person mention.
                    let i = people.partition_point(|m| m.end <= at);
                    let known = people.get(i).is_some_and(|m| m.start < at + p.len());
                    if !known && cited.last().is_none_or(|c| c.start < at) {
                        cited.push(PersonMention {
                            start: at,
                            end: at + p.len(),
                            name: s.name.clone(),
                            title: None,
                            known_titles: Default::default(),
                        });
                    }
                }
                let how = if how == "said" && s.how != "named" { s.how } else { how };
                Some((s.name, how))
            });
            // "X said that … “A” and “B”": one cue before the first quotation governs the later ones of the
            // sentence, unless another cue verb stands between them.
            if speaker.is_none() && !before.trim().is_empty() {
                if let Some((at, s)) = &sentence_speaker {
                    // A participle ("…, saying …", "adding") carries on the same subject; a finite cue
                    // verb brings its own.
                    let own_cue = before
                        .split_whitespace()
                        .any(|w| crate::claims::speakers::is_cue(w) && !w.to_lowercase().ends_with("ing"));
                    if Some(*at) == quote_sentence && !own_cue {
                        speaker = Some((s.clone(), "same_cue"));
                    }
                }
            }
            if speaker.is_none() && before.trim().is_empty() {
                // "A," X said. "B." — or a paragraph that carries on the previous one's quotation.
                if let Some(s) = paragraph_speaker.clone() {
                    speaker = Some((s, "continued"));
                } else if k == 0 && text[paragraph.text_start..open].trim().is_empty() {
                    if let Some(s) = open_speaker.clone() {
                        speaker = Some((s, "continued"));
                    }
                }
            }
            // A short quoted phrase is a quotation only when its own sentence names who said it.
            let keep = match &speaker {
                // A short phrase after the sentence's cue ("… but that “fresh leadership” is needed") is the
                // speaker's words, unless it is written as a name or title ("the “Chief Twit”").
                // A short phrase written as a name ("the galaxy group “Stephan’s Quintet”") is a name
                // even beside a cue.
                Some((_, how)) => {
                    (n_words >= 3 || same_sentence || *how == "same_cue") && (n_words >= 3 || !written_as_a_name(inner))
                }
                // A quotation left open at the paragraph's end goes on in the next one, which may name
                // its speaker.
                None => n_words >= 6 || open_at_end,
            };
            // The cue before a quotation governs the sentence's later quotations, even when this one is
            // a name and not kept (He said the “Leave” win was “our independence day.”).
            if let Some((s, how)) = &speaker {
                if matches!(*how, "said" | "named" | "description" | "pronoun" | "same_cue") && after_cue(before) {
                    sentence_speaker = quote_sentence.map(|i| (i, s.clone()));
                }
            }
            if !keep {
                continue;
            }
            if let Some((s, _)) = &speaker {
                paragraph_speaker = Some(s.clone());
            }
            let Some(sentence) = quote_sentence else { continue };
            let lead = text[start..end].len() - text[start..end].trim_start().len();
            let (speaker, attribution) = match speaker {
                Some((s, how)) => (Some(s), how.to_string()),
                None => (None, "unattributed".to_string()),
            };
            out.push(Quote {
                text: inner.to_string(),
                speaker,
                attribution,
                doc,
                sentence,
                start: start + lead,
                end: start + lead + inner.len(),
                group: 0,
            });
            if open_at_end {
                left_open = Some(out.len() - 1);
            }
        }
        // The first part of a quotation carried on here takes its speaker.
        if let (Some((first_part, close)), Some(second)) = (carried_on, out.get(quotes_before).cloned()) {
            if second.start < close && second.speaker.is_some() && out[first_part].speaker.is_none() {
                out[first_part].speaker = second.speaker;
                out[first_part].attribution = "continued".to_string();
            }
        }
        // A paragraph that is one quotation, after a paragraph quoting someone, carries on their words.
        open_speaker = paragraph_speaker;
    }
    crate::claims::quote_repeats::speakers_of_repeated_words(&mut out);
    out
}

#[cfg(test)]
mod tests;
