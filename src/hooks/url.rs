//! The URL fragment, both ways: read when the page opens (the corpus to reopen, and the view to apply
//! to the first analysis shown) and when a link changes it in the open page, and rewritten whenever the
//! view changes, without a history entry, so a copied URL reopens the same view. The grammar is `state::fragment`'s.

use crate::state::fragment::{split_corpus, with_corpus, ViewFragment};
use crate::state::{Action, AppState, CorpusState, Page};
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

/// Keeps the URL and the view in step. Returns the corpus the URL names (to reopen once the reader's
/// corpora are loaded).
#[hook]
pub fn use_deep_link(state: &UseReducerHandle<AppState>) -> Option<String> {
    let opened = use_memo((), |_| split_corpus(&current_fragment()));
    {
        let (dispatcher, view) = (state.dispatcher(), opened.1.clone());
        use_effect_with((), move |_| dispatcher.dispatch(Action::Start { fragment: view }));
    }
    let shown = match &state.corpus {
        CorpusState::Ready(c) => Some((c.corpus_id.clone(), c.analysis.documents.len())),
        _ => None,
    };
    // A link followed into the open page (only the fragment changes, so the page does not reload):
    // its view is applied to the corpus on screen; a link to another corpus reloads the page, which
    // opens that corpus as any link does. (Rewriting the fragment with `replaceState` fires no event.)
    let ready = match &state.corpus {
        CorpusState::Ready(c) => {
            Some((c.corpus_id.clone(), c.analysis.documents.iter().map(|d| d.sentences.len()).collect::<Vec<_>>()))
        }
        _ => None,
    };
    {
        let dispatcher = state.dispatcher();
        use_effect_with(ready, move |ready| {
            let ready = ready.clone();
            let listener = gloo::events::EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                let Some((id, sizes)) = &ready else { return };
                let (corpus, view) = split_corpus(&current_fragment());
                if corpus.as_deref().unwrap_or(crate::state::library::BUNDLED_ID) == id {
                    let mut fragment = ViewFragment::parse(&view, sizes);
                    // A link that names no page is to the comparison.
                    fragment.page.get_or_insert(Page::Compare);
                    dispatcher.dispatch(Action::ApplyFragment(fragment));
                } else {
                    let _ = gloo::utils::window().location().reload();
                }
            });
            move || drop(listener)
        });
    }
    let place = &state.place;
    use_effect_with((place.visible.clone(), place.pinned, shown, place.page), |(visible, pinned, shown, page)| {
        if let Some((corpus, count)) = shown {
            write_fragment(&with_corpus(corpus, &ViewFragment::render(visible, *count, *pinned, *page)));
        }
    });
    opened.0.clone()
}
