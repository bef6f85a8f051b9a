use leptos::prelude::*;

use crate::core::route::Route;
use crate::i18n::T;
use crate::state::expect_app;

/// The bottom navigation bar: within reach of one thumb. The tab of the screen shown
/// carries `aria-current="page"`.
#[component]
pub fn Nav() -> impl IntoView {
    let app = expect_app();
    let tab = move |to: Route, icon: &'static str, label: T| {
        let href = to.path();
        let current = move || app.route.with(|r| *r == to).then_some("page");
        view! {
            <a href=href aria-current=current>
                <span aria-hidden="true" class="tab-icon">{icon}</span>
                {app.t(label)}
            </a>
        }
    };
    view! {
        <nav class="tabbar" aria-label=app.t(T::MainNav)>
            {tab(Route::Home, "◎", T::NavOverview)}
            {tab(Route::Settings, "⚙", T::NavSettings)}
        </nav>
    }
}
