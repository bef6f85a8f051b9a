use leptos::prelude::*;
use leptos_router::components::A;

use crate::app::routes;
use crate::i18n::T;
use crate::state::expect_app;

/// The bottom navigation bar: within reach of one thumb. The router marks the current
/// page with `aria-current="page"`.
#[component]
pub fn Nav() -> impl IntoView {
    let app = expect_app();
    view! {
        <nav class="tabbar" aria-label=move || app.t(T::MainNav)>
            <A href=routes::HOME exact=true>
                <span aria-hidden="true" class="tab-icon">"◎"</span>
                {move || app.t(T::NavOverview)}
            </A>
            <A href=routes::SETTINGS>
                <span aria-hidden="true" class="tab-icon">"⚙"</span>
                {move || app.t(T::NavSettings)}
            </A>
        </nav>
    }
}
