//! The service worker: registered once, and "a new version is ready" as state the update bar reads.

use yew::prelude::*;

/// Registers the service worker; the handle turns true when a new version is waiting (the reader may
/// set it back to false to dismiss the bar).
#[hook]
pub fn use_update_check() -> UseStateHandle<bool> {
    let ready = use_state(|| false);
    {
        let ready = ready.clone();
        use_effect_with((), move |_| crate::offline::register(move || ready.set(true)));
    }
    ready
}
