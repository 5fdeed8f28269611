//! Who said a quotation: the subject of its reporting verb, read from the words around the quotation
//! the way a reader does, then resolved to a person named in the article.
//!
//! The attribution clause is the text of the quotation's sentence outside any quotation marks: after the
//! quotation ("…," said Helen Marsh. / "…," Marsh told reporters. / "…," he added.) or before it (Marsh,
//! chief executive of the operator, said: "…" / Marsh said that the plan was "…"). The subject of the cue
//! verb is a name, a pronoun or a description ("the president", "the 34-year-old plumber"). Pronouns are
//! resolved to the last *subject* that is a person in the sentences before (never merely the last
//! speaker), descriptions to the person introduced with that title or word; a name written in part
//! ("Mr Kim") stays as the article writes it. Whatever cannot be resolved stays as written when it names
//! or describes someone, and is dropped (the quote is unattributed) when it does not: a subheading, an
//! addressee ("told NBC News"), a time ("Earlier Tuesday") or another quotation is never a speaker.
//!
//! Written by hand: no crate on crates.io does English quote attribution without a model download.

use crate::claims::speaker_words::*;
pub use crate::claims::speaker_words::{CUE_VERBS, HONORIFICS};

/// A person the article names: a mention's byte span, the name as the entity analysis grouped it, and
/// the title written with it.
#[derive(Debug, Clone)]
pub struct PersonMention {
    pub start: usize,
    pub end: usize,
    pub name: String,
    pub title: Option<String>,
}

/// How a speaker was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    pub name: String,
    pub how: &'static str,
}

fn lower(w: &str) -> String {
    w.to_lowercase()
}

pub fn is_cue(w: &str) -> bool {
    CUE_VERBS.contains(&lower(w).as_str())
}

fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Words of a fragment with their byte offsets; a word keeps inner apostrophes, hyphens and a trailing
/// full stop of an honorific ("Gov.").
fn words(fragment: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in fragment.char_indices() {
        let inner = c.is_alphanumeric() || ((c == '\'' || c == '\u{2019}' || c == '-') && start.is_some());
        match (inner, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, fragment[s..i].trim_end_matches(['\'', '\u{2019}', '-'])));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, fragment[s..].trim_end_matches(['\'', '\u{2019}', '-'])));
    }
    out
}

/// The noun phrase that ends a fragment: a name (capitalised run with its titles), a pronoun, or a
/// description from its determiner ("the president", "the 34-year-old plumber", "a spokeswoman").
fn trailing_phrase(fragment: &str) -> Option<String> {
    let ws = words(fragment);
    let (_, last) = *ws.last()?;
    // Nothing but spaces may stand between the phrase and the verb.
    let tail = &fragment[ws.last()?.0 + last.len()..];
    if !tail.trim_matches(|c: char| c.is_whitespace() || c == '.').is_empty() {
        return None;
    }
    let l = lower(last);
    if PERSON_PRONOUNS.contains(&l.as_str()) {
        return Some(l);
    }
    if capitalised(last) {
        let mut first = ws.len() - 1;
        while first > 0 {
            let (pos, prev) = ws[first - 1];
            let gap = &fragment[pos + prev.len()..ws[first].0];
            let joins = gap == " " || gap == ". " || gap == "-";
            if joins && (capitalised(prev) || matches!(prev, "de" | "van" | "von" | "bin" | "al" | "da" | "del")) {
                first -= 1;
            } else {
                break;
            }
        }
        while first < ws.len() && NOT_NAMES.contains(&lower(ws[first].1).as_str()) {
            first += 1;
        }
        if first == ws.len() {
            return None;
        }
        return Some(fragment[ws[first].0..ws[ws.len() - 1].0 + last.len()].to_string());
    }
    // A description: up to six words back to a determiner, none of them a verb-like cue.
    let from = ws.len().saturating_sub(7);
    let det =
        ws[from..].iter().rposition(|(_, w)| matches!(lower(w).as_str(), "the" | "a" | "an" | "one" | "another"))?;
    let det = from + det;
    if fragment[ws[det].0..].contains([',', ';', ':'])
        || ws[det..].iter().any(|(_, w)| is_cue(w) || matches!(lower(w).as_str(), "and" | "or" | "that" | "who"))
    {
        return None;
    }
    if det + 1 == ws.len() && lower(ws[det].1) != "another" {
        return None;
    }
    Some(fragment[ws[det].0..ws[ws.len() - 1].0 + last.len()].to_string())
}

