//! The analysis module's side of the page ↔ module boundary. The module (`src/bin/parallax-worker.rs`)
//! is the one place that holds the analysis and the decoding of imported files; it runs as a Web
//! Worker (gloo-worker), so the page stays responsive while a large corpus is analysed; a second
//! instance reads imported files (`crate::reader_worker`), and the page loads the same module for
//! itself (`crate::analysis_module`) only when no worker can start, to read, to analyse and to export
//! (`crate::analysis_exports`). The page sends the articles with a request number; the worker answers
//! with a progress message as each stage starts and then the analysis. Messages travel as JSON (the
//! analysis model skips empty optional fields, which a binary codec such as bincode cannot round-trip)
//! in UTF-8 bytes both ways, copied from one module's memory to the other's as they are: a JS string
//! of the 37 MB analysis of a 10 MB article took 0.1 s to convert, and the request for that article,
//! sent as text, held the page for 40–55 ms. `assets/worker-loader.js` reads a request's first bytes
//! to answer a request the module could not. A reply leaves out each sentence's text: the page holds
//! the articles and puts it back from the sentence's offsets (`with_sentence_texts`), so the largest
//! part of a reply is not sent, copied and read for nothing. A large analysis comes in parts, each read
//! in a task of its own (`crate::reply_parts`).

use crate::analysis_exports::{write_export, ExportFile, ExportRequest};
use crate::reply_parts::{split_off, AnalysisPart};
use gloo::worker::{Codec, HandlerId, Worker, WorkerScope};
use parallax_core::bundle::CorpusBundle;
use parallax_core::{analyze_with_progress, Analysis, SourceText, Stage, Verdict};
use serde::{Deserialize, Serialize};
use wasm_bindgen::{JsCast, JsValue};

/// The script that starts the worker (`assets/worker-loader.js`), relative to the page.
pub const WORKER_LOADER: &str = "./worker-loader.js";

/// JSON in UTF-8 bytes as the message format between page and worker.
pub struct Json;

impl Codec for Json {
    fn encode<I: Serialize>(input: I) -> JsValue {
        let bytes = serde_json::to_vec(&input).expect("worker messages serialise");
        js_sys::Uint8Array::from(bytes.as_slice()).into()
    }

    // Every message is read from bytes; text (the loader's "Failed" reply) as its UTF-8, so that one
    // reader of each message type is compiled into the wasm, not one for text and another for bytes.
    fn decode<O: for<'de> Deserialize<'de>>(input: JsValue) -> O {
        let read = match input.as_string() {
            Some(text) => serde_json::from_slice(text.as_bytes()),
            None => serde_json::from_slice(&js_sys::Uint8Array::new(&input).to_vec()),
        };
        read.expect("worker messages come from this build")
    }
}

/// Empties every sentence's text (what a reply leaves out; see the module doc).
fn without_sentence_texts(analysis: &mut Analysis) {
    for sentence in analysis.documents.iter_mut().flat_map(|d| d.sentences.iter_mut()) {
        sentence.text = String::new();
    }
}

/// Puts back the sentence texts a reply left out, from the texts of the articles analysed (in document
/// order). An analysis that has them is returned as it is.
pub fn with_sentence_texts<'a>(
    analysis: std::rc::Rc<Analysis>,
    texts: impl IntoIterator<Item = &'a str>,
) -> std::rc::Rc<Analysis> {
    let left_out =
        |a: &Analysis| a.documents.iter().any(|d| d.sentences.iter().any(|s| s.text.is_empty() && s.end > s.start));
    if !left_out(&analysis) {
        return analysis;
    }
    let mut analysis = analysis;
    let filled = std::rc::Rc::make_mut(&mut analysis);
    for (document, text) in filled.documents.iter_mut().zip(texts) {
        for sentence in document.sentences.iter_mut().filter(|s| s.text.is_empty()) {
            sentence.text = text.get(sentence.start..sentence.end).unwrap_or_default().to_string();
        }
    }
    analysis
}

/// A corpus to analyse; its id and revision come back with every reply so stale answers are dropped.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AnalysisRequest {
    pub corpus: String,
    pub revision: u64,
    pub sources: Vec<SourceText>,
    /// The reader's verdicts, by article position in `sources`.
    #[serde(default)]
    pub verdicts: Vec<Verdict>,
}

/// What the page asks of the worker.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum WorkerInput {
    Analyse(AnalysisRequest),
    /// A file written from the analysis (`crate::analysis_exports`).
    Export(ExportRequest),
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum AnalysisReply {
    Progress {
        corpus: String,
        revision: u64,
        stage: Stage,
    },
    /// A slice of a large analysis's long lists, sent before its `Done` (`crate::reply_parts`).
    Part {
        corpus: String,
        revision: u64,
        part: Box<AnalysisPart>,
    },
    /// The analysis, or of a large one what its parts left.
    Done {
        corpus: String,
        revision: u64,
        analysis: Box<Analysis>,
    },
    /// The module could not read the request (a page and module of different builds).
    Failed {
        message: String,
    },
    /// An export's text, for the download named after the corpus `name`.
    Exported {
        file: ExportFile,
        name: String,
        text: String,
    },
}

/// The worker keeps the last analysis it sent, with its corpus and revision, unless it was a large one
/// (`crate::reply_parts`): an export of the corpus on screen is then written without analysing again.
#[derive(Default)]
pub struct AnalysisWorker {
    kept: Option<(String, u64, Analysis)>,
}

impl Worker for AnalysisWorker {
    type Message = ();
    type Input = WorkerInput;
    type Output = AnalysisReply;

