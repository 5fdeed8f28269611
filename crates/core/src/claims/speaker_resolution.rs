//! Who a speaker phrase stands for: a pronoun resolved to the last *subject* that is a person in the
//! sentences before (never merely the last speaker), a description to the person introduced with that
//! title or word, a body named by its capitalised words; and the key under which two written speakers
//! are one. The phrase itself is read by `speakers.rs`.

use crate::claims::phrase_ending::is_bare_description;
use crate::claims::speaker_words::*;
use crate::claims::speakers::{can_speak, capitalised, is_cue, lower, words, PersonMention};

/// The key under which two speakers are one: a person's surname, a body's name without its generic
/// head noun, an acronym's plural as its singular ("Thai Navy Seal unit", "Thai Navy SEALs" and "SEALs"
/// are one speaker; "Donald Trump" and "Mr Trump" too).
pub fn speaker_key(name: &str) -> String {
    let ws: Vec<&str> = name.split_whitespace().collect();
    let last = match crate::claims::entities::without_regnal(&ws) {
        [.., before, head] if capitalised(before) && BODY_NOUNS.contains(&lower(head).as_str()) => before,
        [.., last] => last,
        [] => return String::new(),
    };
    let acronym_plural = last.strip_suffix('s').filter(|a| a.len() >= 2 && a.chars().all(|c| c.is_uppercase()));
    crate::claims::entities::surname_key(acronym_plural.unwrap_or(last))
}

/// How a speaker was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    pub name: String,
    pub how: &'static str,
}

/// A role noun or a title ("plumber", "porte-parole", "presidente"); a group in the plural is no one
/// in particular ("the neighbours", "les pompiers").
fn describes_a_person(head: &str) -> bool {
    PERSON_NOUNS.contains(&head) || crate::claims::entities::is_title_word(&crate::text::normalize::fold(head))
}

/// A French or Spanish definite article opening a description ("le porte-parole", "la capitana").
fn romance_article(word: &str) -> bool {
    matches!(word, "le" | "la" | "les" | "el" | "los" | "las")
}

