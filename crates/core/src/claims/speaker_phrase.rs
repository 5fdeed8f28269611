//! The phrase after a cue verb, read in the order the sentence writes it: an addressee to step over
//! ("a expliqué à l'AFP …"), the words that describe a name before it ("said 21-year-old Kenneth
//! Nwachi", "dijo la capitana Olga Carmona"), and a name that opens the phrase with the rest of the
//! clause after it ("declaró Hermoso entre lágrimas"), and a second speaker joined to a name ("said Tom
//! Reyes and Ana Vale"). `speakers::subject_after` puts them together. And the subject that opens a
//! clause, for a participle after it ("Twitter sued him in July, saying"), and the full name that opens
//! a sentence whose colon introduces a quotation without a cue verb ("Ruth Entwistle reports:").

use crate::claims::speaker_words::{MESSAGE_NOUNS, NOT_NAMES, PERSON_PRONOUNS};
use crate::claims::speakers::{capitalised, is_cue, is_person_noun, lower, stop_of_a_name, subject_after, words};

/// Whether the words before a name after its cue verb describe it: a short lower-case descriptor ("said
/// 21-year-old Kenneth Nwachi", "said resident Maria Lopez"), or a determiner and titles or role nouns
/// only ("a expliqué le lieutenant-colonel Gabriel Plus", "dijo la capitana Olga Carmona"). A determiner
/// before anything else makes a description of its own ("said the president"), and a name after "de"
/// or "of" is not the speaker ("a annoncé le parquet de Paris").
pub(crate) fn name_descriptor(lead: &str) -> bool {
    let lw = words(lead);
    let determiner = |w: &str| {
        matches!(w, "the" | "a" | "an" | "le" | "la" | "les" | "l" | "un" | "une" | "el" | "los" | "las" | "una")
    };
    let role = |w: &str| {
        let title = |w: &str| crate::claims::entities::is_title_word(&crate::text::normalize::fold(w));
        title(w) || is_person_noun(w) || w.split('-').all(|part| title(part) || is_person_noun(part))
    };
    if lw.first().is_some_and(|(_, w)| determiner(w)) {
        return lw.len() >= 2 && lw.len() <= 4 && lw[1..].iter().all(|(_, w)| role(w));
    }
    lw.len() <= 4
        && lw.iter().all(|(_, w)| {
            let age = w.ends_with("year-old") && w.starts_with(|c: char| c.is_ascii_digit());
            age || (w.chars().all(char::is_lowercase)
                && !determiner(w)
                && !matches!(
                    *w,
                    "one" | "another" | "and" | "or" | "that" | "who" | "of" | "de" | "du" | "des" | "del" | "et" | "y"
                ))
        })
}

/// A French addressee after the cue verb is no part of the speaker's phrase: "a expliqué à l'AFP le
/// lieutenant-colonel Gabriel Plus", "a déclaré à BFMTV Anne Roe".
pub(crate) fn without_addressee(phrase: &str) -> &str {
    let ws = words(phrase);
    match ws.as_slice() {
        [(_, "à" | "au" | "aux"), (at, to), (next, _), ..] if to.chars().any(char::is_uppercase) && next > at => {
            phrase[*next..].trim_start()
        }
        _ => phrase,
    }
}

/// Particles inside a name between its capitalised words: "Olivier de Chalus", "Vincent van Gogh".
const NAME_PARTICLES: &[&str] = &["de", "del", "van", "von", "da"];

/// A word in "-ing" of five letters or more, in lower case: a participle ("calling", "commenting").
fn is_participle(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ing") && w.chars().all(char::is_lowercase)
}

/// "el-Sissi", "al-Assad", "ul-Haq": an Arabic article joined to a capitalised name, part of the name.
pub(crate) fn article_and_name(w: &str) -> bool {
    ["el-", "al-", "ul-", "ud-"]
        .iter()
        .any(|a| w.strip_prefix(a).is_some_and(|rest| rest.starts_with(char::is_uppercase)))
}

