//! Who said a quotation: the subject of its reporting verb, read from the words around the quotation
//! the way a reader does, then resolved to a person named in the article.
//!
//! The attribution clause is the text of the quotation's sentence outside any quotation marks: after the
//! quotation ("…," said Helen Marsh. / "…," Marsh told reporters. / "…," he added.) or before it (Marsh,
//! chief executive of the operator, said: "…" / Marsh said that the plan was "…"). The subject of the cue
//! verb is a name, a pronoun, a description ("the president", "the 34-year-old plumber") or a body
//! ("the SEALs posted", "a statement from the ministry said"); `speaker_resolution` says who it stands
//! for. A name written in part ("Mr Kim") stays as the article writes it. Whatever cannot be resolved
//! stays as written when it names or describes someone, and is dropped (the quote is unattributed) when
//! it does not: a subheading, an addressee ("told NBC News"), a time ("Earlier Tuesday"), a news agency
//! that "reported" it, or another quotation is never a speaker.
//!
//! French and Spanish attributions are read the same way: their reporting verbs ("declaró Hermoso",
//! "raconte Olivier De Chalus"), the French compound past ("a expliqué à l'AFP le lieutenant-colonel
//! Gabriel Plus", past an addressee) and their titles and role nouns.
//!
//! Written by hand: no crate on crates.io does quote attribution without a model download.

use crate::claims::phrase_ending::trailing_phrase;
use crate::claims::speaker_phrase::{
    clause_subject, joined_with_another, leading_name, main_clause, name_descriptor, without_addressee, without_channel,
};
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
    /// The titles the person carries in every article of the corpus ("President" for a "Mr Biden"
    /// whose own article never writes it), lower case; one list shared by all their mentions.
    pub known_titles: std::sync::Arc<[String]>,
}

pub(crate) fn lower(w: &str) -> String {
    w.to_lowercase()
}

pub fn is_cue(w: &str) -> bool {
    let w = lower(w);
    CUE_VERBS.contains(&w.as_str()) || FOREIGN_CUE_VERBS.contains(&w.as_str())
}

