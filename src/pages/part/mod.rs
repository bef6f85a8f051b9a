//! `/besoeg/N/…`: a part of a visit's preparation (§1 activity, §2 time and place, §3 the
//! six questions and focus points, §4 roles, §6 intended or perceived leadership). Each
//! field is saved as it is typed: the edit is applied to the programme and its
//! section's record written (`store::live`).

use leptos::prelude::*;

use crate::components::back_link::BackLink;
use crate::components::loading::Loading;
use crate::core::edit;
use crate::core::model::{ParticipantId, Visit};
use crate::core::records::section_key;
use crate::core::route::{Part, Route};
use crate::i18n::T;
use crate::pages::VISIT_NAMES;
use crate::state::{expect_app, AppState, Load};
use crate::store::live;

mod activity;
mod agreements;
mod alignment;
mod leadership;

/// Part `part` of visit `index`.
#[component]
pub fn PartPage(index: usize, part: Part) -> impl IntoView {
    let app = expect_app();
    // The form is drawn from the visit as it is when the screen opens (or once it has
    // loaded), never again while the user types.
    let form = move || {
        let visit = app
            .programme
            .with_untracked(|p| p.as_ref().and_then(|p| p.visits.get(index).cloned()))?;
        Some(match part {
            Part::Activity => view! { <activity::Activity index visit /> }.into_any(),
            Part::Agreements => view! { <agreements::Agreements index visit /> }.into_any(),
            Part::Alignment => view! { <alignment::Alignment index visit /> }.into_any(),
            Part::Roles => view! { <Roles /> }.into_any(),
            Part::Intended => {
                view! { <leadership::Leadership index visit perceived=false /> }.into_any()
            }
            Part::Perceived => {
                view! { <leadership::Leadership index visit perceived=true /> }.into_any()
            }
            // The observation and the reflection have their own screens.
            Part::Observe | Part::Reflection => return None,
        })
    };
    view! {
        <BackLink to=Route::Visit(index) name=VISIT_NAMES[index].1 />
        <h1>{app.t(part_title(part))}</h1>
        <div class="part">
            {move || match app.load.get() {
                Load::Loading => view! { <Loading /> }.into_any(),
                _ => form.into_any(),
            }}
        </div>
    }
}

/// Writes an edit of visit `index` as this phone's user, into the section's record.
/// `edit` returns the section it changed (`None`: nothing changed).
pub fn save(
    app: AppState,
    index: usize,
    edit: impl FnOnce(&mut Visit, &ParticipantId) -> Option<&'static str>,
) {
    let mut section = None;
    app.programme.update_untracked(|p| {
        if let Some(p) = p {
            let me = p.me.id.clone();
            if let Some(v) = p.visits.get_mut(index) {
                section = edit(v, &me);
            }
        }
    });
    if let Some(section) = section {
        // The edit is made; write its record (and let the overview's statuses follow).
        live::edit(app, section_key(index, section), |_| {});
    }
}

/// What a text field of visit `index` does with each keystroke: saves it under `key`.
pub fn save_text(app: AppState, index: usize, key: String) -> Callback<String> {
    Callback::new(move |value: String| {
        save(app, index, |v, me| edit::apply(v, &key, &value, false, me))
    })
}

/// §4: the roles of host and guest, as the guide gives them.
#[component]
fn Roles() -> impl IntoView {
    let app = expect_app();
    [
        (T::Host, [T::RoleHost1, T::RoleHost2, T::RoleHost3]),
        (T::Guest, [T::RoleGuest1, T::RoleGuest2, T::RoleGuest3]),
    ]
    .into_iter()
    .map(|(who, points)| {
        view! {
            <section class="card role">
                <h2>{app.t(who)}</h2>
                <ul>{points.map(|p| view! { <li>{app.t(p)}</li> }).collect_view()}</ul>
            </section>
        }
    })
    .collect_view()
}

/// The title of each part's screen.
pub fn part_title(part: Part) -> T {
    match part {
        Part::Activity => T::StepActivity,
        Part::Agreements => T::StepAgreements,
        Part::Alignment => T::StepAlignment,
        Part::Roles => T::StepRoles,
        Part::Intended => T::StepIntended,
        Part::Observe => T::StepObservation,
        Part::Perceived => T::StepPerceived,
        Part::Reflection => T::StepReflection,
    }
}
