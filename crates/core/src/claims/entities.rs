//! People, organisations and places named in the articles, found without any network call: runs of
//! capitalised words, title and role cues ("French President", "U.S. envoy", "Chancellor"), a small
//! gazetteer of countries and capitals, and organisation cues. Mentions of one person are grouped across
//! sources — full names, surname-only mentions ("Macron" with "Emmanuel Macron") and transliteration
//! variants ("Zelenskyy / Zelenskiy / Zelensky") — by a transliteration key and Jaro–Winkler similarity
//! (`strsim`), with a guard that keeps apart people whose first names differ.
//!
//! Hand-written because no maintained Rust NER crate works offline without a model download; the rules
//! are news-specific and small.

use rustc_hash::{FxHashMap, FxHashSet};
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;
use unicode_segmentation::UnicodeSegmentation;

/// What an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organisation,
    Place,
    Other,
}

/// One mention of an entity in a sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub doc: usize,
    pub sentence: usize,
    /// Byte offsets of the name (without its title) in the document.
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// The title or role written with it ("French President", "U.S. envoy"), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}

/// A spelling of an entity and the sources that use it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Variant {
    pub text: String,
    pub sources: Vec<usize>,
}

/// A title given to a person and the sources that give it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TitleUse {
    pub title: String,
    pub sources: Vec<usize>,
}

/// An entity across the corpus.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    pub id: usize,
    /// The fullest, most used form of the name.
    pub name: String,
    pub kind: EntityKind,
    pub variants: Vec<Variant>,
    pub titles: Vec<TitleUse>,
    pub mentions: Vec<Mention>,
}

/// A sentence handed to entity extraction.
pub struct SentenceText<'a> {
    pub doc: usize,
    pub index: usize,
    pub start: usize,
    pub text: &'a str,
    /// In a headline or subheading: title case there says nothing about names, so it is skipped.
    pub heading: bool,
    /// The sentence's words (UAX #29) with offsets relative to `text`.
    pub words: Vec<(usize, &'a str)>,
}

pub(crate) const TITLE_WORDS: &[&str] = &[
    "president",
    "prime",
    "minister",
    "chancellor",
    "secretary",
    "general",
    "gen",
    "envoy",
    "special",
    "senior",
    "advisor",
    "adviser",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "mayor",
    "governor",
    "senator",
    "sen",
    "rep",
    "ambassador",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "chief",
    "executive",
    "ceo",
    "director",
    "commander",
    "captain",
    "capt",
    "judge",
    "justice",
    "sheriff",
    "former",
    "deputy",
    "vice",
    "elect",
    "acting",
    "interim",
    "state",
    "foreign",
    "defence",
    "defense",
    "finance",
    "interior",
    "lt",
    "col",
    "colonel",
    "admiral",
    "sergeant",
    "officer",
    "inspector",
    "superintendent",
    "detective",
    "dr",
    "mr",
    "mrs",
    "ms",
    "professor",
    "prof",
    "coach",
    "chairman",
    "chairwoman",
    "chair",
    "leader",
    "head",
    "operations",
    "union",
    "negotiator",
    "negotiators",
    "advisers",
    "advisors",
    "delegate",
    "correspondent",
    "reporter",
    "driver",
    "passenger",
    "secretary-general",
    "premier",
    "emir",
    "sheikh",
    "crown",
    "archbishop",
    "bishop",
    "rev",
    "father",
    "sister",
    "saint",
    "presidents",
    "ministers",
    "leaders",
    "chancellors",
    "envoys",
];

/// Organisation words that are acronyms: they make an organisation only when written in capitals.
const ORG_ACRONYMS: &[&str] = &["un", "eu", "who", "ap", "afp", "bbc", "cnn", "imf", "fifa", "nato"];

/// Words that make a capitalised run an organisation.
const ORG_WORDS: &[&str] = &[
    "ministry",
    "office",
    "council",
    "union",
    "agency",
    "party",
    "army",
    "navy",
    "police",
    "commission",
    "court",
    "bank",
    "university",
    "reuters",
    "press",
    "nato",
    "kremlin",
    "parliament",
    "congress",
    "senate",
    "department",
    "government",
    "committee",
    "organisation",
    "organization",
    "association",
    "service",
    "services",
    "corporation",
    "company",
    "inc",
    "ltd",
    "group",
    "news",
    "times",
    "post",
    "guardian",
    "bbc",
    "cnn",
    "ap",
    "afp",
    "fifa",
    "un",
    "eu",
    "who",
    "imf",
    "rail",
    "airlines",
    "airways",
    "staff",
    "forces",
    "coalition",
    "hospital",
    "school",
    "fire",
    "brigade",
    "palace",
    "house",
    "club",
    "league",
    "federation",
    "institute",
    "foundation",
    "authority",
];

