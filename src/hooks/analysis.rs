//! The analysis runs in a worker (`src/bin/parallax-worker.rs`) so the page stays responsive: the
//! current corpus is sent whenever the screen does not show its latest revision, and progress and the
//! result come back as actions. If the worker never answers (its script blocked or missing), the page
//! loads the same analysis module for itself (`crate::analysis_module`) after a grace period and says
//! so, rather than leaving the reader waiting; the page's own wasm holds no copy of the analysis. A
//! worker whose module stops mid-request answers "Failed" (`assets/worker-loader.js`), and the reader
//! is told so instead of watching the progress bar forever.

use crate::analysis_exports::{ExportFile, ExportRequest};
use crate::analysis_worker::{
    with_sentence_texts, AnalysisReply, AnalysisRequest, AnalysisWorker, Json, WorkerInput, WORKER_LOADER,
};
use crate::reply_parts::{join, AnalysisPart};
use crate::state::library::CorpusRecord;
use crate::state::{Action, AppState, Derived, MessageKind};
use gloo::worker::{Spawnable, WorkerBridge};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// A corpus's id and revision.
type Revision = (String, u64);
/// The corpus of the latest request sent to the worker, whose reply leaves its sentence texts out.
type Sent = Rc<RefCell<Option<Rc<CorpusRecord>>>>;

/// How long the worker may take to answer for the first time before the page analyses by itself.
const WORKER_GRACE_MS: u32 = 10_000;

/// Starts the worker, its replies becoming actions. Started when the first corpus is to be analysed,
/// not with the page: on a slow connection its module (half a megabyte) would otherwise share the line
/// with the articles themselves, which the reader can read while they are compared.
fn spawn_worker(
    dispatcher: UseReducerDispatcher<AppState>,
    alive: Rc<RefCell<bool>>,
    sent: Sent,
) -> WorkerBridge<AnalysisWorker> {
    // The parts of a large analysis received so far, with the corpus and revision they belong to.
    let parts: RefCell<Option<(Revision, Vec<AnalysisPart>)>> = RefCell::new(None);
    AnalysisWorker::spawner()
        .encoding::<Json>()
        .callback(move |reply: AnalysisReply| {
            *alive.borrow_mut() = true;
            match reply {
                AnalysisReply::Progress { corpus, revision, stage } => {
                    dispatcher.dispatch(Action::AnalysisProgress { corpus, revision, stage })
                }
                AnalysisReply::Part { corpus, revision, part } => {
                    let key = (corpus, revision);
                    let mut parts = parts.borrow_mut();
                    match &mut *parts {
                        Some((of, received)) if *of == key => received.push(*part),
                        _ => *parts = Some((key, vec![*part])),
                    }
                }
                // Read in this task; the sentence texts go back and what the views derive is made in
                // the next (`Derived`), and the analysis is put on screen in a third. For a 10 MB
                // article each is 30–50 ms; in one task they held the page for over 100.
                AnalysisReply::Done { corpus, revision, mut analysis } => {
                    let key = (corpus.clone(), revision);
                    if let Some((_, received)) = parts.borrow_mut().take_if(|(of, _)| *of == key) {
                        join(&mut analysis, received);
                    }
                    let record = sent.borrow_mut().take_if(|r| r.id == corpus && r.revision == revision);
                    let dispatcher = dispatcher.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        super::next_task().await;
                        let mut analysis = Rc::new(*analysis);
                        let derived = match record {
                            Some(record) => {
                                let texts = || record.articles.iter().map(|a| a.text.as_str());
                                analysis = with_sentence_texts(analysis, texts());
                                Some(Derived::new(&analysis, texts()))
                            }
                            None => None,
                        };
                        super::next_task().await;
                        dispatcher.dispatch(Action::AnalysisDone { corpus, revision, analysis, derived });
                    });
                }
                AnalysisReply::Failed { message } => {
                    parts.borrow_mut().take();
                    dispatcher.dispatch(Action::AnalysisFailed { message })
                }
                AnalysisReply::Exported { file, name, text } => deliver(file, &name, &text, &dispatcher),
            }
        })
        .spawn_with_loader(WORKER_LOADER)
}

/// Offers an export the module wrote as a download, or says why it could not.
fn deliver(file: ExportFile, name: &str, text: &str, dispatcher: &UseReducerDispatcher<AppState>) {
    let (file_name, media_type) = file.name_and_type(&crate::export::slug(name));
    if let Err(message) = crate::export::download(&file_name, media_type, text) {
        export_failed(dispatcher, message);
    }
}

/// Tells the reader an export failed, and why.
pub fn export_failed(dispatcher: &UseReducerDispatcher<AppState>, message: String) {
    dispatcher.dispatch(Action::Notify {
        kind: MessageKind::Error,
        title: "The export failed".into(),
        lines: vec![message],
    });
}

