//! The analysis in a Web Worker (gloo-worker), so the page stays responsive while a large corpus is
//! analysed. The page sends the articles with a request number; the worker answers with a progress
//! message as each stage starts and then the analysis. Messages travel as JSON strings: the analysis
//! model skips empty optional fields, which a binary codec such as bincode cannot round-trip.

use gloo::worker::{Codec, HandlerId, Worker, WorkerScope};
use parallax_core::{analyze_with_progress, Analysis, SourceText, Stage, Verdict};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

/// The script that starts the worker (`assets/worker-loader.js`), relative to the page.
pub const WORKER_LOADER: &str = "./worker-loader.js";

/// JSON text as the message format between page and worker.
pub struct Json;

impl Codec for Json {
    fn encode<I: Serialize>(input: I) -> JsValue {
        JsValue::from_str(&serde_json::to_string(&input).expect("worker messages serialise"))
    }

    fn decode<O: for<'de> Deserialize<'de>>(input: JsValue) -> O {
        let text = input.as_string().unwrap_or_default();
        serde_json::from_str(&text).expect("worker messages come from this build")
    }
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

#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum AnalysisReply {
    Progress { corpus: String, revision: u64, stage: Stage },
    Done { corpus: String, revision: u64, analysis: Box<Analysis> },
}

pub struct AnalysisWorker;

impl Worker for AnalysisWorker {
    type Message = ();
    type Input = AnalysisRequest;
    type Output = AnalysisReply;

    fn create(_scope: &WorkerScope<Self>) -> Self {
        AnalysisWorker
    }

    fn update(&mut self, _scope: &WorkerScope<Self>, _msg: ()) {}

    fn received(&mut self, scope: &WorkerScope<Self>, input: AnalysisRequest, who: HandlerId) {
        let AnalysisRequest { corpus, revision, sources, verdicts } = input;
        let analysis = analyze_with_progress(&sources, &verdicts, &mut |stage| {
            scope.respond(who, AnalysisReply::Progress { corpus: corpus.clone(), revision, stage });
        });
        scope.respond(who, AnalysisReply::Done { corpus, revision, analysis: Box::new(analysis) });
    }
}

/// Runs the worker side (called by the worker binary).
pub fn register() {
    use gloo::worker::Registrable;
    AnalysisWorker::registrar().encoding::<Json>().register();
}