/// A name right after the cue verb with the rest of the clause after it: "declaró Hermoso entre
/// lágrimas", "said Marsh in a statement". The capitalised run that opens the phrase, when a lower-case
/// word follows it and it is no time or sentence word ("said Tuesday in a statement").
pub(crate) fn leading_name(phrase: &str) -> Option<String> {
    let ws = words(phrase);
    let mut n = 0;
    while n < ws.len()
        && (capitalised(ws[n].1)
            || (n > 0 && article_and_name(ws[n].1))
            || (n > 0 && n + 1 < ws.len() && NAME_PARTICLES.contains(&ws[n].1)))
    {
        n += 1;
    }
    let plain = n > 0
        && n < ws.len()
        && ws[n].1.chars().all(char::is_lowercase)
        && phrase[ws[0].0..ws[n - 1].0].chars().all(|c| c.is_alphanumeric() || c == ' ' || c == '.' || c == '-')
        && !ws[..n].iter().any(|(_, w)| NOT_NAMES.contains(&lower(w).as_str()));
    plain.then(|| phrase[ws[0].0..ws[n - 1].0 + ws[n - 1].1.len()].to_string())
}

/// The subject that opens `clause` (with where it starts), for a participle that follows it after a
/// comma: "Twitter sued him in July, saying “…”" (not "July", the words before the participle). The
/// clause is read from its last comma ("In July, Twitter sued him"): when it opens with a name or
/// "he"/"she" and then a word in lower case, that is the subject. Any other opening names no one
/// ("The company sued him", "Later Musk said", "Nevertheless, dozens of activists held banners"): the
/// quotation is left unattributed rather than given to a guess. `clause` is a [`main_clause`]: pieces
/// that open with a participle are already cut off.
pub(crate) fn clause_subject(clause: &str) -> Option<(String, usize)> {
    let start = clause.rfind(',').map_or(0, |c| c + 1);
    let piece = &clause[start..];
    let ws = words(piece);
    let &(at, first) = ws.first()?;
    let at = start + at;
    let opening = lower(first);
    if PERSON_PRONOUNS.contains(&opening.as_str()) {
        return ws.get(1).is_some_and(|(_, w)| w.chars().all(char::is_lowercase)).then_some((opening, at));
    }
    let name = leading_name(&clause[at..])?;
    (!joined_with_another(&clause[..at], &clause[at + name.len()..])).then_some((name, at))
}

/// `clause` without the pieces after its last comma that open with a participle: in "X thanked the
/// crews on Friday, calling for calm as the water fell" the participle's piece has no subject of its own
/// (nor does a cue verb inside it, "fell" or "continued", speak for it); the clause's subject and its
/// verb are in the piece before.
pub(crate) fn main_clause(clause: &str) -> &str {
    let mut end = clause.len();
    while let Some(comma) = clause[..end].rfind(',') {
        let opens_with_participle = words(&clause[comma + 1..end]).first().is_some_and(|(_, w)| is_participle(w));
        if !opens_with_participle {
            break;
        }
        end = comma;
    }
    &clause[..end]
}

