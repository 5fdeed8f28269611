//! Direct quotations and who said them. Quotes are found between straight, curly or angle quotation
//! marks (also across sentences and paragraphs); the speaker is read by `speakers` from the quotation's
//! own sentence ("X said", "said X", "X, title, said:", "according to X", "X was quoted as saying"),
//! else from the structure around it: a quote alone on its line with the speaker on the next line, an
//! introducing paragraph ending in a colon, a paragraph that continues the previous paragraph's
//! quotation, or an earlier quotation of the same paragraph. A quote with no such cue is reported as
//! unattributed rather than guessed; a short quoted phrase counts only when a cue names its speaker.

use crate::claims::speakers::{according_to, resolve, subject_after, subject_before, PersonMention, HONORIFICS};
use crate::text::document::{Paragraph, ParagraphKind};
use serde::{Deserialize, Serialize};

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
    /// The quotation this is one source's version of: quotes of different sources with the same `group`
    /// report the same words (see [`quotation_groups`]); numbered in order of first appearance.
    #[serde(default)]
    pub group: usize,
}

/// The content words of a quotation (stop words left out: two quotations sharing "I", "this", "and"
/// are not one quotation).
pub fn content_words(text: &str) -> std::collections::BTreeSet<String> {
    use unicode_segmentation::UnicodeSegmentation;
    text.unicode_words()
        .map(crate::text::normalize::fold)
        .filter(|w| crate::text::stopwords::ENGLISH.binary_search(&w.as_str()).is_err())
        .collect()
}

/// Quotations of different sources that report the same words: two quotes join when they share at
/// least four content words making up at least 60% of the shorter one, or have the very same content
/// words (two or more); groups chain through such pairs.
/// Candidate pairs come from an inverted index over words that few quotes use, not from all pairs.
/// Returns every group of two or more quotes, each sorted, in order of their first quote.
pub fn quotation_groups(quotes: &[Quote]) -> Vec<Vec<usize>> {
    let words: Vec<std::collections::BTreeSet<String>> = quotes.iter().map(|q| content_words(&q.text)).collect();
    let mut postings: std::collections::BTreeMap<&str, Vec<usize>> = std::collections::BTreeMap::new();
    for (i, ws) in words.iter().enumerate() {
        for w in ws {
            postings.entry(w.as_str()).or_default().push(i);
        }
    }
    let mut candidates: std::collections::BTreeSet<(usize, usize)> = std::collections::BTreeSet::new();
    for list in postings.values().filter(|l| l.len() <= 40) {
        for (x, &i) in list.iter().enumerate() {
            for &j in &list[x + 1..] {
                candidates.insert((i, j));
            }
        }
    }
    let mut sets = crate::union_find::UnionFind::new(quotes.len());
    for (i, j) in candidates {
        if quotes[i].doc == quotes[j].doc {
            continue;
        }
        let shared = words[i].intersection(&words[j]).count();
        let smaller = words[i].len().min(words[j].len()).max(1);
        // Or the very same words, however few ("will not pass without accountability").
        let same = words[i].len() >= 2 && words[i] == words[j];
        if (shared >= 4 && shared * 10 >= smaller * 6) || same {
            sets.union(i, j);
        }
    }
    sets.groups().into_iter().filter(|g| g.len() > 1).collect()
}

/// Numbers every quote's `group`: the quotation groups first, then each remaining quote on its own.
pub fn number_groups(quotes: &mut [Quote]) {
    let groups = quotation_groups(quotes);
    let mut group_of: Vec<Option<usize>> = vec![None; quotes.len()];
    for (g, members) in groups.iter().enumerate() {
        for &i in members {
            group_of[i] = Some(g);
        }
    }
    let mut next = groups.len();
    for (q, g) in quotes.iter_mut().zip(group_of) {
        q.group = g.unwrap_or_else(|| {
            next += 1;
            next - 1
        });
    }
}

/// Quotation spans (byte offsets of the inner text) in a paragraph. One pass over the characters with a
/// character of look-behind and look-ahead (a 10 MB paragraph is not copied into a list of characters).
fn quote_spans(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let slice = &text[start..end];
    let mut spans = Vec::new();
    let mut chars = slice.char_indices().peekable();
    let mut previous: Option<char> = None;
    while let Some((pos, c)) = chars.next() {
        let closing = match c {
            '\u{201c}' => Some('\u{201d}'),
            '"' => Some('"'),
            '\u{ab}' => Some('\u{bb}'),
            // A single curly quote opens only at a word start (not an apostrophe).
            '\u{2018}' if previous.is_none_or(|p| p.is_whitespace() || p == '(') => Some('\u{2019}'),
            _ => None,
        };
        previous = Some(c);
        let Some(close) = closing else { continue };
        let inner_start = pos + c.len_utf8();
        // An unclosed quote runs to the paragraph end (quotes spanning paragraphs).
        let mut inner_end = slice.len();
        while let Some((at, d)) = chars.next() {
            previous = Some(d);
            let is_close =
                d == close && (close != '\u{2019}' || chars.peek().is_none_or(|&(_, n)| !n.is_alphanumeric()));
            if is_close {
                inner_end = at;
                break;
            }
        }
        spans.push((start + inner_start, start + inner_end));
    }
    spans
}

