use leptos::prelude::*;

use crate::components::link::Link;
use crate::core::route::Route;
use crate::i18n::T;
use crate::state::expect_app;

/// The bottom navigation bar: within reach of one thumb.
#[component]
pub fn Nav() -> impl IntoView {
    let app = expect_app();
    view! {
        <nav class="tabbar" aria-label=app.t(T::MainNav)>
            <Link to=Route::Home>
                <span aria-hidden="true" class="tab-icon">"◎"</span>
                {app.t(T::NavOverview)}
            </Link>
            <Link to=Route::Settings>
                <span aria-hidden="true" class="tab-icon">"⚙"</span>
                {app.t(T::NavSettings)}
            </Link>
        </nav>
    }
}