/// A sentence that is nothing but a speaker and a cue verb ("He wrote.", "Ms. Chappell said."), at the
/// start of `rest` (the text after a quotation that ended its own sentence, "…!” He wrote"): the
/// speaker, with where it stands in `rest`. Such a sentence says nothing else, so it attributes the
/// quotation before it; one more word ("The update said so.", "He wrote later that …") and it is a
/// sentence of its own.
pub(crate) fn bare_attribution(rest: &str) -> Option<(String, usize)> {
    let line = rest.split(['\n', '“', '"', '«', '‘']).next().unwrap_or(rest);
    // "Ms. Chappell said.": the stop of a title or initial does not end the sentence.
    let end = line
        .char_indices()
        .find(|&(i, c)| matches!(c, '!' | '?' | ';') || (c == '.' && !stop_of_a_name(&line[..i])))
        .map_or(line.len(), |(i, _)| i + 1);
    let sentence = &line[..end];
    let ws = words(sentence);
    if !(2..=4).contains(&ws.len()) || ws.iter().filter(|(_, w)| is_cue(w)).count() != 1 {
        return None;
    }
    // "He wrote.": a pronoun opens the sentence in capitals (the other word is the one cue verb).
    if let [(at, first), _] = ws.as_slice() {
        let pronoun = lower(first);
        if PERSON_PRONOUNS.contains(&pronoun.as_str()) {
            return Some((pronoun, *at));
        }
    }
    let subject = subject_after(&format!(" {sentence}"))?;
    let subject_words = words(&subject).len();
    // "They wrote.", "It said.": a word in capitals that opens the sentence is no name.
    if subject_words == 1 && crate::text::stopwords::ENGLISH.binary_search(&lower(&subject).as_str()).is_ok() {
        return None;
    }
    let at = sentence.find(subject.as_str()).unwrap_or_else(|| sentence.len() - sentence.trim_start().len());
    // Every word is the subject's or the verb's.
    (subject_words + 1 == ws.len()).then_some((subject, at))
}

/// A conjunction that joins two speakers: "and", Spanish "y" / "e", French "et", Italian and Portuguese
/// "e", German "und" ("&" is read apart: it is no word).
fn is_conjunction(word: &str) -> bool {
    matches!(word, "and" | "y" | "e" | "et" | "und")
}

/// Whether the speaker phrase found between `before` and `after` (the text around it in its clause) is
/// one of two joined by a conjunction: "Tom Reyes and Ana Vale said", "said Reyes & Vale", "she and her
/// husband told". Two speakers are not one: the quotation is left unattributed rather than given to
/// either. The other side must be a name, a pronoun, or "his"/"her"/"their"/"my" and a person noun; a
/// clause that goes on after "and" ("said Marsh and added", "arrived and Marsh said") is no second
/// speaker, nor is a name before a comma ("In Baltimore and Annapolis, Moore said") or a second title
/// ("Chairman and CEO Peter Seligmann").
pub(crate) fn joined_with_another(before: &str, after: &str) -> bool {
    let pronoun = |w: &str| matches!(lower(w).as_str(), "he" | "she" | "i" | "we");
    // Two titles of one person are joined too: "Chairman and CEO Peter Seligmann".
    let title = |w: &str| crate::claims::entities::is_title_word(&crate::text::normalize::fold(w));
    let second_speaker = |text: &str| match words(text).as_slice() {
        [(_, own), (_, noun), ..] if matches!(lower(own).as_str(), "his" | "her" | "their" | "my") => {
            is_person_noun(noun)
        }
        [(_, w), ..] => (capitalised(w) && !title(w)) || pronoun(w),
        [] => false,
    };
    // After it: "and Ana Vale", "& Vale", "and his wife".
    let after = after.trim_start();
    let rest = after.strip_prefix('&').or_else(|| {
        let ws = words(after);
        ws.first().filter(|(at, w)| *at == 0 && is_conjunction(w)).map(|(at, w)| &after[at + w.len()..])
    });
    if rest.is_some_and(second_speaker) {
        return true;
    }
    // Before it: "Tom Reyes and ", "he & ".
    let before = before.trim_end();
    let head = before.strip_suffix('&').or_else(|| {
        let ws = words(before);
        ws.last().filter(|(at, w)| is_conjunction(w) && at + w.len() == before.len()).map(|(at, _)| &before[..*at])
    });
    head.map(str::trim_end).is_some_and(|head| {
        words(head)
            .last()
            .is_some_and(|(at, w)| at + w.len() == head.len() && ((capitalised(w) && !title(w)) || pronoun(w)))
    })
}