/// Nationality adjectives and similar words that qualify a title ("French President").
const QUALIFIERS: &[&str] = &[
    "u.s",
    "us",
    "american",
    "french",
    "british",
    "german",
    "ukrainian",
    "russian",
    "polish",
    "canadian",
    "italian",
    "spanish",
    "chinese",
    "japanese",
    "indian",
    "turkish",
    "danish",
    "dutch",
    "belgian",
    "swedish",
    "norwegian",
    "finnish",
    "israeli",
    "iranian",
    "syrian",
    "egyptian",
    "saudi",
    "australian",
    "mexican",
    "brazilian",
    "argentine",
    "south",
    "north",
    "korean",
    "european",
    "nato",
    "un",
    "eu",
    "venezuelan",
    "thai",
    "lebanese",
    "uk",
    "u.k",
    "greek",
    "irish",
    "scottish",
    "welsh",
    "hungarian",
    "czech",
    "romanian",
];

/// Countries, capitals and large cities (a short gazetteer: enough to tell places from people).
const PLACES: &[&str] = &[
    "afghanistan",
    "albania",
    "algeria",
    "amsterdam",
    "ankara",
    "argentina",
    "athens",
    "australia",
    "austria",
    "baghdad",
    "baltimore",
    "bangkok",
    "beijing",
    "beirut",
    "belarus",
    "belgium",
    "berlin",
    "bern",
    "brazil",
    "britain",
    "brussels",
    "bucharest",
    "budapest",
    "buenos",
    "cairo",
    "california",
    "canada",
    "chile",
    "china",
    "colombia",
    "copenhagen",
    "crimea",
    "cuba",
    "cyprus",
    "czechia",
    "damascus",
    "delhi",
    "denmark",
    "donbas",
    "donetsk",
    "dubai",
    "dublin",
    "egypt",
    "england",
    "estonia",
    "europe",
    "finland",
    "florida",
    "france",
    "gaza",
    "geneva",
    "georgia",
    "germany",
    "greece",
    "greenland",
    "hawaii",
    "helsinki",
    "hungary",
    "india",
    "indonesia",
    "iran",
    "iraq",
    "ireland",
    "israel",
    "istanbul",
    "italy",
    "japan",
    "jerusalem",
    "jordan",
    "kabul",
    "kazakhstan",
    "kharkiv",
    "kyiv",
    "kiev",
    "latvia",
    "lebanon",
    "libya",
    "lisbon",
    "lithuania",
    "london",
    "los",
    "luxembourg",
    "madrid",
    "maui",
    "mexico",
    "minneapolis",
    "moldova",
    "moscow",
    "netherlands",
    "new",
    "nigeria",
    "norway",
    "odesa",
    "ottawa",
    "pakistan",
    "paris",
    "pennsylvania",
    "poland",
    "portugal",
    "prague",
    "qatar",
    "riga",
    "romania",
    "rome",
    "russia",
    "saudi",
    "scotland",
    "seoul",
    "serbia",
    "singapore",
    "slovakia",
    "slovenia",
    "spain",
    "stockholm",
    "sweden",
    "switzerland",
    "syria",
    "taiwan",
    "tallinn",
    "tehran",
    "texas",
    "thailand",
    "tokyo",
    "turkey",
    "ukraine",
    "vatican",
    "venezuela",
    "vienna",
    "vilnius",
    "warsaw",
    "washington",
    "zaporizhzhia",
    "america",
    "africa",
    "asia",
    "kremlin",
    "westminster",
];

/// Capitalised only because they open a sentence.
const OPENERS: &[&str] = &[
    "despite",
    "although",
    "though",
    "while",
    "after",
    "before",
    "during",
    "when",
    "meanwhile",
    "however",
    "two",
    "three",
    "four",
    "five",
    "six",
    "several",
    "many",
    "both",
    "each",
    "every",
    "according",
    "unlike",
    "like",
    "under",
    "over",
    "since",
    "until",
    "without",
    "within",
    "following",
    "amid",
    "among",
    "across",
    "ahead",
    "earlier",
    "later",
    "yesterday",
    "today",
    "tonight",
    "officials",
    "leaders",
    "diplomats",
    "residents",
    "members",
    "workers",
    "people",
    "firefighters",
    "police",
    "rescuers",
    "families",
    "passengers",
];

