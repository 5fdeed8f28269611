//! The app's effects on the browser, each a Yew hook of its own so the root component is composition
//! only: the deep link in the URL ([`url`]), the corpora in the browser's store and the bundled corpus
//! ([`library`]), the analysis in a worker with the page as fallback ([`analysis`]), and the new-version
//! check of the service worker ([`update`]). Each turns browser events into `state::Action`s and never
//! decides anything itself: the rules are in `state`.

/// Resolves in a later task of the page's event loop (a zero-delay timer), so that work after it runs
/// apart from what came before: a large corpus's saving and its request to the worker, each some tens
/// of milliseconds for a 10 MB article, do not add up with its import into one long task.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = gloo::utils::window().set_timeout_with_callback(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

pub mod analysis;
pub mod library;
pub mod update;
pub mod url;
