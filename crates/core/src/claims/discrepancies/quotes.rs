//! Quotations across sources: the same quotation worded differently (one version per source, on
//! content words) or given to different named speakers.

use super::{collect, Discrepancy, DiscrepancyKind};
use crate::claims::quotes::Quote;
use std::collections::BTreeMap;

fn words_of(text: &str) -> Vec<String> {
    crate::text::words::words(text).map(crate::text::normalize::fold).collect()
}

/// Speaker and wording differences within each group of quotations, as `number_groups` numbered them
/// (the analysis numbers them before it looks for differences).
pub(super) fn quote_conflicts(quotes: &[Quote], out: &mut Vec<Discrepancy>) {
    // The groups the quotes were numbered in (see `number_groups`), and the content words of the quotes
    // in them.
    let groups = crate::claims::quotation_groups::numbered_groups(quotes);
    debug_assert_eq!(groups, crate::claims::quotation_groups::quotation_groups(quotes), "quotes numbered first");
    let mut words: Vec<std::collections::BTreeSet<String>> = vec![Default::default(); quotes.len()];
    for &i in groups.iter().flatten() {
        words[i] = crate::claims::quotation_groups::content_words(&quotes[i].text);
    }
    for group in groups {
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
        // Two speakers differ when their keys differ and neither name holds the other's words
        // ("OceanGate" / "OceanGate Expeditions" is one body, "Trump" / "Donald Trump" one person).
        let named_speakers: Vec<&str> =
            group.iter().filter_map(|&i| quotes[i].speaker.as_deref()).filter(named).collect();
        let words_of_name = |s: &str| -> std::collections::BTreeSet<String> {
            s.split_whitespace().map(crate::claims::speaker_resolution::speaker_key).collect()
        };
        let differ = |a: &str, b: &str| {
            let (ka, kb) =
                (crate::claims::speaker_resolution::speaker_key(a), crate::claims::speaker_resolution::speaker_key(b));
            let (wa, wb) = (words_of_name(a), words_of_name(b));
            ka != kb && !wa.is_subset(&wb) && !wb.is_subset(&wa)
        };
        let distinct =
            named_speakers.iter().enumerate().any(|(x, a)| named_speakers[x + 1..].iter().any(|b| differ(a, b)));
        if distinct {
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
        // Versions cut differently from one text (one shortened, one starting earlier, one running on)
        // differ only before or after the words they share; another wording changes words between
        // shared ones ("to be the captain that steers our country" / "to try to be the captain that
        // steers the country").
        let reworded =
            versions.iter().enumerate().any(|(x, (a, _))| versions[x + 1..].iter().any(|(b, _)| reworded(a, b)));
        if reworded {
            let wordings: Vec<(String, (usize, usize))> =
                versions.iter().map(|&(_, i)| (quotes[i].text.clone(), (quotes[i].doc, quotes[i].sentence))).collect();
            if let Some(d) = collect(DiscrepancyKind::QuoteWording, subject, wordings) {
                out.push(d);
            }
        }
    }
}

/// Whether two versions of a quotation are worded differently, not just cut differently: one inside
/// the other, or one running on where the other starts ("so this evening we are going to suspend the
/// search" / "we are going to suspend the search. Coast Guard's not going away"), is a cut; a change
/// between words both share is a rewording ("to be the captain that steers our country" / "to try to be
/// the captain that steers the country"). A shared run anchors a change when it has three words or more,
/// or starts or ends both versions ("India is [now] on the moon"); a lone "the" inside two different
/// openings anchors nothing. Patience diff: near-linear on quotations of any length.
fn reworded(a: &[String], b: &[String]) -> bool {
    let inside = |x: &[String], y: &[String]| x.len() <= y.len() && y.windows(x.len().max(1)).any(|w| w == x);
    let shorter = a.len().min(b.len());
    let overlapping =
        (shorter.div_ceil(2).max(4)..shorter).any(|k| a[a.len() - k..] == b[..k] || b[b.len() - k..] == a[..k]);
    if inside(a, b) || inside(b, a) || overlapping {
        return false;
    }
    let ops = similar::capture_diff_slices(similar::Algorithm::Patience, a, b);
    let anchor: Vec<bool> = ops
        .iter()
        .enumerate()
        .map(|(k, op)| match *op {
            similar::DiffOp::Equal { old_index, new_index, len } => {
                len >= 3
                    || (k == 0 && old_index == 0 && new_index == 0)
                    || (k + 1 == ops.len() && old_index + len == a.len() && new_index + len == b.len())
            }
            _ => false,
        })
        .collect();
    let changed: Vec<bool> = ops.iter().map(|op| !matches!(op, similar::DiffOp::Equal { .. })).collect();
    let (Some(first), Some(last)) = (anchor.iter().position(|&e| e), anchor.iter().rposition(|&e| e)) else {
        return false;
    };
    changed[first..last].iter().any(|&c| c)
}