/// The nearest character boundary at or after `i` (byte windows over text must never cut a character).
fn boundary_at_or_after(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The head noun of a description ("the 34-year-old plumber" → "plumber"; before "of": "the manager of
/// Lee County" → "manager").
fn head_noun(description: &str) -> Option<String> {
    let all = words(description);
    // "one of the residents": the head is the group's, in the singular.
    let part =
        all.len() > 2 && matches!(lower(all[0].1).as_str(), "one" | "some" | "many" | "several") && all[1].1 == "of";
    let ws = if part { &all[2..] } else { &all[..] };
    let ws = match ws.first() {
        Some((_, "the" | "his" | "her" | "their")) if part => &ws[1..],
        _ => ws,
    };
    // The head ends before the first preposition: "a woman in her 60s", "the head of the agency", "a
    // spokesman for the ministry".
    // (In French and Spanish too: "le président de la République", "l'adjoint au maire".)
    let end = ws
        .iter()
        .position(|(_, w)| {
            matches!(
                *w,
                "of" | "for"
                    | "in"
                    | "from"
                    | "with"
                    | "at"
                    | "by"
                    | "on"
                    | "de"
                    | "du"
                    | "des"
                    | "del"
                    | "au"
                    | "aux"
                    | "à"
                    | "pour"
                    | "para"
                    | "en"
            )
        })
        .filter(|&k| k > 0)
        .unwrap_or(ws.len());
    let head = ws[..end].last().map(|(_, w)| lower(w))?;
    let head = after_elided_article(&head).map(str::to_string).unwrap_or(head);
    // One of a group is one of its kind: "one of the residents" → "resident".
    Some(if part { head.strip_suffix('s').map(str::to_string).unwrap_or(head) } else { head })
}

/// Who a message comes from: the name after "from", "by" or "of" in "a statement from Buckingham Palace
/// this morning", "the statement by the Foreign Office". Not an owner's name ("a statement from the
/// Queen's son" is the son's), and nothing when no name follows.
fn sender_of_message(phrase: &str) -> Option<String> {
    let ws = words(phrase);
    let at = ws.iter().position(|(_, w)| matches!(*w, "from" | "by" | "of"))?;
    let start = at + 1 + usize::from(ws.get(at + 1).is_some_and(|(_, w)| *w == "the"));
    let end = start + ws[start.min(ws.len())..].iter().take_while(|(_, w)| capitalised(w)).count();
    let owner = |w: &str| ["'s", "\u{2019}s"].iter().any(|p| w.ends_with(p));
    (end > start && !owner(ws[end - 1].1)).then(|| phrase[ws[start].0..ws[end - 1].0 + ws[end - 1].1.len()].to_string())
}

/// Whether a title (lower case) is what a description says: it ends in the description's head word, and
/// a word that makes it another role ("vice president" is not "the president") is in both or neither.
fn title_fits(title: &str, description: &str, head: &str) -> bool {
    let ws: Vec<String> = words(title).iter().map(|(_, w)| lower(w)).collect();
    let said: Vec<String> = words(description).iter().map(|(_, w)| lower(w)).collect();
    let role = |w: &String| crate::claims::entities::OTHER_ROLE_WORDS.contains(&w.as_str());
    ws.last().is_some_and(|w| w == head)
        && ws.iter().filter(|w| role(w)).all(|w| said.contains(w))
        && said.iter().filter(|w| role(w)).all(|w| ws.contains(w))
}

/// Whether every capitalised word of a description after its first word is in the title: "the SpaceX
/// chief" is not a firm's "legal affairs and policy chief", "the Conservative leader" not "Labour leader".
fn names_agree(title: &str, description: &str) -> bool {
    let title: Vec<String> = words(title).iter().map(|(_, w)| lower(w)).collect();
    words(description).iter().skip(1).filter(|(_, w)| capitalised(w)).all(|(_, w)| title.contains(&lower(w)))
}

/// How many person mentions before (and after) a quotation a description is resolved against: more
/// than a news article holds, so only a huge one is cut (the cost per quotation stays bounded).
const LOOKBACK: usize = 400;

/// Resolves a phrase found as a quotation's subject to a speaker.
///
/// `people` are the article's person mentions, sorted by start; `cited` the speakers named as the
/// subjects of earlier quotations' cue verbs, sorted by start (a name the entity analysis did not keep
/// as a person, "brother Philonise thanked “…”", is still the subject of its sentence); `quote_start` is
/// where the quotation begins; `sentence_starts` the start of each sentence of the article.
pub fn resolve(
    phrase: &str,
    text: &str,
    people: &[PersonMention],
    cited: &[PersonMention],
    quote_start: usize,
    sentence_starts: &[usize],
) -> Option<Speaker> {
    let l = lower(phrase);
    if PERSON_PRONOUNS.contains(&l.as_str()) {
        return last_subject(text, people, cited, quote_start, sentence_starts)
            .map(|p| Speaker { name: p, how: "pronoun" });
    }
    let first = words(phrase).first().map(|(_, w)| lower(w)).unwrap_or_default();
    if matches!(first.as_str(), "a" | "an" | "the")
        && head_noun(phrase).is_some_and(|h| MESSAGE_NOUNS.contains(&h.as_str()))
    {
        return sender_of_message(phrase).map(|name| Speaker { name, how: "named" });
    }
    if matches!(first.as_str(), "the" | "this" | "that")
        || romance_article(&first)
        || after_elided_article(&first).is_some()
        || is_bare_description(phrase)
    {
        let head = head_noun(phrase)?;
        // The person introduced with this title or word before the quotation.
        // The mentions near the quotation: every one in a news article, a bounded number in a huge one
        // (never a scan of the whole article per quotation).
        let here = people.partition_point(|p| p.start < quote_start);
        let near = &people[here.saturating_sub(LOOKBACK)..(here + LOOKBACK).min(people.len())];
        let before: Vec<&PersonMention> = near.iter().filter(|p| p.end <= quote_start).collect();
        for p in before.iter().rev() {
            if p.title
                .as_deref()
                .is_some_and(|t| words(t).iter().any(|(_, w)| lower(w) == head) && names_agree(t, phrase))
            {
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
            let near = format!("{near_before} {}", apposition.unwrap_or(""));
            if of_a_person && (close_before || in_apposition) && names_agree(&near, phrase) {
                return Some(Speaker { name: p.name.clone(), how: "description" });
            }
        }
        // "the president was heard saying" in an article that calls him only "Mr Biden": the one person
        // of this article whose title, in any article of the corpus, has the description's head word.
        if describes_a_person(&head) || crate::claims::entities::is_title_word(&head) {
            // Each person once, however often the article names them.
            let mut people_near: Vec<&PersonMention> = near.iter().collect();
            crate::sort::sort_by(&mut people_near, |a, b| a.name.cmp(&b.name));
            people_near.dedup_by(|a, b| a.name == b.name);
            let titled: Vec<&str> = people_near
                .into_iter()
                .filter(|p| p.known_titles.iter().any(|t| title_fits(t, &l, &head) && names_agree(t, phrase)))
                .map(|p| p.name.as_str())
                .collect();
            if let [name] = titled.as_slice() {
                return Some(Speaker { name: name.to_string(), how: "description" });
            }
        }
        // "the Thai Navy Seal unit", "the Foreign Office": a body named by capitalised words before its
        // head noun is named, not described.
        let ws = words(phrase);
        if ws.len() >= 3
            && BODY_NOUNS.contains(&head.as_str())
            && ws[1..ws.len() - 1].iter().all(|(_, w)| capitalised(w))
        {
            return Some(Speaker { name: phrase[ws[1].0..].to_string(), how: "named" });
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
fn last_subject(
    text: &str,
    people: &[PersonMention],
    cited: &[PersonMention],
    at: usize,
    sentence_starts: &[usize],
) -> Option<String> {
    let here = sentence_starts.partition_point(|&s| s <= at).saturating_sub(1);
    // Mentions starting in [s, e), by binary search on the sorted lists (never a scan per quotation).
    let within = |list: &'_ [PersonMention], s: usize, e: usize| -> std::ops::Range<usize> {
        list.partition_point(|p| p.start < s)..list.partition_point(|p| p.start < e)
    };
    for back in 0..4 {
        let Some(i) = here.checked_sub(back) else { break };
        let s = sentence_starts.get(i).copied().unwrap_or(0);
        let e = if back == 0 { at } else { sentence_starts.get(i + 1).copied().unwrap_or(text.len()).min(at) };
        let mut in_sentence: Vec<&PersonMention> = people[within(people, s, e)]
            .iter()
            .chain(&cited[within(cited, s, e)])
            .filter(|p| p.end <= e && is_subject(text, s, p))
            .collect();
        crate::sort::sort_by_key(&mut in_sentence, |p| p.start);
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
    // "Agrawal and Segal were escorted out": one of two joined subjects is no "he" or "she" (a name
    // after "and" is left out below).
    // (Only the next word is read: `after` runs to the end of the article.)
    let rest = after.trim_start();
    if rest.len() < after.len() && rest.strip_prefix("and").is_some_and(|r| r.starts_with(char::is_whitespace)) {
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
    fn pronouns_resolve_to_the_last_subject_not_the_last_speaker() {
        let text = "Trump praised the talks. Kim thanked Trump for the meeting. \"It was good,\" he said.";
        let people = vec![
            PersonMention { start: 0, end: 5, name: "Trump".into(), title: None, known_titles: Default::default() },
            PersonMention { start: 25, end: 28, name: "Kim".into(), title: None, known_titles: Default::default() },
            PersonMention { start: 37, end: 42, name: "Trump".into(), title: None, known_titles: Default::default() },
        ];
        let q = text.find("It was").unwrap();
        let starts = [0, 25, 60];
        assert_eq!(resolve("he", text, &people, &[], q, &starts).map(|s| s.name).as_deref(), Some("Kim"));
    }

    #[test]
    fn one_of_two_joined_subjects_is_no_he() {
        // "Rowe and Dunn were escorted out." is about two people: "he" goes back to Marsh.
        let text = "Marsh fired Rowe and Dunn. Rowe and Dunn were escorted out. \"We move on,\" he said.";
        let at = |name: &str, from: usize| text[from..].find(name).unwrap() + from;
        let mention = |name: &str, from: usize| PersonMention {
            start: at(name, from),
            end: at(name, from) + name.len(),
            name: name.into(),
            title: None,
            known_titles: Default::default(),
        };
        let second = text.find(". ").unwrap() + 2;
        let people = vec![
            mention("Marsh", 0),
            mention("Rowe", 0),
            mention("Dunn", 0),
            mention("Rowe", second),
            mention("Dunn", second),
        ];
        let q = text.find("We move").unwrap();
        let starts = [0, second, text.find("\"We").unwrap()];
        assert_eq!(resolve("he", text, &people, &[], q, &starts).map(|s| s.name).as_deref(), Some("Marsh"));
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
        let people = vec![PersonMention {
            start,
            end: start + 9,
            name: "Joe Smith".into(),
            title: None,
            known_titles: Default::default(),
        }];
        let q = text.find("Fine").unwrap();
        assert_eq!(
            resolve("the 34-year-old plumber", &text, &people, &[], q, &[0]).map(|s| s.name).as_deref(),
            Some("Joe Smith")
        );
    }

    #[test]
    fn a_pronoun_resolves_to_a_speaker_the_entities_did_not_keep() {
        // "Ana" alone is no person mention, but she is the subject of the cue verb before her quotation.
        let text = "Mr Ruiz said the day was long. His sister Ana thanked \"everyone who came to help us\". \"We are grateful,\" she said.";
        let people = vec![PersonMention {
            start: 0,
            end: 7,
            name: "Mr Ruiz".into(),
            title: None,
            known_titles: Default::default(),
        }];
        let at = text.find("Ana").unwrap();
        let cited = vec![PersonMention {
            start: at,
            end: at + 3,
            name: "Ana".into(),
            title: None,
            known_titles: Default::default(),
        }];
        let q = text.find("We are").unwrap();
        let starts = [0, text.find("His").unwrap(), text.find("\"We").unwrap()];
        assert_eq!(resolve("she", text, &people, &cited, q, &starts).map(|s| s.name).as_deref(), Some("Ana"));
    }

    #[test]
    fn a_message_speaks_for_its_sender_and_a_crowd_description_for_itself() {
        let text = "Crowds came. \"It is sad,\" one said.";
        let q = text.find("It is").unwrap();
        let resolved = |phrase: &str| resolve(phrase, text, &[], &[], q, &[0, 13]).map(|s| (s.name, s.how));
        let named = |name: &str| Some((name.to_string(), "named"));
        assert_eq!(resolved("A statement from Buckingham Palace this morning"), named("Buckingham Palace"));
        assert_eq!(resolved("the statement by the Foreign Office"), named("Foreign Office"));
        assert_eq!(resolved("A statement from the Queen's son"), None, "the son speaks, not the Queen");
        assert_eq!(resolved("a statement"), None);
        let described = |name: &str| Some((name.to_string(), "description"));
        assert_eq!(resolved("A woman in her 60s"), described("A woman in her 60s"));
        assert_eq!(resolved("Another man"), described("Another man"));
        assert_eq!(resolved("one of the residents"), described("one of the residents"));
    }

    #[test]
    fn speakers_are_one_under_their_key() {
        assert_eq!(speaker_key("Thai Navy Seal unit"), speaker_key("SEALs"));
        assert_eq!(speaker_key("Navy SEALs"), speaker_key("Seal"));
        assert_eq!(speaker_key("Mr Trump"), speaker_key("Donald Trump"));
        assert_ne!(speaker_key("Donald Trump"), speaker_key("Kim Jong Un"));
    }

    #[test]
    fn descriptions_resolve_to_the_person_introduced_with_them() {
        let text = "The president, Joe Biden, spoke. Later \"it is rare,\" the president said.";
        let people = vec![PersonMention {
            start: 15,
            end: 24,
            name: "Joe Biden".into(),
            title: Some("president".into()),
            known_titles: Default::default(),
        }];
        let q = text.find("it is").unwrap();
        assert_eq!(
            resolve("the president", text, &people, &[], q, &[0, 33]).map(|s| s.name).as_deref(),
            Some("Joe Biden")
        );
    }

    #[test]
    fn a_description_resolves_to_the_one_person_of_the_article_with_that_title_anywhere() {
        // This article writes only "Mr Ruiz", after the quotation; another article calls him "Mayor Luis
        // Ruiz". The deputy mayor is not "the mayor".
        let text = "\"We will rebuild,\" the mayor said. Mr Ruiz and Ms Vale toured the site.";
        let mention = |name: &str, at: &str, titles: &[&str]| {
            let start = text.find(at).unwrap();
            PersonMention {
                start,
                end: start + at.len(),
                name: name.into(),
                title: Some("Mr".into()),
                known_titles: titles.iter().map(|t| t.to_string()).collect(),
            }
        };
        let people =
            vec![mention("Luis Ruiz", "Ruiz", &["mayor", "mr"]), mention("Ana Vale", "Vale", &["deputy mayor"])];
        let q = 1;
        assert_eq!(resolve("the mayor", text, &people, &[], q, &[0]).map(|s| s.name).as_deref(), Some("Luis Ruiz"));
        assert_eq!(
            resolve("the deputy mayor", text, &people, &[], q, &[0]).map(|s| s.name).as_deref(),
            Some("Ana Vale")
        );
        // Two people titled "mayor" somewhere: no one in particular.
        let two = vec![mention("Luis Ruiz", "Ruiz", &["mayor"]), mention("Ana Vale", "Vale", &["mayor"])];
        assert_eq!(resolve("the mayor", text, &two, &[], q, &[0]).map(|s| s.name), Some("the mayor".to_string()));
    }

    #[test]
    fn a_description_with_a_name_in_it_needs_that_name() {
        // "the Harbour Board chief" is not the firm's legal chief introduced before.
        let text = "Ana Vale, the firm's legal chief, left. \"It is over,\" the Harbour Board chief said.";
        let people = vec![PersonMention {
            start: 0,
            end: 8,
            name: "Ana Vale".into(),
            title: Some("legal chief".into()),
            known_titles: ["legal chief".to_string()].into(),
        }];
        let q = text.find("It is").unwrap();
        let s = resolve("the Harbour Board chief", text, &people, &[], q, &[0, 40]);
        assert_eq!(s.map(|s| s.name).as_deref(), Some("the Harbour Board chief"));
        assert_eq!(resolve("the chief", text, &people, &[], q, &[0, 40]).map(|s| s.name).as_deref(), Some("Ana Vale"));
    }
}
