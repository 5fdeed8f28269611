//! The files written from a corpus's analysis — the analysis JSON (byte for byte the command line's
//! `parallax analyze`), the Markdown report and the facts × sources CSV — are written by the analysis
//! module (`src/bin/parallax-worker.rs`), where the analysis is made, and never by the page: their
//! writers (serde's pretty printer for every type of the model, the report, the CSV writer) stay out of
//! the page's own wasm, which every visit downloads before the first article shows. The corpus file is
//! still written on the page, from the record the page holds.
//!
//! An export is of the corpus's latest revision: the worker answers in order, so one asked for while a
//! newer revision is being analysed waits for that analysis. The worker keeps the last analysis it sent
//! (when it was not a large one, `crate::reply_parts`), so an export of the corpus on screen is written
//! at once; otherwise, and in the page's own module when no worker can start, the corpus is analysed
//! again first (the analysis is deterministic: the same file either way), and the page says so for a
//! large corpus, where that takes seconds.

use crate::analysis_worker::AnalysisRequest;
use parallax_core::{Analysis, ArticleMeta};
use serde::{Deserialize, Serialize};

/// A file written from the analysis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ExportFile {
    Analysis,
    Report,
    Csv,
}

impl ExportFile {
    /// The download's file name for a corpus whose name gives `slug`, and its media type.
    pub fn name_and_type(self, slug: &str) -> (String, &'static str) {
        match self {
            ExportFile::Analysis => (format!("{slug}-analysis.json"), "application/json"),
            ExportFile::Report => (format!("{slug}-report.md"), "text/markdown"),
            ExportFile::Csv => (format!("{slug}-facts.csv"), "text/csv"),
        }
    }
}

/// An export of the corpus in `request` (its articles and verdicts, in case the module must analyse it
/// again), named `name`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ExportRequest {
    pub file: ExportFile,
    pub name: String,
    pub request: AnalysisRequest,
}

/// The text of `file` for the corpus `name` with articles `meta` and analysis `analysis`.
pub fn export_text(file: ExportFile, name: &str, analysis: &Analysis, meta: &[ArticleMeta]) -> String {
    match file {
        ExportFile::Analysis => analysis.to_json(),
        ExportFile::Report => parallax_core::report::markdown_report(name, analysis, meta),
        ExportFile::Csv => parallax_core::report::facts_csv(analysis),
    }
}

/// The text of the export `order`, with `kept` (an analysis of some corpus revision) used when it is
/// the analysis of the revision asked for.
pub fn write_export(order: &ExportRequest, kept: Option<&(String, u64, Analysis)>) -> String {
    let request = &order.request;
    let meta: Vec<ArticleMeta> = request.sources.iter().map(|s| s.meta.clone()).collect();
    let fresh;
    let analysis = match kept {
        Some((corpus, revision, analysis)) if *corpus == request.corpus && *revision == request.revision => analysis,
        _ => {
            fresh = parallax_core::analyze_judged(&request.sources, &request.verdicts);
            &fresh
        }
    };
    export_text(order.file, &order.name, analysis, &meta)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_export_is_the_same_file_from_the_kept_analysis_and_from_a_fresh_one() {
        let sources = crate::state::test_corpus::port_strike();
        let request = AnalysisRequest { corpus: "c".into(), revision: 3, sources, verdicts: vec![] };
        let analysis = parallax_core::analyze(&request.sources);
        // Another analysis (of the first article alone), to tell which one an export was written from.
        let other = parallax_core::analyze(&request.sources[..1]);
        for file in [ExportFile::Analysis, ExportFile::Report, ExportFile::Csv] {
            let order = ExportRequest { file, name: "Port strike".into(), request: request.clone() };
            let fresh = write_export(&order, None);
            assert_eq!(write_export(&order, Some(&("c".to_string(), 3, analysis.clone()))), fresh, "{file:?}");
            // The kept analysis of the revision asked for is used as it is, not made again.
            let kept = ("c".to_string(), 3, other.clone());
            let meta: Vec<ArticleMeta> = request.sources.iter().map(|s| s.meta.clone()).collect();
            assert_eq!(write_export(&order, Some(&kept)), export_text(file, "Port strike", &other, &meta));
            // Another revision's, or another corpus's, is not.
            assert_eq!(write_export(&order, Some(&("c".to_string(), 2, other.clone()))), fresh, "{file:?}");
            assert_eq!(write_export(&order, Some(&("d".to_string(), 3, other.clone()))), fresh, "{file:?}");
        }
        let order = ExportRequest { file: ExportFile::Analysis, name: "x".into(), request };
        assert_eq!(write_export(&order, None), analysis.to_json(), "the analysis JSON is the command line's");
        assert_eq!(ExportFile::Csv.name_and_type("port-strike"), ("port-strike-facts.csv".into(), "text/csv"));
    }
}
