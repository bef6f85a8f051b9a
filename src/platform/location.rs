//! Focus after a move between screens (the moves themselves are leptos_router's).

/// Moves keyboard and screen-reader focus to the screen's heading.
pub fn focus_heading() {
    if let Some(h) = super::element("main h1") {
        let _ = h.set_attribute("tabindex", "-1");
        let _ = h.focus();
    }
}
