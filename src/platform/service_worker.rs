//! Registers the service worker (public/sw.js) and hands over to a new version only when
//! the user says so: an update never swaps code under an open page.

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

const SCRIPT: &str = "/sw.js";
const SKIP_WAITING: &str = "skip-waiting";

/// The service-worker container, where the browser has one (secure contexts only).
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    let present = js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).ok()?;
    present.then(|| navigator.service_worker())
}

/// Registers the worker; calls `on_update` when a new version waits to take over.
pub fn register(on_update: impl Fn() + 'static) {
    let Some(container) = container() else { return };
    let registering = container.register(SCRIPT);
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(reg) = JsFuture::from(registering).await else {
            return;
        };
        let reg: ServiceWorkerRegistration = reg.unchecked_into();
        let on_update: Rc<dyn Fn()> = Rc::new(on_update);
        // A version that finished installing while the app was closed.
        if reg.waiting().is_some() && container.controller().is_some() {
            on_update();
        }
        watch_for_updates(&reg, container, on_update);
        check_again_when_shown(reg);
    });
}

fn watch_for_updates(
    reg: &ServiceWorkerRegistration,
    container: ServiceWorkerContainer,
    on_update: Rc<dyn Fn()>,
) {
    let watched = reg.clone();
    let on_found = Closure::<dyn Fn()>::new(move || {
        let Some(worker) = watched.installing() else {
            return;
        };
        let this = worker.clone();
        let container = container.clone();
        let on_update = on_update.clone();
        let on_state = Closure::<dyn Fn()>::new(move || {
            // With no controller this is the first install, not an update.
            if this.state() == ServiceWorkerState::Installed && container.controller().is_some() {
                on_update();
            }
        });
        worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
        on_state.forget();
    });
    reg.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
    on_found.forget();
}

/// An installed app may stay open for days: look for a new version when it is shown again.
fn check_again_when_shown(reg: ServiceWorkerRegistration) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let doc = document.clone();
    let on_visible = Closure::<dyn Fn()>::new(move || {
        if doc.visibility_state() == web_sys::VisibilityState::Visible {
            if let Ok(p) = reg.update() {
                // A failed check (offline) is normal; the next one will do.
                wasm_bindgen_futures::spawn_local(async move {
                    let _ = JsFuture::from(p).await;
                });
            }
        }
    });
    document.set_onvisibilitychange(Some(on_visible.as_ref().unchecked_ref()));
    on_visible.forget();
}

/// The user chose the new version: let it take over, then reload once it controls the page.
pub fn activate_update() {
    let Some(container) = container() else { return };
    let on_change = Closure::<dyn Fn()>::new(|| {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    });
    container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
    on_change.forget();
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(reg) = JsFuture::from(container.get_registration()).await else {
            return;
        };
        let Ok(reg) = reg.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        if let Some(waiting) = reg.waiting() {
            let _ = waiting.post_message(&JsValue::from_str(SKIP_WAITING));
        }
    });
}