/// Where the subject ends before the cue verb at `verb`, past auxiliaries ("was quoted as saying");
/// `None` for a passive ("the plan was described as"), whose subject is not a speaker.
fn subject_end(ws: &[(usize, &str)], verb: usize) -> Option<usize> {
    let mut k = verb;
    let mut passive = false;
    while k > 0 && AUXILIARIES.contains(&lower(ws[k - 1].1).as_str()) {
        passive |= matches!(lower(ws[k - 1].1).as_str(), "was" | "were" | "is");
        k -= 1;
    }
    let gerund = lower(ws[verb].1) == "saying";
    ((gerund || !passive) && k > 0).then_some(k)
}

/// The subject of the last cue verb in `before` (text of the sentence before a quotation).
/// `Some(None)` means a cue verb was found but its subject is not a speaker.
pub fn subject_before(before: &str) -> Option<(String, usize)> {
    let ws = words(before);
    let verb = ws.iter().rposition(|(_, w)| is_cue(w))?;
    // The verb must be close to the quotation: at most 12 words between ("said that the verdict was").
    if ws.len() - verb > 12 {
        return None;
    }
    let k = subject_end(&ws, verb)?;
    let mut head = before[..ws[k - 1].0 + ws[k - 1].1.len()].to_string();
    // "Heather Campbell, Save the Children's director for Nepal, said": the name before the apposition.
    let cut = before[..ws[verb].0].trim_end();
    if cut.ends_with(',') {
        let mut segments: Vec<&str> = cut.trim_end_matches(',').split(',').collect();
        if segments.len() >= 2 {
            segments.pop();
            // "David Cameron, who called the referendum …, announced …, saying": a relative clause is
            // an apposition too; the subject stands before it.
            while segments.len() >= 2
                && segments
                    .last()
                    .and_then(|s| s.split_whitespace().next())
                    .is_some_and(|w| matches!(w.to_lowercase().as_str(), "who" | "whose" | "which" | "where" | "when"))
            {
                segments.pop();
            }
            head = segments.join(",");
        }
    }
    trailing_phrase(head.trim_end()).map(|p| (p, ws[verb].0))
}

/// The speaker named right after a quotation: `, said Helen Marsh, the chief executive.`, `, Marsh
/// said.`, `, he told reporters.`, `, according to Ruth Entwistle.`
pub fn subject_after(after: &str) -> Option<String> {
    let after = after.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '\u{2014}' | '\u{2013}'));
    let ws = words(after);
    let (_, first) = *ws.first()?;
    // "…," saying … / adding …: a participle carrying on the sentence's own subject, not "said X".
    if lower(first).ends_with("ing") && lower(first) != "according" {
        return None;
    }
    if is_cue(first) {
        // "said Helen Marsh" / "said the president": the phrase up to the next comma or stop.
        let rest = &after[ws[0].0 + first.len()..];
        let phrase = rest[..phrase_end(rest)].trim();
        let pw = words(phrase);
        if pw.is_empty() || pw.len() > 6 {
            return None;
        }
        // The name may follow a short lower-case descriptor: "said 21-year-old Kenneth Nwachi", "said
        // resident Maria Lopez" (not a determiner: "said the president" is a description of its own).
        let descriptor = |lead: &str| {
            let lw = words(lead);
            lw.len() <= 4
                && lw.iter().all(|(_, w)| {
                    let age = w.ends_with("year-old") && w.starts_with(|c: char| c.is_ascii_digit());
                    age || (w.chars().all(char::is_lowercase)
                        && !matches!(*w, "the" | "a" | "an" | "one" | "another" | "and" | "or" | "that" | "who"))
                })
        };
        return trailing_phrase(phrase).filter(|p| {
            phrase.ends_with(p.as_str())
                && (p.chars().next().is_some_and(|c| phrase.starts_with(c))
                    || (capitalised(p) && descriptor(&phrase[..phrase.len() - p.len()])))
        });
    }
    if lower(first) == "according" && ws.get(1).is_some_and(|(_, w)| *w == "to") {
        let rest = &after[ws[1].0 + 2..];
        let end = rest.find([',', ';', ':', '.', '!', '?']).unwrap_or(rest.len());
        // "according to Commander Paul Entwistle of Wendmoor Fire and Rescue Service": the person, not
        // the body they belong to.
        let phrase = rest[..end].trim();
        let phrase = [" of ", " at ", " from ", " with ", " for ", " in "]
            .iter()
            .filter_map(|sep| phrase.find(sep))
            .min()
            .map_or(phrase, |i| &phrase[..i]);
        return trailing_phrase(phrase);
    }
    // "Marsh said", "he told reporters", "the president added": a short phrase then a cue verb.
    let verb = ws.iter().take(9).position(|(_, w)| is_cue(w))?;
    let k = subject_end(&ws, verb)?;
    let phrase = &after[..ws[k - 1].0 + ws[k - 1].1.len()];
    if phrase.contains([',', ';', ':', '(', ')']) {
        return None;
    }
    trailing_phrase(phrase).filter(|p| phrase.trim_start().starts_with(p.as_str()))
}

