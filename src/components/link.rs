use leptos::ev::MouseEvent;
use leptos::prelude::*;

use crate::core::route::Route;
use crate::platform::location;
use crate::state::expect_app;

/// A link to a screen of the app. A plain tap changes screens without reloading; a
/// modified click (new tab, new window) is left to the browser. The current screen's link
/// carries `aria-current="page"`.
#[component]
pub fn Link(
    /// The screen to go to.
    to: Route,
    /// Extra CSS classes.
    #[prop(optional)]
    class: &'static str,
    children: Children,
) -> impl IntoView {
    let app = expect_app();
    let href = to.path().to_string();
    let target = to.clone();
    let current = move || (app.route.with(|r| *r == target)).then_some("page");
    let on_click = move |ev: MouseEvent| {
        if ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
            return;
        }
        ev.prevent_default();
        if app.route.with_untracked(|r| *r != to) {
            location::push(to.path());
            app.route.set(to.clone());
        }
        location::focus_heading();
    };
    view! {
        <a href=href class=class aria-current=current on:click=on_click>
            {children()}
        </a>
    }
}
