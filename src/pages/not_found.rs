use leptos::prelude::*;

use crate::core::route::Route;
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
            <a href=Route::Home.path() class="button">
                {app.t(T::NotFoundBack)}
            </a>
        </p>
    }
}