const CONNECTORS: &[&str] = &["of", "de", "la", "von", "van", "der", "al", "bin", "du", "da", "di", "del"];

/// Set membership for the word lists above (hashed once; the lists are scanned per word otherwise).
fn in_set(cell: &'static OnceLock<FxHashSet<&'static str>>, list: &'static [&'static str], word: &str) -> bool {
    cell.get_or_init(|| list.iter().copied().collect()).contains(word)
}

macro_rules! word_set {
    ($name:ident, $list:expr) => {
        pub(crate) fn $name(word: &str) -> bool {
            static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
            in_set(&SET, $list, word)
        }
    };
}

word_set!(is_title_word, TITLE_WORDS);
word_set!(is_qualifier, QUALIFIERS);
word_set!(is_org_word, ORG_WORDS);
word_set!(is_place_word, PLACES);
word_set!(is_opener, OPENERS);

fn is_stopword(word: &str) -> bool {
    crate::text::stopwords::ENGLISH.binary_search(&word).is_ok()
}

fn lower(s: &str) -> String {
    crate::text::normalize::fold(s)
}

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(|c| c.is_uppercase())
}

/// A capitalised run inside one sentence: word spans (absolute byte offsets).
fn capitalised_runs(s: &SentenceText) -> Vec<Vec<(usize, usize)>> {
    let words = &s.words;
    let mut runs: Vec<Vec<(usize, usize)>> = Vec::new();
    let mut current: Vec<(usize, usize)> = Vec::new();
    let mut previous_end: Option<usize> = None;
    for (i, &(offset, word)) in words.iter().enumerate() {
        let gap = previous_end.map(|e| &s.text[e..offset]).unwrap_or("");
        let joined_by_hyphen = gap == "-" || gap == "\u{2011}";
        // "Alexus G. Grynkewich", "U.S. Gen. Alexus": a full stop after an initial, acronym or title.
        let previous_word = if i > 0 { words[i - 1].1 } else { "" };
        let after_abbreviation = gap == ". "
            && (previous_word.chars().count() == 1
                || previous_word.contains('.')
                || is_title_word(lower(previous_word).as_str()));
        let clean_gap = gap == " " || joined_by_hyphen || after_abbreviation;
        let connector = CONNECTORS.contains(&word)
            && !current.is_empty()
            && words.get(i + 1).is_some_and(|(_, next)| is_capitalised(next));
        // A weekday never continues a name: "told Donald Trump Saturday".
        let weekday = is_capitalised(word) && crate::claims::quantities::weekday(&lower(word)).is_some();
        let continues =
            !current.is_empty() && clean_gap && !weekday && (is_capitalised(word) || connector || joined_by_hyphen);
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
struct RawMention {
    mention: Mention,
    kind: EntityKind,
    /// Name tokens, folded.
    tokens: Vec<String>,
    /// Evidence that this mention names a person: +1 for, -1 against, 0 none (see `person_evidence`).
    evidence: i8,
}

/// Finds mentions in the sentences of all documents.
fn raw_mentions<'t>(text_of: &dyn Fn(usize) -> &'t str, sentences: &[SentenceText]) -> Vec<RawMention> {
    let mut out = Vec::new();
    for s in sentences.iter().filter(|s| !s.heading) {
        let doc_text = text_of(s.doc);
        for run in capitalised_runs(s) {
            let words: Vec<&str> = run.iter().map(|&(a, b)| &doc_text[a..b]).collect();
            let folded: Vec<String> = words.iter().map(|w| lower(w)).collect();
            // Split off a leading title: qualifiers and title words.
            let mut split = 0;
            while split < words.len() && (is_title_word(folded[split].as_str()) || is_qualifier(folded[split].as_str()))
            {
                split += 1;
            }
            // "Secretary of State Marco Rubio": the connector inside a title.
            while split + 1 < words.len() && folded[split] == "of" && is_title_word(folded[split + 1].as_str()) {
                split += 2;
            }
            // "Baltimore City Fire Department Chief James Wallace", "European Council President Donald
            // Tusk": a title word inside the run, followed by one to three name words, ends the title.
            if let Some(t) = folded.iter().rposition(|w| is_title_word(w.as_str())) {
                let name_len = folded.len() - t - 1;
                let plain = folded[t + 1..].iter().all(|w| !is_title_word(w.as_str()) && !is_org_word(w.as_str()));
                if t >= split && t > 0 && (1..=3).contains(&name_len) && plain {
                    split = t + 1;
                }
            }
            let has_title_word = folded[..split].iter().any(|w| is_title_word(w.as_str()));
            // A lone sentence-initial common word ("The", "However") is not a name.
            let at_sentence_start = run[0].0 == s.start;
            let name_words = &words[split..];
            let name_folded = &folded[split..];
            // A name starts with a capitalised word ("CEO of OceanGate" is not the name "of OceanGate") and
            // does not end in an honorific ("Rear Adm." before "John Mauger").
            let ends_in_honorific =
                folded.last().is_some_and(|w| crate::claims::speakers::HONORIFICS.contains(&w.as_str()));
            if name_words.is_empty() || CONNECTORS.contains(&folded[split].as_str()) || ends_in_honorific {
                continue;
            }
            if at_sentence_start && split == 0 && name_words.len() == 1 && is_stopword(name_folded[0].as_str()) {
                continue;
            }
            // Drop sentence-initial function words and openers from the run ("The NATO summit", "Despite Kyiv").
            let mut skip = 0;
            while split == 0
                && skip + 1 < name_words.len()
                && (is_stopword(name_folded[skip].as_str()) || is_opener(name_folded[skip].as_str()))
            {
                skip += 1;
            }
            let (name_start_index, name_words, name_folded) = (skip, &name_words[skip..], &name_folded[skip..]);
            if name_words.len() == 1 && is_opener(name_folded[0].as_str()) {
                continue;
            }
            let first = run[split + name_start_index];
            let mut last = run[run.len() - 1];
            for suffix in ["\u{2019}s", "'s"] {
                if doc_text[last.0..last.1].ends_with(suffix) && last.1 - suffix.len() > last.0 {
                    last.1 -= suffix.len();
                }
            }
            // Titles written before the run in lower case: "U.S. envoy Steve Witkoff".
            let mut title: Option<String> = has_title_word.then(|| doc_text[run[0].0..run[split - 1].1].to_string());
            if title.is_none() {
                title = lowercase_title_before(doc_text, s, run[0].0);
            }
            if title.is_none() {
                title = appositive_title(&doc_text[last.1..s.start + s.text.len()]);
            }
            // An acronym among the organisation words ("UN", "EU", "WHO", "AP") counts only when written in
            // capitals: "Kim Jong Un" is a person, "Who" a pronoun.
            let is_org = name_words.iter().zip(name_folded.iter()).any(|(written, w)| {
                is_org_word(w.as_str())
                    && (!ORG_ACRONYMS.contains(&w.as_str()) || !written.chars().any(char::is_lowercase))
            }) || (name_words.len() == 1
                && name_words[0].len() >= 2
                && name_words[0].chars().all(|c| c.is_uppercase() || c == '.'));
            let is_place =
                !is_org && name_folded.iter().all(|w| is_place_word(w.as_str()) || CONNECTORS.contains(&w.as_str()));
            // "Trump-Putin (meeting)", "Russia-Ukraine (talks)": two names joined as an adjective.
            let hyphen_pair = name_words.len() == 2
                && doc_text[first.1..run[run.len() - 1].0].contains('-')
                && split + name_start_index + 2 == run.len();
            if hyphen_pair && name_words.iter().all(|w| is_capitalised(w)) {
                continue;
            }
            let kind = if is_org {
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
                    || crate::claims::quantities::MONTHS.contains(&name_folded[0].as_str())
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
            });
        }
    }
    out
}

