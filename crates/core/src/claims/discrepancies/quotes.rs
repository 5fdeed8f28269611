//! Quotations across sources: the same quotation worded differently (one version per source, on
//! content words) or given to different named speakers.

use super::{collect, Discrepancy, DiscrepancyKind};
use crate::claims::quotes::Quote;
use std::collections::BTreeMap;

fn words_of(text: &str) -> Vec<String> {
    use unicode_segmentation::UnicodeSegmentation;
    text.unicode_words().map(crate::text::normalize::fold).collect()
}

pub(super) fn quote_conflicts(quotes: &[Quote], out: &mut Vec<Discrepancy>) {
    let words: Vec<std::collections::BTreeSet<String>> =
        quotes.iter().map(|q| crate::claims::quotation_groups::content_words(&q.text)).collect();
    for group in crate::claims::quotation_groups::quotation_groups(quotes) {
        let first = &quotes[group[0]];
        let subject = format!("The quote “{}”", crate::text::document::shorten_words(&first.text, 60));
        let speakers: Vec<(String, (usize, usize))> = group
            .iter()
            .map(|&i| {
                (
                    quotes[i].speaker.clone().unwrap_or_else(|| "unattributed".into()),
                    (quotes[i].doc, quotes[i].sentence),
                )
            })
            .collect();
        // Two different *named* speakers: "David Cameron" and "the Conservative leader" may be one person.
        let named = |s: &&str| {
            let first = s.split_whitespace().next().unwrap_or("");
            first.chars().next().is_some_and(char::is_uppercase)
                && !matches!(
                    first.to_lowercase().as_str(),
                    "the" | "a" | "an" | "one" | "another" | "his" | "her" | "their"
                )
        };
        let distinct_speakers: std::collections::BTreeSet<String> = group
            .iter()
            .filter_map(|&i| quotes[i].speaker.as_deref())
            .filter(named)
            .map(crate::claims::speaker_resolution::speaker_key)
            .collect();
        if distinct_speakers.len() >= 2 {
            if let Some(d) = collect(DiscrepancyKind::QuoteSpeaker, subject.clone(), speakers) {
                out.push(d);
            }
        }
        // Each source's version: its quote closest to the other sources' (a group chained through several
        // quotes of one source must not mix two different quotations into one "wording").
        let overlap = |i: usize, j: usize| words[i].intersection(&words[j]).count();
        let mut per_doc: BTreeMap<usize, (usize, usize)> = BTreeMap::new();
        for &i in &group {
            let score: usize = group.iter().filter(|&&j| quotes[j].doc != quotes[i].doc).map(|&j| overlap(i, j)).sum();
            let e = per_doc.entry(quotes[i].doc).or_insert((i, score));
            if score > e.1 {
                *e = (i, score);
            }
        }
        let versions: Vec<(Vec<String>, usize)> =
            per_doc.values().map(|&(i, _)| (words_of(&quotes[i].text), i)).collect();
        // A shortened form of another version is the same quotation cut, not a different wording.
        let contained = |a: &[String], b: &[String]| a.len() < b.len() && b.windows(a.len().max(1)).any(|w| w == a);
        let kept: Vec<&(Vec<String>, usize)> =
            versions.iter().filter(|(w, _)| !versions.iter().any(|(o, _)| contained(w, o))).collect();
        // Two versions cut from one longer text overlap end to start ("so this evening we are going to
        // suspend the search" / "we are going to suspend the search. Coast Guard's not going away").
        let overlapping = |a: &[String], b: &[String]| {
            let shorter = a.len().min(b.len());
            (shorter.div_ceil(2).max(4)..shorter).any(|k| a[a.len() - k..] == b[..k] || b[b.len() - k..] == a[..k])
        };
        let reworded =
            kept.iter().enumerate().any(|(x, (a, _))| kept[x + 1..].iter().any(|(b, _)| a != b && !overlapping(a, b)));
        if reworded {
            let wordings: Vec<(String, (usize, usize))> =
                versions.iter().map(|&(_, i)| (quotes[i].text.clone(), (quotes[i].doc, quotes[i].sentence))).collect();
            if let Some(d) = collect(DiscrepancyKind::QuoteWording, subject, wordings) {
                out.push(d);
            }
        }
    }
}
