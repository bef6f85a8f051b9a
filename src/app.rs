//! The app shell: state, the top bar, the screens by address, the tab bar.

use leptos::prelude::*;
use leptos_router::components::{Redirect, Route, Router, Routes};
use leptos_router::hooks::{use_location, use_params_map};
use leptos_router::path;

use crate::components::nav::Nav;
use crate::components::save_notice::SaveNotice;
use crate::components::update_banner::UpdateBanner;
use crate::core::route::{visit_index, Part};
use crate::i18n::T;
use crate::pages::home::Home;
use crate::pages::not_found::NotFound;
use crate::pages::observe::Observe;
use crate::pages::part::PartPage;
use crate::pages::reflection::Reflection;
use crate::pages::settings::Settings;
use crate::pages::share::Exchange;
use crate::pages::visit::Visit;
use crate::pages::wrap_up::WrapUp;
use crate::platform::{self, location};
use crate::state::AppState;
use crate::store::{self, live};

#[component]
pub fn App() -> impl IntoView {
    let app = AppState::new(store::load_settings());
    app.provide();
    // Keep <html lang> in step with the chosen language.
    Effect::new(move |_| platform::set_document_lang(app.lang()));
    platform::service_worker::register(move || app.update_ready.set(true));
    live::start(app);

    // The texts are plain strings: a language switch draws the app again, so no text
    // needs a reactive closure of its own.
    view! {
        <Router>
            <FocusOnNavigation />
            {move || {
                app.lang();
                view! {
                    <header class="topbar">
                        <span class="brand">{app.t(T::AppName)}</span>
                    </header>
                    <UpdateBanner />
                    <SaveNotice />
                    <main id="indhold">
                        <Routes fallback=NotFound>
                            <Route path=path!("/") view=Home />
                            <Route path=path!("/index.html") view=|| view! { <Redirect path="/" /> } />
                            <Route path=path!("/indstillinger") view=Settings />
                            <Route path=path!("/del") view=Exchange />
                            <Route path=path!("/opsamling") view=WrapUp />
                            <Route path=path!("/besoeg/:n") view=VisitScreen />
                            <Route path=path!("/besoeg/:n/:part") view=PartScreen />
                        </Routes>
                    </main>
                    <Nav />
                }
            }}
        </Router>
    }
}

/// `/besoeg/N`: visit N, or the not-found page for a visit that does not exist.
#[component]
fn VisitScreen() -> impl IntoView {
    let params = use_params_map();
    let index = Memo::new(move |_| params.with(|p| p.get("n").as_deref().and_then(visit_index)));
    // The same view serves /besoeg/1 and /besoeg/2: drawn again when the number changes.
    move || match index.get() {
        Some(index) => view! { <Visit index /> }.into_any(),
        None => view! { <NotFound /> }.into_any(),
    }
}

/// `/besoeg/N/del`: a part of visit N's guide (`Part`), or the not-found page.
#[component]
fn PartScreen() -> impl IntoView {
    let params = use_params_map();
    let found = Memo::new(move |_| {
        params.with(|p| {
            let index = p.get("n").as_deref().and_then(visit_index)?;
            let part = p.get("part").as_deref().and_then(Part::from_slug)?;
            Some((index, part))
        })
    });
    move || match found.get() {
        Some((index, Part::Observe)) => view! { <Observe index /> }.into_any(),
        Some((index, Part::Reflection)) => view! { <Reflection index /> }.into_any(),
        Some((index, part)) => view! { <PartPage index part /> }.into_any(),
        None => view! { <NotFound /> }.into_any(),
    }
}

/// After a move to another screen, keyboard and screen-reader focus go to its heading.
#[component]
fn FocusOnNavigation() -> impl IntoView {
    let path = use_location().pathname;
    Effect::new(move |previous: Option<String>| {
        let now = path.get();
        if previous.is_some_and(|p| p != now) {
            request_animation_frame(location::focus_heading);
        }
        now
    });
}