/// A title in apposition after a name: "Helen Marsh, the chief executive," → "chief executive".
fn appositive_title(after: &str) -> Option<String> {
    let rest = after.strip_prefix(", ")?;
    let rest = rest
        .strip_prefix("the ")
        .or_else(|| rest.strip_prefix("a "))
        .or_else(|| rest.strip_prefix("an "))
        .unwrap_or(rest);
    let end = rest.find([',', '.', ';', ':', '(', ')']).unwrap_or(rest.len());
    let mut phrase = rest[..end].trim();
    // "Helen Marsh, Northvale Rail's operations director": the employer's possessive is not the title.
    if let Some(at) = phrase.find("'s ").or_else(|| phrase.find("\u{2019}s ")) {
        let owner = &phrase[..at];
        if owner.split_whitespace().all(|w| w.chars().next().is_some_and(char::is_uppercase)) {
            phrase = phrase[at..].trim_start_matches(['\'', '\u{2019}']).trim_start_matches('s').trim();
        }
    }
    let words: Vec<String> = phrase.split_whitespace().map(lower).collect();
    let starts_lower = phrase.chars().next().is_some_and(char::is_lowercase);
    (starts_lower && (1..=5).contains(&words.len()) && words.iter().any(|w| is_title_word(w.as_str())))
        .then(|| phrase.to_string())
}

