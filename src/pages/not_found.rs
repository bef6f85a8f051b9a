use leptos::prelude::*;

use crate::html::Html;
use crate::i18n::T;
use crate::pages::html_screen;
use crate::state::expect_app;

/// Any address the app does not know: say so and offer the way home.
#[component]
pub fn NotFound() -> impl IntoView {
    let app = expect_app();
    html_screen(Box::new(move || {
        let mut h = Html::new(app.lang());
        h.el("h1", "", T::NotFoundTitle)
            .el("p", "", T::NotFoundText)
            .raw("<p><a href=\"/\" class=\"button\">")
            .t(T::NotFoundBack)
            .raw("</a></p>");
        h.out
    }))
}
