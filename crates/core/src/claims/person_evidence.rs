//! Is a capitalised name a person? Evidence read from the words around each mention, so that the People
//! panel lists people and not every capitalised run ("Patapsco River", "Downing Street", "Tham Luang").
//!
//! For: a title or honorific ("Gov. Wes Moore", "Mr Kim"), a role in apposition ("Helen Marsh, the chief
//! executive", or a description headed by a role: "Ryan Roe, a fintech investor with …"), a reporting
//! verb ("Butler said", "said Helen Marsh"), an age ("Kenneth Nwachi, 21," or "21-year-old Kenneth
//! Nwachi"), a role noun right before ("lawyer Ben Crump"), a relative "who" after it. Against: a
//! determiner or a place preposition right before ("the Red
//! Cross", "in Chiang Rai"), or a word that names a place, a structure, a body or an event ("Bridge",
//! "River", "Guard", "Cup", "Declaration"). A group of mentions is a person when some mention has
//! evidence for it and no more mentions have evidence against ("the Trump administration" does not
//! undo "President Trump said"); a name with no evidence either way is
//! left out of People (saying less rather than something wrong).

use crate::claims::speakers::is_cue;
use unicode_segmentation::UnicodeSegmentation;

/// Last words that make a capitalised run a place, a structure, a body or an event, not a person
/// (generic heads of such names, never particular names).
const FEATURE_WORDS: &[&str] = &[
    "abbey",
    "act",
    "administration",
    "agency",
    "agreement",
    "airport",
    "association",
    "authority",
    "avenue",
    "bay",
    "bill",
    "board",
    "bridge",
    "building",
    "bureau",
    "canal",
    "cathedral",
    "center",
    "centre",
    "championship",
    "church",
    "city",
    "coast",
    "college",
    "commission",
    "committee",
    "company",
    "council",
    "county",
    "cross",
    "cup",
    "declaration",
    "defence",
    "defense",
    "department",
    "district",
    "flagged",
    "force",
    "foundation",
    "games",
    "guard",
    "gulf",
    "hall",
    "harbor",
    "harbour",
    "highway",
    "institute",
    "island",
    "islands",
    "kingdom",
    "lake",
    "ministry",
    "mountain",
    "museum",
    "nations",
    "network",
    "ocean",
    "office",
    "olympics",
    "organisation",
    "organization",
    "park",
    "party",
    "peninsula",
    "port",
    "province",
    "region",
    "republic",
    "river",
    "road",
    "sea",
    "service",
    "square",
    "stadium",
    "states",
    "station",
    "strait",
    "street",
    "summit",
    "survey",
    "tower",
    "town",
    "trauma",
    "treaty",
    "tv",
    "university",
    "valley",
    "village",
    "war",
];

/// Words right before a name that make it a thing or a place.
const AGAINST_BEFORE: &[&str] = &["the", "in", "at", "near", "into", "across", "off", "towards", "toward", "via"];

/// Whether the text before a name ends in a place preposition, with or without "the" ("in Chiang Rai",
/// "near the Moon's south pole", "from the Gulf of Mexico"): the name is then more likely a place than
/// anything else.
pub fn after_place_preposition(before: &str) -> bool {
    let is_preposition = |w: &str| w != "the" && (AGAINST_BEFORE.contains(&w) || w == "from");
    let prev = last_word(before);
    if prev == "the" {
        let rest = before.trim_end();
        is_preposition(&last_word(&rest[..rest.len() - "the".len()]))
    } else {
        is_preposition(&prev)
    }
}

/// Whether a name's last word (folded) is a generic head of a place's, a structure's or a body's name.
pub fn is_feature_word(word: &str) -> bool {
    FEATURE_WORDS.contains(&word)
}

