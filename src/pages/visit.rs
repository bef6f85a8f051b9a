use leptos::either::Either;
use leptos::prelude::*;

use crate::i18n::T;
use crate::screens;
use crate::state::{expect_app, Load};

/// One job visit (`screens::visit`): who hosts, and the guide's steps with their status.
#[component]
pub fn VisitPage(
    /// Visit 1 or 2, as index 0 or 1.
    index: usize,
) -> impl IntoView {
    let app = expect_app();
    move || {
        if app.load.get() == Load::Loading {
            return Either::Left(view! { <p class="muted" role="status">{app.t(T::Loading)}</p> });
        }
        Either::Right(view! {
            <div inner_html=move || {
                let lang = app.lang();
                app.programme
                    .with(|p| p.as_ref().map(|p| screens::visit(p, index, lang)))
                    .unwrap_or_else(|| {
                        let p = crate::core::model::Programme::default();
                        screens::visit(&p, usize::MAX, lang)
                    })
            }></div>
        })
    }
}
