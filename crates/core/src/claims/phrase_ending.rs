//! The noun phrase that ends a fragment of a sentence (the words before a cue verb, an apposition): a
//! name with its titles ("Sheriff Ann Roe of Dade County"), "he"/"she", a description from its
//! determiner ("the 34-year-old plumber"), or a role written without one the way headlines write it
//! ("Lebanese prime minister"). `speakers` reads a quotation's subject with it.

use crate::claims::speaker_phrase::article_and_name;
use crate::claims::speaker_words::*;
use crate::claims::speakers::{capitalised, is_cue, is_person_noun, lower, words};

/// The noun phrase that ends a fragment: a name (capitalised run with its titles), a pronoun, or a
/// description from its determiner ("the president", "the 34-year-old plumber", "a spokeswoman").
pub(crate) fn trailing_phrase(fragment: &str) -> Option<String> {
    phrase_ending(fragment, true)
}

/// [`trailing_phrase`]; `of_allowed`: whether a name after "of" may take the phrase before it (once: a
/// chain of "of"s in one long sentence must not re-read the sentence for every link).
fn phrase_ending(fragment: &str, of_allowed: bool) -> Option<String> {
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
    if capitalised(last) || article_and_name(last) {
        let mut first = ws.len() - 1;
        while first > 0 {
            let (pos, prev) = ws[first - 1];
            let gap = &fragment[pos + prev.len()..ws[first].0];
            // "U.S.": a one-letter capital and its stop join without a space.
            let initialism = gap == "." && prev.chars().count() == 1 && capitalised(prev);
            let joins = gap == " " || gap == ". " || gap == "-" || initialism;
            // "King Charles the Third": "the" inside a name, between two capitalised words.
            let inner_the = prev == "the"
                && first >= 2
                && capitalised(ws[first - 2].1)
                && fragment[ws[first - 2].0 + ws[first - 2].1.len()..pos] == *" ";
            // A particle joins the name only inside one ("Olivier de Chalus"), not after an office in
            // lower case ("le maire de Paris": the office's place follows).
            let particle = matches!(prev, "de" | "van" | "von" | "bin" | "al" | "da" | "del")
                && first >= 2
                && capitalised(ws[first - 2].1);
            if joins && (capitalised(prev) || inner_the || particle) {
                first -= 1;
            } else {
                break;
            }
        }
        // "the manager of Lee County", "Sheriff Ann Roe of Dade County", "the Bank of England": a name
        // after "of" completes the phrase before it, which is the subject's head (the county does not
        // speak; its manager does).
        // So in French and Spanish: "le maire de Paris", "la ministre du Travail", "el presidente del
        // Gobierno", and with an article: "le président de la République", "the president of the Republic".
        let connector = |k: usize| matches!(ws[k].1, "of" | "de" | "du" | "des" | "del" | "di" | "da");
        let connector_at = match first.checked_sub(1) {
            Some(k) if k >= 1 && connector(k) => Some(k),
            Some(k) if k >= 2 && matches!(ws[k].1, "the" | "la" | "las" | "los" | "le" | "les") && connector(k - 1) => {
                Some(k - 1)
            }
            _ => None,
        };
        if let Some(at) = connector_at {
            // Single spaces between the words, and a phrase ending right before the connector.
            let spaced = (at..first).all(|k| fragment[ws[k].0 + ws[k].1.len()..ws[k + 1].0] == *" ");
            let lead = fragment[..ws[at].0].strip_suffix(' ').filter(|l| !l.ends_with(' '));
            if let (true, Some(lead)) = (spaced, lead) {
                let head = if of_allowed { phrase_ending(lead, false) } else { None };
                if let Some(head) = head.filter(|h| lead.ends_with(h.as_str())) {
                    return Some(fragment[lead.len() - head.len()..ws[ws.len() - 1].0 + last.len()].to_string());
                }
                // An office or a group in lower case before it with no phrase found ("residents of
                // Lahaina said"): the place is not who spoke.
                if !capitalised(ws[at - 1].1) {
                    return None;
                }
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
    // (French and Spanish articles too: "le porte-parole", "la jugadora", "l'adjoint au maire".)
    // (Written in lower case after its first letter: "UN" and "LA" are no articles.)
    let determiner = |w: &str| {
        if w.chars().skip(1).any(char::is_uppercase) {
            return false;
        }
        let w = lower(w);
        matches!(
            w.as_str(),
            "the" | "a" | "an" | "one" | "another" | "le" | "la" | "les" | "un" | "une" | "el" | "los" | "las" | "una"
        ) || after_elided_article(&w).is_some()
    };
    let det = ws[from..].iter().rposition(|(_, w)| determiner(w));
    let Some(det) = det.map(|d| from + d) else { return bare_description(fragment, &ws) };
    let joins_clauses =
        |w: &str| matches!(lower(w).as_str(), "and" | "or" | "that" | "who" | "et" | "ou" | "que" | "qui");
    if fragment[ws[det].0..].contains([',', ';', ':']) || ws[det..].iter().any(|(_, w)| is_cue(w) || joins_clauses(w)) {
        return bare_description(fragment, &ws);
    }
    if det + 1 == ws.len() && lower(ws[det].1) != "another" {
        return None;
    }
    // "the director of the security agency", "a spokesman for the ministry": a person's role, then "of",
    // "for" or "at" and what they serve; the role is the phrase's head (the agency does not speak).
    let det = role_before(fragment, &ws, det).unwrap_or(det);
    Some(fragment[ws[det].0..ws[ws.len() - 1].0 + last.len()].to_string())
}

/// The determiner of a person's role written before "of", "for" or "at" and the description at `det`
/// ("the director" in "the director of the security agency"): at most four words back, with only
/// spaces between, the word before the preposition a person noun or a title.
fn role_before(fragment: &str, ws: &[(usize, &str)], det: usize) -> Option<usize> {
    let of = det.checked_sub(1).filter(|&k| matches!(ws[k].1, "of" | "for" | "at"))?;
    let head = lower(ws.get(of.checked_sub(1)?)?.1);
    if !crate::claims::speakers::is_role_word(&head) {
        return None;
    }
    let role = (of.saturating_sub(4)..of.saturating_sub(1))
        .rev()
        .find(|&d| matches!(lower(ws[d].1).as_str(), "the" | "a" | "an"))?;
    let plain = !fragment[ws[role].0..ws[det].0].contains([',', ';', ':', '(', ')'])
        && ws[role + 1..of]
            .iter()
            .all(|(_, w)| !is_cue(w) && !matches!(lower(w).as_str(), "and" | "or" | "that" | "who"));
    plain.then_some(role)
}

/// A role named without a determiner after one capitalised word, the way headlines and ledes write it:
/// "Lebanese prime minister", "Lebanon's prime minister", "Thai authorities". The capitalised word
/// stands alone (a longer capitalised run is a name) and the role word ends the phrase.
fn bare_description(fragment: &str, ws: &[(usize, &str)]) -> Option<String> {
    let lowercase_run = ws.iter().rev().take_while(|(_, w)| w.chars().all(char::is_lowercase)).count();
    if !(1..=3).contains(&lowercase_run) || lowercase_run >= ws.len() {
        return None;
    }
    let first = ws.len() - lowercase_run - 1;
    let (pos, lead) = ws[first];
    // Alone: not the end of a longer capitalised run (a dateline before a dash does not count).
    let lead_is_alone = first == 0 || {
        let (p, w) = ws[first - 1];
        !capitalised(w) || fragment[p + w.len()..pos].trim() != ""
    };
    let run = &ws[first + 1..];
    let plain = run.iter().all(|(_, w)| {
        !is_cue(w) && crate::text::stopwords::ENGLISH.binary_search(w).is_err() && !AUXILIARIES.contains(w)
    });
    let (_, last) = *ws.last()?;
    let role = is_person_noun(last) || crate::claims::entities::is_title_word(last);
    let stem = lower(lead.trim_end_matches("'s").trim_end_matches("\u{2019}s"));
    (capitalised(lead) && lead_is_alone && plain && role && !NOT_NAMES.contains(&stem.as_str()))
        .then(|| fragment[pos..ws[ws.len() - 1].0 + last.len()].to_string())
}

/// Whether a phrase is a [`bare_description`] as a whole.
pub(crate) fn is_bare_description(phrase: &str) -> bool {
    let ws = words(phrase);
    ws.len() >= 2 && bare_description(phrase, &ws).is_some_and(|d| d.len() == phrase.trim().len())
}
