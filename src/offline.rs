//! Offline use: registers the service worker `sw.js` (generated at build time by
//! `scripts/postbuild.mjs` with the list of built files) and tells the app when a newer version has been
//! downloaded and is waiting, so the reader can reload into it when they choose.

use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerRegistration, ServiceWorkerState};

thread_local! {
    static REGISTRATION: RefCell<Option<ServiceWorkerRegistration>> = const { RefCell::new(None) };
}

/// Registers the service worker; `on_update` runs when a new version is ready. Failures are quiet: the
/// page works online without a service worker (e.g. on plain http other than localhost).
pub fn register(on_update: impl Fn() + 'static) {
    let navigator = gloo::utils::window().navigator();
    if !js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false) {
        return;
    }
    let container = navigator.service_worker();
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(registration) = JsFuture::from(container.register("./sw.js")).await else { return };
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        let on_update = std::rc::Rc::new(on_update);
        // A version downloaded on an earlier visit, still waiting.
        if registration.waiting().is_some() && container.controller().is_some() {
            on_update();
        }
        let watched = registration.clone();
        let container_for_update = container.clone();
        let on_found = Closure::<dyn FnMut()>::new(move || {
            let Some(installing) = watched.installing() else { return };
            let worker = installing.clone();
            let container = container_for_update.clone();
            let on_update = on_update.clone();
            let on_state = Closure::<dyn FnMut()>::new(move || {
                // "installed" with a page already controlled means an update, not the first install.
                if worker.state() == ServiceWorkerState::Installed && container.controller().is_some() {
                    on_update();
                }
            });
            installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        on_found.forget();
        REGISTRATION.with(|r| *r.borrow_mut() = Some(registration));
    });
}

/// Activates the waiting version and reloads the page once it has taken over.
pub fn apply_update() {
    let container = gloo::utils::window().navigator().service_worker();
    let reload = Closure::<dyn FnMut()>::new(|| {
        let _ = gloo::utils::window().location().reload();
    });
    container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
    reload.forget();
    let waiting = REGISTRATION.with(|r| r.borrow().as_ref().and_then(|r| r.waiting()));
    match waiting {
        Some(worker) => {
            let _ = worker.post_message(&JsValue::from_str("skip-waiting"));
        }
        None => {
            let _ = gloo::utils::window().location().reload();
        }
    }
}
