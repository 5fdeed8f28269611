//! The reader's corpora in IndexedDB (corpora can be megabytes, too much for localStorage): database
//! `parallax`, version 1, object store `corpora` holding one JSON record per corpus under its id (format
//! and migration in `state/record.rs`), as UTF-8 bytes: a 10 MB article made into a JS string and
//! cloned into the store held the page for 50–65 ms, its bytes copied for a few. Records an earlier
//! version stored as text are read as well. Written by hand over web-sys: three operations (read all,
//! put, delete) need a few promise adapters, not a wrapper crate. Every failure comes back as a
//! sentence a reader can act on; nothing here deletes a record it could not read.

use crate::state::library::CorpusRecord;
use crate::state::record;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbObjectStore, IdbOpenDbRequest, IdbRequest, IdbTransaction, IdbTransactionMode};

const DB_NAME: &str = "parallax";
/// The database version: raise it (and add a step in `upgrade`) when stores or indexes change.
const DB_VERSION: u32 = 1;
const CORPORA: &str = "corpora";
/// Where the id of the corpus last open is kept (a few bytes: localStorage is enough).
const CURRENT_KEY: &str = "parallax-current-corpus";

/// An open store.
#[derive(Clone)]
pub struct Store {
    db: IdbDatabase,
}

/// "QuotaExceededError: …" from whatever a failed call threw.
fn describe(error: &JsValue) -> (String, String) {
    if let Some(e) = error.dyn_ref::<web_sys::DomException>() {
        return (e.name(), e.message());
    }
    if let Some(e) = error.dyn_ref::<js_sys::Error>() {
        return (String::from(e.name()), String::from(e.message()));
    }
    ("Error".into(), error.as_string().unwrap_or_else(|| "unknown error".into()))
}

fn explain_write(error: &JsValue, name: &str) -> String {
    match describe(error) {
        (kind, _) if kind == "QuotaExceededError" => format!(
            "The browser's storage for this site is full, so “{name}” was not saved. It stays open until the page \
             closes: export it (Export → Corpus file) to keep it, or delete corpora you no longer need."
        ),
        (kind, message) => format!(
            "The browser refused to save “{name}” ({kind}: {message}). It stays open until the page closes: export \
             it (Export → Corpus file) to keep it."
        ),
    }
}

/// Resolves when `request` succeeds (with its result) or fails (with its error).
async fn settle(request: &IdbRequest) -> Result<JsValue, JsValue> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let done = request.clone();
        let on_success = Closure::once_into_js(move |_: web_sys::Event| {
            let _ = resolve.call1(&JsValue::NULL, &done.result().unwrap_or(JsValue::UNDEFINED));
        });
        let failed = request.clone();
        let on_error = Closure::once_into_js(move |_: web_sys::Event| {
            let error = failed.error().ok().flatten().map(JsValue::from).unwrap_or(JsValue::UNDEFINED);
            let _ = reject.call1(&JsValue::NULL, &error);
        });
        request.set_onsuccess(Some(on_success.unchecked_ref()));
        request.set_onerror(Some(on_error.unchecked_ref()));
    });
    JsFuture::from(promise).await
}

/// Resolves when a write transaction commits, or fails with the reason it aborted.
async fn committed(tx: &IdbTransaction) -> Result<(), JsValue> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let on_complete = Closure::once_into_js(move |_: web_sys::Event| {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let failed = tx.clone();
        let reject_abort = reject.clone();
        let on_error = Closure::once_into_js(move |_: web_sys::Event| {
            let error = failed.error().map(JsValue::from).unwrap_or(JsValue::UNDEFINED);
            let _ = reject.call1(&JsValue::NULL, &error);
        });
        let aborted = tx.clone();
        let on_abort = Closure::once_into_js(move |_: web_sys::Event| {
            let error = aborted.error().map(JsValue::from).unwrap_or(JsValue::UNDEFINED);
            let _ = reject_abort.call1(&JsValue::NULL, &error);
        });
        tx.set_oncomplete(Some(on_complete.unchecked_ref()));
        tx.set_onerror(Some(on_error.unchecked_ref()));
        tx.set_onabort(Some(on_abort.unchecked_ref()));
    });
    JsFuture::from(promise).await.map(|_| ())
}

/// Creates or upgrades the stores, one step per database version.
fn upgrade(request: &IdbOpenDbRequest, old_version: f64) {
    let Ok(result) = request.result() else { return };
    let db: IdbDatabase = result.unchecked_into();
    if old_version < 1.0 {
        let _ = db.create_object_store(CORPORA);
    }
}