    fn create(_scope: &WorkerScope<Self>) -> Self {
        AnalysisWorker::default()
    }

    fn update(&mut self, _scope: &WorkerScope<Self>, _msg: ()) {}

    fn received(&mut self, scope: &WorkerScope<Self>, input: WorkerInput, who: HandlerId) {
        let AnalysisRequest { corpus, revision, sources, verdicts } = match input {
            WorkerInput::Analyse(request) => request,
            WorkerInput::Export(order) => {
                let text = write_export(&order, self.kept.as_ref());
                let ExportRequest { file, name, .. } = order;
                scope.respond(who, AnalysisReply::Exported { file, name, text });
                return;
            }
        };
        self.kept = None;
        let mut analysis = analyze_with_progress(&sources, &verdicts, &mut |stage| {
            scope.respond(who, AnalysisReply::Progress { corpus: corpus.clone(), revision, stage });
        });
        if !crate::reply_parts::is_large(&analysis) {
            self.kept = Some((corpus.clone(), revision, analysis.clone()));
        }
        without_sentence_texts(&mut analysis);
        for part in split_off(&mut analysis) {
            scope.respond(who, AnalysisReply::Part { corpus: corpus.clone(), revision, part: Box::new(part) });
        }
        scope.respond(who, AnalysisReply::Done { corpus, revision, analysis: Box::new(analysis) });
    }
}

/// What the module read from an imported file's bytes (`read_file_json`), for the page.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum ReadReply {
    /// Plain text, with how its encoding was found ("UTF-8", "windows-1252, detected").
    Text { text: String, encoding: String },
    /// A saved web page, its markup already defused (no handler or fetching attribute left), for the
    /// page's own parser and the core's extraction rules.
    Html { html: String, encoding: String },
    /// A Parallax corpus file.
    Bundle { bundle: CorpusBundle },
    /// Refused, with the reason in plain words naming the file.
    Refused { message: String },
}

/// Reads an imported file's bytes by the core's rules (kind, size, binary data, encoding): the
/// module's `read_file_on_page` export, JSON in UTF-8 bytes (as the worker's replies: the page copies
/// them into its memory as they are, where the text of a 10 MB article's reply took 20–30 ms to
/// convert).
pub fn read_file_json(name: &str, bytes: &[u8]) -> Vec<u8> {
    use parallax_core::import::{defuse_html, read_file, ReadFile};
    let reply = match read_file(name, bytes) {
        Ok(ReadFile::Text(d)) => ReadReply::Text { encoding: d.describe_encoding(), text: d.text },
        Ok(ReadFile::Html(d)) => ReadReply::Html { encoding: d.describe_encoding(), html: defuse_html(&d.text) },
        Ok(ReadFile::Bundle(bundle)) => ReadReply::Bundle { bundle },
        Err(problem) => ReadReply::Refused { message: problem.message(name) },
    };
    serde_json::to_vec(&reply).expect("read replies serialise")
}

/// Analyses a request on the calling thread and answers with the `Done` reply: the module's
/// `analyse_on_page` export, for a page whose worker could not start.
pub fn analyse_json(request: &str) -> String {
    let reply = match serde_json::from_slice::<AnalysisRequest>(request.as_bytes()) {
        Ok(AnalysisRequest { corpus, revision, sources, verdicts }) => {
            let analysis = parallax_core::analyze_judged(&sources, &verdicts);
            AnalysisReply::Done { corpus, revision, analysis: Box::new(analysis) }
        }
        Err(e) => AnalysisReply::Failed { message: format!("The analysis request could not be read ({e}).") },
    };
    serde_json::to_string(&reply).expect("analysis replies serialise")
}

/// Writes an export on the calling thread: the module's `export_on_page` export, for a page whose
/// worker could not start. `request` is a JSON `ExportRequest`; the answer a JSON `AnalysisReply`.
pub fn export_json(request: &str) -> String {
    let reply = match serde_json::from_slice::<ExportRequest>(request.as_bytes()) {
        Ok(order) => {
            let text = write_export(&order, None);
            AnalysisReply::Exported { file: order.file, name: order.name, text }
        }
        Err(e) => AnalysisReply::Failed { message: format!("The export request could not be read ({e}).") },
    };
    serde_json::to_string(&reply).expect("export replies serialise")
}

/// Whether this code runs in a Web Worker (the module also runs on the page, where it registers
/// nothing).
pub fn in_worker() -> bool {
    js_sys::global().dyn_into::<web_sys::WorkerGlobalScope>().is_ok()
}

/// Runs the worker side (called by the worker binary).
pub fn register() {
    use gloo::worker::Registrable;
    AnalysisWorker::registrar().encoding::<Json>().register();
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::rc::Rc;

    #[test]
    fn a_reply_without_sentence_texts_is_made_whole_from_the_articles() {
        let sources = crate::state::test_corpus::port_strike();
        let whole = parallax_core::analyze(&sources);
        let mut sent = whole.clone();
        without_sentence_texts(&mut sent);
        assert!(sent.documents.iter().flat_map(|d| &d.sentences).all(|s| s.text.is_empty()));
        assert_eq!(sent.documents[0].sentences[1].text, "");
        let texts = || sources.iter().map(|s| s.text.as_str());
        let received = with_sentence_texts(Rc::new(sent), texts());
        assert_eq!(received.documents[0].sentences[1].text, "About 600 dock workers went on strike on Monday.");
        assert_eq!(*received, whole);
        // An analysis with its texts (the page's own, when no worker starts) is kept as it is.
        let own = Rc::new(whole);
        assert!(Rc::ptr_eq(&with_sentence_texts(own.clone(), texts()), &own));
    }
}
