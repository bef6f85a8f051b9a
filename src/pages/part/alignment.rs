use leptos::prelude::*;

use super::{save, save_text};
use crate::components::text_field::{FieldKind, TextField};
use crate::core::edit::{self, live_focus_points};
use crate::core::model::Visit;
use crate::i18n::{QUESTIONS, T};
use crate::platform;
use crate::state::expect_app;

/// §3: the six questions, anyone writes; after question 4 the focus points.
#[component]
pub fn Alignment(index: usize, visit: Visit) -> impl IntoView {
    let app = expect_app();
    let questions = QUESTIONS
        .into_iter()
        .enumerate()
        .map(|(n, q)| {
            let key = format!("alignment.answer.{n}");
            view! {
                <li>
                    <TextField
                        id=key.clone()
                        label=app.t(q)
                        kind=FieldKind::Lines
                        value=visit.alignment.answers[n].value.clone()
                        on_input=save_text(app, index, key)
                    />
                    {(n == 3).then(|| view! { <FocusPoints index visit=visit.clone() /> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <p>{app.t(T::AlignIntro)}</p>
        <p class="hint">{app.t(T::AnyoneWrites)}</p>
        <ol class="questions">{questions}</ol>
    }
}

/// The focus points of question 4: each its own field ("Fokuspunkt 1", …) with a button
/// to remove it, and a field to add the next. Adding and removing keep the keyboard on
/// the field for the next point.
#[component]
fn FocusPoints(index: usize, visit: Visit) -> impl IntoView {
    let app = expect_app();
    // The texts as drawn, by the point's place in the visit's list.
    let texts: Vec<String> = visit
        .alignment
        .focus_points
        .iter()
        .map(|f| f.text.value.clone())
        .collect();
    let texts = StoredValue::new(texts);
    let points = RwSignal::new(live_focus_points(&visit));
    let new_text = RwSignal::new(String::new());
    let refresh = move || {
        let live = app.programme.with_untracked(|p| {
            p.as_ref()
                .and_then(|p| p.visits.get(index))
                .map(live_focus_points)
        });
        points.set(live.unwrap_or_default());
    };
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = new_text.get_untracked();
        if text.trim().is_empty() {
            return;
        }
        let id = platform::time_id();
        save(app, index, |v, me| {
            edit::add_focus(v, id, &text, me);
            Some("alignment")
        });
        texts.update_value(|t| t.push(text.trim().to_string()));
        new_text.set(String::new());
        refresh();
        // The tap moved the focus to the button: back to the field for the next point.
        platform::focus("[data-testid='new-focus']");
    };
    let point = move |(n, _id): (usize, String)| {
        let key = format!("alignment.focus.{n}");
        // Its own name, so a screen reader tells the fields apart.
        let label = move || {
            let place = points.with(|p| p.iter().position(|(m, _)| *m == n).unwrap_or(0));
            format!("{} {}", app.t(T::FocusPoint), place + 1)
        };
        let remove = move |_| {
            save(app, index, |v, me| {
                edit::remove_focus(v, n, me);
                Some("alignment")
            });
            refresh();
            platform::focus("[data-testid='new-focus']");
        };
        view! {
            <li class="focus-point">
                <TextField
                    id=key.clone()
                    label=label
                    kind=FieldKind::Line
                    value=texts.with_value(|t| t.get(n).cloned().unwrap_or_default())
                    on_input=save_text(app, index, key)
                />
                // "Fjern Fokuspunkt 2": which point the button removes.
                <button
                    type="button"
                    class="secondary"
                    aria-label=move || format!("{} {}", app.t(T::FocusRemove), label())
                    on:click=remove
                >
                    {app.t(T::FocusRemove)}
                </button>
            </li>
        }
    };
    view! {
        <section class="card" aria-labelledby="focus-title">
            <h2 id="focus-title">{app.t(T::FocusTitle)}</h2>
            <p class="hint">{app.t(T::FocusHint)}</p>
            <ul class="focus-points">
                <For each=move || points.get() key=|(_, id)| id.clone() children=point />
            </ul>
            <form class="add" on:submit=add>
                <TextField
                    id="new-focus"
                    label=app.t(T::FocusNew)
                    kind=FieldKind::Line
                    value=new_text
                    on_input=move |text| new_text.set(text)
                />
                <button type="submit">{app.t(T::FocusAdd)}</button>
            </form>
        </section>
    }
}