/// Where the clause that follows a quotation ends: the first sentence stop that is not an honorific's.
/// Whether the text before a quotation holds its cue verb ("X said that …"), so the cue may govern later
/// quotations of the sentence too.
fn after_cue(before: &str) -> bool {
    before.split_whitespace().any(crate::claims::speakers::is_cue) || before.trim_end().ends_with(':')
}

fn clause_end(after: &str) -> usize {
    for (i, c) in after.char_indices() {
        if matches!(c, '!' | '?' | ';') {
            return i;
        }
        if c == '.' {
            let word = after[..i].rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
            if !HONORIFICS.contains(&word.to_lowercase().as_str()) || word.is_empty() {
                return i;
            }
        }
    }
    after.len()
}

fn opening_len(text: &str, start: usize) -> usize {
    text[..start].chars().next_back().map_or(0, |c| if is_mark(c) { c.len_utf8() } else { 0 })
}

fn is_mark(c: char) -> bool {
    matches!(c, '"' | '\u{201c}' | '\u{201d}' | '\u{ab}' | '\u{bb}' | '\u{2018}' | '\u{2019}')
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
    for (p_index, paragraph) in paragraphs.iter().enumerate() {
        if !paragraph.kind.is_content() || paragraph.kind == ParagraphKind::Speaker {
            if paragraph.kind != ParagraphKind::Speaker {
                open_speaker = None;
            }
            continue;
        }
        let spans = quote_spans(text, paragraph.text_start, paragraph.end);
        let mut paragraph_speaker: Option<String> = None;
        // The speaker whose cue verb stood before a quotation, with that quotation's sentence.
        let mut sentence_speaker: Option<(usize, String)> = None;
        let mut last_close = paragraph.text_start;
        for (k, &(start, end)) in spans.iter().enumerate() {
            let inner = text[start..end].trim();
            let n_words = inner.split_whitespace().count();
            if inner.is_empty() {
                continue;
            }
            let open = start - opening_len(text, start);
            let close =
                text[end..paragraph.end].chars().next().filter(|c| is_mark(*c)).map_or(end, |c| end + c.len_utf8());
            let next_open = spans.get(k + 1).map_or(paragraph.end, |n| n.0 - opening_len(text, n.0));
            let sentence_start = sentence_of(start).and_then(|i| sentence_starts.get(i).copied()).unwrap_or(0);
            let before = &text[sentence_start.max(last_close).min(open)..open];
            let rest = &text[close.min(next_open)..next_open];
            let after = &rest[..clause_end(rest)];
            last_close = close;

            let mut phrase: Option<(String, &'static str)> = None;
            if let Some(s) = subject_after(after) {
                phrase = Some((s, "said"));
            } else if let Some((s, _)) = subject_before(before) {
                phrase = Some((s, "said"));
            } else if let Some(s) = according_to(after).or_else(|| according_to(before)) {
                phrase = Some((s, "according_to"));
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
                    }
                }
            }
            let mut speaker = phrase.and_then(|(p, how)| {
                resolve(&p, text, people, open, sentence_starts).map(|s| {
                    let how = if how == "said" && s.how != "named" { s.how } else { how };
                    (s.name, how)
                })
            });
            // "X said that … “A” and “B”": one cue before the first quotation governs the later ones of the
            // sentence, unless another cue verb stands between them.
            if speaker.is_none() && !before.trim().is_empty() {
                if let Some((at, s)) = &sentence_speaker {
                    if Some(*at) == sentence_of(start)
                        && !before.split_whitespace().any(crate::claims::speakers::is_cue)
                    {
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
                Some(_) => n_words >= 3 || same_sentence,
                None => n_words >= 6,
            };
            if !keep {
                continue;
            }
            if let Some((s, how)) = &speaker {
                paragraph_speaker = Some(s.clone());
                if matches!(*how, "said" | "named" | "description" | "pronoun" | "same_cue") && after_cue(before) {
                    sentence_speaker = sentence_of(start).map(|i| (i, s.clone()));
                }
            }
            let Some(sentence) = sentence_of(start) else { continue };
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
        }
        // A paragraph that is one quotation, after a paragraph quoting someone, carries on their words.
        open_speaker = paragraph_speaker;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::document::{parse_paragraphs, Span};

    fn quotes(text: &str) -> Vec<(String, Option<String>, String)> {
        let paragraphs = parse_paragraphs(text);
        let starts: Vec<usize> = paragraphs
            .iter()
            .flat_map(|p| crate::text::sentence::split_sentences(text, Span { start: p.text_start, end: p.end }))
            .map(|s| s.start)
            .collect();
        let sentence_of = |o: usize| starts.iter().rposition(|&s| s <= o);
        find_quotes(0, text, &paragraphs, &sentence_of, &starts, &[])
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
    fn case_changing_capitals_before_according_to_keep_offsets_right() {
        // "İ" lower-cases to two characters: offsets from a lower-cased copy would cut "Bob" to "ob".
        let q = quotes("Headline here\n\u{130} The plan was \u{201c}a bold new step for all of us\u{201d} according to \u{141}ukasz Nowak.\n");
        assert_eq!(q[0].1.as_deref(), Some("\u{141}ukasz Nowak"));
        let line = format!(
            "Headline here\n{}\u{201c}We will rebuild the whole town together\u{201d} according to Bob Smith.\n",
            "\u{130}".repeat(45)
        );
        assert_eq!(quotes(&line)[0].1.as_deref(), Some("Bob Smith"));
        assert!(
            quotes(&format!("Headline here\n{}\u{201c}a\u{201d} according to Bo", "\u{130}".repeat(45))).len() <= 1
        );
    }

    #[test]
    fn short_quotes_count_only_with_a_named_speaker() {
        let q = quotes(
            "Headline here\nMr Biden said the family had been \u{201c}incredible\u{201d} throughout the trial.\n",
        );
        assert_eq!(q[0].1.as_deref(), Some("Mr Biden"));
        assert!(quotes("Headline here\nThe boys, known as the \u{201c}Wild Boars\u{201d}, are safe.\n").is_empty());
    }

    #[test]
    fn one_cue_governs_the_later_quotations_of_its_sentence() {
        let q = quotes("Headline here\nPrime Minister Hassan Diab said the blast \u{201c}will not pass without any accountability\u{201d} and \u{201c}those responsible will pay for what happened.\u{201d}\n");
        assert_eq!(q[1].1.as_deref(), Some("Prime Minister Hassan Diab"));
        assert_eq!(q[1].2, "same_cue");
        // Another cue verb between them: that one's subject, or nobody.
        let q = quotes("Headline here\nMaria Lopez said it was \u{201c}a fair and careful verdict today\u{201d} while others argued it was \u{201c}far too lenient for what he did\u{201d}.\n");
        assert_ne!(q[1].1.as_deref(), Some("Maria Lopez"));
    }

    #[test]
    fn a_participle_after_the_quote_keeps_the_sentence_subject() {
        let q = quotes("Headline here\nU.S. envoy Steve Witkoff described recent meetings as \"productive,\" saying discussions with U.S. and allied security advisers went well.\n");
        assert_eq!(q[0].1.as_deref(), Some("Steve Witkoff"));
    }

    #[test]
    fn a_relative_clause_is_no_speaker() {
        let q = quotes("Headline here\nDavid Cameron, who called the referendum and led the campaign to remain in the EU, announced he would step down by October, saying that the nation needed \"fresh leadership for the years ahead.\"\n");
        assert_eq!(q[0].1.as_deref(), Some("David Cameron"));
    }

    #[test]
    fn a_descriptor_before_the_name_after_said() {
        let q = quotes("Headline here\n\"It's a good day in Minneapolis,\" said 21-year-old Kenneth Nwachi.\n");
        assert_eq!(q[0].1.as_deref(), Some("Kenneth Nwachi"));
    }

    #[test]
    fn continuation_paragraph_keeps_the_speaker() {
        let q = quotes("Headline here\n\u{201c}We made a clear decision,\u{201d} Maria Lopez said outside the court.\n\u{201c}I do not think it would be right for me to stay on as the captain.\u{201d}\n");
        assert_eq!(q[1].1.as_deref(), Some("Maria Lopez"));
        assert_eq!(q[1].2, "continued");
    }

    #[test]
    fn one_quotation_in_two_sources_is_one_group() {
        let q = |doc: usize, text: &str| Quote {
            text: text.into(),
            speaker: None,
            attribution: "unattributed".into(),
            doc,
            sentence: 0,
            start: 0,
            end: text.len(),
            group: 0,
        };
        let mut quotes = vec![
            q(0, "Those responsible for this terrible catastrophe at the port will pay the price"),
            q(1, "We will not rest until the families have answers"),
            q(1, "those responsible for this terrible catastrophe at the port will pay"),
            // Words repeated within one source join it only through another source's version.
            q(0, "responsible for this terrible catastrophe at the port"),
        ];
        number_groups(&mut quotes);
        assert_eq!(quotes[0].group, quotes[2].group);
        assert_eq!(quotes[3].group, quotes[2].group, "joined through the other source's version");
        assert_ne!(quotes[1].group, quotes[0].group);
    }

    #[test]
    fn scare_quotes_are_not_quotations() {
        assert!(quotes("Headline here\nThe so-called \"coalition of the willing\" met.\n").is_empty());
    }
}
