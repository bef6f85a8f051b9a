use leptos::prelude::*;
use leptos_router::components::A;

use crate::core::route::Route;
use crate::i18n::T;
use crate::state::expect_app;

/// The way back above a screen's title: `← Jobbesøg 1`.
#[component]
pub fn BackLink(
    /// The screen the link leads back to.
    to: Route,
    /// That screen's name.
    name: T,
) -> impl IntoView {
    let app = expect_app();
    view! {
        <p class="crumb">
            <A href=to.path() exact=true>"← "{app.t(name)}</A>
        </p>
    }
}
