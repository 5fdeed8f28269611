//! Grouping mentions into entities across the corpus: full names first, then surname-only mentions
//! and transliteration variants attach by a transliteration key and Jaro–Winkler similarity
//! (`strsim`), with a guard that keeps apart people whose first names differ; each entity then gets its
//! kind, variants, titles and display name.

use super::lexicon::*;
use super::mentions::RawMention;
use super::titles::{is_honorific, is_rank_of_birth_or_office};
use super::{Entity, EntityKind, Mention, TitleUse, Variant};
use rustc_hash::FxHashMap;

/// The key people are grouped by across sources: the transliteration key of the last word of a name
/// ("Mr Kim", "Kim" and "Kim Jong-un" share it). Entity grouping and the speaker comparison of quote
/// differences both use it, so a name the People page groups is never a speaker difference.
pub fn surname_key(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    without_regnal(&words).last().map(|w| key(w)).unwrap_or_default()
}

/// Regnal numerals after a name ("Charles III", "Benedict XVI"), which are not its surname: "Charles
/// III" and "King Charles" are one person. One letter is left out (an initial: "Malcolm X"), and so are
/// "Xi" and "Vi", which are names.
const REGNAL: &[&str] =
    &["ii", "iii", "iv", "vii", "viii", "ix", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx"];

/// Whether a word is a regnal numeral (see [`REGNAL`]).
pub(crate) fn is_regnal(word: &str) -> bool {
    REGNAL.contains(&lower(word).as_str())
}

/// A name's words without a regnal numeral at the end, when a name is left.
pub(crate) fn without_regnal<W: AsRef<str>>(words: &[W]) -> &[W] {
    match words {
        [rest @ .., last] if !rest.is_empty() && is_regnal(last.as_ref()) => rest,
        all => all,
    }
}

/// Transliteration key of a name token: folded, doubled letters collapsed, "iy" → "y", hyphens dropped.
/// One pass over the folded token's letters and digits: an "i" right before a "y" is left out (the
/// replacement, as "iy" cannot overlap itself), then a letter equal to the one before is.
pub(super) fn key(token: &str) -> String {
    let folded = lower(token);
    let mut letters = folded.chars().filter(|c| c.is_alphanumeric()).peekable();
    let mut out = String::with_capacity(folded.len());
    let mut previous = None;
    while let Some(c) = letters.next() {
        if c == 'i' && letters.peek() == Some(&'y') {
            continue;
        }
        if Some(c) != previous {
            out.push(c);
        }
        previous = Some(c);
    }
    out
}

/// Whether the Jaro–Winkler similarity of `a` and `b` is at least `min`, without working it out when
/// their lengths rule it out: it is at most 0.8 + 0.2 × shorter / longer (every letter of the shorter
/// matched in order, and the largest prefix bonus), so "Li" is never compared letter by letter with
/// "Lindqvist".
fn jaro_winkler_at_least(a: &str, b: &str, min: f64) -> bool {
    let (la, lb) = (a.chars().count(), b.chars().count());
    let (shorter, longer) = (la.min(lb), la.max(lb));
    if longer > 0 && 0.8 + 0.2 * (shorter as f64 / longer as f64) < min - 1e-9 {
        return false;
    }
    strsim::jaro_winkler(a, b) >= min
}

/// Two surnames by their keys and skeletons (see [`NameKeys`]).
fn same_surname(a: &NameKeys, b: &NameKeys) -> bool {
    let (ka, kb) = (&a.surname, &b.surname);
    ka == kb
        || (ka.len() >= 5 && jaro_winkler_at_least(ka, kb, 0.93))
        || (ka.len() >= 8 && kb.len() >= 8 && a.skeleton == b.skeleton)
}

/// A name's keys, computed once per mention and once per group's head (they were computed again for
/// every group a mention was compared with).
struct NameKeys {
    /// The whole name's key: every token's key, joined.
    full: String,
    /// The last token's key (before a regnal numeral), and its consonant skeleton.
    surname: String,
    skeleton: String,
    /// The first token's key.
    first: String,
}

impl NameKeys {
    fn of(tokens: &[String]) -> Self {
        let keys: Vec<String> = tokens.iter().map(|t| key(t)).collect();
        let surname = key(without_regnal(tokens).last().map(String::as_str).unwrap_or(""));
        NameKeys {
            full: keys.concat(),
            skeleton: skeleton(&surname),
            surname,
            first: keys.first().cloned().unwrap_or_default(),
        }
    }
}

/// A long transliterated name's consonants after its first letter ("Osatanakorn" and "Osottanakorn"
/// are one Thai name written two ways; vowels are what transliterations most often disagree on).
/// Only for names of eight letters or more, where two people rarely share a skeleton.
fn skeleton(k: &str) -> String {
    let mut chars = k.chars();
    let first = chars.next().map(String::from).unwrap_or_default();
    let rest: String = chars.filter(|c| !"aeiouy".contains(*c)).collect();
    key(&(first + &rest))
}

fn compatible_first_names(a: &[String], b: &[String], ka: &NameKeys, kb: &NameKeys) -> bool {
    match (a.first(), b.first()) {
        (Some(x), Some(y)) if a.len() > 1 && b.len() > 1 => {
            let (kx, ky) = (&ka.first, &kb.first);
            kx == ky
                || x.chars().next() == y.chars().next() && (x.len() <= 2 || y.len() <= 2)
                || (kx.len() >= 4 && jaro_winkler_at_least(kx, ky, 0.88))
        }
        _ => true,
    }
}

/// Groups mentions into entities across the corpus.
#[cfg(test)]
pub fn find_entities<'t>(
    text_of: &(dyn Fn(usize) -> &'t str + Sync),
    sentences: &[super::SentenceText],
) -> Vec<Entity> {
    group_mentions(sentences.iter().flat_map(|s| super::mentions_in(text_of(s.doc), s)).collect())
}

/// The entities that the mentions of every sentence make (from `mentions_in`, in sentence order): the
/// grouping half of [`find_entities`], for a caller that found each sentence's mentions itself.
pub fn group_mentions(mut raw: Vec<RawMention>) -> Vec<Entity> {
    super::merging::cut_before_of(&mut raw);
    // Groups: indices of raw mentions. Multi-word names first, so surnames attach to full names.
    let mut order: Vec<usize> = (0..raw.len()).collect();
    crate::sort::sort_by_key(&mut order, |&i| {
        (std::cmp::Reverse(raw[i].tokens.len()), raw[i].mention.doc, raw[i].mention.start)
    });
    // Candidate groups are found through two indexes (full-name key, and the first letters of the
    // surname key for fuzzy matches) instead of scanning every group for every mention.
    let mut groups: Vec<Vec<usize>> = Vec::new();
    // Each group's head's keys: the keys its first mention was looked up with.
    let mut head_keys: Vec<NameKeys> = Vec::new();
    let mut by_full: FxHashMap<String, usize> = FxHashMap::default();
    let mut by_bucket: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    // The group each surname alone joins (see below).
    let mut surname_choice: FxHashMap<String, usize> = FxHashMap::default();
    // Two buckets per surname: its first two letters ("Segal", "Sehgal") and the first two of its
    // consonant skeleton, so that names written with other vowels ("Wattanakorn", "Wottanakorn") meet.
    let buckets = |k: &NameKeys| {
        let letters: String = k.surname.chars().take(2).collect();
        let consonants: String = format!("~{}", k.skeleton.chars().take(2).collect::<String>());
        [letters, consonants]
    };
    for i in order {
        let m = &raw[i];
        let mk = NameKeys::of(&m.tokens);
        let one_word = m.tokens.len() == 1 && m.kind != EntityKind::Organisation && m.kind != EntityKind::Place;
        if one_word {
            if let Some(&g) = surname_choice.get(&mk.surname) {
                groups[g].push(i);
                continue;
            }
        }
        let target = by_full.get(&mk.full).copied().or_else(|| {
            let [letters, consonants] = buckets(&mk);
            let in_bucket = |b: &String| by_bucket.get(b).into_iter().flatten().copied();
            let mut candidates = in_bucket(&letters).chain(in_bucket(&consonants)).filter(|&g| {
                let head = &raw[groups[g][0]];
                let people = head.kind == EntityKind::Person || m.kind == EntityKind::Person || m.tokens.len() == 1;
                people
                    && head.kind != EntityKind::Place
                    && m.kind != EntityKind::Organisation
                    && m.kind != EntityKind::Place
                    && head.tokens.len() >= m.tokens.len()
                    && same_surname(&head_keys[g], &mk)
                    && compatible_first_names(&head.tokens, &m.tokens, &head_keys[g], &mk)
            });
            if one_word {
                // A surname alone goes to the plainest full name it fits: "Joe Biden" rather than
                // "Democrat Joe Biden" or "CBS News Projects Joe Biden", runs that caught words before
                // the name. Every longer name is grouped before any one word, so the choice is made
                // once per surname.
                let rank = |g: usize| match raw[groups[g][0]].tokens.len() {
                    2 => (2, 0),
                    1 => (0, 0),
                    n => (1, usize::MAX - n),
                };
                // Among names typed a person, when there are any; else the first that fits, as for
                // longer names.
                // Among people, the name most sources write comes first ("Joe Biden" before "Hunter
                // Biden", "Thomas Matthew Crooks" before a "Matthew Crooks" one source writes).
                let all: Vec<usize> = candidates.collect();
                let person = |g: usize| raw[groups[g][0]].kind == EntityKind::Person;
                let sources = |g: usize| sources_of(&raw, &groups[g]);
                let best = match all.iter().any(|&g| person(g)) {
                    true => all
                        .iter()
                        .copied()
                        .filter(|&g| person(g))
                        .max_by_key(|&g| (sources(g), rank(g), std::cmp::Reverse(g))),
                    false => all.first().copied(),
                };
                if let Some(g) = best {
                    surname_choice.insert(mk.surname.clone(), g);
                }
                best
            } else {
                candidates.next()
            }
        });
        match target {
            Some(g) => groups[g].push(i),
            None => {
                let g = groups.len();
                groups.push(vec![i]);
                by_full.insert(mk.full.clone(), g);
                for b in buckets(&mk) {
                    by_bucket.entry(b).or_default().push(g);
                }
                head_keys.push(mk);
            }
        }
    }
    super::merging::merge_reordered_names(&raw, &mut groups);
    super::merging::merge_name_tails(&raw, &mut groups);
    // A surname-only group that matches several people stays on its own (ambiguous), which the loop
    // above already does by taking the first match only when names are compatible; groups of one
    // mention of kind Other with one word are dropped (sentence-initial words, stray capitals).
    let mut entities: Vec<Entity> = groups
        .into_iter()
        .filter(|g| {
            // One word with no mention typed as anything ("However", a stray capital) is no entity;
            // one word some mention types ("Prince Charles" then "Charles") is.
            !(raw[g[0]].tokens.len() == 1 && g.iter().all(|&i| raw[i].kind == EntityKind::Other))
        })
        .map(|g| build_entity(&raw, g))
        .collect();
    crate::sort::sort_by(&mut entities, |a, b| {
        let first = |e: &Entity| e.mentions.iter().map(|m| (m.doc, m.start)).min();
        first(a).cmp(&first(b))
    });
    for (id, e) in entities.iter_mut().enumerate() {
        e.id = id;
    }
    entities
}

/// How many sources a group's mentions come from.
pub(super) fn sources_of(raw: &[RawMention], group: &[usize]) -> usize {
    let mut docs: Vec<usize> = group.iter().map(|&i| raw[i].mention.doc).collect();
    crate::sort::sort_plain(&mut docs);
    docs.dedup();
    docs.len()
}

/// What a name that is no person is. An event or a document ("the Great Recession", "the Paris
/// Agreement") is left out (Other). A mention typed an organisation or a place by its own words types
/// the name. Otherwise, with evidence against a person, a name headed by a generic head of a
/// place's, a structure's or a body's name ("Patapsco River", "Gulf of Mexico"), or written after a place
/// preposition ("in Chiang Rai"), is a place (the list beside People does not tell places from
/// organisations). Anything else ("the Golden Boot", "the Wild Boars") is left out rather than called a
/// place.
fn not_a_person(raw: &[RawMention], group: &[usize], against: usize) -> EntityKind {
    let last = |i: usize| raw[i].tokens.last().map(String::as_str).unwrap_or("");
    if group.iter().any(|&i| super::not_names::names_an_event(last(i))) {
        return EntityKind::Other;
    }
    // A mention typed by its own words ("Thai Navy SEALs": "Navy") says what the others are.
    for kind in [EntityKind::Organisation, EntityKind::Place] {
        if group.iter().any(|&i| raw[i].kind == kind) {
            return kind;
        }
    }
    // The generic head ends the name ("Patapsco River") or comes before "of" ("Gulf of Mexico").
    let headed = |tokens: &[String]| {
        tokens.iter().enumerate().any(|(k, w)| {
            crate::claims::person_evidence::is_feature_word(w) && tokens.get(k + 1).is_none_or(|next| next == "of")
        })
    };
    let placed = group.iter().any(|&i| raw[i].locative || headed(&raw[i].tokens));
    if against > 0 && placed {
        EntityKind::Place
    } else {
        EntityKind::Other
    }
}

fn build_entity(raw: &[RawMention], group: Vec<usize>) -> Entity {
    let mut mentions: Vec<Mention> = group.iter().map(|&i| raw[i].mention.clone()).collect();
    crate::sort::sort_by_key(&mut mentions, |m| (m.doc, m.start));
    let mut kind = group.iter().map(|&i| raw[i].kind).min().unwrap_or(EntityKind::Other);
    // A named storm ("Hurricane Ian") is no person, whatever the words around it.
    let storm = |i: usize| raw[i].tokens.first().is_some_and(|w| super::not_names::names_a_storm(w));
    if kind == EntityKind::Person && group.iter().any(|&i| storm(i)) {
        kind = EntityKind::Other;
    }
    // A person needs evidence in some mention, and no more mentions against than for.
    if kind == EntityKind::Person {
        // One capitalised word after a one-word title ("Coach Rescued" in a headline) is weak evidence:
        // it counts only with an honorific ("Mr Kim"), a title of two words or more ("Vice Admiral
        // Gautier", "Secretary of Transportation Buttigieg"), a rank held for life ("Prince William") or a
        // reporting verb.
        let strong = |i: usize| {
            let m = &raw[i];
            let title = m.mention.title.as_deref();
            m.evidence > 1
                || (m.evidence == 1 && m.tokens.len() > 1)
                || (m.evidence == 1
                    && title.is_some_and(|t| is_honorific(t) || is_long_title(t) || is_rank_of_birth_or_office(t)))
        };
        let for_ = group.iter().filter(|&&i| strong(i)).count();
        let against = group.iter().filter(|&&i| raw[i].evidence < 0).count();
        if for_ == 0 || for_ < against {
            kind = not_a_person(raw, &group, against);
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
    // The name: the longest variant, one written in ordinary case before one in capitals ("Kimberly
    // Cheatle" before a caption's "KIMBERLY CHEATLE"), most used on ties.
    // (Two words or more: one word in capitals is an acronym as often as not, "NASA".)
    let shouted = |text: &str| text.contains(' ') && !text.chars().any(char::is_lowercase);
    let name = variants
        .iter()
        .max_by_key(|v| {
            (v.text.split_whitespace().count(), !shouted(&v.text), v.sources.len(), std::cmp::Reverse(v.text.clone()))
        })
        .map(|v| v.text.clone())
        .unwrap_or_default();
    // A person's name that only ever appears in capitals is shown with capital initials ("SAM RIVERA" →
    // "Sam Rivera"); the spellings keep it as written.
    let name = if kind == EntityKind::Person && shouted(&name) { capital_initials(&name) } else { name };
    Entity { id: 0, name, kind, variants, titles, mentions }
}

/// Each word of `name` in lower case after its first letter, hyphenated parts too ("JEAN-PAUL" →
/// "Jean-Paul"); a word of one or two letters (an initial, "JD") stays as written.
fn capital_initials(name: &str) -> String {
    let part = |p: &str| {
        if p.chars().count() <= 2 {
            return p.to_string();
        }
        let mut chars = p.chars();
        chars.next().map(|c| c.to_string() + &chars.as_str().to_lowercase()).unwrap_or_default()
    };
    name.split(' ').map(|w| w.split('-').map(part).collect::<Vec<_>>().join("-")).collect::<Vec<_>>().join(" ")
}

/// A title of two title words or more ("Vice Admiral", "Prime Minister") or a title word with its
/// office ("Secretary of Transportation"): not a capitalised word that happens to precede a name
/// ("Their Coach", "Lebanese General").
pub(super) fn is_long_title(title: &str) -> bool {
    let words: Vec<String> = title.split_whitespace().map(super::lexicon::lower).collect();
    let title_words = words.iter().filter(|w| super::lexicon::is_title_word(w.trim_end_matches('.'))).count();
    title_words >= 2 || words.windows(2).any(|p| super::lexicon::is_title_word(&p[0]) && p[1] == "of")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The key as first written: filter, replace, then collapse, each a pass of its own.
    fn key_in_three_passes(token: &str) -> String {
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

    #[test]
    fn keys_of_transliterations_meet() {
        assert_eq!(key("Zelenskiy"), key("Zelensky"));
        assert_eq!(key("Jong-un"), "jongun");
        assert_eq!(key("Mohammed"), key("Mohamed"));
        assert_eq!(key("Iiyy"), "iy");
    }

    proptest! {
        /// The length bound never refuses a pair the similarity itself accepts.
        #[test]
        fn the_length_bound_only_skips_what_fails(a in "[a-e]{0,12}", b in "[a-e]{0,12}", min in 0.85f64..0.95) {
            prop_assert_eq!(jaro_winkler_at_least(&a, &b, min), strsim::jaro_winkler(&a, &b) >= min);
        }

        #[test]
        fn the_one_pass_key_is_the_three_pass_key(token in "[iyIYaé-]{0,12}") {
            prop_assert_eq!(key(&token), key_in_three_passes(&token));
        }
    }
}
