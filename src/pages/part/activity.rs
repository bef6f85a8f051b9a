use leptos::prelude::*;

use super::{save, save_text};
use crate::components::choice::Choice;
use crate::components::text_field::{FieldKind, TextField};
use crate::core::edit::{self, example_title};
use crate::core::model::Visit;
use crate::i18n::{CRITERIA, EXAMPLES, T};
use crate::state::expect_app;

/// §1: the guide's four criteria, the scope, its examples, the title and description.
#[component]
pub fn Activity(index: usize, visit: Visit) -> impl IntoView {
    let app = expect_app();
    let a = visit.activity;
    // The title, which a tap on an example fills in.
    let title = RwSignal::new(a.title.value);
    let criteria = CRITERIA
        .into_iter()
        .map(|(c, label)| {
            let key = format!("activity.criteria.{}", c.name());
            let checked = a.criteria.value.contains(&c);
            let tick = {
                let key = key.clone();
                move |on: bool| save(app, index, |v, me| edit::apply(v, &key, "1", on, me))
            };
            view! { <Choice name=key value="1" label=app.t(label) checked on_change=tick /> }
        })
        .collect_view();
    let example = move |ex: T| {
        let pick = move |_| {
            let text = example_title(app.t(ex));
            title.set(text.clone());
            save(app, index, |v, me| {
                edit::apply(v, "activity.title", &text, false, me)
            });
        };
        view! {
            <li>
                <button type="button" class="suggestion" on:click=pick>{app.t(ex)}</button>
            </li>
        }
    };
    view! {
        <fieldset class="choices">
            <legend>{app.t(T::CritLead)}</legend>
            {criteria}
        </fieldset>
        <TextField
            id="activity.scope"
            label=app.t(T::ScopeTitle)
            hint=app.t(T::ScopeText)
            kind=FieldKind::Lines
            value=a.scope.value
            on_input=save_text(app, index, "activity.scope".into())
        />
        <h2>{app.t(T::ExamplesTitle)}</h2>
        <p class="hint">{app.t(T::ExamplesHint)}</p>
        <ul class="suggestions">{EXAMPLES.map(example).collect_view()}</ul>
        <TextField
            id="activity.title"
            label=app.t(T::ActivityTitle)
            kind=FieldKind::Line
            value=title
            on_input=save_text(app, index, "activity.title".into())
        />
        <TextField
            id="activity.description"
            label=app.t(T::ActivityDescription)
            kind=FieldKind::Lines
            value=a.description.value
            on_input=save_text(app, index, "activity.description".into())
        />
    }
}
