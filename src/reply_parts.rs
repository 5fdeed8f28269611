//! A large analysis goes from the worker to the page in parts. The page reads each message in one task
//! of its own, and the whole analysis of a 10 MB article (about 27 MB of JSON: 74,000 sentences, as
//! many paragraphs, 100,000 mentions of names) took 0.27 s to read in one; read part by part, no task
//! lasts much more than a part's share. The long lists (each document's sentences and paragraphs, the
//! names with their mentions, the quotations, the counts) are taken out in slices of `PART_ITEMS`, sent
//! first, and put back in order when the rest arrives with `Done`. An analysis whose lists hold fewer
//! than `LARGE_ITEMS` items in all (200 real articles hold about 50,000) goes whole, as before.

use parallax_core::{Analysis, Entity, Paragraph, Quantity, Quote, SentenceReport};
use serde::{Deserialize, Serialize};

/// Items in one part: about 0.5–0.7 MB of JSON (a sentence without its text is about 130 bytes, a
/// paragraph 45, a count 110, a quotation 210, a name's mention 75), which the page reads in 5–10 ms
/// once the browser has optimised its reader, and in up to 4 times that before: the browser compiles
/// the optimised code while the first parts are read. Parts of 10,000 items held the page for up to
/// 41 ms; of 20,000, for up to 53.
const PART_ITEMS: usize = 5_000;
/// Items above which an analysis goes in parts.
const LARGE_ITEMS: usize = 100_000;

/// One slice of a long list of the analysis.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub enum AnalysisPart {
    Sentences {
        document: usize,
        items: Vec<SentenceReport>,
    },
    Paragraphs {
        document: usize,
        items: Vec<Paragraph>,
    },
    /// Names, cut between names (a name's mentions stay together) once a slice holds `PART_ITEMS`.
    Entities(Vec<Entity>),
    Quotes(Vec<Quote>),
    Quantities(Vec<Quantity>),
}

/// Takes the long lists out of a large `analysis` as parts, in order; a smaller one is left whole and
/// gives none.
pub fn split_off(analysis: &mut Analysis) -> Vec<AnalysisPart> {
    if !is_large(analysis) {
        return Vec::new();
    }
    let mut parts = Vec::new();
    for (document, report) in analysis.documents.iter_mut().enumerate() {
        for items in slices(std::mem::take(&mut report.sentences)) {
            parts.push(AnalysisPart::Sentences { document, items });
        }
        for items in slices(std::mem::take(&mut report.paragraphs)) {
            parts.push(AnalysisPart::Paragraphs { document, items });
        }
    }
    let mut names = Vec::new();
    let mut weight = 0;
    for entity in std::mem::take(&mut analysis.entities) {
        weight += entity.mentions.len().max(1);
        names.push(entity);
        if weight >= PART_ITEMS {
            parts.push(AnalysisPart::Entities(std::mem::take(&mut names)));
            weight = 0;
        }
    }
    if !names.is_empty() {
        parts.push(AnalysisPart::Entities(names));
    }
    parts.extend(slices(std::mem::take(&mut analysis.quotes)).into_iter().map(AnalysisPart::Quotes));
    parts.extend(slices(std::mem::take(&mut analysis.quantities)).into_iter().map(AnalysisPart::Quantities));
    parts
}

/// Puts `parts` back into the analysis they were taken from, in the order `split_off` gave them.
pub fn join(analysis: &mut Analysis, parts: Vec<AnalysisPart>) {
    for part in parts {
        match part {
            AnalysisPart::Sentences { document, items } => {
                if let Some(report) = analysis.documents.get_mut(document) {
                    report.sentences.extend(items);
                }
            }
            AnalysisPart::Paragraphs { document, items } => {
                if let Some(report) = analysis.documents.get_mut(document) {
                    report.paragraphs.extend(items);
                }
            }
            AnalysisPart::Entities(items) => analysis.entities.extend(items),
            AnalysisPart::Quotes(items) => analysis.quotes.extend(items),
            AnalysisPart::Quantities(items) => analysis.quantities.extend(items),
        }
    }
}

