//! `/`: on first run the welcome (what the app is for, the two names, who hosts first);
//! then the programme's overview.

use leptos::prelude::*;

use crate::components::loading::Loading;
use crate::core::model::{ParticipantId, Programme};
use crate::core::validate::MAX_NAME;
use crate::i18n::T;
use crate::platform;
use crate::state::{expect_app, Load};
use crate::store::live;

mod overview;
pub use overview::{Backup, Overview};

#[component]
pub fn Home() -> impl IntoView {
    let app = expect_app();
    move || match app.load.get() {
        Load::Loading => view! { <Loading /> }.into_any(),
        Load::FirstRun => view! { <Welcome /> }.into_any(),
        Load::Ready => view! { <overview::OverviewScreen /> }.into_any(),
    }
}

/// The pair as typed on the welcome screen.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PairForm {
    pub mine: String,
    pub partner: String,
    /// The partner hosts visit 1 (else I do).
    pub partner_hosts_first: bool,
}

impl PairForm {
    /// The new programme with these two ids, or the message to show when a name is
    /// missing.
    pub fn programme(&self, me: ParticipantId, partner: ParticipantId) -> Result<Programme, T> {
        let (mine, theirs) = (self.mine.trim(), self.partner.trim());
        if mine.is_empty() || theirs.is_empty() {
            return Err(T::NamesMissing);
        }
        let mut programme = Programme::new(me.clone(), partner.clone());
        programme.me.name.set(mine.to_string(), &me);
        programme.partner.name.set(theirs.to_string(), &me);
        let first = if self.partner_hosts_first {
            &partner
        } else {
            &me
        };
        programme.set_first_host(first, &me);
        Ok(programme)
    }
}

/// The first run: what the app is for, the two names and who hosts visit 1.
#[component]
fn Welcome() -> impl IntoView {
    let app = expect_app();
    let form = RwSignal::new(PairForm::default());
    let problem = RwSignal::new(None::<T>);
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let me = ParticipantId(platform::random_id());
        let partner = ParticipantId(platform::random_id());
        match form.with_untracked(|f| f.programme(me, partner)) {
            Err(message) => problem.set(Some(message)),
            Ok(programme) => {
                live::create(app, programme);
                // The first saved data is the moment to ask the browser to keep it.
                leptos::task::spawn_local(async {
                    let _ = platform::persist_storage().await;
                });
            }
        }
    };
    let host_choice = move |partner: bool, label: T| {
        view! {
            <label class="choice">
                <input
                    type="radio"
                    name="first-host"
                    value=if partner { "partner" } else { "me" }
                    prop:checked=!partner
                    on:change=move |_| form.update(|f| f.partner_hosts_first = partner)
                />
                <span>{app.t(label)}</span>
            </label>
        }
    };
    view! {
        <h1>{app.t(T::WelcomeTitle)}</h1>
        <p>{app.t(T::HomeIntro)}</p>
        <p class="privacy">{app.t(T::HomePrivacy)}</p>
        <form class="stack" novalidate on:submit=start>
            <label class="field" for="name">
                <span>{app.t(T::YourName)}</span>
                <input
                    type="text"
                    id="name"
                    name="name"
                    autocomplete="name"
                    enterkeyhint="next"
                    maxlength=MAX_NAME
                    on:input=move |ev| form.update(|f| f.mine = event_target_value(&ev))
                />
            </label>
            <label class="field" for="partner">
                <span>{app.t(T::PartnerName)}</span>
                <input
                    type="text"
                    id="partner"
                    name="partner"
                    autocomplete="off"
                    maxlength=MAX_NAME
                    enterkeyhint="done"
                    on:input=move |ev| form.update(|f| f.partner = event_target_value(&ev))
                />
            </label>
            <fieldset class="choices">
                <legend>{app.t(T::FirstHostLegend)}</legend>
                {host_choice(false, T::HostMe)}
                {host_choice(true, T::HostPartner)}
            </fieldset>
            <p role="alert" class="form-error">{move || problem.get().map(|t| app.t(t))}</p>
            <button type="submit">{app.t(T::Start)}</button>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pair_is_made_from_two_trimmed_names_and_the_first_host() {
        let (m, j) = (ParticipantId("m".into()), ParticipantId("j".into()));
        let form = PairForm {
            mine: " Mette ".into(),
            partner: "Jonas".into(),
            partner_hosts_first: true,
        };
        let p = form.programme(m.clone(), j).unwrap();
        assert_eq!(p.me.name.value, "Mette");
        assert_eq!(p.host_and_guest(0), Some(("Jonas", "Mette")));
        assert_eq!(p.host_and_guest(1), Some(("Mette", "Jonas")));
    }

    #[test]
    fn a_missing_name_is_said_and_makes_no_pair() {
        let (m, j) = (ParticipantId("m".into()), ParticipantId("j".into()));
        for (mine, partner) in [("", "Jonas"), ("Mette", "  "), ("", "")] {
            let form = PairForm {
                mine: mine.into(),
                partner: partner.into(),
                partner_hosts_first: false,
            };
            assert_eq!(form.programme(m.clone(), j.clone()), Err(T::NamesMissing));
        }
    }
}
