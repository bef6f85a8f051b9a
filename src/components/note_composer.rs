use leptos::prelude::*;

use crate::core::validate::MAX_TEXT;

use crate::components::judging_hint::JudgingHint;
use crate::core::model::Tag;
use crate::i18n::T;
use crate::state::expect_app;

/// The note as it is opened in the composer: a new one, or one written before.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OpenNote {
    pub text: String,
    pub wonder: String,
    pub tags: Vec<Tag>,
}

/// What the guest did to the note.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoteEdit {
    /// The note's text, after a keystroke.
    Text(String),
    /// "Jeg undrer mig over…", after a keystroke.
    Wonder(String),
    /// A marker tapped: on if it was off, off if it was on.
    Toggle(Tag),
}

/// The note being written: its text, one-tap markers, "Jeg undrer mig over…", and the
/// buttons for a new note and to delete this one. Tapping a marker leaves the keyboard
/// up.
#[component]
pub fn NoteComposer(
    /// The markers to offer, with their names.
    markers: Vec<(Tag, String)>,
    /// The note in the composer: the page sets it when a note (or a new one) is opened,
    /// the composer as the guest types and marks.
    note: RwSignal<OpenNote>,
    /// When the note was made ("10:42 · +12 min"), once it exists.
    #[prop(into)]
    stamp: Signal<Option<String>>,
    /// Called with each keystroke and marker.
    #[prop(into)]
    on_edit: Callback<NoteEdit>,
    /// "Ny note" tapped.
    #[prop(into)]
    on_new: Callback<()>,
    /// "Slet note" tapped.
    #[prop(into)]
    on_delete: Callback<()>,
) -> impl IntoView {
    let app = expect_app();
    let text = Signal::derive(move || note.with(|n| n.text.clone()));
    let wonder = Signal::derive(move || note.with(|n| n.wonder.clone()));
    let marker = move |(tag, name): (Tag, String)| {
        let is_on = {
            let tag = tag.clone();
            move || note.with(|n| n.tags.contains(&tag))
        };
        let toggle = move |_| {
            note.update(|n| match n.tags.iter().position(|t| *t == tag) {
                Some(i) => {
                    n.tags.remove(i);
                }
                None => n.tags.push(tag.clone()),
            });
            on_edit.run(NoteEdit::Toggle(tag.clone()));
        };
        view! {
            <button
                type="button"
                class="marker"
                aria-pressed=move || if is_on() { "true" } else { "false" }
                // The field keeps the focus: the keyboard stays up.
                on:mousedown=|ev| ev.prevent_default()
                on:click=toggle
            >
                {name}
            </button>
        }
    };
    // The note's text, or "Jeg undrer mig over…": a field with the hint under it.
    let field = move |key: &'static str,
                      label: T,
                      rows: &'static str,
                      value: Signal<String>,
                      set: fn(&mut OpenNote, &String),
                      edit: fn(String) -> NoteEdit| {
        view! {
            <label for=format!("note-{key}")>{app.t(label)}</label>
            <textarea
                id=format!("note-{key}")
                rows=rows
                aria-describedby=format!("judging-{key}")
                maxlength=MAX_TEXT
                prop:value=value
                on:input=move |ev| {
                    let value = event_target_value(&ev);
                    note.update(|n| set(n, &value));
                    on_edit.run(edit(value));
                }
            ></textarea>
            <JudgingHint id=format!("judging-{key}") text=value />
        }
    };
    view! {
        <section class="composer" aria-label=app.t(T::StepObservation)>
            <p class="stamp" data-testid="note-stamp">{move || stamp.get()}</p>
            {field("text", T::NoteText, "4", text, |n, v| n.text.clone_from(v), NoteEdit::Text)}
            <div class="markers" role="group" aria-label=app.t(T::NoteMarkers)>
                {markers.into_iter().map(marker).collect_view()}
            </div>
            {field("wonder", T::NoteWonder, "2", wonder, |n, v| n.wonder.clone_from(v), NoteEdit::Wonder)}
            <div class="actions">
                <button type="button" on:click=move |_| on_new.run(())>{app.t(T::NoteNew)}</button>
                // Only a note that exists can be deleted.
                <Show when=move || stamp.with(Option::is_some)>
                    <button type="button" class="quiet" on:click=move |_| on_delete.run(())>
                        {app.t(T::NoteDelete)}
                    </button>
                </Show>
            </div>
        </section>
    }
}
