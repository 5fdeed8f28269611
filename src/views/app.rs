//! The root component: owns the reducer and wires the browser to it — loads the reader's corpora from
//! the store and the bundled corpus from the server, sends the current corpus to the analysis worker,
//! saves corpora that changed, reads imported files (picker, drop, paste), offers exports, keeps the URL
//! fragment in step with the view (deep links), and picks the page.

use crate::analysis_worker::{AnalysisReply, AnalysisRequest, AnalysisWorker, Json, WORKER_LOADER};
use crate::export::download;
use crate::import::{pasted, read_files};
use crate::loader::load_bundled_corpus;
use crate::state::library::BUNDLED_ID;
use crate::state::{Action, AppState, CorpusState, MessageKind, Move, Page, SentenceRef};
use crate::storage::{remember_current, remembered_current, Store};
use crate::views::compare::Compare;
use crate::views::differences::DifferencesPage;
use crate::views::header::{ExportKind, Header, ImportKind};
use crate::views::library::ManageDialog;
use crate::views::messages::{ActionBar, Messages};
use crate::views::notice::Notice;
use crate::views::overview::OverviewPage;
use crate::views::paste::PasteDialog;
use crate::views::people::PeoplePage;
use crate::views::quotes::QuotesPage;
use gloo::worker::{Spawnable, WorkerBridge};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

fn current_fragment() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

