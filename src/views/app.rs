//! The root component: owns the reducer, starts loading the bundled corpus, and picks the page.

use crate::export::download;
use crate::loader::load_bundled_corpus;
use crate::state::{Action, AppState, CorpusState};
use crate::views::compare::Compare;
use crate::views::header::Header;
use crate::views::notice::Notice;
use std::rc::Rc;
use yew::prelude::*;

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(AppState::default);

    {
        let state = state.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                match load_bundled_corpus().await {
                    Ok(corpus) => state.dispatch(Action::CorpusLoaded(Rc::new(corpus))),
                    Err(message) => state.dispatch(Action::CorpusFailed(message)),
                }
            });
        });
    }

    let on_toggle = {
        let state = state.clone();
        Callback::from(move |doc: usize| state.dispatch(Action::ToggleSource(doc)))
    };
    let on_move = {
        let state = state.clone();
        Callback::from(move |(doc, step): (usize, i32)| {
            state.dispatch(Action::MoveSource(doc, step))
        })
    };
    let export_error = use_state(|| None::<String>);

    let body = match &state.corpus {
        CorpusState::Loading => {
            html! { <Notice kind="loading" title="Opening the corpus…" detail="Reading the bundled articles and comparing them." /> }
        }
        CorpusState::Failed(message) => html! {
            <Notice kind="error" title="The corpus could not be opened" detail={message.clone()} />
        },
        CorpusState::Ready(corpus) => {
            let on_export = {
                let corpus = corpus.clone();
                let export_error = export_error.clone();
                Callback::from(move |_| {
                    let json = corpus.analysis.to_json();
                    export_error
                        .set(download("parallax-analysis.json", "application/json", &json).err());
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
                    />
                    if let Some(message) = (*export_error).clone() {
                        <Notice kind="error" title="The export failed" detail={message} />
                    }
                    { for corpus.problems.iter().map(|p| html! { <Notice kind="warning" title="A file is missing from the corpus" detail={p.clone()} /> }) }
                    <Compare corpus={corpus.clone()} visible={state.visible.clone()} />
                </>
            }
        }
    };

    html! {
        <div class="app">
            if !matches!(state.corpus, CorpusState::Ready(_)) {
                <header class="topbar"><span class="brand">{ "Parallax" }</span></header>
            }
            <main id="main" class="main">{ body }</main>
        </div>
    }
}
