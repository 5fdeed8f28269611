//! Offline use: registers the service worker `sw.js` (generated at build time by
//! `scripts/postbuild.mjs` with the list of built files) and tells the app when a newer version has been
//! downloaded and is waiting, so the reader can reload into it when they choose.

use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorker, ServiceWorkerRegistration, ServiceWorkerState};

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
        let on_update: Rc<dyn Fn()> = Rc::new(on_update);
        // An update only matters when a version already controls the page (else it is the first install).
        let controlled = container.controller().is_some();
        if registration.waiting().is_some() && controlled {
            on_update();
        }
        // One that started installing before this code ran, and any found later.
        if let Some(installing) = registration.installing() {
            watch(&installing, controlled, on_update.clone());
        }
        let watched = registration.clone();
        let on_found = Closure::<dyn FnMut()>::new(move || {
            if let Some(installing) = watched.installing() {
                watch(&installing, controlled, on_update.clone());
            }
        });
        registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        on_found.forget();
        REGISTRATION.with(|r| *r.borrow_mut() = Some(registration));
    });
}

/// Calls `on_update` when `worker` has installed and waits to take over.
fn watch(worker: &ServiceWorker, controlled: bool, on_update: Rc<dyn Fn()>) {
    let observed = worker.clone();
    let on_state = Closure::<dyn FnMut()>::new(move || {
        if observed.state() == ServiceWorkerState::Installed && controlled {
            on_update();
        }
    });
    worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
    on_state.forget();
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
