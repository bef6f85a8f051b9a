use leptos::prelude::*;

use crate::i18n::T;
use crate::state::expect_app;

/// "Ny version — genindlæs": shown when a new version is installed and waiting. The new
/// version takes over only when the user taps, so nothing changes under their fingers.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let app = expect_app();
    view! {
        {move || app.update_ready.get().then(|| view! {
            <div class="update-banner" role="status" data-testid="update-banner">
                <span>{app.t(T::UpdateReady)}</span>
                " — "
                <button type="button" on:click=|_| crate::platform::service_worker::activate_update()>
                    {app.t(T::UpdateReload)}
                </button>
            </div>
        })}
    }
}
