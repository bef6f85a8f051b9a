//! The app shell: state, router, navigation.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::nav::Nav;
use crate::components::update_banner::UpdateBanner;
use crate::pages::home::Home;
use crate::pages::not_found::NotFound;
use crate::pages::settings::SettingsPage;
use crate::platform;
use crate::state::AppState;
use crate::store;

/// Route paths, declared once (Danish, as the users read them).
pub mod routes {
    pub const HOME: &str = "/";
    pub const SETTINGS: &str = "/indstillinger";
}

#[component]
pub fn App() -> impl IntoView {
    let app = AppState::new(store::load_settings());
    app.provide();
    // Keep <html lang> in step with the chosen language.
    Effect::new(move |_| platform::set_document_lang(app.lang()));
    platform::service_worker::register(move || app.update_ready.set(true));

    view! {
        <Router>
            <header class="topbar">
                <span class="brand">{move || app.t(crate::i18n::T::AppName)}</span>
            </header>
            <UpdateBanner />
            <main id="indhold">
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=Home />
                    <Route path=path!("/indstillinger") view=SettingsPage />
                </Routes>
            </main>
            <Nav />
        </Router>
    }
}