/// Runs the analysis of the corpus on screen; the callback it gives writes an export of a corpus's
/// analysis (`crate::analysis_exports`) and offers it as a download.
#[hook]
pub fn use_analysis(state: &UseReducerHandle<AppState>) -> Callback<(ExportFile, Rc<CorpusRecord>)> {
    let dispatcher = state.dispatcher();
    let bridge = use_mut_ref(|| None::<WorkerBridge<AnalysisWorker>>);
    // Whether the worker has ever answered.
    let alive = use_mut_ref(|| false);
    let sent: Sent = use_mut_ref(|| None);
    let export = {
        let (bridge, alive, dispatcher) = (bridge.clone(), alive.clone(), dispatcher.clone());
        use_callback((), move |(file, record): (ExportFile, Rc<CorpusRecord>), _| {
            let order = ExportRequest { file, name: record.name.clone(), request: request_for(&record) };
            // The worker, once it has answered (it then exists); otherwise the page's own module.
            if let Some(worker) = bridge.borrow().as_ref().filter(|_| *alive.borrow()) {
                worker.send(WorkerInput::Export(order));
                return;
            }
            let dispatcher = dispatcher.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match crate::analysis_module::export(&order).await {
                    Ok(AnalysisReply::Exported { file, name, text }) => deliver(file, &name, &text, &dispatcher),
                    Ok(AnalysisReply::Failed { message }) | Err(message) => export_failed(&dispatcher, message),
                    Ok(_) => {}
                }
            });
        })
    };

    // The current corpus goes to the worker whenever the screen does not show its latest revision.
    let record = state.needs_analysis().cloned();
    let wanted = record.as_ref().map(|r| (r.id.clone(), r.revision));
    // The revision last asked for: a request still waiting for its task is dropped once a newer one is.
    let latest = use_mut_ref(|| None::<Revision>);
    use_effect_with(wanted, move |wanted| {
        *latest.borrow_mut() = wanted.clone();
        let (Some((corpus, revision)), Some(record)) = (wanted.clone(), record) else { return };
        dispatcher.dispatch(Action::AnalysisProgress {
            corpus: corpus.clone(),
            revision,
            stage: parallax_core::Stage::Reading,
        });
        // Built and sent in a task of its own (`next_task`): for a 10 MB article, copying the texts
        // and writing the request take tens of milliseconds, which would add to the import's task.
        wasm_bindgen_futures::spawn_local(async move {
            super::next_task().await;
            if latest.borrow().as_ref() != Some(&(corpus.clone(), revision)) {
                return;
            }
            send_request(&bridge, &alive, &sent, &dispatcher, (corpus, revision), &record);
        });
    });
    export
}

/// The analysis request for `record` at its revision.
fn request_for(record: &CorpusRecord) -> AnalysisRequest {
    AnalysisRequest {
        corpus: record.id.clone(),
        revision: record.revision,
        sources: record.sources(),
        verdicts: record.verdicts_by_position(),
    }
}

/// Sends the request for `record` at `revision` to the worker (started the first time); if the worker
/// has never answered, the page analyses it itself after `WORKER_GRACE_MS`.
fn send_request(
    bridge: &Rc<RefCell<Option<WorkerBridge<AnalysisWorker>>>>,
    alive: &Rc<RefCell<bool>>,
    sent: &Sent,
    dispatcher: &UseReducerDispatcher<AppState>,
    (corpus, revision): Revision,
    record: &Rc<CorpusRecord>,
) {
    let (alive, dispatcher) = (alive.clone(), dispatcher.clone());
    *sent.borrow_mut() = Some(record.clone());
    let request = AnalysisRequest { corpus, revision, ..request_for(record) };
    // A copy for the page's own analysis is kept only while the worker has never answered.
    let fallback = (!*alive.borrow()).then(|| request.clone());
    bridge
        .borrow_mut()
        .get_or_insert_with(|| spawn_worker(dispatcher.clone(), alive.clone(), sent.clone()))
        .send(WorkerInput::Analyse(request));
    if let Some(request) = fallback {
        gloo::timers::callback::Timeout::new(WORKER_GRACE_MS, move || {
            if *alive.borrow() {
                return;
            }
            wasm_bindgen_futures::spawn_local(async move {
                match crate::analysis_module::analyse(&request).await {
                    Ok(AnalysisReply::Done { corpus, revision, analysis }) => {
                        dispatcher.dispatch(Action::AnalysisDone {
                            corpus,
                            revision,
                            analysis: Rc::new(*analysis),
                            derived: None,
                        });
                        dispatcher.dispatch(Action::Notify {
                            kind: MessageKind::Warning,
                            title: "The background analysis did not start".into(),
                            lines: vec!["Parallax analysed the articles on the page instead; with many articles \
                                         the page may pause while it does."
                                .into()],
                        });
                    }
                    Ok(AnalysisReply::Failed { message }) | Err(message) => {
                        dispatcher.dispatch(Action::AnalysisFailed { message })
                    }
                    Ok(_) => {}
                }
            });
        })
        .forget();
    }
}