/// Evidence of one mention: 2 for a person from the words around it (a reporting verb, an age), 1 from
/// a title, -1 against, 0 none.
pub fn mention_evidence(doc_text: &str, start: usize, end: usize, has_title: bool, name_words: &[String]) -> i8 {
    if name_words.last().is_some_and(|w| FEATURE_WORDS.contains(&w.as_str())) {
        return -1;
    }
    // Written all in capitals ("USA TODAY", "NASA"): an organisation or a masthead, not a person.
    let written = &doc_text[start..end];
    let letters: Vec<char> = written.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() >= 3 && letters.iter().all(|c| c.is_uppercase()) {
        return -1;
    }
    let before = &doc_text[..start];
    let prev = last_word(before);
    if AGAINST_BEFORE.contains(&prev.as_str()) && !has_title {
        return -1;
    }
    let after = &doc_text[end..];
    let next = first_word(after);
    let gap_after = &after[..after.find(|c: char| c.is_alphanumeric()).unwrap_or(after.len())];
    if is_cue(&next) && !gap_after.contains([',', '.', ';', ':']) {
        return 2;
    }
    if is_cue(&prev) {
        return 2;
    }
    // The French compound past after the name: "Anne Roe a déclaré", "Tom Vale et Ana Vale ont affirmé".
    if matches!(next.as_str(), "a" | "ont") && gap_after == " " {
        let rest = &after[gap_after.len() + next.len()..];
        if rest.starts_with(' ') && is_cue(&first_word(rest)) {
            return 2;
        }
    }
    // A reporting verb, then the day, then the name: "a annoncé lundi Anne Roe", "dijo ayer Ana Vale".
    if is_day_word(&prev) {
        let rest = before.trim_end();
        let rest = &rest[..rest.len() - rest.rsplit(|c: char| !c.is_alphanumeric()).next().map_or(0, str::len)];
        if is_cue(&last_word(rest)) {
            return 2;
        }
    }
    // "identified one of the victims as Miguel Luna", "was named as Jane Roe": who someone is, said of a
    // person (a ship or a firm "identified as" has "the" before its name, which counts against above).
    if prev == "as" && identified_before(before) {
        return 2;
    }
    // ", 21," or "21-year-old" beside the name.
    let age_after = after.strip_prefix(", ").is_some_and(|r| {
        let digits = r.chars().take_while(char::is_ascii_digit).count();
        (1..=3).contains(&digits) && r[digits..].starts_with(',')
    });
    if age_after || before.trim_end().ends_with("year-old") {
        return 2;
    }
    // "…, George Kettaneh, who also warned": a relative "who" follows a person (a body takes "which").
    // Not a title alone ("the Prime Minister, who") nor a place after a preposition ("a man from El
    // Salvador, who").
    let after_preposition = AGAINST_BEFORE.contains(&prev.as_str()) || matches!(prev.as_str(), "from" | "of" | "to");
    let title_only = name_words.iter().all(|w| crate::claims::entities::is_title_word(w));
    if after.starts_with(", who ") && !after_preposition && !title_only {
        return 1;
    }
    // A role or relation noun right before, written in lower case: "lawyer Ben Crump", "French star
    // Paul Pogba", "the rescued coach, Ekkapol Chantawong", "one of Floyd's brothers, Philonise Floyd".
    let gap_before = &before[before.trim_end_matches(|c: char| !c.is_alphanumeric()).len()..];
    let prev_written = before.trim_end_matches(|c: char| !c.is_alphanumeric());
    let prev_word = prev_written.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    let prev_lower = !prev_word.is_empty() && prev_word.chars().all(char::is_lowercase);
    if prev_lower && matches!(gap_before, " " | ", ") && crate::claims::speakers::is_person_noun(prev_word) {
        return 1;
    }
    // "Ana Vale's husband", "Tom Reyes’ daughter": someone's relative is a person's.
    let possessive = after.strip_prefix("'s ").or_else(|| after.strip_prefix("\u{2019}s ")).or_else(|| {
        (name_words.last().is_some_and(|w| w.ends_with('s')))
            .then(|| after.strip_prefix("' ").or_else(|| after.strip_prefix("\u{2019} ")))
            .flatten()
    });
    if possessive.is_some_and(|rest| is_kin(&first_word(rest))) {
        return 2;
    }
    // "Ryan Roe, a fintech investor with a venture firm,": a description in apposition whose head (the
    // last word before a preposition or the comma) is a person's role ("Lahaina, a town of residents"
    // is headed by "town").
    // An employer's name may stand before the role, and an abbreviation in brackets anywhere ("Dan Roe, a
    // Harbor Research Institute (HRI) astronomer and …"): the head itself is in lower case. Not
    // a clause of its own ("…, a senior official said").
    // "Ana Vale, a 41-year-old who teaches …": an age in apposition.
    if let Some(apposition) = after.strip_prefix(", ") {
        let phrase = apposition_phrase(apposition);
        let ws: Vec<&str> = phrase.unicode_words().take(10).collect();
        // "a …", "the …", or an owner's ("Vale County's disaster agency official").
        let owner = |w: &&str| w.ends_with("'s") || w.ends_with("\u{2019}s");
        let determiner = ws.first().is_some_and(|w| matches!(*w, "a" | "an" | "the"))
            || ws.iter().take_while(|w| w.starts_with(char::is_uppercase)).any(owner);
        // The head is the last word before a preposition, "who" or "and" that is not inside a name
        // ("an Emergency and Disaster Agency official": "and" between two capitals is the name's).
        let capital = |k: usize| ws.get(k).is_some_and(|w| w.starts_with(char::is_uppercase));
        let head_end = (0..ws.len())
            .find(|&k| {
                matches!(ws[k], "of" | "with" | "at" | "for" | "in" | "from" | "who" | "and" | "on" | "to")
                    && !(k > 0 && capital(k - 1) && capital(k + 1))
            })
            .unwrap_or(ws.len());
        let head = head_end.checked_sub(1).map(|h| ws[h]);
        let lower_head = head.is_some_and(|w| w.chars().all(|c| !c.is_uppercase()));
        let clause = ws.get(head_end).is_some_and(|w| is_cue(w));
        if determiner
            && lower_head
            && head_end >= 2
            && !clause
            && head.is_some_and(crate::claims::speakers::is_role_word)
        {
            return 1;
        }
        let aged = phrase.strip_prefix("a ").or_else(|| phrase.strip_prefix("an ")).is_some_and(|r| {
            let digits = r.chars().take_while(char::is_ascii_digit).count();
            let rest = r[digits..].strip_prefix("-year-old").map(str::trim_start);
            // "a 41-year-old", "a 41-year-old who …", "a 41-year-old teacher"; not "a 40-year-old ship".
            (1..=3).contains(&digits)
                && rest.is_some_and(|rest| {
                    let next = rest.split_whitespace().next().unwrap_or("");
                    next.is_empty() || next == "who" || crate::claims::speakers::is_person_noun(next)
                })
        });
        if aged {
            return 2;
        }
    }
    i8::from(has_title)
}