pub(crate) fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Words of a fragment with their byte offsets; a word keeps inner apostrophes, hyphens and a trailing
/// full stop of an honorific ("Gov.").
pub(crate) fn words(fragment: &str) -> Vec<(usize, &str)> {
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

/// Where the subject ends before the cue verb at `verb`, past auxiliaries ("was quoted as saying");
/// `None` for a passive ("the plan was described as"), whose subject is not a speaker.
fn subject_end(ws: &[(usize, &str)], verb: usize) -> Option<usize> {
    let mut k = verb;
    // The French compound past: "Anne Roe a déclaré", "ils ont affirmé".
    if k >= 2 && is_french_past_auxiliary(ws[k - 1].1) {
        k -= 1;
    }
    let mut passive = false;
    while k > 0 && AUXILIARIES.contains(&lower(ws[k - 1].1).as_str()) {
        passive |= matches!(lower(ws[k - 1].1).as_str(), "was" | "were" | "is");
        k -= 1;
    }
    let gerund = lower(ws[verb].1) == "saying";
    ((gerund || !passive) && k > 0).then_some(k)
}

/// The auxiliary of the French compound past before a cue verb: "a déclaré", "ont affirmé".
fn is_french_past_auxiliary(word: &str) -> bool {
    matches!(word, "a" | "ont")
}

/// The subject of the last cue verb in `before` (text of the sentence before a quotation), with where
/// it starts in `before`.
pub fn subject_before(before: &str) -> Option<(String, usize)> {
    subject_before_in(before, true)
}

/// [`subject_before`]; `participles`: whether a participle after a comma may be the cue (not in the
/// clause before one, so that a sentence of many is read once).
fn subject_before_in(before: &str, participles: bool) -> Option<(String, usize)> {
    let ws = words(before);
    // "Biden released a statement on Saturday: “…”": a verb that puts out a message, its message noun
    // within three words, and a colon before the quotation, reports it like a cue verb.
    let colon = before.trim_end().ends_with(':');
    let puts_out = |i: usize| {
        colon
            && matches!(lower(ws[i].1).as_str(), "released" | "issued" | "posted" | "published" | "shared" | "tweeted")
            && ws[i + 1..].iter().take(3).any(|(_, w)| MESSAGE_NOUNS.contains(&lower(w).as_str()))
    };
    // "Twitter sued him in July, saying “…”", "Musk mocked the board, adding: “…”": a participle after
    // a comma has no subject of its own ("in July" is none); it reports for the subject of the clause
    // before it: that of its cue verb ("Marsh said on Monday, adding"), else the one that opens it.
    // (", but emphasizing that", ", and adding": the conjunction joins the participle to the clause.)
    let clause_before = |i: usize| {
        let lead = before[..ws[i].0].trim_end();
        let lead = [" but", " and"].iter().find_map(|c| lead.strip_suffix(c)).unwrap_or(lead).trim_end();
        lead.strip_suffix(',')
    };
    let participle_clause = |i: usize| {
        (participles && PARTICIPLE_CUES.contains(&lower(ws[i].1).as_str())).then(|| clause_before(i)).flatten()
    };
    let verb = (0..ws.len()).rev().find(|&i| is_cue(ws[i].1) || puts_out(i) || participle_clause(i).is_some())?;
    // The verb must be close to the quotation: at most 25 words between ("said Tuesday those responsible
    // for a massive blast that killed dozens … would").
    if ws.len() - verb > 26 {
        return None;
    }
    if let Some(clause) = participle_clause(verb) {
        let clause = main_clause(clause);
        return if words(clause).iter().any(|(_, w)| is_cue(w)) {
            subject_before_in(clause, false)
        } else {
            clause_subject(clause)
        };
    }
    let k = subject_end(&ws, verb)?;
    // "…”, declaró Hermoso entre lágrimas, y añadió:", "Marsh said, and added:", "et a ajouté :": a
    // cue verb right after "and" has no subject of its own and shares that of the cue verb before it,
    // written after that verb or before it.
    if matches!(lower(ws[k - 1].1).as_str(), "and" | "y" | "e" | "et") {
        let lead = &before[..ws[k - 1].0];
        let lw = words(lead);
        let previous = lw.iter().rposition(|(_, w)| is_cue(w))?;
        let from = lw[previous].0;
        if let Some(s) = subject_after(&lead[from..]) {
            let at = lead[from..].find(s.as_str())? + from;
            return Some((s, at));
        }
        return subject_before(lead);
    }
    // "the city's governor Marwan Abboud, who said …": the relative pronoun speaks for the phrase it
    // follows.
    if lower(ws[k - 1].1) == "who" {
        let lead = before[..ws[k - 1].0].trim_end().strip_suffix(',')?.trim_end();
        let phrase = trailing_phrase(lead)?;
        let at = lead.rfind(phrase.as_str())?;
        return (!joined_with_another(&lead[..at], "")).then_some((phrase, at));
    }
    // "ISRO in a tweet said": the channel between the subject and its verb is not the subject.
    let mut head = without_channel(&before[..ws[k - 1].0 + ws[k - 1].1.len()]).to_string();
    // "Heather Campbell, Save the Children's director for Nepal, said": the name before the apposition.
    let cut = before[..ws[verb].0].trim_end();
    if cut.ends_with(',') {
        let mut segments: Vec<&str> = cut.trim_end_matches(',').split(',').collect();
        // "The head of the operation, Narongsak Osottanakorn, said": a description, then the name in
        // apposition; the name speaks.
        let described_then_named = segments.len() == 2 && {
            let first = segments[0].split_whitespace().next().map(lower).unwrap_or_default();
            let last = segments[1].trim();
            matches!(first.as_str(), "the" | "a" | "an")
                && words(last).len() <= 5
                && words(last).iter().all(|(_, w)| capitalised(w))
                && trailing_phrase(last).as_deref() == Some(last)
        };
        if described_then_named {
            segments.remove(0);
        } else if segments.len() >= 2 {
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
    let phrase = trailing_phrase(head.trim_end())?;
    // The phrase is a piece of the text before the verb; where it stands there.
    let at = before[..ws[verb].0].rfind(phrase.as_str()).unwrap_or(ws[verb].0);
    let after_phrase = before.get(at + phrase.len()..ws[verb].0).unwrap_or("");
    (!joined_with_another(&before[..at], after_phrase)).then_some((phrase, at))
}

/// The speaker named right after a quotation: `, said Helen Marsh, the chief executive.`, `, Marsh
/// said.`, `, he told reporters.`, `, according to Ruth Entwistle.`
pub fn subject_after(after: &str) -> Option<String> {
    // The name is one of two speakers joined by "and" in the phrase (see `joined_with_another`).
    let joint = |phrase: &str, named: &str| {
        phrase.find(named).is_some_and(|at| joined_with_another(&phrase[..at], &phrase[at + named.len()..]))
    };
    let after = after.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '\u{2014}' | '\u{2013}'));
    let ws = words(after);
    let (_, first) = *ws.first()?;
    // "…," saying … / adding …: a participle carrying on the sentence's own subject, not "said X".
    if lower(first).ends_with("ing") && lower(first) != "according" {
        return None;
    }
    // The French compound past puts the cue verb second: "a déclaré", "ont affirmé".
    let cue = if is_cue(first) {
        Some(0)
    } else {
        (is_french_past_auxiliary(first) && ws.get(1).is_some_and(|(_, w)| is_cue(w))).then_some(1)
    };
    if let Some(cue) = cue {
        // "said Helen Marsh" / "said the president": the phrase up to the next comma or stop.
        let rest = &after[ws[cue].0 + ws[cue].1.len()..];
        let phrase = without_addressee(rest[..phrase_end(rest)].trim());
        // "a affirmé le porte-parole avant de détailler", "said the spokesman before leaving": what
        // the speaker did next is no part of who they are.
        let phrase =
            [" before ", " after ", " while ", " avant ", " après ", " pendant ", " antes ", " después ", " tras "]
                .iter()
                .filter_map(|sep| phrase.find(sep))
                .min()
                .map_or(phrase, |i| &phrase[..i]);
        let pw = words(phrase);
        if pw.is_empty() || pw.len() > 12 {
            return None;
        }
        // "said one of the residents": one of a group, described.
        if (3..=4).contains(&pw.len()) && matches!(lower(pw[0].1).as_str(), "one" | "some") && pw[1].1 == "of" {
            return Some(phrase.to_string());
        }
        // A longer phrase names its speaker only at its start: "said Jennifer Hermoso in tears after
        // the title".
        if pw.len() > 6 {
            // "asked conservative activist Jack Posobiec on social media site X": a short descriptor
            // may come before the name.
            let described = || {
                let j = pw.iter().take(4).position(|(_, w)| capitalised(w)).filter(|&j| j > 0)?;
                name_descriptor(&phrase[..pw[j].0]).then(|| leading_name(&phrase[pw[j].0..])).flatten()
            };
            return leading_name(phrase).or_else(described).filter(|n| !joint(phrase, n));
        }
        let named = trailing_phrase(phrase).filter(|p| {
            phrase.ends_with(p.as_str())
                && (p.chars().next().is_some_and(|c| phrase.starts_with(c))
                    || (capitalised(p) && name_descriptor(&phrase[..phrase.len() - p.len()])))
        });
        return named.or_else(|| leading_name(phrase)).filter(|n| !joint(phrase, n));
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
    // "Ryan Falvey, a fintech investor with a venture firm, told CNBC": a full name, a description in
    // commas starting in lower case, then the cue verb.
    if let Some(named) = named_with_appositive(after) {
        return Some(named);
    }
    // "Marsh said", "he told reporters", "the president added": a short phrase then a cue verb. A
    // participle has no subject of its own ("…” the town would vote again, saying …").
    let verb = ws.iter().take(9).position(|(_, w)| is_cue(w) && !lower(w).ends_with("ing"))?;
    let k = subject_end(&ws, verb)?;
    let phrase = &after[..ws[k - 1].0 + ws[k - 1].1.len()];
    if phrase.contains([',', ';', ':', '(', ')']) {
        return None;
    }
    let phrase = phrase.trim_start();
    let named = trailing_phrase(phrase)?;
    if joint(phrase, &named) {
        return None;
    }
    if phrase.starts_with(named.as_str()) {
        return Some(named);
    }
    let lead = &phrase[..phrase.len() - named.len()];
    // "…,” US coast guard Rear Admiral John Mauger said": a short descriptor before a titled name.
    let lead_words = words(lead);
    let descriptor = lead_words.len() <= 4
        && lead_words.iter().all(|(_, w)| {
            let l = lower(w);
            !is_cue(w) && !NOT_NAMES.contains(&l.as_str()) && !matches!(l.as_str(), "and" | "or" | "&" | "of" | "with")
        });
    if descriptor && capitalised(&named) && named.split_whitespace().count() >= 3 {
        return Some(named);
    }
    // "…" one meteorologist Mike Bettes wrote": up to three lower-case words before a full name, none
    // of them a verb or a word that joins ("and", "of", "with").
    let lower_lead = (1..=3).contains(&lead_words.len())
        && lead_words.iter().all(|(_, w)| {
            w.chars().all(char::is_lowercase) && !is_cue(w) && !matches!(*w, "and" | "or" | "of" | "with" | "to")
        });
    if lower_lead && capitalised(&named) && named.split_whitespace().count() >= 2 {
        return Some(named);
    }
    // "the SEALs posted", "a post from the Thai Navy SEALs said", "a statement by the ministry said":
    // a body named by its name after "the" or after a message word, the phrase being nothing else.
    let lw: Vec<String> = words(lead).iter().map(|(_, w)| lower(w)).collect();
    let message = |w: &str| MESSAGE_NOUNS.contains(&w);
    let body = match lw.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["the"] => true,
        [det, noun, "from" | "by" | "of"] | [det, noun, "from" | "by" | "of", "the"] => {
            matches!(*det, "a" | "the" | "an") && message(noun)
        }
        _ => false,
    };
    (body && capitalised(&named)).then_some(named)
}

/// "Ryan Falvey, a fintech investor, told CNBC": the name when `after` is a name of two or more
/// capitalised words, a lower-case description between commas (at most twenty words: "a 36-year-old who
/// runs a sunscreen company and has family who lived in Lahaina Town"), then a cue verb.
fn named_with_appositive(after: &str) -> Option<String> {
    let (name_part, rest) = after.split_once(',')?;
    let (appositive, tail) = rest.split_once(',')?;
    let name_part = name_part.trim();
    let described = words(appositive);
    // One word is a name too when a relative clause describes it: "Modi, who watched from Johannesburg,
    // said".
    let relative = described.first().is_some_and(|(_, w)| *w == "who");
    let named =
        trailing_phrase(name_part).filter(|n| n == name_part && (relative || n.split_whitespace().count() >= 2))?;
    let starts_lower = described.first().is_some_and(|(_, w)| w.chars().next().is_some_and(char::is_lowercase));
    let verb = words(tail).first().map(|(_, w)| *w)?;
    (capitalised(&named) && starts_lower && described.len() <= 20 && is_cue(verb) && !lower(verb).ends_with("ing"))
        .then_some(named)
}

/// Whether a full stop right after `before` belongs to a name: the stop of an initial ("Shannon N.
/// Gilreath") or of an honorific ("Gov. Wes Moore"), not the end of a clause.
pub(crate) fn stop_of_a_name(before: &str) -> bool {
    let word = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    initial || HONORIFICS.contains(&word.to_lowercase().as_str())
}

/// Where a name phrase after a verb ends: the first comma, colon or stop that is not the full stop of
/// an honorific or an initial ("said Rear Adm. John Mauger, the commander").
fn phrase_end(rest: &str) -> usize {
    for (i, c) in rest.char_indices() {
        match c {
            ',' | ';' | ':' | '!' | '?' => return i,
            '.' if !stop_of_a_name(&rest[..i]) => return i,
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

/// Whether a (lower-case) word is a person's role: a role or relation noun, singular or plural, or a
/// title word, accents folded ("lawyer", "brothers", "astronomer", "président").
pub fn is_role_word(word: &str) -> bool {
    is_person_noun(word) || crate::claims::entities::is_title_word(&crate::text::normalize::fold(word))
}

/// Whether a (lower-case) noun names a person by role or relation, singular or plural ("lawyer",
/// "brothers").
pub fn is_person_noun(word: &str) -> bool {
    let w = word.to_lowercase();
    let singular = w.strip_suffix('s').unwrap_or(&w);
    PERSON_NOUNS.contains(&w.as_str()) || PERSON_NOUNS.contains(&singular)
}

#[cfg(test)]
#[path = "speakers_tests.rs"]
mod tests;
