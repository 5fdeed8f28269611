//! Mentions: capitalised runs of words in each sentence, split into a title part ("French President")
//! and a name part, typed person / organisation / place / other from the lexicon and the evidence
//! around them (`person_evidence`), with the title each mention carries (before it, in apposition after
//! it, or in lower case before it).

use super::languages::{opener_in, opens_clause_in, participle_form};
use super::lexicon::*;
use super::not_names::is_common_abbreviation;
use super::titles::{appositive_title, lowercase_title_before, with_modifiers_before};
use super::{EntityKind, Mention, SentenceText};

/// Whether the text between two words is a hyphen alone (or a non-breaking one): "Jean-Marie".
fn is_hyphen(gap: &str) -> bool {
    matches!(gap, "-" | "\u{2011}")
}

/// A capitalised run inside one sentence: word spans (absolute byte offsets).
fn capitalised_runs(s: &SentenceText) -> Vec<Vec<(usize, usize)>> {
    let words = &s.words;
    let mut runs: Vec<Vec<(usize, usize)>> = Vec::new();
    let mut current: Vec<(usize, usize)> = Vec::new();
    let mut previous_end: Option<usize> = None;
    for (i, &(offset, word)) in words.iter().enumerate() {
        let gap = previous_end.map(|e| &s.text[e..offset]).unwrap_or("");
        let joined_by_hyphen = is_hyphen(gap);
        // "Alexus G. Grynkewich", "U.S. Gen. Alexus": a full stop after an initial, acronym or title.
        let previous_word = if i > 0 { words[i - 1].1 } else { "" };
        let after_abbreviation = gap == ". "
            && (previous_word.chars().count() == 1
                || previous_word.contains('.')
                || is_title_word(lower(previous_word).as_str()));
        let clean_gap = gap == " " || joined_by_hyphen || after_abbreviation;
        // "Abdel-Fattah el-Sissi", "Zia ul-Haq": an Arabic article in lower case, joined by a hyphen to
        // the capitalised name after it, goes on with the name (never a Spanish "el" between two names).
        let next_joined =
            words.get(i + 1).is_some_and(|&(next_at, _)| is_hyphen(&s.text[offset + word.len()..next_at]));
        let connector = !current.is_empty()
            && words.get(i + 1).is_some_and(|(_, next)| is_capitalised(next))
            && (CONNECTORS.contains(&word) || (matches!(word, "el" | "ul" | "ud") && next_joined));
        // A weekday never continues a name: "told Donald Trump Saturday". A handle or a hashtag
        // ("@JoeBiden", "#Chandrayaan") is no name either: it is left out like a weekday.
        let handle = s.text[..offset].ends_with(['@', '#']);
        let weekday = is_capitalised(word) && (handle || crate::claims::quantities::weekday(&lower(word)).is_some());
        // After a hyphen a name goes on in a capital, a particle, a number or a syllable ("Jean-Marie",
        // "Violet-le-Duc", "COVID-19", "WASP-96b", "Jong-un"), never in a common word ("T-shirts",
        // "Kyiv-based", "Anti-government").
        let hyphen_goes_on = joined_by_hyphen
            && (is_capitalised(word)
                || CONNECTORS.contains(&word)
                || matches!(word, "le" | "el" | "ul" | "ud" | "y")
                || word.chars().any(|c| c.is_ascii_digit())
                // A romanised syllable after a family name: "Kim Jong-un", "Moon Jae-in".
                || (current.len() >= 2 && word.len() <= 4 && word.chars().all(|c| c.is_ascii_lowercase())));
        let continues =
            !current.is_empty() && clean_gap && !weekday && (is_capitalised(word) || connector || hyphen_goes_on);
        if continues {
            current.push((s.start + offset, s.start + offset + word.len()));
        } else {
            if !current.is_empty() {
                runs.push(std::mem::take(&mut current));
            }
            if is_capitalised(word) && !weekday {
                current.push((s.start + offset, s.start + offset + word.len()));
            }
        }
        previous_end = Some(offset + word.len());
    }
    if !current.is_empty() {
        runs.push(current);
    }
    runs
}