/// A title in lower case just before a name ("envoy", "U.S. envoy", "senior U.S. negotiators").
fn lowercase_title_before(doc_text: &str, s: &SentenceText, name_start: usize) -> Option<String> {
    // Only the few words right before the name matter: look at a short window, not the whole sentence.
    let mut from = name_start.saturating_sub(80).max(s.start);
    while !doc_text.is_char_boundary(from) {
        from += 1;
    }
    let before = &doc_text[from..name_start];
    let words: Vec<(usize, &str)> = before.unicode_word_indices().collect();
    let tail: Vec<&(usize, &str)> = words.iter().rev().take(3).collect();
    let cue = tail.first().map(|(_, w)| lower(w))?;
    if !is_title_word(cue.as_str()) || !before.trim_end().ends_with(tail[0].1) {
        return None;
    }
    // Extend left over qualifiers and title words.
    let mut from = tail[0].0;
    for (offset, word) in tail.iter().skip(1) {
        let w = lower(word);
        if is_title_word(w.as_str()) || is_qualifier(w.as_str()) {
            from = *offset;
        } else {
            break;
        }
    }
    Some(before[from..].trim().to_string())
}

/// The key people are grouped by across sources: the transliteration key of the last word of a name
/// ("Mr Kim", "Kim" and "Kim Jong-un" share it). Entity grouping and the speaker comparison of quote
/// differences both use it, so a name the People page groups is never a speaker difference.
pub fn surname_key(name: &str) -> String {
    name.split_whitespace().last().map(key).unwrap_or_default()
}

/// Transliteration key of a name token: folded, doubled letters collapsed, "iy" → "y", hyphens dropped.
fn key(token: &str) -> String {
    let t: String = lower(token).chars().filter(|c| c.is_alphanumeric()).collect();
    let t = t.replace("iy", "y");
    let mut out = String::new();
    let mut previous = None;
    for c in t.chars() {
        if Some(c) != previous {
            out.push(c);
        }
        previous = Some(c);
    }
    out
}

fn same_surname(a: &str, b: &str) -> bool {
    let (ka, kb) = (key(a), key(b));
    ka == kb || (ka.len() >= 5 && strsim::jaro_winkler(&ka, &kb) >= 0.93)
}

fn compatible_first_names(a: &[String], b: &[String]) -> bool {
    match (a.first(), b.first()) {
        (Some(x), Some(y)) if a.len() > 1 && b.len() > 1 => {
            let (kx, ky) = (key(x), key(y));
            kx == ky
                || x.chars().next() == y.chars().next() && (x.len() <= 2 || y.len() <= 2)
                || (kx.len() >= 4 && strsim::jaro_winkler(&kx, &ky) >= 0.88)
        }
        _ => true,
    }
}

