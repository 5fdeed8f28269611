//! Reading imported files in a Web Worker, so that decoding a large file never holds up the page. The
//! reader is a second instance of the analysis module (`assets/worker-loader.js`, which answers
//! `{ read, name, bytes }` messages with the module's `read_file_on_page` before gloo-worker sees
//! them): the browser fetches and compiles that module once for both workers, and the page loads it for
//! itself only when no worker can read (`crate::analysis_module`). It is a worker of its own, not the
//! analysis worker, so a file dropped while a corpus is being analysed is read at once rather than
//! after that analysis.
//!
//! The bytes are copied to the worker, not transferred, so the page can still read them itself if the
//! worker cannot start. A reply is the module's JSON `ReadReply` in UTF-8 bytes (transferred back, so
//! neither side converts a 10 MB text); the page reads it (`crate::analysis_module::read_file`). A
//! reader left idle for `IDLE_MS` is ended: a module's memory only grows, and after a 10 MB file it
//! holds about a hundred megabytes.

use js_sys::{Function, Object, Promise, Reflect, Uint8Array};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// What became of a read sent to the reader.
pub enum Read {
    /// The module's JSON `ReadReply`, in UTF-8.
    Json(Vec<u8>),
    /// The module stopped while reading this file (a trap: an internal error, or no memory left).
    Stopped,
    /// No worker could read: the page reads the file itself.
    Unavailable,
}

/// The reader worker, its reads waiting for an answer, and the handlers that keep it alive.
struct Reader {
    worker: web_sys::Worker,
    waiting: Rc<RefCell<HashMap<u32, Function>>>,
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

/// How long a reader with nothing to read is kept for the next file of a drop.
const IDLE_MS: u32 = 5_000;

thread_local! {
    static READER: RefCell<Option<Rc<Reader>>> = const { RefCell::new(None) };
    /// Set once a reader could not start: later files are read on the page straight away.
    static UNAVAILABLE: Cell<bool> = const { Cell::new(false) };
    /// The next read's number: reads are told apart by it, and an idle reader is ended only if no read
    /// started since it became idle.
    static NEXT_READ: Cell<u32> = const { Cell::new(0) };
}

/// Sends a file's bytes to the reader worker (started the first time) and waits for its answer.
pub async fn read(name: &str, bytes: &Uint8Array) -> Read {
    let Some(reader) = reader() else { return Read::Unavailable };
    let answer = ask(&reader, name, bytes).await;
    end_when_idle();
    answer
}

/// Sends one read to `reader` and waits for its answer.
async fn ask(reader: &Reader, name: &str, bytes: &Uint8Array) -> Read {
    let id = NEXT_READ.with(|n| n.replace(n.get().wrapping_add(1)));
    let waiting = reader.waiting.clone();
    let answer = Promise::new(&mut |resolve, _| {
        waiting.borrow_mut().insert(id, resolve);
    });
    let message = Object::new();
    let sent = Reflect::set(&message, &"read".into(), &id.into())
        .and_then(|_| Reflect::set(&message, &"name".into(), &name.into()))
        .and_then(|_| Reflect::set(&message, &"bytes".into(), bytes))
        .and_then(|_| reader.worker.post_message(&message));
    if sent.is_err() {
        reader.waiting.borrow_mut().remove(&id);
        return Read::Unavailable;
    }
    let Ok(answer) = JsFuture::from(answer).await else { return Read::Unavailable };
    if let Some(json) = Reflect::get(&answer, &"json".into()).ok().and_then(|j| j.dyn_into::<Uint8Array>().ok()) {
        return Read::Json(json.to_vec());
    }
    if Reflect::get(&answer, &"stopped".into()).is_ok_and(|s| s.is_truthy()) {
        // A module that stopped is not used again; the next file starts a new reader.
        stop_reader();
        return Read::Stopped;
    }
    stop_reader();
    UNAVAILABLE.with(|u| u.set(true));
    Read::Unavailable
}

/// The running reader, started if needed; `None` when none can start.
fn reader() -> Option<Rc<Reader>> {
    if UNAVAILABLE.with(Cell::get) {
        return None;
    }
    if let Some(reader) = READER.with(|r| r.borrow().clone()) {
        return Some(reader);
    }
    let Ok(worker) = web_sys::Worker::new(crate::analysis_worker::WORKER_LOADER) else {
        UNAVAILABLE.with(|u| u.set(true));
        return None;
    };
    let waiting: Rc<RefCell<HashMap<u32, Function>>> = Rc::default();
    let answered = waiting.clone();
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
        let data = event.data();
        // Anything else (gloo-worker's own messages) is not an answer to a read.
        let Some(id) = data.is_object().then(|| Reflect::get(&data, &"read".into()).ok()).flatten() else { return };
        let Some(id) = id.as_f64() else { return };
        if let Some(resolve) = answered.borrow_mut().remove(&(id as u32)) {
            let _ = resolve.call1(&JsValue::NULL, &data);
        }
    });
    // The worker could not start (its script or module missing): every waiting read is answered
    // "unavailable", and the page reads the files itself from now on.
    let failed = waiting.clone();
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
        event.prevent_default();
        answer_unavailable(&failed);
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    let reader = Rc::new(Reader { worker, waiting, _on_message: on_message, _on_error: on_error });
    READER.with(|r| *r.borrow_mut() = Some(reader.clone()));
    Some(reader)
}

/// Ends the reader once it has had nothing to read for `IDLE_MS`.
fn end_when_idle() {
    let next = NEXT_READ.with(Cell::get);
    gloo::timers::callback::Timeout::new(IDLE_MS, move || {
        let idle = READER.with(|r| r.borrow().as_ref().is_some_and(|r| r.waiting.borrow().is_empty()));
        if idle && NEXT_READ.with(Cell::get) == next {
            stop_reader();
        }
    })
    .forget();
}

/// Ends the reader worker; reads still waiting are answered "unavailable".
fn stop_reader() {
    if let Some(reader) = READER.with(|r| r.borrow_mut().take()) {
        reader.worker.terminate();
        answer_unavailable(&reader.waiting);
    }
}

/// Answers every read still waiting "unavailable" (the page then reads those files itself).
fn answer_unavailable(waiting: &RefCell<HashMap<u32, Function>>) {
    let unavailable = Object::new();
    let _ = Reflect::set(&unavailable, &"unavailable".into(), &true.into());
    for (_, resolve) in waiting.borrow_mut().drain() {
        let _ = resolve.call1(&JsValue::NULL, &unavailable);
    }
}