/// Where a name phrase after a verb ends: the first comma, colon or stop that is not the full stop of
/// an honorific or an initial ("said Rear Adm. John Mauger, the commander").
fn phrase_end(rest: &str) -> usize {
    for (i, c) in rest.char_indices() {
        match c {
            ',' | ';' | ':' | '!' | '?' => return i,
            '.' => {
                let word = rest[..i].rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
                let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
                if !(initial || HONORIFICS.contains(&word.to_lowercase().as_str())) {
                    return i;
                }
            }
            _ => {}
        }
    }
    rest.len()
}

/// "according to X" anywhere in a clause.
pub fn according_to(clause: &str) -> Option<String> {
    let ws = words(clause);
    let at = ws.windows(2).position(|w| lower(w[0].1) == "according" && w[1].1 == "to")?;
    let rest = &clause[ws[at + 1].0 + 2..];
    let end = rest.find([',', ';', ':', '.', '!', '?', '"', '\u{201c}', '\u{201d}']).unwrap_or(rest.len());
    let name = rest[..end].trim();
    let ws2 = words(name);
    if ws2.is_empty() || ws2.len() > 8 {
        return None;
    }
    // The phrase as written ("a statement by X", "X"); `resolve` decides whether it can speak.
    Some(name.to_string())
}

/// Is this phrase something that can speak: a name, a pronoun, a description of a person or body?
pub fn can_speak(phrase: &str) -> bool {
    let ws = words(phrase);
    if ws.is_empty() {
        return false;
    }
    if ws.iter().all(|(_, w)| NOT_NAMES.contains(&lower(w).as_str())) {
        return false;
    }
    true
}

/// Whether a (lower-case) noun names a person by role or relation, singular or plural ("lawyer",
/// "brothers").
pub fn is_person_noun(word: &str) -> bool {
    let w = word.to_lowercase();
    let singular = w.strip_suffix('s').unwrap_or(&w);
    PERSON_NOUNS.contains(&w.as_str()) || PERSON_NOUNS.contains(&singular)
}

fn describes_a_person(head: &str) -> bool {
    PERSON_NOUNS.contains(&head)
}

