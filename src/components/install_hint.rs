use leptos::prelude::*;

use crate::i18n::T;
use crate::platform;
use crate::state::expect_app;

/// How to put the app on the home screen, shown until it runs from there.
#[component]
pub fn InstallHint() -> impl IntoView {
    let app = expect_app();
    let how = if platform::is_ios() {
        T::InstallIos
    } else {
        T::InstallAndroid
    };
    (!platform::is_installed()).then(|| {
        view! {
            <section class="card hint" aria-labelledby="install-title">
                <h2 id="install-title">{app.t(T::InstallTitle)}</h2>
                <p>{app.t(how)}</p>
                <p class="muted">{app.t(T::InstallWhy)}</p>
            </section>
        }
    })
}
