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
    if let Some(h) = super::element("main h1") {
        let _ = h.set_attribute("tabindex", "-1");
        let _ = h.focus();
    }
}

/// Follows a tap on any link to a path of this app (`<a href="/…">`) without reloading:
/// one listener for the whole document, so a link in a view is a plain `<a>` and costs
/// no code of its own. A modified click (new tab, new window), a link with a `target` or
/// `download`, and addresses elsewhere are left to the browser.
pub fn follow_links(go: impl Fn(String) + 'static) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let listener = Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |ev: web_sys::MouseEvent| {
        if ev.default_prevented()
            || ev.button() != 0
            || ev.ctrl_key()
            || ev.meta_key()
            || ev.shift_key()
            || ev.alt_key()
        {
            return;
        }
        let link = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("a[href]").ok().flatten());
        let Some(link) = link else { return };
        if link.has_attribute("target") || link.has_attribute("download") {
            return;
        }
        let href = link.get_attribute("href").unwrap_or_default();
        if !href.starts_with('/') || href.starts_with("//") {
            return;
        }
        ev.prevent_default();
        go(href);
    });
    let _ = document.add_event_listener_with_callback("click", listener.as_ref().unchecked_ref());
    // The listener lives as long as the page.
    listener.forget();
}
