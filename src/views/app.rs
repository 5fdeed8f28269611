//! The root component: owns the reducer, loads the bundled corpus, keeps the URL fragment in step with
//! the view (deep links), and picks the page.

use crate::export::download;
use crate::loader::load_bundled_corpus;
use crate::state::{Action, AppState, CorpusState, Move, Page, SentenceRef, ViewFragment};
use crate::views::compare::Compare;
use crate::views::differences::DifferencesPage;
use crate::views::header::Header;
use crate::views::notice::Notice;
use crate::views::overview::OverviewPage;
use crate::views::people::PeoplePage;
use crate::views::quotes::QuotesPage;
use std::rc::Rc;
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

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer_eq(AppState::default);
    let dispatcher = state.dispatcher();

    {
        let dispatcher = dispatcher.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                match load_bundled_corpus().await {
                    Ok(corpus) => {
                        let sizes: Vec<usize> = corpus.analysis.documents.iter().map(|d| d.sentences.len()).collect();
                        dispatcher.dispatch(Action::CorpusLoaded(Rc::new(corpus)));
                        dispatcher.dispatch(Action::ApplyFragment(ViewFragment::parse(&current_fragment(), &sizes)));
                    }
                    Err(message) => dispatcher.dispatch(Action::CorpusFailed(message)),
                }
            });
        });
    }

    // The URL fragment follows the view, so a copied URL reopens it.
    {
        let ready_count = match &state.corpus {
            CorpusState::Ready(c) => Some(c.analysis.documents.len()),
            _ => None,
        };
        use_effect_with(
            (state.visible.clone(), state.pinned, ready_count, state.page),
            |(visible, pinned, count, page)| {
                if let Some(count) = count {
                    write_fragment(&ViewFragment::render(visible, *count, *pinned, *page));
                }
            },
        );
    }

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
    let d = dispatcher;
    let on_toggle_punctuation = use_callback((), move |_: (), _| d.dispatch(Action::TogglePunctuation));
    let export_error = use_state(|| None::<String>);

    let body = match &state.corpus {
        CorpusState::Loading => html! {
            <Notice kind="loading" title="Opening the corpus…" detail="Reading the bundled articles and comparing them." />
        },
        CorpusState::Failed(message) => html! {
            <Notice kind="error" title="The corpus could not be opened" detail={message.clone()} />
        },
        CorpusState::Ready(corpus) => {
            let on_export = {
                let corpus = corpus.clone();
                let export_error = export_error.clone();
                Callback::from(move |_| {
                    let json = corpus.analysis.to_json();
                    export_error.set(download("parallax-analysis.json", "application/json", &json).err());
                })
            };
            html! {
                <>
                    <Header
                        corpus_name={corpus.name.clone()}
                        labels={corpus.analysis.documents.iter().map(|d| d.label.clone()).collect::<Vec<_>>()}
                        visible={state.visible.clone()}
                        {on_toggle}
                        {on_move}
                        {on_export}
                        page={state.page}
                        {on_page}
                    />
                    if let Some(message) = (*export_error).clone() {
                        <Notice kind="error" title="The export failed" detail={message} />
                    }
                    { for corpus.problems.iter().map(|p| html! {
                        <Notice kind="warning" title="A file is missing from the corpus" detail={p.clone()} />
                    }) }
                    <main id="main" class="main">
                        if state.page == Page::Overview {
                            <OverviewPage corpus={corpus.clone()} {on_compare_pair} on_open_sentence={on_open_sentence.clone()} />
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
        <div class="app">
            if !ready {
                <header class="topbar"><span class="brand">{ "Parallax" }</span></header>
                <main id="main" class="main">{ body }</main>
            } else {
                { body }
            }
        </div>
    }
}