/// Groups mentions into entities across the corpus.
pub fn find_entities<'t>(text_of: &dyn Fn(usize) -> &'t str, sentences: &[SentenceText]) -> Vec<Entity> {
    let raw = raw_mentions(text_of, sentences);
    // Groups: indices of raw mentions. Multi-word names first, so surnames attach to full names.
    let mut order: Vec<usize> = (0..raw.len()).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(raw[i].tokens.len()), raw[i].mention.doc, raw[i].mention.start));
    // Candidate groups are found through two indexes (full-name key, and the first letters of the
    // surname key for fuzzy matches) instead of scanning every group for every mention.
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut by_full: FxHashMap<String, usize> = FxHashMap::default();
    let mut by_bucket: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    let bucket = |surname_key: &str| surname_key.chars().take(2).collect::<String>();
    for i in order {
        let m = &raw[i];
        let surname = m.tokens.last().cloned().unwrap_or_default();
        let full_key: String = m.tokens.iter().map(|t| key(t)).collect();
        let surname_key = key(&surname);
        let target = by_full.get(&full_key).copied().or_else(|| {
            by_bucket.get(&bucket(&surname_key))?.iter().copied().find(|&g| {
                let head = &raw[groups[g][0]];
                let people = head.kind == EntityKind::Person || m.kind == EntityKind::Person || m.tokens.len() == 1;
                people
                    && head.kind != EntityKind::Place
                    && m.kind != EntityKind::Organisation
                    && m.kind != EntityKind::Place
                    && head.tokens.len() >= m.tokens.len()
                    && same_surname(head.tokens.last().map(String::as_str).unwrap_or(""), &surname)
                    && compatible_first_names(&head.tokens, &m.tokens)
            })
        });
        match target {
            Some(g) => groups[g].push(i),
            None => {
                let g = groups.len();
                groups.push(vec![i]);
                by_full.insert(full_key, g);
                by_bucket.entry(bucket(&surname_key)).or_default().push(g);
            }
        }
    }
    // A surname-only group that matches several people stays on its own (ambiguous), which the loop
    // above already does by taking the first match only when names are compatible; groups of one
    // mention of kind Other with one word are dropped (sentence-initial words, stray capitals).
    let mut entities: Vec<Entity> = groups
        .into_iter()
        .filter(|g| {
            let head = &raw[g[0]];
            !(head.kind == EntityKind::Other && head.tokens.len() == 1)
        })
        .map(|g| build_entity(&raw, g))
        .collect();
    entities.sort_by(|a, b| {
        let first = |e: &Entity| e.mentions.iter().map(|m| (m.doc, m.start)).min();
        first(a).cmp(&first(b))
    });
    for (id, e) in entities.iter_mut().enumerate() {
        e.id = id;
    }
    entities
}

fn is_honorific(title: &str) -> bool {
    let t = lower(title.trim_end_matches('.'));
    crate::claims::speakers::HONORIFICS.contains(&t.as_str())
}

