use leptos::prelude::*;

use crate::pages::{html_screen, loading};
use crate::screens;
use crate::state::{expect_app, Load};

/// One job visit (`screens::visit`): who hosts, and the guide's steps with their status.
#[component]
pub fn VisitPage(
    /// Visit 1 or 2, as index 0 or 1.
    index: usize,
) -> impl IntoView {
    let app = expect_app();
    html_screen(Box::new(move || {
        let lang = app.lang();
        if app.load.get() == Load::Loading {
            return loading(lang);
        }
        app.programme
            .with(|p| p.as_ref().map(|p| screens::visit(p, index, lang)))
            .unwrap_or_else(|| {
                let p = crate::core::model::Programme::default();
                screens::visit(&p, usize::MAX, lang)
            })
    }))
}
