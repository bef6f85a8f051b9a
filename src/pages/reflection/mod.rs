//! `/besoeg/N/refleksion`: the joint reflection on one phone (§5). Either partner
//! writes, chosen on the screen, and each answer keeps who wrote it. Intended and
//! perceived leadership (§6) are revealed together, once the guest has rated.

use leptos::prelude::*;

use crate::components::back_link::BackLink;
use crate::components::choice::Choice;
use crate::components::loading::Loading;
use crate::components::text_field::{FieldKind, TextField};
use crate::core::edit;
use crate::core::model::{Field, ParticipantId, Programme, Visit};
use crate::core::observe::minutes_since;
use crate::core::records::section_key;
use crate::core::route::Route;
use crate::i18n::{GUEST_QUESTIONS, HOST_QUESTIONS, T};
use crate::pages::observe::tag_names;
use crate::pages::VISIT_NAMES;
use crate::state::{expect_app, Load};
use crate::store::live;

mod compare;

/// The two who write on this phone: this phone's user and the partner, by id and name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Writers {
    pub me: (ParticipantId, String),
    pub partner: (ParticipantId, String),
}

impl Writers {
    pub fn of(p: &Programme) -> Writers {
        Writers {
            me: (p.me.id.clone(), p.me.name.value.clone()),
            partner: (p.partner.id.clone(), p.partner.name.value.clone()),
        }
    }

    /// Who wrote a field, by name ("" before anyone did).
    pub fn name_of(&self, field: &Field<String>) -> &str {
        if !field.is_written() {
            ""
        } else if field.by == self.me.0 {
            &self.me.1
        } else {
            &self.partner.1
        }
    }
}

/// The reflection after visit `index`.
#[component]
pub fn Reflection(index: usize) -> impl IntoView {
    let app = expect_app();
    view! {
        <BackLink to=Route::Visit(index) name=VISIT_NAMES[index].1 />
        <h1>{app.t(T::StepReflection)}</h1>
        {move || match app.load.get() {
            Load::Loading => view! { <Loading /> }.into_any(),
            // The screen is drawn from the visit as it is when it opens.
            _ => app
                .programme
                .with_untracked(|p| {
                    let p = p.as_ref()?;
                    let (host, guest) = p.host_and_guest(index).unwrap_or(("", ""));
                    let names = (host.to_string(), guest.to_string());
                    Some((Writers::of(p), p.visits.get(index)?.clone(), names))
                })
                .map(|(writers, v, (host, guest))| view! { <Together index writers v host guest /> })
                .into_any(),
        }}
    }
}

/// The reflection of visit `v` (number `index`), hosted by `host` with `guest`.
#[component]
fn Together(
    index: usize,
    writers: Writers,
    v: Visit,
    host: String,
    guest: String,
) -> impl IntoView {
    let app = expect_app();
    // Who is typing on this phone now.
    let writer = RwSignal::new(writers.me.0.clone());
    let answer = |key: String, label: T, field: &Field<String>| {
        view! { <Answer index writer key label value=field.value.clone() by=writers.name_of(field).to_string() /> }
    };
    let r = &v.reflection;
    let host_answers = HOST_QUESTIONS
        .into_iter()
        .enumerate()
        .map(|(n, q)| answer(format!("reflection.host.{n}"), q, &r.host[n]))
        .collect_view();
    let guest_answers = GUEST_QUESTIONS
        .into_iter()
        .enumerate()
        .map(|(n, q)| answer(format!("reflection.guest.{n}"), q, &r.guest[n]))
        .collect_view();
    let shared = answer("reflection.shared".into(), T::SharedQuestion, &r.shared);
    // The guest's notes to quote from, folded away until asked for.
    let start = v.observation_start().unwrap_or_default();
    let notes: Vec<(String, String, String)> = v
        .live_notes()
        .filter(|n| n.text.has_text())
        .map(|n| {
            (
                format!("+{} min", minutes_since(start, n.created)),
                n.text.value.clone(),
                tag_names(&v, n, app.lang()),
            )
        })
        .collect();
    let note_count = notes.len();
    view! {
        <fieldset class="choices writer">
            <legend>{app.t(T::Writer)}</legend>
            {[writers.me.clone(), writers.partner.clone()]
                .into_iter()
                .map(|(id, name)| {
                    let checked = id == writer.get_untracked();
                    let value = id.0.clone();
                    let choose = move |_| writer.set(id.clone());
                    view! { <Choice radio=true name="writer" value label=name checked on_change=choose /> }
                })
                .collect_view()}
        </fieldset>
        <section aria-labelledby="r-host">
            <h2 id="r-host">{app.t(T::ReflectHostTitle)}" · "{host.clone()}</h2>
            <p class="hint">{app.t(T::ReflectHostIntro)}</p>
            {host_answers}
        </section>
        <section aria-labelledby="r-guest">
            <h2 id="r-guest">{app.t(T::ReflectGuestTitle)}" · "{guest.clone()}</h2>
            <p class="hint">{app.t(T::ReflectGuestIntro)}</p>
            <details class="at-hand">
                <summary>{app.t(T::GuestNotes)}" ("{note_count}")"</summary>
                <ul class="evidence">
                    {notes
                        .into_iter()
                        .map(|(stamp, text, tags)| view! {
                            <li>
                                <span class="stamp">{stamp}</span>" "{text}
                                {(!tags.is_empty()).then(|| view! { " " <span class="tags">{tags}</span> })}
                            </li>
                        })
                        .collect_view()}
                </ul>
            </details>
            {guest_answers}
        </section>
        <section aria-labelledby="r-shared">
            <h2 id="r-shared">{app.t(T::ReflectSharedTitle)}</h2>
            {shared}
        </section>
        <compare::Comparison index host guest />
    }
}

/// A question with its answer, saved as typed under the writer chosen, and who wrote it.
#[component]
fn Answer(
    index: usize,
    writer: RwSignal<ParticipantId>,
    key: String,
    label: T,
    value: String,
    by: String,
) -> impl IntoView {
    let app = expect_app();
    let by = RwSignal::new(by);
    let typed = {
        let key = key.clone();
        move |value: String| {
            let who = writer.get_untracked();
            let mut name = String::new();
            live::edit(app, section_key(index, "reflection"), |p| {
                name = if who == p.me.id {
                    p.me.name.value.clone()
                } else {
                    p.partner.name.value.clone()
                };
                if let Some(v) = p.visits.get_mut(index) {
                    edit::apply(v, &key, &value, false, &who);
                }
            });
            by.set(name);
        }
    };
    view! {
        <TextField id=key.clone() label=app.t(label) kind=FieldKind::Lines value on_input=typed />
        <p class="by" data-testid=format!("by-{key}")>
            {move || {
                let name = by.get();
                (!name.is_empty()).then(|| format!("{} {name}", app.t(T::WrittenBy)))
            }}
        </p>
    }
}
