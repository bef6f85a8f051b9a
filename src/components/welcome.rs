use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::components::fields::{choice, text_field};
use crate::core::model::{ParticipantId, Programme};
use crate::i18n::T;
use crate::platform;
use crate::state::expect_app;
use crate::store::live;

/// First run: what the app is for, then the two names and who hosts first.
#[component]
pub fn Welcome() -> impl IntoView {
    let app = expect_app();
    let name = RwSignal::new(String::new());
    let partner = RwSignal::new(String::new());
    let i_host_first = RwSignal::new(true);
    let missing = RwSignal::new(false);

    let start = move |ev: SubmitEvent| {
        ev.prevent_default();
        let (mine, theirs) = (name.get_untracked(), partner.get_untracked());
        if mine.trim().is_empty() || theirs.trim().is_empty() {
            missing.set(true);
            return;
        }
        let me = ParticipantId(platform::random_id());
        let partner_id = ParticipantId(platform::random_id());
        let mut programme = Programme::new(me.clone(), partner_id.clone());
        programme.me.name.set(mine.trim().to_string(), &me);
        programme.partner.name.set(theirs.trim().to_string(), &me);
        let first = if i_host_first.get_untracked() {
            &me
        } else {
            &partner_id
        };
        programme.set_first_host(first, &me);
        live::create(app, programme);
        // The first saved data is the moment to ask the browser to keep it.
        leptos::task::spawn_local(async {
            let _ = platform::persist_storage().await;
        });
    };

    view! {
        <h1>{app.t(T::WelcomeTitle)}</h1>
        <p>{app.t(T::HomeIntro)}</p>
        <p class="privacy">{app.t(T::HomePrivacy)}</p>
        <form class="stack" on:submit=start novalidate>
            {text_field(app.t(T::YourName), "name", "name", "next", name)}
            {text_field(app.t(T::PartnerName), "partner", "off", "done", partner)}
            <fieldset class="choices">
                <legend>{app.t(T::FirstHostLegend)}</legend>
                {choice(
                    "first-host",
                    app.t(T::HostMe),
                    None,
                    i_host_first.into(),
                    Callback::new(move |()| i_host_first.set(true)),
                )}
                {choice(
                    "first-host",
                    app.t(T::HostPartner),
                    None,
                    Signal::derive(move || !i_host_first.get()),
                    Callback::new(move |()| i_host_first.set(false)),
                )}
            </fieldset>
            <p role="alert" class="form-error">
                {move || missing.get().then(|| app.t(T::NamesMissing))}
            </p>
            <button type="submit">{app.t(T::Start)}</button>
        </form>
    }
}