/// Replaces the URL fragment without adding a history entry.
fn write_fragment(fragment: &str) {
    let window = gloo::utils::window();
    let location = window.location();
    let base = format!("{}{}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default());
    let url = if fragment.is_empty() { base } else { format!("{base}#{fragment}") };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// Splits `c=<corpus id>` off a fragment: (corpus, the rest for the view).
fn split_corpus(fragment: &str) -> (Option<String>, String) {
    let body = fragment.trim_start_matches('#');
    let mut corpus = None;
    let rest: Vec<&str> = body
        .split('&')
        .filter(|part| match part.strip_prefix("c=") {
            Some(id) => {
                corpus = Some(id.to_string());
                false
            }
            None => !part.is_empty(),
        })
        .collect();
    (corpus, rest.join("&"))
}

fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// "Port strike, 2 March" → "port-strike-2-march" for file names.
fn slug(name: &str) -> String {
    let s: String = name.chars().map(|c| if c.is_alphanumeric() { c.to_ascii_lowercase() } else { '-' }).collect();
    let s = s.split('-').filter(|p| !p.is_empty()).take(8).collect::<Vec<_>>().join("-");
    if s.is_empty() {
        "corpus".into()
    } else {
        s
    }
}

/// The files of a drop or a file input.
fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

type Bridge = Rc<RefCell<Option<WorkerBridge<AnalysisWorker>>>>;

/// How long the worker may take to answer for the first time before the page analyses by itself.
const WORKER_GRACE_MS: u32 = 10_000;

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer_eq(AppState::default);
    let dispatcher = state.dispatcher();
    let store = use_mut_ref(|| None::<Store>);
    // Revision and name of each corpus as last saved (or loaded): only changes are written, and a
    // failed deletion can name the corpus.
    let saved = use_mut_ref(HashMap::<String, (u64, String)>::new);
    let bridge: Bridge = use_mut_ref(|| None);
    // Whether the worker has ever answered: if it never does (its script blocked or missing), the
    // analysis runs on the page instead of leaving the reader waiting.
    let worker_alive = use_mut_ref(|| false);
    let update_ready = use_state(|| false);
    let dialog = use_state(|| None::<&'static str>);
    let dragging = use_state(|| false);
    let file_input = use_node_ref();

    // Start: the worker, the store (the reader's corpora), then the bundled corpus; the service worker.
    {
        let (dispatcher, store, saved, bridge, update_ready, alive) = (
            dispatcher.clone(),
            store.clone(),
            saved.clone(),
            bridge.clone(),
            update_ready.clone(),
            worker_alive.clone(),
        );
        use_effect_with((), move |_| {
            let (reopen, view) = split_corpus(&current_fragment());
            dispatcher.dispatch(Action::Start { fragment: view });
            let d = dispatcher.clone();
            let worker = AnalysisWorker::spawner()
                .encoding::<Json>()
                .callback(move |reply: AnalysisReply| {
                    *alive.borrow_mut() = true;
                    match reply {
                        AnalysisReply::Progress { corpus, revision, stage } => {
                            d.dispatch(Action::AnalysisProgress { corpus, revision, stage })
                        }
                        AnalysisReply::Done { corpus, revision, analysis } => {
                            d.dispatch(Action::AnalysisDone { corpus, revision, analysis: Rc::new(*analysis) })
                        }
                    }
                })
                .spawn_with_loader(WORKER_LOADER);
            *bridge.borrow_mut() = Some(worker);
            wasm_bindgen_futures::spawn_local(async move {
                match Store::open().await {
                    Ok(opened) => {
                        let (records, problems) = opened.load().await;
                        saved.borrow_mut().extend(records.iter().map(|r| (r.id.clone(), (r.revision, r.name.clone()))));
                        *store.borrow_mut() = Some(opened);
                        let reopen = reopen.or_else(remembered_current);
                        dispatcher.dispatch(Action::LibraryLoaded { records, problems, reopen });
                    }
                    Err(message) => dispatcher.dispatch(Action::StorageProblem { message, unavailable: true }),
                }
                match load_bundled_corpus().await {
                    Ok((record, problems)) => dispatcher.dispatch(Action::BundledLoaded { record, problems }),
                    Err(message) => dispatcher.dispatch(Action::CorpusFailed(message)),
                }
            });
            crate::offline::register(move || update_ready.set(true));
        });
    }

    // The current corpus goes to the worker whenever the screen does not show its latest revision.
    {
        let record = state.needs_analysis().cloned();
        let wanted = record.as_ref().map(|r| (r.id.clone(), r.revision));
        let (bridge, dispatcher, alive) = (bridge.clone(), dispatcher.clone(), worker_alive.clone());
        use_effect_with(wanted, move |wanted| {
            if let (Some((corpus, revision)), Some(record)) = (wanted.clone(), record) {
                dispatcher.dispatch(Action::AnalysisProgress {
                    corpus: corpus.clone(),
                    revision,
                    stage: parallax_core::Stage::Reading,
                });
                if let Some(worker) = bridge.borrow().as_ref() {
                    worker.send(AnalysisRequest { corpus: corpus.clone(), revision, sources: record.sources() });
                }
                if !*alive.borrow() {
                    gloo::timers::callback::Timeout::new(WORKER_GRACE_MS, move || {
                        if *alive.borrow() {
                            return;
                        }
                        let analysis = Rc::new(parallax_core::analyze(&record.sources()));
                        dispatcher.dispatch(Action::AnalysisDone { corpus, revision, analysis });
                        dispatcher.dispatch(Action::Notify {
                            kind: MessageKind::Warning,
                            title: "The background analysis did not start".into(),
                            lines: vec!["Parallax analysed the articles on the page instead; with many articles the \
                                         page may pause while it does."
                                .into()],
                        });
                    })
                    .forget();
                }
            }
        });
    }

    // Corpora that changed are saved; deleted ones are removed from the store.
    {
        let revisions: Vec<(String, u64)> =
            state.library.iter().filter(|r| !r.read_only).map(|r| (r.id.clone(), r.revision)).collect();
        let (library, store, saved, dispatcher) =
            (state.library.clone(), store.clone(), saved.clone(), dispatcher.clone());
        use_effect_with(revisions, move |revisions| {
            let Some(store) = store.borrow().clone() else { return };
            let mut saved_now = saved.borrow_mut();
            for (id, revision) in revisions {
                if saved_now.get(id).map(|s| s.0) != Some(*revision) {
                    let Some(record) = library.iter().find(|r| &r.id == id).cloned() else { continue };
                    saved_now.insert(id.clone(), (*revision, record.name.clone()));
                    let (store, dispatcher) = (store.clone(), dispatcher.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        if let Err(message) = store.put(&record).await {
                            dispatcher.dispatch(Action::StorageProblem { message, unavailable: false });
                        }
                    });
                }
            }
            let gone: Vec<String> =
                saved_now.keys().filter(|id| !revisions.iter().any(|(r, _)| r == *id)).cloned().collect();
            for id in gone {
                let name = saved_now.remove(&id).map(|s| s.1).unwrap_or_else(|| id.clone());
                let (store, dispatcher) = (store.clone(), dispatcher.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    if let Err(message) = store.delete(&id, &name).await {
                        dispatcher.dispatch(Action::StorageProblem { message, unavailable: false });
                    }
                });
            }
        });
    }

    // The corpus open is remembered for the next visit.
    use_effect_with(state.current.clone(), |current| {
        if let Some(id) = current {
            remember_current(id);
        }
    });

    // The URL fragment follows the view, so a copied URL reopens it.
    {
        let shown = match &state.corpus {
            CorpusState::Ready(c) => Some((c.corpus_id.clone(), c.analysis.documents.len())),
            _ => None,
        };
        use_effect_with((state.visible.clone(), state.pinned, shown, state.page), |(visible, pinned, shown, page)| {
            if let Some((corpus, count)) = shown {
                let view = crate::state::ViewFragment::render(visible, *count, *pinned, *page);
                let fragment = match (corpus.as_str(), view.is_empty()) {
                    (BUNDLED_ID, _) => view,
                    (id, true) => format!("c={id}"),
                    (id, false) => format!("c={id}&{view}"),
                };
                write_fragment(&fragment);
            }
        });
    }

    // Files dropped anywhere on the page are imported.
    let import_files = {
        let dispatcher = dispatcher.clone();
        Callback::from(move |files: Vec<web_sys::File>| {
            if files.is_empty() {
                return;
            }
            let dispatcher = dispatcher.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let items = read_files(files).await;
                dispatcher.dispatch(Action::Import { items, stamp: now_ms() });
            });
        })
    };
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            let has_files =
                e.data_transfer().is_some_and(|d| d.types().iter().any(|t| t.as_string().as_deref() == Some("Files")));
            if has_files {
                e.prevent_default();
                if !*dragging {
                    dragging.set(true);
                }
            }
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            // Leaving the window (not moving between children) ends the drag highlight.
            if e.related_target().is_none() {
                dragging.set(false);
            }
        })
    };
    let ondrop = {
        let (dragging, import_files) = (dragging.clone(), import_files.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            import_files.emit(files_of(e.data_transfer().and_then(|d| d.files())));
        })
    };
    let on_file_chosen = {
        let import_files = import_files.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                import_files.emit(files_of(input.files()));
                input.set_value("");
            }
        })
    };
    let on_import = {
        let (dialog, file_input) = (dialog.clone(), file_input.clone());
        Callback::from(move |kind: ImportKind| match kind {
            ImportKind::Paste => dialog.set(Some("paste")),
            ImportKind::Files => {
                if let Some(input) = file_input.cast::<web_sys::HtmlElement>() {
                    input.click();
                }
            }
        })
    };

    let d = dispatcher.clone();
    let on_toggle = use_callback((), move |doc: usize, _| d.dispatch(Action::ToggleSource(doc)));
    let d = dispatcher.clone();
    let on_move = use_callback((), move |(doc, step): (usize, i32), _| d.dispatch(Action::MoveSource(doc, step)));
    let d = dispatcher.clone();
    let on_hover = use_callback((), move |at: Option<SentenceRef>, _| d.dispatch(Action::Hover(at)));
    let d = dispatcher.clone();
    let on_pin = use_callback((), move |at: SentenceRef, _| d.dispatch(Action::Pin(at)));
    let d = dispatcher.clone();
    let on_unpin = use_callback((), move |_: (), _| d.dispatch(Action::Unpin));
    let d = dispatcher.clone();
    let on_step = use_callback((), move |step: Move, _| d.dispatch(Action::Step(step)));
    let d = dispatcher.clone();
    let on_show_narrow = use_callback((), move |doc: usize, _| d.dispatch(Action::ShowNarrow(doc)));
    let d = dispatcher.clone();
    let on_toggle_wording = use_callback((), move |_: (), _| d.dispatch(Action::ToggleWording));
    let d = dispatcher.clone();
    let on_page = use_callback((), move |page: Page, _| d.dispatch(Action::ShowPage(page)));
    let d = dispatcher.clone();
    let on_compare_pair = use_callback((), move |(a, b): (usize, usize), _| d.dispatch(Action::ComparePair(a, b)));
    let d = dispatcher.clone();
    let on_open_sentence = use_callback((), move |at: SentenceRef, _| d.dispatch(Action::OpenSentence(at)));
    let d = dispatcher.clone();
    let on_toggle_punctuation = use_callback((), move |_: (), _| d.dispatch(Action::TogglePunctuation));
    let d = dispatcher.clone();
    let on_switch = Callback::from(move |id: String| d.dispatch(Action::SwitchCorpus(id)));
    let d = dispatcher.clone();
    let on_dismiss = Callback::from(move |id: u32| d.dispatch(Action::Dismiss(id)));
    let dlg = dialog.clone();
    let on_manage = Callback::from(move |_: ()| dlg.set(Some("manage")));
    let dlg = dialog.clone();
    let close_dialog = Callback::from(move |_: ()| dlg.set(None));

    let on_export = {
        let (state, dispatcher) = (state.clone(), dispatcher.clone());
        Callback::from(move |kind: ExportKind| {
            let CorpusState::Ready(corpus) = &state.corpus else { return };
            let name = slug(&corpus.name);
            let result = match kind {
                ExportKind::Analysis => {
                    download(&format!("{name}-analysis.json"), "application/json", &corpus.analysis.to_json())
                }
                ExportKind::Report => download(
                    &format!("{name}-report.md"),
                    "text/markdown",
                    &parallax_core::report::markdown_report(&corpus.name, &corpus.analysis, &corpus.meta),
                ),
                ExportKind::Csv => download(
                    &format!("{name}-facts.csv"),
                    "text/csv",
                    &parallax_core::report::facts_csv(&corpus.analysis),
                ),
                ExportKind::Corpus => match state.record(&corpus.corpus_id) {
                    Some(record) => {
                        download(&format!("{name}.parallax.json"), "application/json", &record.to_bundle().to_json())
                    }
                    None => Err("the corpus is no longer open".into()),
                },
            };
            if let Err(message) = result {
                dispatcher.dispatch(Action::Notify {
                    kind: MessageKind::Error,
                    title: "The export failed".into(),
                    lines: vec![message],
                });
            }
        })
    };

    let modal = match (*dialog, state.current_record()) {
        (Some("paste"), _) => {
            let (d, dlg) = (dispatcher.clone(), dialog.clone());
            let on_add = Callback::from(move |(label, outlet, date, text): (String, String, String, String)| {
                d.dispatch(Action::Import { items: vec![pasted(&label, &outlet, &date, &text)], stamp: now_ms() });
                dlg.set(None);
            });
            html! { <PasteDialog {on_add} on_close={close_dialog.clone()} /> }
        }
        (Some("manage"), Some(record)) => {
            let id = record.id.clone();
            let (d, i) = (dispatcher.clone(), id.clone());
            let on_rename = Callback::from(move |name: String| d.dispatch(Action::RenameCorpus(i.clone(), name)));
            let (d, i) = (dispatcher.clone(), id.clone());
            let on_duplicate =
                Callback::from(move |_: ()| d.dispatch(Action::DuplicateCorpus { id: i.clone(), stamp: now_ms() }));
            let (d, i, dlg) = (dispatcher.clone(), id, dialog.clone());
            let on_delete = Callback::from(move |_: ()| {
                d.dispatch(Action::DeleteCorpus(i.clone()));
                dlg.set(None);
            });
            let d = dispatcher.clone();
            let on_remove_article = Callback::from(move |article: u32| d.dispatch(Action::RemoveArticle(article)));
            let d = dispatcher.clone();
            let on_edit_article = Callback::from(move |(id, label, outlet, date): (u32, String, String, String)| {
                d.dispatch(Action::EditArticle { id, label, outlet, date })
            });
            let on_add = on_import.reform(|_: ()| ImportKind::Files);
            html! {
                <ManageDialog record={record.clone()} {on_rename} {on_duplicate} {on_delete} {on_remove_article}
                    {on_edit_article} {on_add} on_close={close_dialog.clone()} />
            }
        }
        _ => html! {},
    };

    let undo_bar = state.undo.as_ref().map(|undo| {
        let d = dispatcher.clone();
        let on_action = Callback::from(move |_: ()| d.dispatch(Action::Undo));
        let d = dispatcher.clone();
        let on_dismiss = Callback::from(move |_: ()| d.dispatch(Action::DismissUndo));
        html! { <ActionBar text={undo.describe()} action="Undo" testid="undo-bar" {on_action} {on_dismiss} /> }
    });
    let update_bar = (*update_ready).then(|| {
        let on_action = Callback::from(|_: ()| crate::offline::apply_update());
        let ur = update_ready.clone();
        let on_dismiss = Callback::from(move |_: ()| ur.set(false));
        html! {
            <ActionBar text="A new version of Parallax is available." action="Reload" testid="update-bar" {on_action} {on_dismiss} />
        }
    });

    let corpora: Vec<(String, String, bool)> =
        state.library.iter().map(|r| (r.id.clone(), r.name.clone(), r.read_only)).collect();
    let messages = html! { <Messages messages={state.messages.clone()} on_dismiss={on_dismiss} /> };
    let body = match &state.corpus {
        CorpusState::Loading => html! {
            <>
                { messages }
                <Notice kind="loading" title="Opening the corpus…" detail="Reading the articles and comparing them." />
            </>
        },
        CorpusState::Failed(message) => html! {
            <>
                { messages }
                <Notice kind="error" title="The corpus could not be opened"
                    detail={format!("{message} You can still bring your own articles: drop .txt, .md or .html files anywhere on this page.")} />
            </>
        },
        CorpusState::Ready(corpus) => {
            let single = corpus.analysis.documents.len() == 1;
            let empty = corpus.analysis.documents.is_empty();
            html! {
                <>
                    <Header
                        corpora={corpora.clone()}
                        current={state.current.clone()}
                        labels={corpus.analysis.documents.iter().map(|d| d.label.clone()).collect::<Vec<_>>()}
                        visible={state.visible.clone()}
                        {on_toggle}
                        {on_move}
                        on_export={on_export.clone()}
                        on_import={on_import.clone()}
                        on_switch={on_switch.clone()}
                        on_manage={on_manage.clone()}
                        progress={state.progress.clone()}
                        page={state.page}
                        {on_page}
                    />
                    { messages }
                    if single {
                        <Notice kind="info" title="Only one article so far"
                            detail="Parallax compares sources: add at least one more article (Import → Files or Paste) to see what they share and where they differ." />
                    }
                    <main id="main" class="main">
                        if empty {
                            <Notice kind="info" title="This corpus has no articles"
                                detail="Import articles (Import → Files…, Paste, or drop files anywhere on this page), undo the removal, or delete the corpus under Articles…." />
                        } else if state.page == Page::Overview {
                            <OverviewPage corpus={corpus.clone()} {on_compare_pair} on_open_sentence={on_open_sentence.clone()} visible={state.visible.clone()} />
                        } else if state.page == Page::Differences {
                            <DifferencesPage corpus={corpus.clone()} on_open_sentence={on_open_sentence.clone()} />
                        } else if state.page == Page::People {
                            <PeoplePage corpus={corpus.clone()} on_open_sentence={on_open_sentence.clone()} />
                        } else if state.page == Page::Quotes {
                            <QuotesPage corpus={corpus.clone()} on_open_sentence={on_open_sentence.clone()} />
                        } else {
                        <Compare
                            corpus={corpus.clone()}
                            visible={state.visible.clone()}
                            hovered={state.hovered}
                            pinned={state.pinned}
                            align_request={state.align_request}
                            narrow_current={state.narrow_current()}
                            show_wording={state.show_wording}
                            show_punctuation={state.show_punctuation}
                            {on_hover}
                            {on_pin}
                            {on_unpin}
                            {on_step}
                            {on_show_narrow}
                            {on_toggle_wording}
                            {on_toggle_punctuation}
                        />
                        }
                    </main>
                </>
            }
        }
    };

    let ready = matches!(state.corpus, CorpusState::Ready(_));
    html! {
        <div class={classes!("app", dragging.then_some("app-dragging"))} data-testid="app" {ondragover} {ondragleave} {ondrop}>
            <input type="file" multiple=true class="visually-hidden" ref={file_input} onchange={on_file_chosen}
                accept=".txt,.md,.markdown,.text,.html,.htm,.xhtml,.json,text/plain,text/markdown,text/html,application/json"
                data-testid="file-input" tabindex="-1" aria-hidden="true" />
            if !ready {
                <header class="topbar"><span class="brand">{ "Parallax" }</span></header>
                <main id="main" class="main">{ body }</main>
            } else {
                { body }
            }
            if *dragging {
                <div class="drop-overlay" aria-hidden="true"><p>{ "Drop articles to import them (.txt, .md, .html, or a Parallax .json corpus)" }</p></div>
            }
            { modal }
            { for undo_bar }
            { for update_bar }
        </div>
    }
}