/// The text before a cue verb without the channel written between the subject and the verb: "ISRO in
/// a tweet" → "ISRO", "the ministry in its statement" → "the ministry" (a determiner or possessive and a
/// message noun after "in", or "video", "interview" or "letter").
pub(crate) fn without_channel(head: &str) -> &str {
    let ws = words(head);
    let channel = |w: &str| MESSAGE_NOUNS.contains(&w) || matches!(w, "video" | "interview" | "letter");
    match ws.as_slice() {
        [.., (_, _), (at, "in"), (_, det), (_, noun)]
            if matches!(lower(det).as_str(), "a" | "an" | "the" | "his" | "her" | "its" | "their")
                && channel(&lower(noun)) =>
        {
            head[..*at].trim_end()
        }
        _ => head,
    }
}

/// The speaker of a quotation that a colon introduces without a cue verb, in the quotation's own
/// sentence (`before`, the sentence up to the quotation): "Ruth Entwistle reports: “…”", "Lucía Prado,
/// capitana del equipo, también compartió su alegría: «…»", "… with Chief Engineer Tom Reyes
/// commenting: “…”". The subject is a full name (two capitalised words or more) that opens
/// the sentence with a lower-case word after it or after its apposition, or the name after "with"
/// before the closing participle; or "he"/"she" opening the sentence. Whatever else opens it names no
/// one: a single capitalised word ("Protesters carried signs:", "It reads:"), a description ("The
/// statement reads:"), a function word ("In Baltimore, …:"). A sentence with a cue verb is
/// `subject_before`'s to read, and what it leaves is not guessed at here. Returns the subject and
/// where it starts in `before`.
pub(crate) fn colon_subject(before: &str) -> Option<(String, usize)> {
    let clause = before.trim_end().strip_suffix(':')?;
    let ws = words(clause);
    if ws.is_empty() || ws.iter().any(|(_, w)| is_cue(w)) {
        return None;
    }
    let full_name = |name: &str| {
        let nw = words(name);
        nw.len() >= 2 && !crate::text::stopwords::is_function_word(&lower(nw[0].1))
    };
    // "… with Chief Engineer Tom Reyes commenting:": the name, then the participle alone.
    if let Some(&(last_at, last)) = ws.last() {
        let participle = is_participle(last);
        if let Some(w) = ws.iter().rposition(|(_, w)| *w == "with").filter(|_| participle) {
            let from = ws[w].0 + "with".len();
            let rest = &clause[from..last_at + last.len()];
            let at = from + (rest.len() - rest.trim_start().len());
            let name = leading_name(&clause[at..])?;
            return (full_name(&name) && words(&name).len() + 1 == words(&clause[at..]).len()).then_some((name, at));
        }
    }
    // What parentheses hold is an aside ("Tom Reyes (who led the works) sums it up:"): read past it.
    // (Each byte of the aside becomes a space, so offsets stay those of `before`.)
    let mut plain = String::with_capacity(clause.len());
    let mut depth = 0usize;
    for c in clause.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => {
                plain.push(c);
                continue;
            }
            _ => {}
        }
        plain.extend(std::iter::repeat_n(' ', c.len_utf8()));
    }
    let &(at, first) = words(&plain).first()?;
    let opening = lower(first);
    if PERSON_PRONOUNS.contains(&opening.as_str()) {
        let next_lower = words(&plain).get(1).is_some_and(|(_, w)| w.chars().all(char::is_lowercase));
        return next_lower.then_some((opening, at));
    }
    // "Lucía Prado, …, también compartió …": a name alone before the first comma, and the last piece
    // of the clause opening in lower case (the verb after the apposition).
    let pieces: Vec<&str> = plain.split(',').collect();
    let name = match pieces.as_slice() {
        [first_piece, .., last_piece] if last_piece.trim_start().starts_with(char::is_lowercase) => {
            let piece = first_piece.trim();
            let nw = words(piece);
            let all_name = nw.len() <= 5
                && nw.iter().all(|(_, w)| capitalised(w) || NAME_PARTICLES.contains(w))
                && !nw.iter().any(|(_, w)| NOT_NAMES.contains(&lower(w).as_str()));
            all_name.then(|| piece.to_string())
        }
        _ => None,
    }
    .or_else(|| leading_name(&plain[at..]))?;
    (full_name(&name) && !joined_with_another("", &plain[at + name.len()..])).then_some((name, at))
}
