//! The URL fragment, both ways: read once when the page opens (the corpus to reopen, and the view to
//! apply to the first analysis shown), and rewritten whenever the view changes, without a history entry,
//! so a copied URL reopens the same view. The grammar is `state::fragment`'s.

use crate::state::fragment::{split_corpus, with_corpus, ViewFragment};
use crate::state::{Action, AppState, CorpusState};
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
    let place = &state.place;
    use_effect_with((place.visible.clone(), place.pinned, shown, place.page), |(visible, pinned, shown, page)| {
        if let Some((corpus, count)) = shown {
            write_fragment(&with_corpus(corpus, &ViewFragment::render(visible, *count, *pinned, *page)));
        }
    });
    opened.0.clone()
}
