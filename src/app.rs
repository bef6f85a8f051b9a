//! The app shell: state, screens, navigation.

use leptos::prelude::*;

use crate::components::nav::Nav;
use crate::components::update_banner::UpdateBanner;
use crate::core::route::Route;
use crate::i18n::T;
use crate::pages::home::Home;
use crate::pages::not_found::NotFound;
use crate::pages::settings::SettingsPage;
use crate::platform::{self, location};
use crate::state::AppState;
use crate::store;

#[component]
pub fn App() -> impl IntoView {
    let app = AppState::new(
        store::load_settings(),
        Route::parse(&location::current_path()),
    );
    app.provide();
    // Keep <html lang> in step with the chosen language.
    Effect::new(move |_| platform::set_document_lang(app.lang()));
    location::on_back_or_forward(move |path| app.route.set(Route::parse(&path)));
    platform::service_worker::register(move || app.update_ready.set(true));

    let screen = move || match app.route.get() {
        Route::Home => Home().into_any(),
        Route::Settings => SettingsPage().into_any(),
        Route::NotFound(_) => NotFound().into_any(),
    };
    view! {
        <header class="topbar">
            <span class="brand">{move || app.t(T::AppName)}</span>
        </header>
        <UpdateBanner />
        <main id="indhold">{screen}</main>
        <Nav />
    }
}
