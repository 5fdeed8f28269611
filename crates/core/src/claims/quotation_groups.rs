//! One quotation across sources: quotes of different articles that report the same words are grouped
//! (`Quote::group`), for the Quotes page and for the quote differences. Candidate pairs come from an
//! inverted index over words few quotes use, never from all pairs; words are compared as ids.

use crate::claims::quotes::Quote;

/// The content words of a quotation (stop words left out: two quotations sharing "I", "this", "and"
/// are not one quotation), in its own language too: "tout le feu est éteint" has two content words, not
/// five, and shares no four with another statement about the fire.
pub fn content_words(text: &str) -> std::collections::BTreeSet<String> {
    use crate::text::stopwords::{is_stopword_in, Language};
    let folded: Vec<String> = crate::text::words::words(text).map(crate::text::normalize::fold).collect();
    // The language whose function words the quotation uses most; English unless another's are more.
    let count = |l: Language| folded.iter().filter(|w| is_stopword_in(l, w)).count();
    let english = count(Language::English);
    let language = [Language::French, Language::Spanish, Language::German]
        .into_iter()
        .map(|l| (count(l), l))
        .filter(|&(n, _)| n > english)
        .max_by_key(|&(n, _)| n)
        .map_or(Language::English, |(_, l)| l);
    folded.into_iter().filter(|w| !is_stopword_in(Language::English, w) && !is_stopword_in(language, w)).collect()
}

/// Every word of a quotation, folded, stop words included, in order.
fn all_words(text: &str) -> Vec<String> {
    crate::text::words::words(text).map(crate::text::normalize::fold).collect()
}

/// Quotations of different sources that report the same words: two quotes join when they share at
/// least four content words making up at least 60% of the shorter one, or have the very same words
/// (two or more content words; every word, in order); groups chain through such pairs.
/// Candidate pairs come from an inverted index over words that few quotes use, not from all pairs.
/// Returns every group of two or more quotes, each sorted, in order of their first quote.
pub fn quotation_groups(quotes: &[Quote]) -> Vec<Vec<usize>> {
    // Each quote's content words (read at once, with threads) as sorted ids of one vocabulary: sets
    // compared by merging, not as trees of strings.
    let read = crate::parallel::map(quotes, |q| content_words(&q.text));
    let mut ids: rustc_hash::FxHashMap<&str, u32> = rustc_hash::FxHashMap::default();
    let words: Vec<Vec<u32>> = read
        .iter()
        .map(|ws| {
            // Sorted ids: equal lists are equal sets of words.
            let mut list: Vec<u32> = ws
                .iter()
                .map(|w| {
                    let next = ids.len() as u32;
                    *ids.entry(w.as_str()).or_insert(next)
                })
                .collect();
            crate::sort::sort(&mut list);
            list
        })
        .collect();
    let mut postings: Vec<Vec<usize>> = vec![Vec::new(); ids.len()];
    for (i, ws) in words.iter().enumerate() {
        for &w in ws {
            postings[w as usize].push(i);
        }
    }
    let mut candidates: Vec<(usize, usize)> = Vec::new();
    for list in postings.iter().filter(|l| l.len() <= 40) {
        for (x, &i) in list.iter().enumerate() {
            for &j in &list[x + 1..] {
                candidates.push((i, j));
            }
        }
    }
    crate::sort::sort(&mut candidates);
    candidates.dedup();
    let mut sets = crate::union_find::UnionFind::new(quotes.len());
    for (i, j) in candidates {
        if quotes[i].doc == quotes[j].doc {
            continue;
        }
        let shared = crate::sort::shared_count(&words[i], &words[j]);
        let smaller = words[i].len().min(words[j].len()).max(1);
        // Or the very same words in the same order, however few ("will not pass without
        // accountability"); a short quotation with one word more is another quotation ("India is on the
        // moon" said by one person, "India is now on the moon" by another).
        let same =
            words[i].len() >= 2 && words[i] == words[j] && all_words(&quotes[i].text) == all_words(&quotes[j].text);
        if (shared >= 4 && shared * 10 >= smaller * 6) || same {
            sets.union(i, j);
        }
    }
    sets.groups().into_iter().filter(|g| g.len() > 1).collect()
}

/// Numbers every quote's `group`: the quotation groups first, then each remaining quote on its own.
pub fn number_groups(quotes: &mut [Quote]) {
    let groups = quotation_groups(quotes);
    let mut group_of: Vec<Option<usize>> = vec![None; quotes.len()];
    for (g, members) in groups.iter().enumerate() {
        for &i in members {
            group_of[i] = Some(g);
        }
    }
    let mut next = groups.len();
    for (q, g) in quotes.iter_mut().zip(group_of) {
        q.group = g.unwrap_or_else(|| {
            next += 1;
            next - 1
        });
    }
}

/// The groups [`number_groups`] numbered, read back from the quotes: what [`quotation_groups`] returns
/// (every group of two or more, each sorted, in order of their first quote), without working it out
/// again.
pub fn numbered_groups(quotes: &[Quote]) -> Vec<Vec<usize>> {
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for (i, q) in quotes.iter().enumerate() {
        if groups.len() <= q.group {
            groups.resize_with(q.group + 1, Vec::new);
        }
        groups[q.group].push(i);
    }
    groups.retain(|g| g.len() >= 2);
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_quotation_in_two_sources_is_one_group() {
        let q = |doc: usize, text: &str| Quote {
            text: text.into(),
            speaker: None,
            attribution: "unattributed".into(),
            doc,
            sentence: 0,
            start: 0,
            end: text.len(),
            group: 0,
        };
        let mut quotes = vec![
            q(0, "Those responsible for this terrible catastrophe at the port will pay the price"),
            q(1, "We will not rest until the families have answers"),
            q(1, "those responsible for this terrible catastrophe at the port will pay"),
            // Words repeated within one source join it only through another source's version.
            q(0, "responsible for this terrible catastrophe at the port"),
        ];
        number_groups(&mut quotes);
        assert_eq!(numbered_groups(&quotes), quotation_groups(&quotes));
        assert_eq!(quotes[0].group, quotes[2].group);
        assert_eq!(quotes[3].group, quotes[2].group, "joined through the other source's version");
        assert_ne!(quotes[1].group, quotes[0].group);

        // Two short quotations with the same content words but one word more are two quotations (two
        // people said them); the very same words are one.
        let mut quotes = vec![
            q(0, "Ruritania is on the map"),
            q(1, "Ruritania is now on the map"),
            q(2, "Ruritania is on the map!"),
        ];
        number_groups(&mut quotes);
        assert_ne!(quotes[0].group, quotes[1].group);
        assert_eq!(quotes[0].group, quotes[2].group);
    }
}
