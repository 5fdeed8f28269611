//! Direct quotations and who said them. Quotes are found between quotation marks (`quote_marks`, also
//! across sentences and paragraphs); the speaker is read by `speakers` from the quotation's own
//! sentence ("X said", "said X", "X, title, said:", "according to X", "X was quoted as saying", a
//! headline's "X: '…'"), else from the structure around it: a quote alone on its line with the speaker
//! on the next line, an introducing paragraph ending in a colon, a paragraph that paraphrases one
//! speaker right before a paragraph that is one quotation, a paragraph that continues the previous
//! paragraph's quotation, or an earlier quotation of the same paragraph. A quote with no such cue is reported as
//! unattributed rather than guessed; a short quoted phrase counts only when a cue names its speaker.

use crate::claims::quote_marks::{closing_len, is_mark, opening_len, quote_spans};
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
    /// How the speaker was found: `said`, `according_to`, `speaker_line`, `introduced`, `continued`,
    /// `same_cue`, `description`, `pronoun`, `repeated` (the article quotes the same words again with
    /// their speaker), or `unattributed`.
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
            let close = end + closing_len(&text[end..paragraph.end]);
            let next_open = spans.get(k + 1).map_or(paragraph.end, |n| n.0 - opening_len(text, n.0));
            let sentence_start = sentence_of(start).and_then(|i| sentence_starts.get(i).copied()).unwrap_or(0);
            let before_start = sentence_start.max(last_close).min(open);
            let before = &text[before_start..open];
            let after_start = close.min(next_open);
            let rest = &text[after_start..next_open];
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
            } else if let Some(s) = according_to(after).or_else(|| according_to(before)) {
                phrase = Some((s, "according_to"));
            } else if let Some(name) = headline_speaker(&text[paragraph.text_start..open]) {
                phrase = Some((name.to_string(), "said"));
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
                    if Some(*at) == sentence_of(start) && !own_cue {
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
                Some((_, how)) => n_words >= 3 || same_sentence || (*how == "same_cue" && !written_as_a_name(inner)),
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
    crate::claims::quote_repeats::speakers_of_repeated_words(&mut out);
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
    fn a_standfirst_repeating_an_attributed_quotation_takes_its_speaker() {
        // A pull quote under the headline, quoted again further down with its speaker.
        let q = quotes("Harbour reopens
\u{2018}We will rebuild every home in this valley.\u{2019}\nThe work starts on Monday. \u{201c}We will rebuild every home in this valley,\u{201d} Ana Ruiz said.\n");
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!((q[0].1.as_deref(), q[0].2.as_str()), (Some("Ana Ruiz"), "repeated"));
        // Words that two different speakers are quoted with stay unattributed.
        let q = quotes("Harbour reopens\n\u{201c}We will rebuild every home in this valley\u{201d}\n\u{201c}We will rebuild every home in this valley,\u{201d} Ana Ruiz said. \u{201c}We will rebuild every home in this valley,\u{201d} Tom Berg said.\n");
        assert_eq!((q[0].1.as_deref(), q[0].2.as_str()), (None, "unattributed"));
    }

    #[test]
    fn a_participle_cue_carries_on_the_sentences_speaker() {
        // "X announced …, saying …": "saying" has no subject of its own, so a later short quotation in the
        // sentence is still X's.
        let q = quotes("Headline here\nMayor Ana Ruiz announced it was \u{201c}very likely\u{201d} the town would vote again, saying it would not be moved \u{201c}against its will.\u{201d}\n");
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!((q[1].0.as_str(), q[1].1.as_deref()), ("against its will.", Some("Mayor Ana Ruiz")));
    }

    #[test]
    fn who_speaks_for_the_name_it_follows() {
        let q = quotes("Headline here\nTen firefighters are missing, according to the town's mayor Ana Ruiz, who said the scene reminded her of \u{201c}the storm of 1953.\u{201d}\n");
        assert_eq!(q[0].1.as_deref(), Some("Ana Ruiz"), "{q:?}");
    }

    #[test]
    fn a_role_written_without_a_determiner_is_a_description() {
        // Headline style: "…,” Ruritanian prime minister says; lede style: Harbour officials said.
        let q = quotes("\u{201c}Those at fault will pay for the damage,\u{201d} Ruritanian prime minister says\nHarbour officials said the idea was \u{201c}not practical\u{201d}.\n");
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!((q[0].1.as_deref(), q[0].2.as_str()), (Some("Ruritanian prime minister"), "description"));
        assert_eq!(q[1].1.as_deref(), Some("Harbour officials"));
        // A capitalised run is a name, not a description; a plain lower-case subject is no speaker.
        assert!(quotes("Headline here\nthe harbour officials said the idea was \u{201c}not practical\u{201d}.\n")[0]
            .1
            .is_some());
        assert!(
            quotes("Headline here\nThen other officials said the idea was \u{201c}not practical\u{201d}.\n").is_empty()
        );
    }

    #[test]
    fn a_short_phrase_after_the_sentences_cue_is_the_speakers_unless_written_as_a_name() {
        let q = quotes("Headline here\nMayor Ana Ruiz said she will \u{201c}steady the ship\u{201d} for now but that \u{201c}fresh leadership\u{201d} is needed.\n");
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!((q[1].0.as_str(), q[1].1.as_deref()), ("fresh leadership", Some("Mayor Ana Ruiz")));
        let q = quotes("Headline here\nMayor Ana Ruiz said the deal was \u{201c}a fair one\u{201d}, making her the \u{201c}Harbour Queen\u{201d} in the papers.\n");
        assert_eq!(q.len(), 1, "a title in quotation marks is no quotation: {q:?}");
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
    fn mixed_and_doubled_quotation_marks_close_a_quotation() {
        // An outlet closing with two apostrophes, and a straight mark opening what a curly one closes.
        let q = quotes("Headline here\n\u{201c}We searched every part of the river all night,'' Fire Chief Dana N. Ortiz said at a briefing. \"So tonight we will pause the search for now.\u{2019}\u{2019}\n");
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[0].0, "We searched every part of the river all night,");
        assert_eq!(q[0].1.as_deref(), Some("Fire Chief Dana N. Ortiz"), "a middle initial does not end the clause");
        assert_eq!(q[1].0, "So tonight we will pause the search for now.");
        assert_eq!(q[1].1.as_deref(), Some("Fire Chief Dana N. Ortiz"));
    }

    #[test]
    fn straight_single_quotes_and_headline_speakers() {
        let q = quotes("Mayor: 'We will stand with this town for as long as it takes'\nBody text here.\n");
        assert_eq!(q[0].0, "We will stand with this town for as long as it takes");
        assert_eq!(q[0].1.as_deref(), Some("Mayor"));
        let q = quotes("Headline here\n'The boys' parents waited at the gate all night long,' a neighbour said.\n");
        assert_eq!(q[0].0, "The boys' parents waited at the gate all night long,", "a possessive does not close it");
        // An apostrophe that never closes is no quotation.
        assert!(quotes("Headline here\nThe '90s were a long time ago for the whole town.\n").is_empty());
    }

    #[test]
    fn a_body_speaks_by_its_name() {
        let q = quotes("Headline here\n\u{201c}All the climbers are off the mountain and safe,\u{201d} the Rangers posted on their page.\n");
        assert_eq!(q[0].1.as_deref(), Some("Rangers"));
        let q = quotes("Headline here\n\u{201c}All the climbers are off the mountain,\u{201d} a post from the Alpine Rangers said.\n");
        assert_eq!(q[0].1.as_deref(), Some("Alpine Rangers"));
        let q = quotes("Headline here\nThe Alpine Rescue unit said on its page that \u{201c}every climber is now safe and well.\u{201d}\n");
        assert_eq!(q[0].1.as_deref(), Some("Alpine Rescue unit"));
        // A description of no one in particular still names no one.
        let q = quotes(
            "Headline here\n\u{201c}Nobody expected the river to rise so fast,\u{201d} the neighbours recalled.\n",
        );
        assert_eq!(q[0].1, None);
    }

    #[test]
    fn a_description_then_the_name_in_apposition() {
        let q = quotes("Headline here\nThe head of the search, Maria Lopez, said the last stage would be \"much harder\" than the first.\n");
        assert_eq!(q[0].1.as_deref(), Some("Maria Lopez"));
    }

    #[test]
    fn a_paraphrase_introduces_the_next_paragraph_s_quotation() {
        let q = quotes("Headline here\nSpeaking after the hearing, the victim's sister Anna Berg said the fight was not over.\n\u{201c}I will keep going every single day for everyone who lost someone.\u{201d}\n");
        assert_eq!((q[0].1.as_deref(), q[0].2.as_str()), (Some("Anna Berg"), "introduced"));
        // Two people in the paraphrase: nobody in particular.
        let q = quotes("Headline here\nMaria Lopez and Anna Berg praised the verdict on Tuesday.\n\u{201c}It was a long road for every family in this town and beyond.\u{201d}\n");
        assert_eq!(q[0].1, None);
    }

    #[test]
    fn evaluative_verbs_name_the_speaker_of_a_partial_quote() {
        let q = quotes("Headline here\nMaria Lopez hailed the vote as a result won \u{201c}without a single shot being fired\u{201d}.\n");
        assert_eq!(q[0].1.as_deref(), Some("Maria Lopez"));
        // A long reported clause before the quotation keeps its subject.
        let before = "She said the ministers of all the member states will meet next week without the chair and would ";
        assert_eq!(subject_before(before).map(|x| x.0).as_deref(), Some("she"));
    }

    #[test]
    fn a_news_agency_reporting_is_not_the_speaker() {
        let q = quotes("Headline here\nThe minister had \u{201c}announced the reopening of the harbour to all ships\u{201d}, Reuters reported.\n");
        assert_eq!(q[0].1, None);
    }

    #[test]
    fn scare_quotes_are_not_quotations() {
        assert!(quotes("Headline here\nThe so-called \"coalition of the willing\" met.\n").is_empty());
    }
}
