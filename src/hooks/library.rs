//! The corpora and the browser's store: on opening, the reader's corpora are read from IndexedDB (the
//! corpus to reopen is the one the URL names, else the one open last time) and then the bundled corpus
//! is fetched; afterwards every corpus whose revision moved is saved, deleted ones are removed from the
//! store, and the open corpus is remembered for the next visit. Problems become messages.

use crate::loader::load_bundled_corpus;
use crate::state::{Action, AppState};
use crate::storage::{remember_current, remembered_current, Store};
use std::collections::HashMap;
use yew::prelude::*;

#[hook]
pub fn use_library(state: &UseReducerHandle<AppState>, reopen: Option<String>) {
    let dispatcher = state.dispatcher();
    let store = use_mut_ref(|| None::<Store>);
    // Revision and name of each corpus as last saved (or loaded): only changes are written, and a
    // failed deletion can name the corpus.
    let saved = use_mut_ref(HashMap::<String, (u64, String)>::new);

    // Opening: the store (the reader's corpora), then the bundled corpus.
    {
        let (dispatcher, store, saved) = (dispatcher.clone(), store.clone(), saved.clone());
        use_effect_with((), move |_| {
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
        });
    }

    // Corpora that changed are saved; deleted ones are removed from the store.
    {
        let library = &state.corpora.library;
        let revisions: Vec<(String, u64)> =
            library.iter().filter(|r| !r.read_only).map(|r| (r.id.clone(), r.revision)).collect();
        let (library, store, saved, dispatcher) = (library.clone(), store.clone(), saved.clone(), dispatcher.clone());
        use_effect_with(revisions, move |revisions| {
            let Some(store) = store.borrow().clone() else { return };
            let mut saved_now = saved.borrow_mut();
            for (id, revision) in revisions {
                if saved_now.get(id).map(|s| s.0) != Some(*revision) {
                    let Some(record) = library.iter().find(|r| &r.id == id).cloned() else { continue };
                    saved_now.insert(id.clone(), (*revision, record.name.clone()));
                    let (store, dispatcher) = (store.clone(), dispatcher.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        super::next_task().await;
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
    use_effect_with(state.corpora.current.clone(), |current| {
        if let Some(id) = current {
            remember_current(id);
        }
    });
}