/// A raw mention before grouping.
#[derive(Debug, Clone)]
pub struct RawMention {
    pub(super) mention: Mention,
    pub(super) kind: EntityKind,
    /// Name tokens, folded.
    pub(super) tokens: Vec<String>,
    /// Evidence that this mention names a person: +1 for, -1 against, 0 none (see `person_evidence`).
    pub(super) evidence: i8,
    /// Written after a place preposition ("in Chiang Rai", "near Lahaina").
    pub(super) locative: bool,
}

/// The names of one sentence of `doc_text` (none in a headline or subheading).
pub fn mentions_in(doc_text: &str, s: &SentenceText) -> Vec<RawMention> {
    if s.heading {
        Vec::new()
    } else {
        sentence_mentions(doc_text, s)
    }
}

/// The names of one sentence of `doc_text`.
fn sentence_mentions(doc_text: &str, s: &SentenceText) -> Vec<RawMention> {
    let mut out = Vec::new();
    // Where the last name of a list led by a title in the plural ends ("Justices Tom Vale, Ana Reyes and
    // Lu Chen"): the next name, joined to it by a comma or "and", is one of the people the title names.
    let mut titled_list_end: Option<usize> = None;
    for run in capitalised_runs(s) {
        let in_titled_list = titled_list_end.take().is_some_and(|end| {
            matches!(&doc_text[end..run[0].0], ", " | " and " | ", and " | " y " | " et " | " e " | " und ")
        });
        let words: Vec<&str> = run.iter().map(|&(a, b)| &doc_text[a..b]).collect();
        let folded: Vec<String> = words.iter().map(|w| lower(w)).collect();
        // Split off a leading title: qualifiers and title words.
        let mut split = 0;
        // "African-American George Floyd", "Franco-German": a hyphenated compound whose last part
        // is a nationality is a qualifier too.
        let hyphenated_qualifier = |i: usize| {
            i + 1 < words.len()
                && doc_text[run[i].1..run[i + 1].0] == *"-"
                && is_qualifier(folded[i + 1].as_str())
                && i + 2 < words.len()
        };
        // "Princes Charles, Edward and Andrew": a title in the plural before a name is a title too.
        let plural_title =
            |w: &str| w.len() > 3 && w.strip_suffix('s').is_some_and(|one| !one.ends_with('s') && is_title_word(one));
        // French "M." (monsieur) before a surname alone ("M. Macron"): an honorific, not an initial
        // ("M. Night Shyamalan" has two names after it).
        let monsieur = words.len() == 2 && words[0] == "M" && doc_text[run[0].1..].starts_with('.');
        if monsieur {
            split = 1;
        }
        loop {
            if split < words.len()
                && (is_title_word(folded[split].as_str())
                    || is_qualifier(folded[split].as_str())
                    || (split + 1 < words.len() && plural_title(folded[split].as_str())))
            {
                split += 1;
            } else if hyphenated_qualifier(split) {
                split += 2;
            } else {
                break;
            }
        }
        // "Secretary of State Marco Rubio": the connector inside a title.
        while split + 1 < words.len() && folded[split] == "of" && is_title_word(folded[split + 1].as_str()) {
            split += 2;
        }
        // "Secretary of Transportation Pete Buttigieg", "Minister of Foreign Affairs Ayman Safadi": a
        // government office after "of" is the title's; the name is the last two words (one when only
        // two follow). Only after "Secretary" or "Minister": "CEO of Royal Boskalis" names a firm.
        if split > 0
            && split + 2 < words.len()
            && folded[split] == "of"
            && matches!(folded[split - 1].as_str(), "secretary" | "minister")
        {
            let rest = words.len() - split - 1;
            split += 1 + if rest >= 3 { rest - 2 } else { 1 };
        } else if split > 0 && split + 2 < words.len() && folded[split] == "of" {
            // "Archbishop of Canterbury Justin Welby", "Mayor of New York Eric Adams": after any other
            // title, a place and then two plain words (`office_then_name`).
            if let Some(name_start) = office_then_name(doc_text, &run, &folded, split + 1) {
                split = name_start;
            }
        }
        // "The Governor of New York Kathy Hochul": "the" before such a title is not the title's.
        let mut title_from = 0;
        if split == 0
            && folded.len() > 3
            && folded[0] == "the"
            && is_title_word(folded[1].as_str())
            && folded[2] == "of"
        {
            if let Some(name_start) = office_then_name(doc_text, &run, &folded, 3) {
                (split, title_from) = (name_start, 1);
            }
        }
        // "the archbishop of Canterbury Justin Welby", "la maire de Paris Anne Hidalgo": the title in
        // lower case before the run, its place opening the run.
        let office_before = if split == 0 {
            super::titles::lowercase_office_before(doc_text, s, run[0].0)
                .and_then(|at| office_then_name(doc_text, &run, &folded, 0).map(|name_start| (at, name_start)))
        } else {
            None
        };
        if let Some((_, name_start)) = office_before {
            split = name_start;
        }
        // "Baltimore City Fire Department Chief James Wallace", "European Council President Donald
        // Tusk": a title word inside the run, followed by one to three name words, ends the title.
        // "Baltimore City Council Member Phylicia Porter": a body's "member" is a title too, when a
        // full name (two or three words) follows.
        let member_of_body = |i: usize| {
            folded[i] == "member"
                && i > 0
                && is_org_word(folded[i - 1].as_str())
                && (2..=3).contains(&(folded.len() - i - 1))
        };
        if let Some(t) = (0..folded.len()).rev().find(|&i| is_title_word(folded[i].as_str()) || member_of_body(i)) {
            let name_len = folded.len() - t - 1;
            let plain = folded[t + 1..].iter().all(|w| !is_title_word(w.as_str()) && !is_org_word(w.as_str()));
            if t >= split && t > 0 && (1..=3).contains(&name_len) && plain {
                split = t + 1;
            }
        }
        // "Democrat Tom Vale", "Republican Ana Reyes": a party before a person's name of two or three plain
        // words is no part of it ("Republican National Committee", "Democratic Republic of Congo" keep it).
        if split == 0
            && (3..=4).contains(&words.len())
            && matches!(folded[0].as_str(), "democrat" | "republican")
            && folded[1..].iter().all(|w| {
                let w = w.as_str();
                !is_title_word(w) && !is_org_word(w) && !is_place_word(w) && !CONNECTORS.contains(&w)
            })
        {
            split = 1;
        }
        // A title in the plural leads a list of names.
        let leads_list = (0..split).any(|i| {
            let w = folded[i].as_str();
            w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && (is_title_word(w) || plural_title(w))
        });
        let has_title_word = monsieur
            || office_before.is_some()
            || (0..split).any(|i| is_title_word(folded[i].as_str()) || member_of_body(i));
        // A lone sentence-initial common word ("The", "However") is not a name.
        let at_sentence_start = run[0].0 == s.start;
        let name_words = &words[split..];
        let name_folded = &folded[split..];
        // A name starts with a capitalised word ("CEO of OceanGate" is not the name "of OceanGate") and
        // does not end in an honorific ("Rear Adm." before "John Mauger").
        let ends_in_honorific =
            folded.last().is_some_and(|w| crate::claims::speakers::HONORIFICS.contains(&w.as_str()));
        if name_words.is_empty()
            || (CONNECTORS.contains(&folded[split].as_str()) && (split == 0 || !is_capitalised(words[split])))
            || ends_in_honorific
        {
            continue;
        }
        if at_sentence_start && split == 0 && name_words.len() == 1 && opens_clause_in(s.language, &name_folded[0]) {
            continue;
        }
        // Drop sentence-initial function words and openers from the run ("The NATO summit", "Despite Kyiv",
        // in a Spanish article "Aunque Portugal"), and a participle that opens the sentence ("Joining
        // Alito were …", "Citing Kremlin sources", "Évoquant Lucie Marchal, il…"): a word in "-ing" (in French
        // "-ant", in Spanish "-ando", "-iendo") of six letters or more that is no place's or body's word
        // ("Beijing", "Reading") and is not followed by a generic head ("Downing Street"). Were it a
        // first name ("Sterling Brown"), the surname left still joins the full name.
        let participle = |k: usize| {
            let w = name_folded[k].as_str();
            participle_form(s.language, w)
                && !is_place_word(w)
                && !is_org_word(w)
                && !is_title_word(w)
                && !crate::claims::person_evidence::is_feature_word(name_folded[k + 1].as_str())
        };
        // Inside a clause a capitalised function word is the name's own ("demonstrators from Just Stop
        // Oil", "the All Blacks"), except "the", which names are written with and without.
        let before_run = doc_text[s.start..run[0].0].trim_end();
        let opens_clause = !before_run.chars().any(char::is_alphanumeric)
            || before_run.ends_with([':', ';', '\u{2014}', '\u{2013}', '(', '"', '\u{201c}', '\u{2018}']);
        let mut skip = 0;
        while split == 0
            && skip + 1 < name_words.len()
            && (matches!(name_folded[skip].as_str(), "the" | "a" | "an")
                || (opens_clause && opens_clause_in(s.language, &name_folded[skip]))
                || (skip == 0 && at_sentence_start && participle(skip)))
        {
            skip += 1;
        }
        let (name_start_index, name_words, name_folded) = (skip, &name_words[skip..], &name_folded[skip..]);
        // A name begins with a capital ("Two-thirds of Americans" leaves "thirds of Americans").
        if name_words.first().is_some_and(|w| w.chars().next().is_some_and(char::is_lowercase)) {
            continue;
        }
        if name_words.len() == 1 && opener_in(s.language, &name_folded[0]) {
            continue;
        }
        // "Sen. Kamala Harris of California", "Laurent Fabius of France": a full name, then "of" and a
        // place, is the person and where they come from. "Charles III of Great Britain", "William of
        // Wales" and "Bank of America" keep their "of" (one word or a numeral before it, or no place
        // after it).
        // (Words joined by a hyphen count as one: "Abdel-Fattah el-Sissi of Egypt" has two before "of".)
        let first = split + name_start_index;
        let joined = |j: usize| j > 0 && is_hyphen(&doc_text[run[first + j - 1].1..run[first + j].0]);
        let from_place = name_folded.iter().position(|w| w == "of").filter(|&k| {
            (2..=3).contains(&(0..k).filter(|&j| !joined(j)).count())
                && k + 1 < name_folded.len()
                && name_folded[..k].iter().all(|w| {
                    !CONNECTORS.contains(&w.as_str())
                        && !is_org_word(w.as_str())
                        && !is_place_word(w.as_str())
                        && !w.chars().all(|c| matches!(c, 'i' | 'v' | 'x'))
                })
                && name_folded[k + 1..].iter().all(|w| is_place_word(w.as_str()))
        });
        let (name_words, name_folded) = match from_place {
            Some(k) => (&name_words[..k], &name_folded[..k]),
            None => (name_words, name_folded),
        };
        // "Radio Norte's Helena Varga", "Queen Elizabeth II's Platinum Jubilee": a possessive before the
        // last word ends the owner's name, and the name is what follows it; each is a mention of its
        // own, and a title written before the run is the owner's. Not inside the name of an
        // organisation or a place ("Murphy's Brewing Company" stays whole).
        let (is_org, is_place) = body_or_place(name_words, name_folded);
        let owner_end = name_words[..name_words.len() - 1]
            .iter()
            .rposition(|w| ["\u{2019}s", "'s", "\u{2019}S", "'S"].iter().any(|p| w.ends_with(p)))
            .filter(|_| !is_org && !is_place);
        // (where the part starts in the name's words, how many words, whether it is the owner); an
        // empty second part when there is no owner.
        let parts = match owner_end {
            Some(k) => [(0, k + 1, true), (k + 1, name_words.len() - k - 1, false)],
            None => [(0, name_words.len(), false), (0, 0, false)],
        };
        let (whole_start, whole_words, whole_folded) = (name_start_index, name_words, name_folded);
        for (from, len, owner) in parts.into_iter().filter(|&(_, len, _)| len > 0) {
            let name_start_index = whole_start + from;
            let (name_words, name_folded) = (&whole_words[from..from + len], &whole_folded[from..from + len]);
            // Worked out again only for a part of the name.
            let (is_org, is_place) =
                if owner_end.is_none() { (is_org, is_place) } else { body_or_place(name_words, name_folded) };
            // The possessed name's title is not the one written before the owner.
            let possessed = owner_end.is_some() && !owner;
            let first = run[split + name_start_index];
            let mut last = run[split + name_start_index + name_words.len() - 1];
            for suffix in ["\u{2019}s", "'s"] {
                if doc_text[last.0..last.1].ends_with(suffix) && last.1 - suffix.len() > last.0 {
                    last.1 -= suffix.len();
                }
            }
            // Titles written before the run in lower case: "U.S. envoy Steve Witkoff".
            // (The stop of "M." is the honorific's: "M" alone reads as a letter.)
            let mut title: Option<String> = (has_title_word && !possessed).then(|| {
                let title_start = office_before.map_or(run[title_from].0, |(at, _)| at);
                doc_text[with_modifiers_before(doc_text, s, title_start)..run[split - 1].1 + usize::from(monsieur)]
                    .to_string()
            });
            if title.is_none() && !possessed {
                title = lowercase_title_before(doc_text, s, run[0].0);
            }
            // What follows an owner is the name it owns, not a title in apposition.
            if title.is_none() && !owner {
                title = appositive_title(&doc_text[last.1..s.start + s.text.len()]);
            }
            // "Trump-Putin (meeting)", "Russia-Ukraine (talks)": two names joined as an adjective.
            let hyphen_pair = name_words.len() == 2
                && doc_text[first.1..run[run.len() - 1].0].contains('-')
                && split + name_start_index + 2 == run.len();
            if hyphen_pair && name_words.iter().all(|w| is_capitalised(w)) {
                continue;
            }
            // A name led by a word in capitals and followed by ordinary words is a body's ("SMIT Salvage",
            // "CNN Business"); a person's name in that style puts the surname in capitals ("Jean DUPONT"),
            // and two capitals are often initials ("JD Vance").
            let acronym_lead = name_words.len() >= 2
                && name_words[0].chars().count() >= 3
                && name_words[0].chars().all(|c| c.is_ascii_uppercase())
                && name_words[1..]
                    .iter()
                    .all(|w| w.starts_with(char::is_uppercase) && w.chars().any(char::is_lowercase))
                && !super::not_names::names_an_event(&name_folded[name_folded.len() - 1]);
            // A group named as one: its description ends in a body's word ("the White Helmets, a civil
            // defense volunteer group,"), or a plural role is written before it ("climate activists Just
            // Stop Oil"; not before a list of people, "her sons Tom Vale and Ana Vale").
            // (The description's own head: the word before "of", "at" or "for", not the employer's
            // name after it, "the billionaire CEO of Tesla Inc".)
            let head_of = |t: &str| {
                let head =
                    [" of ", " at ", " for ", " from "].iter().filter_map(|p| t.find(p)).min().map_or(t, |i| &t[..i]);
                head.split_whitespace().last().map(lower)
            };
            let group_title = title.as_deref().and_then(head_of).is_some_and(|w| is_org_word(w.as_str()));
            let list_follows = doc_text[last.1..].starts_with(" and ") || doc_text[last.1..].starts_with(", ");
            let group_before = !list_follows && super::titles::plural_role_before(doc_text, s, run[0].0);
            let kind = if is_org || acronym_lead || group_title || group_before {
                EntityKind::Organisation
            } else if is_place {
                EntityKind::Place
            } else if title.is_some() || (2..=4).contains(&name_words.len()) {
                EntityKind::Person
            } else {
                EntityKind::Other
            };
            // Skip weekdays, months and lone adjectives of nationality.
            if name_words.len() == 1
                && (crate::claims::quantities::weekday(&name_folded[0]).is_some()
                    || crate::claims::calendar::MONTHS.contains(&name_folded[0].as_str())
                    || is_qualifier(name_folded[0].as_str()))
            {
                continue;
            }
            let evidence = crate::claims::person_evidence::mention_evidence(
                doc_text,
                run[0].0,
                last.1,
                title.is_some(),
                name_folded,
            ) - i8::from(skip > 0 && name_folded.len() > 1 && lower(words[split]) == "the");
            // A group's reporting verb is no evidence of a person ("climate activists Just Stop Oil said").
            let evidence = if group_title || group_before { -1 } else { evidence };
            let listed = kind == EntityKind::Person && (leads_list || (in_titled_list && split == 0));
            let evidence = if listed && name_words.len() > 1 { evidence.max(1) } else { evidence };
            if listed {
                titled_list_end = Some(last.1);
            }
            out.push(RawMention {
                mention: Mention {
                    doc: s.doc,
                    sentence: s.index,
                    start: first.0,
                    end: last.1,
                    text: doc_text[first.0..last.1].to_string(),
                    title,
                },
                kind,
                tokens: name_folded.to_vec(),
                evidence,
                locative: crate::claims::person_evidence::after_place_preposition(&doc_text[..run[0].0]),
            });
        }
    }
    out
}