/// Whether `analysis` is sent in parts.
pub fn is_large(analysis: &Analysis) -> bool {
    items(analysis) > LARGE_ITEMS
}

/// Items in the lists that go in parts.
fn items(analysis: &Analysis) -> usize {
    let documents: usize = analysis.documents.iter().map(|d| d.sentences.len() + d.paragraphs.len()).sum();
    let mentions: usize = analysis.entities.iter().map(|e| e.mentions.len().max(1)).sum();
    documents + mentions + analysis.quotes.len() + analysis.quantities.len()
}

/// `items` in slices of at most `PART_ITEMS`, in order.
fn slices<T>(items: Vec<T>) -> Vec<Vec<T>> {
    let mut rest = items.into_iter().peekable();
    let mut out = Vec::new();
    while rest.peek().is_some() {
        out.push(rest.by_ref().take(PART_ITEMS).collect());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use parallax_core::SourceText;

    /// The analysis of two short articles, its lists grown past `LARGE_ITEMS` by repeating their items
    /// (what is split and joined need not make sense, only come back in order).
    fn large_analysis() -> Analysis {
        let corpus = [
            SourceText::new("a.txt", "Port strike\nMayor Anna Berg said 600 dock workers went on strike on Monday. “We will not stop,” said Karl Vos."),
            SourceText::new("b.txt", "Dockers walk out\nSix hundred dock workers began a strike on Tuesday, Anna Berg said."),
        ];
        let mut analysis = parallax_core::analyze(&corpus);
        fn grow<T: Clone>(items: &mut Vec<T>, to: usize) {
            assert!(!items.is_empty());
            *items = items.iter().cycle().take(to).cloned().collect();
        }
        grow(&mut analysis.documents[0].sentences, 45_000);
        grow(&mut analysis.documents[0].paragraphs, 30_000);
        grow(&mut analysis.documents[1].sentences, 7);
        grow(&mut analysis.entities[0].mentions, 33_000);
        grow(&mut analysis.entities, 40);
        grow(&mut analysis.quotes, 21_000);
        grow(&mut analysis.quantities, 5_000);
        analysis
    }

    #[test]
    fn a_large_analysis_split_into_parts_is_whole_again_when_joined() {
        let whole = large_analysis();
        assert!(items(&whole) > LARGE_ITEMS, "{} items", items(&whole));
        let mut rest = whole.clone();
        let parts = split_off(&mut rest);
        assert!(parts.len() > 4, "{} parts", parts.len());
        assert!(rest.documents.iter().all(|d| d.sentences.is_empty() && d.paragraphs.is_empty()));
        assert!(rest.entities.is_empty() && rest.quotes.is_empty() && rest.quantities.is_empty());
        for part in &parts {
            let size = match part {
                AnalysisPart::Sentences { items, .. } => items.len(),
                AnalysisPart::Paragraphs { items, .. } => items.len(),
                AnalysisPart::Entities(items) => items.iter().map(|e| e.mentions.len()).sum::<usize>().min(PART_ITEMS),
                AnalysisPart::Quotes(items) => items.len(),
                AnalysisPart::Quantities(items) => items.len(),
            };
            assert!(size <= PART_ITEMS, "a part of {size} items");
        }
        // What travels is JSON: the parts and the rest read back, then joined.
        let sent: Vec<AnalysisPart> =
            parts.iter().map(|p| serde_json::from_str(&serde_json::to_string(p).unwrap()).unwrap()).collect();
        let mut received: Analysis = serde_json::from_str(&serde_json::to_string(&rest).unwrap()).unwrap();
        join(&mut received, sent);
        assert_eq!(received, whole);
    }

    #[test]
    fn a_small_analysis_goes_whole() {
        let corpus = [
            SourceText::new("a.txt", "Port strike\nAbout 600 dock workers went on strike on Monday."),
            SourceText::new("b.txt", "Dockers walk out\nSix hundred dock workers began a strike on Tuesday."),
        ];
        let whole = parallax_core::analyze(&corpus);
        let mut rest = whole.clone();
        assert!(split_off(&mut rest).is_empty());
        assert_eq!(rest, whole);
    }
}
