//! The root component, composition only: the reducer, the browser hooks (`src/hooks`: deep link, the
//! corpora in the store, the analysis worker, the update check), the dialogs and bars, and the page
//! chosen. Imports (picker, drop, paste) are read here because they need the DOM event, and the export
//! menu's choice starts its file (the corpus file written here, the others by the analysis module,
//! `crate::analysis_exports`); what they mean is decided in `state`.

use crate::analysis_exports::ExportFile;
use crate::export::{download, slug};
use crate::hooks::analysis::{export_failed, use_analysis};
use crate::hooks::library::use_library;
use crate::hooks::update::use_update_check;
use crate::hooks::url::use_deep_link;
use crate::import::{pasted, read_files};
use crate::state::{Action, AppState, CorpusState, MessageKind, Page, SentenceRef};
use crate::views::compare::Compare;
use crate::views::differences::DifferencesPage;
use crate::views::header::{ExportKind, Header, ImportKind};
use crate::views::library::ManageDialog;
use crate::views::messages::{ActionBar, Messages};
use crate::views::notice::Notice;
use crate::views::overview::OverviewPage;
use crate::views::paste::PasteDialog;
use crate::views::people::PeoplePage;
use crate::views::preview::Preview;
use crate::views::quotes::QuotesPage;
use crate::views::timeline::TimelinePage;
use crate::views::verdicts::VerdictsPage;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The state as Yew's reducer: every action goes through [`AppState::apply`] (here, so `state` names no
/// web crate).
impl Reducible for AppState {
    type Action = Action;
    fn reduce(self: std::rc::Rc<Self>, action: Action) -> std::rc::Rc<Self> {
        std::rc::Rc::new((*self).clone().apply(action))
    }
}

fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// The files of a drop or a file input.
fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer_eq(AppState::default);
    let dispatcher = state.dispatcher();
    // The browser's side of the state, each in a hook of its own (src/hooks): the deep link first, so
    // the view it names is waiting when the first analysis arrives.
    let reopen = use_deep_link(&state);
    let export_analysis = use_analysis(&state);
    use_library(&state, reopen);
    let update_ready = use_update_check();
    let dialog = use_state(|| None::<&'static str>);
    let dragging = use_state(|| false);
    let file_input = use_node_ref();

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

    // Views send what the reader did as actions; one stable callback for all of them.
    let d = dispatcher.clone();
    let on_action = use_callback((), move |action: Action, _| d.dispatch(action));
    let on_compare_pair = on_action.reform(|(a, b): (usize, usize)| Action::ComparePair(a, b));
    let on_open_sentence = use_callback(on_action.clone(), |at: SentenceRef, on| on.emit(Action::OpenSentence(at)));
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
            let failed = |message: String| export_failed(&dispatcher, message);
            let Some(record) = state.record(&corpus.corpus_id) else {
                return failed("the corpus is no longer open".into());
            };
            // The corpus file is written here; the files written from the analysis come from the
            // analysis module (`crate::analysis_exports`).
            let file = match kind {
                ExportKind::Corpus => {
                    let name = format!("{}.parallax.json", slug(&corpus.name));
                    return download(&name, "application/json", &record.to_bundle().to_json()).unwrap_or_else(failed);
                }
                ExportKind::Analysis => ExportFile::Analysis,
                ExportKind::Report => ExportFile::Report,
                ExportKind::Csv => ExportFile::Csv,
            };
            if crate::reply_parts::is_large(&corpus.analysis) {
                // The worker does not keep a large analysis (`crate::analysis_exports`).
                dispatcher.dispatch(Action::Notify {
                    kind: MessageKind::Info,
                    title: "Preparing the export".into(),
                    lines: vec!["For a corpus this large the articles are compared again to write the file: it \
                                 downloads in a few seconds."
                        .into()],
                });
            }
            export_analysis.emit((file, record.clone()));
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

    let undo_bar = state.corpora.undo.as_ref().map(|undo| {
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
        state.corpora.library.iter().map(|r| (r.id.clone(), r.name.clone(), r.read_only)).collect();
    let messages = html! { <Messages messages={state.messages.list.clone()} on_dismiss={on_dismiss} /> };
    let body = match &state.corpus {
        CorpusState::Loading => html! {
            <>
                { messages }
                // The articles themselves, to read while they are compared.
                if let Some(record) = state.current_record().filter(|r| !r.articles.is_empty()) {
                    <Notice kind="loading" title="Comparing the articles…"
                        detail="Read them meanwhile: what they share and where they differ appears when the comparison is ready." />
                    <Preview record={record.clone()} />
                } else {
                    <Notice kind="loading" title="Opening the corpus…" detail="Reading the articles and comparing them." />
                }
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
                        current={state.corpora.current.clone()}
                        labels={corpus.analysis.documents.iter().map(|d| d.label.clone()).collect::<Vec<_>>()}
                        verdicts={corpus.analysis.verdicts.len()}
                        timeline={!corpus.analysis.timeline.is_empty()}
                        place={state.place.clone()}
                        progress={state.progress.clone()}
                        on_action={on_action.clone()}
                        on_export={on_export.clone()}
                        on_import={on_import.clone()}
                        on_manage={on_manage.clone()}
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
                        } else if state.place.page == Page::Overview {
                            <OverviewPage corpus={corpus.clone()} {on_compare_pair} on_open_sentence={on_open_sentence.clone()} visible={state.place.visible.clone()} />
                        } else if state.place.page == Page::Differences {
                            <DifferencesPage corpus={corpus.clone()} on_open_sentence={on_open_sentence.clone()} on_action={on_action.clone()} />
                        } else if state.place.page == Page::People {
                            <PeoplePage corpus={corpus.clone()} on_open_sentence={on_open_sentence.clone()} on_action={on_action.clone()} />
                        } else if state.place.page == Page::Quotes {
                            <QuotesPage corpus={corpus.clone()} on_open_sentence={on_open_sentence.clone()} on_action={on_action.clone()} />
                        } else if state.place.page == Page::Timeline {
                            <TimelinePage corpus={corpus.clone()} on_open_sentence={on_open_sentence.clone()} />
                        } else if state.place.page == Page::Verdicts {
                            <VerdictsPage corpus={corpus.clone()} on_open_sentence={on_open_sentence.clone()} on_action={on_action.clone()} />
                        } else {
                            <Compare corpus={corpus.clone()} place={state.place.clone()} on_action={on_action.clone()} />
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
                <header class="topbar"><h1 class="brand">{ "Parallax" }</h1></header>
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
