//! Names the corpus shows to be one person, worked out over all mentions before or after grouping:
//! a person named with "of" and where they are from, a middle name written first, and a full name
//! written in the other order.

use super::grouping::key;
use super::lexicon::lower;
use super::mentions::RawMention;
use super::EntityKind;
use rustc_hash::FxHashMap;

/// "Thomas Matthew Crooks of Bethel Park", "Charles III of Great Britain", "William of Wales": a name,
/// then "of" and more, is the person the words before "of" name when the corpus names a person by
/// those words alone (typed a person there: a title, two words or more); the rest says where they come
/// from or what they rule. Such a mention is cut before "of", so it joins that person. "Bank of
/// America" stays whole: no person is called "Bank".
pub(super) fn cut_before_of(raw: &mut [RawMention]) {
    let people: rustc_hash::FxHashSet<Vec<String>> = raw
        .iter()
        .filter(|m| m.kind == EntityKind::Person && !m.tokens.iter().any(|t| t == "of"))
        .map(|m| m.tokens.clone())
        .collect();
    for m in raw.iter_mut().filter(|m| m.kind != EntityKind::Organisation) {
        let Some(k) = m.tokens.iter().position(|t| t == "of").filter(|&k| k > 0 && people.contains(&m.tokens[..k]))
        else {
            continue;
        };
        // The written words line up with the tokens (one each); if they do not, the mention stays whole.
        let words: Vec<(usize, &str)> = crate::text::words::word_indices(&m.mention.text).collect();
        if words.len() != m.tokens.len() || lower(words[k].1) != "of" {
            continue;
        }
        let end = words[k - 1].0 + words[k - 1].1.len();
        m.mention.text.truncate(end);
        m.mention.end = m.mention.start + end;
        m.tokens.truncate(k);
        m.kind = EntityKind::Person;
    }
}

/// "Matthew Crooks" in one source and "Thomas Matthew Crooks" in four: a person's name of two words or
/// more that is the end of exactly one longer person's name, written by as many sources or more, is
/// that person (a middle name used as the first). "Joe Biden" does not join "Democrat Joe Biden", a run
/// that caught a word before the name in one source, nor does a name written by a source that also
/// writes the longer one. Both need evidence of a person (see `person_evidence`). Longer names are
/// found through a map of their endings.
pub(super) fn merge_name_tails(raw: &[RawMention], groups: &mut Vec<Vec<usize>>) {
    let head = |g: usize| &raw[groups[g][0]];
    let sources = |g: usize| super::grouping::sources_of(raw, &groups[g]);
    // Typed a person, with some mention's words saying so ("Coast Guard", "Infrared Camera" are not).
    let person = |g: usize| head(g).kind == EntityKind::Person && groups[g].iter().any(|&i| raw[i].evidence > 0);
    // A source that writes both names means two people: "Thomas Matthew Crooks" and, in the same
    // article, "Crooks' father, Matthew Crooks". Only the longer name's mentions in full count (a
    // surname alone may have joined it already). A longer name has a few endings, so each group's
    // sources are gathered a few times at most.
    let shares_a_source = |longer: usize, shorter: usize| {
        let full = head(longer).tokens.len();
        let docs: rustc_hash::FxHashSet<usize> =
            groups[longer].iter().filter(|&&i| raw[i].tokens.len() >= full).map(|&i| raw[i].mention.doc).collect();
        groups[shorter].iter().any(|&j| docs.contains(&raw[j].mention.doc))
    };
    let mut endings: FxHashMap<&[String], Vec<usize>> = FxHashMap::default();
    for g in (0..groups.len()).filter(|&g| person(g)) {
        let tokens = &head(g).tokens;
        for k in 2..tokens.len() {
            endings.entry(&tokens[tokens.len() - k..]).or_default().push(g);
        }
    }
    let mut merged_into: Vec<Option<usize>> = vec![None; groups.len()];
    for g in (0..groups.len()).filter(|&g| person(g) && head(g).tokens.len() >= 2) {
        if let Some(&[longer]) = endings.get(head(g).tokens.as_slice()).map(Vec::as_slice) {
            if longer != g && sources(longer) >= sources(g) && !shares_a_source(longer, g) {
                merged_into[g] = Some(longer);
            }
        }
    }
    merge_groups(groups, &merged_into);
}

/// "Health Minister Hassan Hamad" in one source and "Health Minister Hamad Hassan" in another: one
/// person whose name a source writes in the other order (the spelling card then shows it). Only when
/// both carry the same title and no source uses both orders, since two people may bear each other's
/// names ("Ali Hassan", "Hassan Ali"). Groups meet through a map of their sorted name keys.
pub(super) fn merge_reordered_names(raw: &[RawMention], groups: &mut Vec<Vec<usize>>) {
    let titles = |g: &[usize]| -> std::collections::BTreeSet<String> {
        g.iter().filter_map(|&i| raw[i].mention.title.as_deref()).map(lower).collect()
    };
    let docs = |g: &[usize]| -> std::collections::BTreeSet<usize> { g.iter().map(|&i| raw[i].mention.doc).collect() };
    let mut by_words: FxHashMap<Vec<String>, usize> = FxHashMap::default();
    let mut merged_into: Vec<Option<usize>> = vec![None; groups.len()];
    for g in 0..groups.len() {
        let head = &raw[groups[g][0]];
        if head.kind != EntityKind::Person || head.tokens.len() < 2 {
            continue;
        }
        let mut words: Vec<String> = head.tokens.iter().map(|t| key(t)).collect();
        crate::sort::sort(&mut words);
        match by_words.get(&words).copied() {
            Some(other) => {
                let other_head = &raw[groups[other][0]];
                let reordered = other_head.tokens.iter().map(|t| key(t)).ne(head.tokens.iter().map(|t| key(t)));
                let same_title = !titles(&groups[g]).is_disjoint(&titles(&groups[other]));
                if reordered && same_title && docs(&groups[g]).is_disjoint(&docs(&groups[other])) {
                    merged_into[g] = Some(other);
                }
            }
            None => {
                by_words.insert(words, g);
            }
        }
    }
    merge_groups(groups, &merged_into);
}

/// Moves each group's mentions into the group `merged_into` names for it (following a chain to its
/// end: a longer name may itself end a longer one), last group first, and drops the emptied groups.
fn merge_groups(groups: &mut Vec<Vec<usize>>, merged_into: &[Option<usize>]) {
    for g in (0..groups.len()).rev() {
        let mut target = merged_into[g];
        while let Some(t) = target.and_then(|t| merged_into[t]) {
            target = Some(t);
        }
        if let Some(t) = target {
            let members = std::mem::take(&mut groups[g]);
            groups[t].extend(members);
        }
    }
    groups.retain(|g| !g.is_empty());
}
