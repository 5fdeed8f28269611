//! The overview's view model: the whole corpus on one screen — a source × source matrix (shared
//! information and verbatim reuse), the facts × sources grid (one row per fact, sorted by how many
//! sources carry it, facts only one source reports gathered per source), and per-source figures.
//! Plain Rust over the analysis, tested natively.

use crate::state::links::SentenceRef;
use parallax_core::Analysis;

/// One cell of the source × source matrix, read along its row: how much of `row` the `column` source has.
#[derive(Debug, Clone, PartialEq)]
pub struct PairCell {
    /// Share of the row source's sentences that have a counterpart in the column source, 0..1.
    pub shared_sentences: f64,
    /// Share of the row source's words found verbatim in the column source, 0..1.
    pub copied_words: f64,
}

/// One row of the facts × sources grid.
#[derive(Debug, Clone, PartialEq)]
pub struct FactRow {
    /// Per document, its sentence carrying the fact (if any).
    pub cells: Vec<Option<SentenceRef>>,
    /// How many documents carry it.
    pub sources: usize,
}

/// Figures for one source.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceFigures {
    pub words: usize,
    pub sentences: usize,
    /// Share of sentences another source also reports.
    pub shared: f64,
    /// Share of sentences no other source reports.
    pub unique: f64,
    /// Share of words found verbatim in another source.
    pub copied: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Overview {
    pub matrix: Vec<Vec<Option<PairCell>>>,
    /// Facts carried by two or more sources, most widely carried first.
    pub facts: Vec<FactRow>,
    /// Per source, its sentences no other source reports.
    pub only_in: Vec<Vec<usize>>,
    pub figures: Vec<SourceFigures>,
}

fn share(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

/// Builds the overview of an analysis.
pub fn overview(analysis: &Analysis) -> Overview {
    let n = analysis.documents.len();
    // Which sentences of each document have a counterpart in each other document.
    let mut has_counterpart: Vec<Vec<Vec<bool>>> =
        analysis.documents.iter().map(|d| vec![vec![false; n]; d.sentences.len()]).collect();
    for al in &analysis.alignments {
        has_counterpart[al.a[0]][al.a[1]][al.b[0]] = true;
        has_counterpart[al.b[0]][al.b[1]][al.a[0]] = true;
    }
    let matrix = (0..n)
        .map(|row| {
            (0..n)
                .map(|col| {
                    (row != col).then(|| {
                        let doc = &analysis.documents[row];
                        let shared = has_counterpart[row].iter().filter(|s| s[col]).count();
                        let copied = doc.reuse.copied_from.iter().find(|f| f.doc == col).map_or(0.0, |f| f.share);
                        PairCell { shared_sentences: share(shared, doc.sentences.len()), copied_words: copied }
                    })
                })
                .collect()
        })
        .collect();

    let mut facts: Vec<FactRow> = analysis
        .facts
        .iter()
        .map(|fact| {
            let mut cells = vec![None; n];
            for s in &fact.sentences {
                cells[s[0]].get_or_insert((s[0], s[1]));
            }
            FactRow { cells, sources: fact.documents.len() }
        })
        .collect();
    // Stable: most sources first, then in the order of the first source's text.
    parallax_core::sort::sort_by(&mut facts, |a, b| b.sources.cmp(&a.sources).then_with(|| a.cells.cmp(&b.cells)));

    let only_in = analysis
        .documents
        .iter()
        .map(|d| d.sentences.iter().enumerate().filter(|(_, s)| s.sources == 0).map(|(i, _)| i).collect())
        .collect();
    let figures = analysis
        .documents
        .iter()
        .map(|d| {
            let total = d.sentences.len();
            let shared = d.sentences.iter().filter(|s| s.sources > 0).count();
            SourceFigures {
                words: d.reuse.words,
                sentences: total,
                shared: share(shared, total),
                unique: share(total - shared, total),
                copied: d.reuse.copied_share,
            }
        })
        .collect();
    Overview { matrix, facts, only_in, figures }
}

#[cfg(test)]
mod tests {
    use super::*;
    use parallax_core::{analyze, SourceText};

    fn corpus() -> Analysis {
        analyze(&[
            SourceText::new("a.txt", "Strike at the port\nAbout 600 dock workers at Port Ellery went on strike on Monday over night-shift pay.\nThe mayor opened a new library downtown."),
            SourceText::new("b.txt", "Port walkout\nSix hundred dock workers at Port Ellery began a strike on Monday over pay for night shifts.\nShips are waiting at anchor outside the breakwater."),
            SourceText::new("c.txt", "Dockers strike\nDock workers at Port Ellery started a strike on Monday about night-shift pay, the union said.\nA football match was postponed."),
        ])
    }

    #[test]
    fn the_fact_every_source_carries_comes_first_with_a_sentence_per_source() {
        let a = corpus();
        let o = overview(&a);
        let top = &o.facts[0];
        assert_eq!(top.sources, 3, "{:?}", o.facts);
        for (doc, cell) in top.cells.iter().enumerate() {
            let (d, i) = cell.expect("every source has the strike sentence");
            assert_eq!(d, doc);
            assert!(a.documents[d].sentences[i].text.contains("strike"));
        }
    }

    #[test]
    fn sentences_no_other_source_has_are_gathered_per_source() {
        let a = corpus();
        let o = overview(&a);
        let lonely: Vec<&str> = o.only_in[0].iter().map(|&i| a.documents[0].sentences[i].text.as_str()).collect();
        assert!(lonely.contains(&"The mayor opened a new library downtown."), "{lonely:?}");
        assert!(o.figures[0].unique > 0.0 && o.figures[0].shared > 0.0);
    }

    #[test]
    fn the_matrix_has_no_diagonal_and_reads_along_rows() {
        let o = overview(&corpus());
        assert!(o.matrix[1][1].is_none());
        let cell = o.matrix[0][1].as_ref().unwrap();
        assert!(cell.shared_sentences > 0.0 && cell.shared_sentences <= 1.0);
        assert_eq!(cell.copied_words, 0.0, "no passage of eight words is shared");
    }
}
