//! The app shell: state, screens, navigation.

use leptos::prelude::*;

use crate::components::nav::Nav;
use crate::components::save_notice::SaveNotice;
use crate::components::update_banner::UpdateBanner;
use crate::core::route::{Part, Route};
use crate::i18n::T;
use crate::pages;
use crate::platform::{self, location};
use crate::state::AppState;
use crate::store::{self, live};

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
    location::follow_links(move |path| {
        let route = Route::parse(&path);
        if app.route.with_untracked(|r| *r != route) {
            location::push(&path);
            app.route.set(route);
        }
        location::focus_heading();
    });
    platform::service_worker::register(move || app.update_ready.set(true));
    platform::events::install();
    live::start(app);

    // Every screen is HTML drawn by one function and heard by one listener (`pages`):
    // switching screens builds a new draw function, never a new kind of view.
    let screen = move || {
        let draw = match app.route.get() {
            Route::Home => pages::home::screen(app),
            Route::Settings => pages::settings::screen(app),
            Route::Share => pages::share::screen(app, "share"),
            Route::WrapUp => pages::share::screen(app, "summary"),
            Route::Visit(index) => pages::visit::screen(app, index),
            Route::Part(index, Part::Observe) => pages::observe::screen(app, index),
            Route::Part(index, Part::Reflection) => pages::reflection::screen(app, index),
            Route::Part(index, part) => pages::part::screen(app, index, part),
            Route::NotFound(_) => pages::not_found::screen(app),
        };
        pages::html_screen(draw)
    };
    // The texts are plain strings: a language switch draws the app again, so no text
    // needs a reactive closure of its own (each costs code in the first-load budget).
    move || {
        app.lang();
        view! {
            <header class="topbar">
                <span class="brand">{app.t(T::AppName)}</span>
            </header>
            <UpdateBanner />
            <SaveNotice />
            <main id="indhold">{screen}</main>
            <Nav />
        }
    }
}
