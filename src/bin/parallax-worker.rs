//! The analysis module's entry point. Trunk builds this binary as a Web Worker (`data-type="worker"`),
//! and the page sends it corpora to analyse off the main thread; a second instance reads imported files
//! (`crate::reader_worker`). The page loads this same module for itself (`assets/page-analysis.js`,
//! `crate::analysis_module`) only when no worker can start, to read, to analyse and to export: the
//! analysis, the encoding tables and the export writers ship once, here, and never in the page's own
//! module. Wherever it runs, it first installs the browser's Unicode normalisation for the core's accent
//! folding (`parallax_app::browser_unicode`).

use wasm_bindgen::prelude::*;

fn main() {
    parallax_app::browser_unicode::install();
    if parallax_app::analysis_worker::in_worker() {
        parallax_app::analysis_worker::register();
    }
}

/// An imported file's bytes read by the core's rules: a JSON `ReadReply`, in UTF-8 bytes.
#[wasm_bindgen]
pub fn read_file_on_page(name: &str, bytes: &[u8]) -> Vec<u8> {
    parallax_app::analysis_worker::read_file_json(name, bytes)
}

/// A JSON `AnalysisRequest` analysed on the calling thread: a JSON `AnalysisReply`.
#[wasm_bindgen]
pub fn analyse_on_page(request: &str) -> String {
    parallax_app::analysis_worker::analyse_json(request)
}

/// A JSON `ExportRequest` written on the calling thread: a JSON `AnalysisReply` (`Exported`).
#[wasm_bindgen]
pub fn export_on_page(request: &str) -> String {
    parallax_app::analysis_worker::export_json(request)
}