/// The nearest character boundary at or after `i` (byte windows over text must never cut a character).
fn boundary_at_or_after(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The head noun of a description ("the 34-year-old plumber" → "plumber").
fn head_noun(description: &str) -> Option<String> {
    words(description).last().map(|(_, w)| lower(w))
}

/// Resolves a phrase found as a quotation's subject to a speaker.
///
/// `people` are the article's person mentions, sorted by start; `subjects` tells whether a mention is
/// the subject of its clause (not after a preposition or possessive); `quote_start` is where the
/// quotation begins; `sentence_starts` the start of each sentence of the article.
pub fn resolve(
    phrase: &str,
    text: &str,
    people: &[PersonMention],
    quote_start: usize,
    sentence_starts: &[usize],
) -> Option<Speaker> {
    let l = lower(phrase);
    if PERSON_PRONOUNS.contains(&l.as_str()) {
        return last_subject(text, people, quote_start, sentence_starts).map(|p| Speaker { name: p, how: "pronoun" });
    }
    let first = words(phrase).first().map(|(_, w)| lower(w)).unwrap_or_default();
    if matches!(first.as_str(), "the" | "this" | "that") {
        let head = head_noun(phrase)?;
        // The person introduced with this title or word before the quotation.
        let before: Vec<&PersonMention> = people.iter().filter(|p| p.end <= quote_start).collect();
        for p in before.iter().rev() {
            if p.title.as_deref().is_some_and(|t| words(t).iter().any(|(_, w)| lower(w) == head)) {
                return Some(Speaker { name: p.name.clone(), how: "description" });
            }
        }
        // "the 34-year-old plumber": the word written right beside a person's name, before the quotation
        // ("Joe Smith, a 34-year-old plumber," / "plumber Joe Smith").
        for p in before.iter().rev() {
            let near_before = &text[boundary_at_or_after(text, p.start.saturating_sub(60))..p.start];
            let near_before =
                &near_before[near_before.len().min(near_before.find(char::is_whitespace).map_or(0, |i| i))..];
            let near_after = &text[p.end..boundary_at_or_after(text, (p.end + 60).min(text.len()))];
            let apposition = near_after.trim_start().strip_prefix(',').map(|a| a.split(',').next().unwrap_or(a));
            let close_before = words(near_before).iter().rev().take(3).any(|(_, w)| lower(w) == head);
            let in_apposition = apposition.is_some_and(|a| words(a).iter().take(6).any(|(_, w)| lower(w) == head));
            // Only a description of a person ("the plumber", "the 34-year-old"), never "the company".
            let of_a_person = describes_a_person(&head) || phrase.contains("year-old");
            if of_a_person && (close_before || in_apposition) {
                return Some(Speaker { name: p.name.clone(), how: "description" });
            }
        }
        return describes_a_person(&head).then(|| Speaker { name: phrase.to_string(), how: "description" });
    }
    if matches!(first.as_str(), "a" | "an" | "one" | "another") {
        let head = head_noun(phrase)?;
        return (describes_a_person(&head) || head == "another")
            .then(|| Speaker { name: phrase.to_string(), how: "description" });
    }
    can_speak(phrase).then(|| Speaker { name: phrase.to_string(), how: "named" })
}

/// The last person who is the subject of a sentence before `at`: in the quote's own sentence first,
/// then sentence by sentence backwards (at most four sentences). A mention after a preposition or with a
/// possessive ("to Trump", "Mr Floyd's family") is not a subject.
fn last_subject(text: &str, people: &[PersonMention], at: usize, sentence_starts: &[usize]) -> Option<String> {
    let here = sentence_starts.iter().rposition(|&s| s <= at).unwrap_or(0);
    for back in 0..4 {
        let Some(i) = here.checked_sub(back) else { break };
        let s = sentence_starts.get(i).copied().unwrap_or(0);
        let e = if back == 0 { at } else { sentence_starts.get(i + 1).copied().unwrap_or(text.len()).min(at) };
        let in_sentence: Vec<&PersonMention> =
            people.iter().filter(|p| p.start >= s && p.end <= e && is_subject(text, s, p)).collect();
        // The subject of a reporting verb ("…, Chief James Wallace said") before any other subject.
        let speaking = in_sentence.iter().find(|p| {
            let after = &text[p.end..e];
            let ws = words(after);
            ws.first().is_some_and(|(o, w)| is_cue(w) && after[..*o].trim().is_empty())
        });
        if let Some(p) = speaking.or(in_sentence.first()) {
            return Some(p.name.clone());
        }
    }
    None
}

fn is_subject(text: &str, sentence_start: usize, p: &PersonMention) -> bool {
    let after = &text[p.end..];
    if after.starts_with("'s") || after.starts_with("\u{2019}s") || after.starts_with('\'') {
        return false;
    }
    let before = &text[sentence_start..p.start];
    // Inside a quotation (an odd number of quotation marks before it in the sentence) it is not a subject.
    let marks = before.chars().filter(|c| matches!(c, '"' | '\u{201c}' | '\u{201d}')).count();
    if marks % 2 == 1 {
        return false;
    }
    let prev = words(before).last().map(|(_, w)| lower(w)).unwrap_or_default();
    !matches!(
        prev.as_str(),
        "to" | "with"
            | "by"
            | "for"
            | "of"
            | "from"
            | "about"
            | "against"
            | "on"
            | "at"
            | "into"
            | "than"
            | "and"
            | "called"
            | "thanked"
            | "told"
            | "asked"
            | "urged"
            | "met"
            | "praised"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subject_before_handles_apposition_and_that_clauses() {
        let b = "Heather Campbell, Save the Children Country Director for Nepal and Bhutan, said: ";
        assert_eq!(subject_before(b).map(|x| x.0).as_deref(), Some("Heather Campbell"));
        let b = "Mr Kim, Chairman of the State Affairs Commission, said: ";
        assert_eq!(subject_before(b).map(|x| x.0).as_deref(), Some("Mr Kim"));
        let b = "In televised remarks shortly afterwards, Mr Biden said that such a verdict was ";
        assert_eq!(subject_before(b).map(|x| x.0).as_deref(), Some("Mr Biden"));
        let b = "In a phone call with the family, the president was heard saying: ";
        assert_eq!(subject_before(b).map(|x| x.0).as_deref(), Some("the president"));
        let b = "Officials told NBC News in a statement: ";
        assert_eq!(subject_before(b).map(|x| x.0).as_deref(), Some("Officials"), "the addressee is not the author");
        let b = "The plan was described as ";
        assert_eq!(subject_before(b).map(|x| x.0).as_deref(), None, "a passive's subject is not a speaker");
    }

    #[test]
    fn subject_after_reads_both_orders() {
        assert_eq!(subject_after(", said Helen Marsh, the chief executive.").as_deref(), Some("Helen Marsh"));
        assert_eq!(subject_after(" Ostrovsky said.").as_deref(), Some("Ostrovsky"));
        assert_eq!(subject_after(", he told reporters on Monday.").as_deref(), Some("he"));
        assert_eq!(subject_after(", the 34-year-old plumber recalled.").as_deref(), Some("the 34-year-old plumber"));
        assert_eq!(subject_after(" Earlier Tuesday, officials said.").as_deref(), None);
        assert_eq!(
            subject_after(", said Rear Adm. John Mauger, the commander.").as_deref(),
            Some("Rear Adm. John Mauger")
        );
        let a = " according to Group Commander Paul Entwistle of Wendmoor Fire and Rescue Service.";
        assert_eq!(subject_after(a).as_deref(), Some("Group Commander Paul Entwistle"));
    }

    #[test]
    fn pronouns_resolve_to_the_last_subject_not_the_last_speaker() {
        let text = "Trump praised the talks. Kim thanked Trump for the meeting. \"It was good,\" he said.";
        let people = vec![
            PersonMention { start: 0, end: 5, name: "Trump".into(), title: None },
            PersonMention { start: 25, end: 28, name: "Kim".into(), title: None },
            PersonMention { start: 37, end: 42, name: "Trump".into(), title: None },
        ];
        let q = text.find("It was").unwrap();
        let starts = [0, 25, 60];
        assert_eq!(resolve("he", text, &people, q, &starts).map(|s| s.name).as_deref(), Some("Kim"));
    }

    #[test]
    fn windows_around_names_never_cut_a_character() {
        // A curly quotation mark 60 bytes before and after the name used to panic on a char boundary.
        let text = format!(
            "\u{201d}{} Joe Smith, a plumber,{}\u{201d} said it. \"Fine,\" the plumber said.",
            "x".repeat(57),
            "y".repeat(47)
        );
        let (start, end) = (text.find("Joe").unwrap(), text.find("Joe").unwrap() + 9);
        assert!(
            !text.is_char_boundary(start - 60) && !text.is_char_boundary(end + 60),
            "the windows fall inside a character"
        );
        let start = text.find("Joe").unwrap();
        let people = vec![PersonMention { start, end: start + 9, name: "Joe Smith".into(), title: None }];
        let q = text.find("Fine").unwrap();
        assert_eq!(
            resolve("the 34-year-old plumber", &text, &people, q, &[0]).map(|s| s.name).as_deref(),
            Some("Joe Smith")
        );
    }

    #[test]
    fn descriptions_resolve_to_the_person_introduced_with_them() {
        let text = "The president, Joe Biden, spoke. Later \"it is rare,\" the president said.";
        let people =
            vec![PersonMention { start: 15, end: 24, name: "Joe Biden".into(), title: Some("president".into()) }];
        let q = text.find("it is").unwrap();
        assert_eq!(resolve("the president", text, &people, q, &[0, 33]).map(|s| s.name).as_deref(), Some("Joe Biden"));
    }
}