/// Where the name starts in a run whose words from `from` on are an office's place and then a person's
/// name: the place, then exactly two written words ("Canterbury Justin Welby"; a hyphen joins two
/// words into one, "Sánchez-Castejón"), or a place of two words opened by a word that hardly stands
/// alone ("New York Eric Adams", "Los Angeles Karen Bass"). The two name words are plain: no title,
/// body, place or connector among them. A longer tail is left as it was: where the place ends and a
/// name of three or four words begins ("Madrid José Luis Martínez-Almeida") the words do not tell.
fn office_then_name(doc_text: &str, run: &[(usize, usize)], folded: &[String], from: usize) -> Option<usize> {
    let written: Vec<usize> =
        (from..run.len()).filter(|&i| i == from || !is_hyphen(&doc_text[run[i - 1].1..run[i].0])).collect();
    // The words that open a place's two-word name and hardly stand alone.
    let opens_place = |w: &str| {
        matches!(
            w,
            "new"
                | "los"
                | "las"
                | "san"
                | "santa"
                | "saint"
                | "st"
                | "buenos"
                | "saudi"
                | "hong"
                | "sri"
                | "costa"
                | "rio"
                | "sao"
                | "abu"
                | "kuala"
                | "tel"
                | "port"
                | "puerto"
                | "north"
                | "south"
                | "east"
                | "west"
        )
    };
    let place_of_two = written.len() == 4 && opens_place(folded[from].as_str());
    if written.len() != 3 && !place_of_two {
        return None;
    }
    let name_start = written[written.len() - 2];
    let plain = folded[name_start..].iter().all(|w| {
        let w = w.as_str();
        !is_title_word(w) && !is_org_word(w) && !is_place_word(w) && !CONNECTORS.contains(&w)
    });
    plain.then_some(name_start)
}

/// Whether a name's words make an organisation's name (an organisation word in it: "Navy", "Ministry";
/// an acronym among them, "UN", "EU", "WHO", "AP", only when written in capitals: "Kim Jong Un" is a
/// person, "Who" a pronoun; or one word in capitals that is no common abbreviation), and else whether
/// they are all place words ("Gulf of Mexico").
fn body_or_place(name_words: &[&str], name_folded: &[String]) -> (bool, bool) {
    let is_org = name_words.iter().zip(name_folded.iter()).any(|(written, w)| {
        is_org_word(w.as_str()) && (!ORG_ACRONYMS.contains(&w.as_str()) || !written.chars().any(char::is_lowercase))
    }) || (name_words.len() == 1
        && name_words[0].len() >= 2
        && name_words[0].chars().all(|c| c.is_uppercase() || c == '.')
        && !is_common_abbreviation(&name_folded[0]));
    let is_place = !is_org && name_folded.iter().all(|w| is_place_word(w.as_str()) || CONNECTORS.contains(&w.as_str()));
    (is_org, is_place)
}
