use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::T;
use crate::state::expect_app;

/// Any address the app does not know: say so and offer the way home.
#[component]
pub fn NotFound() -> impl IntoView {
    let app = expect_app();
    view! {
        <h1>{app.t(T::NotFoundTitle)}</h1>
        <p>{app.t(T::NotFoundText)}</p>
        <p>
            <A href="/" exact=true attr:class="button">{app.t(T::NotFoundBack)}</A>
        </p>
    }
}