fn build_entity(raw: &[RawMention], group: Vec<usize>) -> Entity {
    let mut mentions: Vec<Mention> = group.iter().map(|&i| raw[i].mention.clone()).collect();
    mentions.sort_by_key(|m| (m.doc, m.start));
    let mut kind = group.iter().map(|&i| raw[i].kind).min().unwrap_or(EntityKind::Other);
    // A person needs evidence in some mention, and no more mentions against than for.
    if kind == EntityKind::Person {
        // One capitalised word after a title ("Coach Rescued" in a headline) is weak evidence: it
        // counts only with an honorific ("Mr Kim") or a reporting verb.
        let strong = |i: usize| {
            let m = &raw[i];
            m.evidence > 1
                || (m.evidence == 1 && m.tokens.len() > 1)
                || (m.evidence == 1 && m.mention.title.as_deref().is_some_and(is_honorific))
        };
        let for_ = group.iter().filter(|&&i| strong(i)).count();
        let against = group.iter().filter(|&&i| raw[i].evidence < 0).count();
        if for_ == 0 || for_ < against {
            kind = if against > 0 { EntityKind::Place } else { EntityKind::Other };
        }
    }
    // Variants: distinct surface forms with the sources that use them.
    let mut variants: Vec<Variant> = Vec::new();
    for m in &mentions {
        match variants.iter_mut().find(|v| v.text == m.text) {
            Some(v) => {
                if !v.sources.contains(&m.doc) {
                    v.sources.push(m.doc);
                }
            }
            None => variants.push(Variant { text: m.text.clone(), sources: vec![m.doc] }),
        }
    }
    let mut titles: Vec<TitleUse> = Vec::new();
    for m in &mentions {
        if let Some(t) = &m.title {
            match titles.iter_mut().find(|x| &x.title == t) {
                Some(x) => {
                    if !x.sources.contains(&m.doc) {
                        x.sources.push(m.doc);
                    }
                }
                None => titles.push(TitleUse { title: t.clone(), sources: vec![m.doc] }),
            }
        }
    }
    // The name: the longest variant, most used on ties.
    let name = variants
        .iter()
        .max_by_key(|v| (v.text.split_whitespace().count(), v.sources.len(), std::cmp::Reverse(v.text.clone())))
        .map(|v| v.text.clone())
        .unwrap_or_default();
    Entity { id: 0, name, kind, variants, titles, mentions }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entities_of(docs: &[&str]) -> Vec<Entity> {
        let sentences: Vec<SentenceText> = docs
            .iter()
            .enumerate()
            .map(|(d, t)| SentenceText {
                doc: d,
                index: 0,
                start: 0,
                text: t,
                heading: false,
                words: t.unicode_word_indices().collect(),
            })
            .collect();
        let text_of = |d: usize| docs[d];
        find_entities(&text_of, &sentences)
    }

    fn person<'a>(es: &'a [Entity], name: &str) -> &'a Entity {
        es.iter().find(|e| e.name.contains(name)).unwrap_or_else(|| panic!("no {name} in {es:#?}"))
    }

    #[test]
    fn a_title_inside_a_long_run_ends_where_the_name_begins() {
        let es = entities_of(&["Two were rescued, Baltimore City Fire Department Chief James Wallace said."]);
        let wallace = person(&es, "Wallace");
        assert_eq!((wallace.name.as_str(), wallace.kind), ("James Wallace", EntityKind::Person));
        assert_eq!(wallace.titles[0].title, "Baltimore City Fire Department Chief");
    }

    #[test]
    fn places_and_bodies_are_not_people() {
        let es = entities_of(&["Two people were pulled from the Patapsco River, near the Francis Scott Key Bridge."]);
        assert!(es.iter().all(|e| e.kind != EntityKind::Person), "{es:#?}");
    }

    #[test]
    fn titles_are_split_from_names_and_kept() {
        let es = entities_of(&["French President Emmanuel Macron met U.S. envoy Steve Witkoff in Paris."]);
        let macron = person(&es, "Macron");
        assert_eq!(macron.name, "Emmanuel Macron");
        assert_eq!(macron.kind, EntityKind::Person);
        assert_eq!(macron.titles[0].title, "French President");
        let witkoff = person(&es, "Witkoff");
        assert_eq!(witkoff.titles[0].title, "U.S. envoy");
        assert_eq!(person(&es, "Paris").kind, EntityKind::Place);
    }

    #[test]
    fn transliterations_and_surnames_group_across_sources() {
        let es = entities_of(&[
            "Ukrainian President Volodymyr Zelenskyy attended.",
            "Leaders met President Volodymyr Zelenskiy on Thursday.",
            "Ukrainian President Volodymyr Zelensky arrived; Zelensky spoke later.",
        ]);
        let z = person(&es, "Volodymyr");
        let spellings: Vec<&str> = z.variants.iter().map(|v| v.text.as_str()).collect();
        assert!(
            spellings.contains(&"Volodymyr Zelenskyy")
                && spellings.contains(&"Volodymyr Zelenskiy")
                && spellings.contains(&"Zelensky"),
            "{spellings:?}"
        );
        assert_eq!(z.mentions.len(), 4);
    }

    #[test]
    fn people_sharing_a_first_name_stay_apart() {
        let es = entities_of(&["President Donald Trump spoke.", "Polish Prime Minister Donald Tusk spoke."]);
        assert_ne!(person(&es, "Trump").id, person(&es, "Tusk").id);
        let es = entities_of(&["Anna Schmidt testified.", "Peter Schmidt testified."]);
        assert_ne!(person(&es, "Anna").id, person(&es, "Peter").id, "same surname, different first names");
    }

    #[test]
    fn korean_names_with_hyphens_group() {
        let es = entities_of(&["Kim Jong Un said so.", "Kim Jong-un said so."]);
        let kim = person(&es, "Kim");
        assert_eq!(kim.mentions.len(), 2, "{es:#?}");
        // "Un" in a name is not the acronym UN: the group is a person, so its spellings are compared.
        assert_eq!(kim.kind, EntityKind::Person, "{es:#?}");
    }

    #[test]
    fn organisations_are_recognised() {
        let es = entities_of(&["NATO Secretary General Mark Rutte spoke at the Elysée Palace, Reuters reported."]);
        assert_eq!(person(&es, "Rutte").titles[0].title, "NATO Secretary General");
        assert_eq!(person(&es, "Reuters").kind, EntityKind::Organisation);
    }
}
