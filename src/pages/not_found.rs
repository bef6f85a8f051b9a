use crate::html::Html;
use crate::i18n::T;
use crate::pages::Draw;
use crate::state::AppState;

/// Any address the app does not know: say so and offer the way home.
pub fn screen(app: AppState) -> Draw {
    Box::new(move || {
        let mut h = Html::new(app.lang());
        h.el("h1", "", T::NotFoundTitle)
            .el("p", "", T::NotFoundText)
            .raw("<p><a href=\"/\" class=\"button\">")
            .t(T::NotFoundBack)
            .raw("</a></p>");
        h.out
    })
}
