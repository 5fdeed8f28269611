//! The Quotes page as plain data: each quotation once (the core decides which quotes are one quotation,
//! `Quote::group`), with every source carrying it and the speaker each names. Quotations several sources
//! carry come first (what the analysis is surest of); then attributed before unattributed, by speaker as
//! written; then reading order. Each source's version carries the reader's "speaker is" verdict, to
//! give or as given.

use crate::state::links::SentenceRef;
use parallax_core::verdicts::SentenceRef as VerdictSentence;
use parallax_core::{Analysis, Quote, Verdict};
use std::collections::BTreeMap;

/// One source's version of a quotation.
#[derive(Debug, Clone, PartialEq)]
pub struct QuoteSource {
    pub doc: usize,
    pub speaker: Option<String>,
    /// This source's words, when they differ from the quotation shown.
    pub own_words: Option<String>,
    pub at: SentenceRef,
    /// The reader's "speaker is" verdict on it: the one to give (speaker and note empty), or the reader's
    /// own when `by_reader`.
    pub verdict: Verdict,
    pub by_reader: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Quotation {
    /// The longest version, standing for the quotation.
    pub text: String,
    /// How many sources carry it.
    pub source_count: usize,
    pub sources: Vec<QuoteSource>,
}

/// The quotations, in the page's order.
pub fn quotations(analysis: &Analysis) -> Vec<Quotation> {
    let mut groups: BTreeMap<usize, Vec<&Quote>> = BTreeMap::new();
    for q in &analysis.quotes {
        groups.entry(q.group).or_default().push(q);
    }
    let mut groups: Vec<Vec<&Quote>> = groups.into_values().collect();
    for g in &mut groups {
        parallax_core::sort::sort_by_key(g, |q| (q.doc, q.start));
    }
    let sources = |g: &Vec<&Quote>| {
        let mut docs: Vec<usize> = g.iter().map(|q| q.doc).collect();
        docs.dedup();
        docs.len()
    };
    let speaker = |g: &Vec<&Quote>| g.iter().find_map(|q| q.speaker.clone());
    parallax_core::sort::sort_by(&mut groups, |a, b| {
        sources(b)
            .cmp(&sources(a))
            .then(speaker(a).is_none().cmp(&speaker(b).is_none()))
            .then(speaker(a).cmp(&speaker(b)))
            .then((a[0].doc, a[0].start).cmp(&(b[0].doc, b[0].start)))
    });
    groups
        .iter()
        .map(|g| {
            let text = g.iter().max_by_key(|q| q.text.len()).map(|q| q.text.clone()).unwrap_or_default();
            Quotation {
                source_count: sources(g),
                sources: g
                    .iter()
                    .map(|q| {
                        let blank = Verdict::SpeakerIs {
                            quote: VerdictSentence { doc: q.doc, text: q.text.clone() },
                            speaker: String::new(),
                            note: String::new(),
                        };
                        let own = analysis.verdicts.iter().rev().map(|o| &o.verdict).find(|v| v.same_subject(&blank));
                        QuoteSource {
                            doc: q.doc,
                            speaker: q.speaker.clone(),
                            own_words: (q.text != text).then(|| q.text.clone()),
                            at: (q.doc, q.sentence),
                            by_reader: q.attribution == "reader",
                            verdict: own.cloned().unwrap_or(blank),
                        }
                    })
                    .collect(),
                text,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::test_corpus::paris;

    #[test]
    fn every_quote_is_shown_once_and_several_source_quotations_come_first() {
        let (analysis, _) = paris();
        let list = quotations(&analysis);
        let shown: usize = list.iter().map(|q| q.sources.len()).sum();
        assert_eq!(shown, analysis.quotes.len(), "every quote appears under exactly one quotation");
        assert!(list.windows(2).all(|w| w[0].source_count >= w[1].source_count));
        // Read in source D: U.S. envoy Steve Witkoff described recent meetings as "productive," …
        let witkoff = list.iter().find(|q| q.text.starts_with("productive")).expect("the one-word quote is kept");
        assert_eq!(witkoff.sources.len(), 1);
        assert_eq!((witkoff.sources[0].doc, witkoff.sources[0].speaker.as_deref()), (3, Some("Steve Witkoff")));
        // One-source quotations are ordered by speaker as written.
        let speakers: Vec<&str> = list.iter().filter_map(|q| q.sources[0].speaker.as_deref()).collect();
        assert!(speakers.windows(2).all(|w| w[0] <= w[1]), "{speakers:?}");
        for q in &list {
            assert!(q.sources.iter().all(|s| s.own_words.as_ref().is_none_or(|w| w.len() <= q.text.len())));
            assert!(q.sources.iter().all(|s| analysis.sentence(s.at).is_some()));
        }
    }
}
