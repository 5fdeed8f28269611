//! The analysis module on the page: the page's own wasm holds neither the analysis nor the encoding
//! tables. An imported file is read by the module in a worker (`crate::reader_worker`); to read one
//! when no worker can, and to analyse when no worker can start, the page loads the worker's module for
//! itself (`assets/page-analysis.js` loads `parallax-worker.js` and its wasm, the
//! very files the worker uses, so the browser fetches them once) and calls its exports
//! `read_file_on_page`, `analyse_on_page` and `export_on_page` (see `src/bin/parallax-worker.rs`). Replies come as JSON
//! (`crate::analysis_worker::{ReadReply, AnalysisReply}`).

use crate::analysis_exports::ExportRequest;
use crate::analysis_worker::{AnalysisReply, AnalysisRequest, ReadReply};
use crate::reader_worker::Read;
use js_sys::{Function, Promise, Reflect, Uint8Array};
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The script that loads the module on the page, relative to the page.
const PAGE_LOADER: &str = "./page-analysis.js";
/// The window property the loader sets: a promise of the module's exports.
const MODULE_PROPERTY: &str = "parallaxAnalysisModule";

thread_local! {
    /// The loader script's load, started once and shared by every caller.
    static LOADING: RefCell<Option<Promise>> = const { RefCell::new(None) };
}

fn loader_script() -> Result<Promise, String> {
    if let Some(p) = LOADING.with(|l| l.borrow().clone()) {
        return Ok(p);
    }
    let document = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let script: web_sys::HtmlScriptElement =
        document.create_element("script").map_err(|_| "no script element")?.unchecked_into();
    script.set_src(PAGE_LOADER);
    let promise = Promise::new(&mut |resolve, reject| {
        script.set_onload(Some(&resolve));
        script.set_onerror(Some(&reject));
    });
    document.head().ok_or("no head")?.append_child(&script).map_err(|_| "the loader could not be added")?;
    LOADING.with(|l| *l.borrow_mut() = Some(promise.clone()));
    Ok(promise)
}

/// The module's exports, loading it the first time.
async fn module() -> Result<JsValue, String> {
    let failed = || "The analysis module could not be loaded: check the connection and reload the page.".to_string();
    JsFuture::from(loader_script()?).await.map_err(|_| failed())?;
    let window = web_sys::window().ok_or_else(failed)?;
    let pending: Promise =
        Reflect::get(&window, &MODULE_PROPERTY.into()).ok().and_then(|p| p.dyn_into().ok()).ok_or_else(failed)?;
    JsFuture::from(pending).await.map_err(|_| failed())
}

/// Calls one export of the module with the given arguments; its answer is JSON (text, or bytes for a
/// read).
async fn call(name: &str, args: &[JsValue]) -> Result<JsValue, String> {
    let module = module().await?;
    let function: Function = Reflect::get(&module, &name.into())
        .ok()
        .and_then(|f| f.dyn_into().ok())
        .ok_or_else(|| format!("The analysis module has no {name}: reload the page to update Parallax."))?;
    let answer = match args {
        [a] => function.call1(&module, a),
        [a, b] => function.call2(&module, a, b),
        _ => function.call0(&module),
    };
    answer.map_err(|_| format!("The analysis module failed in {name}."))
}

/// [`call`] for an export that answers with JSON text.
async fn call_text(name: &str, args: &[JsValue]) -> Result<String, String> {
    call(name, args).await?.as_string().ok_or_else(|| format!("The analysis module failed in {name}."))
}

/// Reads an imported file's bytes with the module (kind, size, binary data, encoding): in the reader
/// worker, or on the page when no worker can read.
pub async fn read_file(name: &str, bytes: &Uint8Array) -> ReadReply {
    let answer = match crate::reader_worker::read(name, bytes).await {
        Read::Json(json) => Ok(json),
        Read::Stopped => Err("the reader stopped (an internal error, or not enough memory for this file)".into()),
        Read::Unavailable => call("read_file_on_page", &[JsValue::from_str(name), bytes.into()])
            .await
            .and_then(|answer| Ok(answer.dyn_into::<Uint8Array>().map_err(|_| "no bytes came back")?.to_vec())),
    };
    match answer.and_then(|json| serde_json::from_slice(&json).map_err(|e| e.to_string())) {
        Ok(reply) => reply,
        Err(why) => ReadReply::Refused { message: format!("“{name}” could not be read: {why}") },
    }
}

/// Analyses a corpus on the page with the module (when no worker can start).
pub async fn analyse(request: &AnalysisRequest) -> Result<AnalysisReply, String> {
    let json = serde_json::to_string(request).map_err(|e| e.to_string())?;
    let answer = call_text("analyse_on_page", &[JsValue::from_str(&json)]).await?;
    serde_json::from_slice(answer.as_bytes()).map_err(|e| e.to_string())
}

/// Writes an export on the page with the module (when no worker has started).
pub async fn export(order: &ExportRequest) -> Result<AnalysisReply, String> {
    let json = serde_json::to_string(order).map_err(|e| e.to_string())?;
    let answer = call_text("export_on_page", &[JsValue::from_str(&json)]).await?;
    serde_json::from_slice(answer.as_bytes()).map_err(|e| e.to_string())
}
