//! One screen per route, each a component named after it.

use leptos::prelude::*;

use crate::core::model::Programme;
use crate::core::settings::Lang;
use crate::html::Html;
use crate::i18n::T;
use crate::state::AppState;

pub mod home;
pub mod not_found;
pub mod observe;
pub mod part;
pub mod reflection;
pub mod settings;
pub mod share;
pub mod visit;

/// Visit 1 in March, visit 2 in April: (month, name).
pub const VISIT_NAMES: [(T, T); 2] = [(T::MonthMar, T::PhaseMar), (T::MonthApr, T::PhaseApr)];

/// "Vært: Jonas · Gæst: Mette" for visit `index`.
pub fn roles_line(app: AppState, p: &Programme, index: usize) -> String {
    let (host, guest) = p.host_and_guest(index).unwrap_or(("", ""));
    format!("{}: {host} · {}: {guest}", app.t(T::Host), app.t(T::Guest))
}

/// The function that draws a screen as HTML. Reactive: the screen is drawn again when a
/// signal it reads changes.
pub type Draw = Box<dyn Fn() -> String + Send + Sync>;

/// A screen drawn as HTML by `draw`. One function for every screen: each `view!` tree is
/// generic code of its own in the first-load budget, this is one.
pub fn html_screen(draw: Draw) -> impl IntoView {
    view! { <div inner_html=draw></div> }
}

/// "Henter dine data …" while the stored programme loads.
pub fn loading(lang: Lang) -> String {
    let mut h = Html::new(lang);
    h.raw("<p class=\"muted\" role=\"status\">")
        .t(T::Loading)
        .raw("</p>");
    h.out
}

/// The way back (`← Jobbesøg 1`) and the screen's title.
pub fn head(h: &mut Html, back: &str, back_name: T, title: T) {
    h.raw("<p class=\"crumb\"><a href=\"")
        .raw(back)
        .raw("\">← ")
        .t(back_name)
        .raw("</a></p>")
        .el("h1", "", title);
}
