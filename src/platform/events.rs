//! One set of document listeners for the fields and buttons of every screen. A screen's
//! HTML says what each element is (`data-key`, `data-action`); the screen hands one
//! handler to [`on_screen`] while it is shown. Each `on:` handler of a Leptos view is
//! generic code of its own (up to ~9 KB of wasm each); this is one `dyn` path for all.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

type Handler = Rc<dyn Fn(web_sys::Event)>;

thread_local! {
    static SCREEN: RefCell<Option<(u32, Handler)>> = const { RefCell::new(None) };
    static NEXT: Cell<u32> = const { Cell::new(0) };
}

/// The events a screen hears: typing, choosing, tapping, sending a form, and pressing
/// (to keep focus in a field while a marker is tapped).
const KINDS: [&str; 5] = ["input", "change", "click", "submit", "mousedown"];

/// Listens on the document, for the page's life (called once by the app).
pub fn install() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let listener = Closure::<dyn Fn(web_sys::Event)>::new(|ev: web_sys::Event| {
        // The shell's one button, on every screen: "Ny version — genindlæs".
        if ev.type_() == "click" && action(&ev).is_some_and(|(_, a)| a == "update") {
            super::service_worker::activate_update();
            return;
        }
        let handler = SCREEN.with(|s| s.borrow().as_ref().map(|(_, h)| h.clone()));
        if let Some(handler) = handler {
            handler(ev);
        }
    });
    for kind in KINDS {
        let _ = document.add_event_listener_with_callback(kind, listener.as_ref().unchecked_ref());
    }
    listener.forget();
}

/// Makes `handler` hear the document's events until the calling view is left.
pub fn on_screen(handler: impl Fn(web_sys::Event) + 'static) {
    let id = NEXT.with(|n| {
        n.set(n.get() + 1);
        n.get()
    });
    SCREEN.with(|s| *s.borrow_mut() = Some((id, Rc::new(handler))));
    leptos::prelude::on_cleanup(move || {
        SCREEN.with(|s| {
            let mut s = s.borrow_mut();
            // A newer screen may have taken over already: leave its handler.
            if s.as_ref().is_some_and(|(mine, _)| *mine == id) {
                *s = None;
            }
        })
    });
}

/// The element with `data-action` the event came from (the target or an ancestor), and
/// its action.
pub fn action(ev: &web_sys::Event) -> Option<(web_sys::Element, String)> {
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    let element = target.closest("[data-action]").ok()??;
    let action = element.get_attribute("data-action")?;
    Some((element, action))
}