impl Store {
    /// Opens (creating or upgrading) the database.
    pub async fn open() -> Result<Store, String> {
        let unavailable = |(kind, message): (String, String)| {
            format!(
                "This browser does not let Parallax keep data ({kind}: {message}). You can still import, compare and \
                 export, but imported corpora are lost when the page closes."
            )
        };
        let factory = gloo::utils::window()
            .indexed_db()
            .map_err(|e| unavailable(describe(&e)))?
            .ok_or_else(|| unavailable(("NotSupported".into(), "no IndexedDB".into())))?;
        let request = factory.open_with_u32(DB_NAME, DB_VERSION).map_err(|e| unavailable(describe(&e)))?;
        let on_upgrade =
            Closure::<dyn FnMut(web_sys::IdbVersionChangeEvent)>::new(move |event: web_sys::IdbVersionChangeEvent| {
                if let Some(request) = event.target().and_then(|t| t.dyn_into::<IdbOpenDbRequest>().ok()) {
                    upgrade(&request, event.old_version());
                }
            });
        request.set_onupgradeneeded(Some(on_upgrade.as_ref().unchecked_ref()));
        let opened = settle(&request).await;
        drop(on_upgrade);
        let db: IdbDatabase = opened.map_err(|e| unavailable(describe(&e)))?.unchecked_into();
        Ok(Store { db })
    }

    fn corpora(&self, mode: IdbTransactionMode) -> Result<(IdbTransaction, IdbObjectStore), JsValue> {
        let tx = self.db.transaction_with_str_and_mode(CORPORA, mode)?;
        let store = tx.object_store(CORPORA)?;
        Ok((tx, store))
    }

    /// Every stored corpus that can be read, and a message for each one that cannot.
    pub async fn load(&self) -> (Vec<CorpusRecord>, Vec<String>) {
        let read = async {
            let (_tx, store) = self.corpora(IdbTransactionMode::Readonly)?;
            let keys_request = store.get_all_keys()?;
            let values_request = store.get_all()?;
            let keys = settle(&keys_request).await?;
            let values = settle(&values_request).await?;
            Ok::<_, JsValue>((js_sys::Array::from(&keys), js_sys::Array::from(&values)))
        };
        match read.await {
            Ok((keys, values)) => {
                let mut records = Vec::new();
                let mut problems = Vec::new();
                for (key, value) in keys.iter().zip(values.iter()) {
                    let key = key.as_string().unwrap_or_else(|| format!("{key:?}"));
                    let bytes = match value.as_string() {
                        Some(text) => Some(text.into_bytes()),
                        None => value.dyn_ref::<js_sys::Uint8Array>().map(js_sys::Uint8Array::to_vec),
                    };
                    match bytes {
                        Some(bytes) => match record::decode(&key, &bytes) {
                            Ok(r) => records.push(r),
                            Err(message) => problems.push(message),
                        },
                        None => problems.push(format!(
                            "The saved corpus “{key}” is not in a format Parallax wrote. It was left in the store untouched."
                        )),
                    }
                }
                (records, problems)
            }
            Err(e) => {
                let (kind, message) = describe(&e);
                (
                    Vec::new(),
                    vec![format!("Your saved corpora could not be read ({kind}: {message}). Nothing was deleted.")],
                )
            }
        }
    }

    /// Saves a corpus (replacing its previous version).
    pub async fn put(&self, corpus: &CorpusRecord) -> Result<(), String> {
        let write = async {
            let (tx, store) = self.corpora(IdbTransactionMode::Readwrite)?;
            let bytes = js_sys::Uint8Array::from(record::encode(corpus).as_slice());
            store.put_with_key(&bytes, &JsValue::from_str(&corpus.id))?;
            committed(&tx).await
        };
        write.await.map_err(|e| explain_write(&e, &corpus.name))
    }

    /// Deletes a corpus by id.
    pub async fn delete(&self, id: &str, name: &str) -> Result<(), String> {
        let write = async {
            let (tx, store) = self.corpora(IdbTransactionMode::Readwrite)?;
            store.delete(&JsValue::from_str(id))?;
            committed(&tx).await
        };
        write.await.map_err(|e| {
            let (kind, message) = describe(&e);
            format!("“{name}” could not be deleted from the browser's store ({kind}: {message}); it may come back on reload.")
        })
    }
}

/// The corpus open when the page was last used.
pub fn remembered_current() -> Option<String> {
    gloo::utils::window().local_storage().ok().flatten()?.get_item(CURRENT_KEY).ok().flatten()
}

pub fn remember_current(id: &str) {
    if let Some(storage) = gloo::utils::window().local_storage().ok().flatten() {
        let _ = storage.set_item(CURRENT_KEY, id);
    }
}
