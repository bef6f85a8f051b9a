use leptos::prelude::*;

use crate::i18n::T;
use crate::state::expect_app;

/// "Henter dine data …" while the stored programme loads.
#[component]
pub fn Loading() -> impl IntoView {
    let app = expect_app();
    view! { <p class="muted" role="status">{app.t(T::Loading)}</p> }
}
