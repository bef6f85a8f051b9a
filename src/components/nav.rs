use leptos::prelude::*;
use leptos_router::components::A;

use crate::core::route::Route;
use crate::i18n::T;
use crate::state::expect_app;

/// The bottom navigation bar: within reach of one thumb. The tab of the screen shown
/// carries `aria-current="page"` (set by `<A>`).
#[component]
pub fn Nav() -> impl IntoView {
    let app = expect_app();
    let tab = move |to: Route, icon: &'static str, label: T| {
        view! {
            <A href=to.path() exact=true>
                <span aria-hidden="true" class="tab-icon">{icon}</span>
                {app.t(label)}
            </A>
        }
    };
    view! {
        <nav class="tabbar" aria-label=app.t(T::MainNav)>
            {tab(Route::Home, "◎", T::NavOverview)}
            {tab(Route::Settings, "⚙", T::NavSettings)}
        </nav>
    }
}
