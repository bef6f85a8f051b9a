//! The address bar: read it, push to it, hear the back button.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The current path, e.g. `/indstillinger`.
pub fn current_path() -> String {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_else(|| "/".into())
}

/// Adds `path` to the history, as following a link does, and scrolls to the top.
pub fn push(path: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(history) = window.history() {
        let _ = history.push_state_with_url(&JsValue::NULL, "", Some(path));
    }
    window.scroll_to_with_x_and_y(0.0, 0.0);
}

/// Calls `f` with the new path when the user goes back or forward.
pub fn on_back_or_forward(f: impl Fn(String) + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let listener = Closure::<dyn Fn()>::new(move || f(current_path()));
    window.set_onpopstate(Some(listener.as_ref().unchecked_ref()));
    // The listener lives as long as the page.
    listener.forget();
}

/// Moves keyboard and screen-reader focus to the new screen's heading after a navigation.
pub fn focus_heading() {
    let heading = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("main h1").ok().flatten())
        .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(h) = heading {
        let _ = h.set_attribute("tabindex", "-1");
        let _ = h.focus();
    }
}