/// The description in apposition at the start of `text`: up to the first comma or stop outside
/// brackets, the bracketed parts left out, within 200 bytes.
fn apposition_phrase(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for (i, c) in text.char_indices() {
        if i > 200 || (depth == 0 && matches!(c, ',' | '.' | ';' | ':')) {
            break;
        }
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Whether "identified" or "named" is among the six words before the final "as" of `before`.
fn identified_before(before: &str) -> bool {
    let words: Vec<String> = before.unicode_words().rev().skip(1).take(6).map(str::to_lowercase).collect();
    words.iter().any(|w| matches!(w.as_str(), "identified" | "identifies" | "identify" | "named" | "names"))
}

/// A relative's noun (in lower case): what only a person has.
fn is_kin(word: &str) -> bool {
    matches!(
        word,
        "husband"
            | "wife"
            | "son"
            | "sons"
            | "daughter"
            | "daughters"
            | "mother"
            | "father"
            | "parents"
            | "brother"
            | "brothers"
            | "sister"
            | "sisters"
            | "widow"
            | "widower"
            | "grandson"
            | "granddaughter"
            | "grandmother"
            | "grandfather"
            | "uncle"
            | "aunt"
            | "nephew"
            | "niece"
            | "fiance"
            | "fiancé"
            | "fiancee"
            | "fiancée"
            | "girlfriend"
            | "boyfriend"
    )
}

/// A weekday or "yesterday", "today" in a language Parallax reads (`word` in lower case).
fn is_day_word(word: &str) -> bool {
    let folded = crate::text::normalize::fold(word);
    crate::claims::calendar::weekday(&folded).is_some()
        || matches!(folded.as_str(), "today" | "yesterday" | "hier" | "ayer" | "hoy" | "heute" | "gestern")
}

fn last_word(s: &str) -> String {
    s.trim_end().rsplit(|c: char| !c.is_alphanumeric() && c != '-').next().unwrap_or("").to_lowercase()
}

fn first_word(s: &str) -> String {
    s.trim_start().split(|c: char| !c.is_alphanumeric()).next().unwrap_or("").to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(text: &str, name: &str, title: bool) -> i8 {
        let start = text.find(name).unwrap();
        let words: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
        mention_evidence(text, start, start + name.len(), title, &words)
    }

    #[test]
    fn evidence_for_and_against() {
        assert_eq!(ev("Two people were pulled from the Patapsco River on Tuesday.", "Patapsco River", false), -1);
        assert_eq!(ev("Aid arrived from the Red Cross.", "Red Cross", false), -1);
        assert_eq!(ev("Crowds gathered in Chiang Rai.", "Chiang Rai", false), -1);
        assert_eq!(ev("\"It's good,\" said Kenneth Nwachi.", "Kenneth Nwachi", false), 2);
        assert_eq!(ev("Roland Butler said the water was cold.", "Roland Butler", false), 2);
        assert_eq!(ev("It was, said 21-year-old Kenneth Nwachi, good.", "Kenneth Nwachi", false), 2);
        assert_eq!(ev("Marsh met Tham Luang officials.", "Tham Luang", false), 0);
        assert_eq!(ev("USA TODAY reported the toll.", "USA TODAY", false), -1);
        assert_eq!(ev("A call shared by their lawyer Ben Crump captured it.", "Ben Crump", false), 1);
        assert_eq!(ev("An aunt of the rescued coach, Ekkapol Chantawong, was happy.", "Ekkapol Chantawong", false), 1);
        assert_eq!(ev("Police identified one of the victims as Miguel Luna, 35.", "Miguel Luna", false), 2);
        assert_eq!(ev("The man was named as Tom Reyes by police.", "Tom Reyes", false), 2);
        assert_eq!(ev("It sailed as Blue Star from Oslo.", "Blue Star", false), 0);
        assert_eq!(ev("An aid worker, Rana Haddad, who also warned of more, spoke.", "Rana Haddad", false), 1);
        assert_eq!(ev("Blue Star, which also sailed, docked.", "Blue Star", false), 0);
        assert_eq!(ev("A worker from El Salvador, who was on the bridge, is missing.", "El Salvador", false), 0);
        assert_eq!(ev("Then Prime Minister, who is abroad, spoke.", "Prime Minister", false), 0);
        // A capitalised word before is a name or title, not a role noun read here.
        assert_eq!(ev("The Coach Ekkapol line.", "Ekkapol", false), 0);
        // A description in apposition headed by a person's role; one headed by something else.
        assert_eq!(ev("Tom Reyes, a fintech investor with a venture firm, spoke.", "Tom Reyes", false), 1);
        assert_eq!(ev("The rescue of Ana Vale, the goalkeeper, ended it.", "Ana Vale", false), 1);
        assert_eq!(ev("Lahaina, a town of residents and visitors, burned.", "Lahaina", false), 0);
        assert_eq!(ev("Blue Star, a ship of the Oslo Line, docked.", "Blue Star", false), 0);
        assert_eq!(ev("Blue Star, the Norwegian Investor, docked.", "Blue Star", false), 0);
        // The role after an employer's name or an abbreviation in brackets; not a clause of its own.
        assert_eq!(ev("Dan Roe, a Harbor Research Institute (HRI) astronomer and author, spoke.", "Dan Roe", false), 1);
        assert_eq!(ev("They met Tom Reyes, a Harbor Institute official said.", "Tom Reyes", false), 0);
        // An age in apposition.
        assert_eq!(ev("Ana Vale, a 41-year-old who teaches music, lost her home.", "Ana Vale", false), 2);
        assert_eq!(ev("Blue Star, a 40-year-old ship, docked.", "Blue Star", false), 0);
        // An owner's description, with a name of its own inside ("Emergency and Disaster Agency").
        assert_eq!(
            ev("Tom Reyes, Vale County's Emergency and Disaster Agency official, said so.", "Tom Reyes", false),
            1
        );
        // Someone's relative.
        assert_eq!(ev("Ana Vale’s husband gave a sample.", "Ana Vale", false), 2);
        assert_eq!(ev("Tom Reyes' daughter was found.", "Tom Reyes", false), 2);
        assert_eq!(ev("Blue Star's owners gave a statement.", "Blue Star", false), 0);
    }

    #[test]
    fn reporting_verbs_in_french_and_spanish_word_order() {
        // The French compound past after the name; "a" that is no auxiliary of a reporting verb.
        assert_eq!(ev("Lucie Marchal a déclaré que la nef était fermée.", "Lucie Marchal", false), 2);
        assert_eq!(ev("Tom Vale et Lucie Marchal ont affirmé le contraire.", "Lucie Marchal", false), 2);
        assert_eq!(ev("La rue Lucie Marchal a brûlé.", "Lucie Marchal", false), 0);
        // A reporting verb, the day, then the name.
        assert_eq!(ev("« C'est fini », a annoncé lundi Lucie Marchal.", "Lucie Marchal", false), 2);
        assert_eq!(ev("«Ganamos», dijo ayer Ana Vale.", "Ana Vale", false), 2);
        assert_eq!(ev("Le marché ouvre lundi Place Vale.", "Place Vale", false), 0);
    }
}
