use leptos::prelude::*;

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
/// up. The fields are set when a note is opened, never while the guest types.
#[component]
pub fn NoteComposer(
    /// The markers to offer, with their names.
    markers: Vec<(Tag, String)>,
    /// The note opened; set anew each time a note (or a new one) is opened.
    #[prop(into)]
    opened: Signal<OpenNote>,
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
    let text = RwSignal::new(String::new());
    let wonder = RwSignal::new(String::new());
    let pressed = RwSignal::new(Vec::<Tag>::new());
    // A note opened: its texts and markers in place, and the cursor at the end of it.
    Effect::new(move |_| {
        opened.with(|n| {
            text.set(n.text.clone());
            wonder.set(n.wonder.clone());
            pressed.set(n.tags.clone());
        });
        request_animation_frame(crate::platform::focus_note_end);
    });
    let marker = move |(tag, name): (Tag, String)| {
        let is_on = {
            let tag = tag.clone();
            move || pressed.with(|p| p.contains(&tag))
        };
        let toggle = move |_| {
            pressed.update(|p| match p.iter().position(|t| *t == tag) {
                Some(i) => {
                    p.remove(i);
                }
                None => p.push(tag.clone()),
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
    view! {
        <section class="composer" aria-label=app.t(T::StepObservation)>
            <p class="stamp" data-testid="note-stamp">{move || stamp.get()}</p>
            <label for="note-text">{app.t(T::NoteText)}</label>
            <textarea
                id="note-text"
                rows="4"
                aria-describedby="judging-text"
                prop:value=move || opened.with(|n| n.text.clone())
                on:input=move |ev| {
                    let value = event_target_value(&ev);
                    text.set(value.clone());
                    on_edit.run(NoteEdit::Text(value));
                }
            ></textarea>
            <JudgingHint id="judging-text" text=text />
            <div class="markers" role="group" aria-label=app.t(T::NoteMarkers)>
                {markers.into_iter().map(marker).collect_view()}
            </div>
            <label for="note-wonder">{app.t(T::NoteWonder)}</label>
            <textarea
                id="note-wonder"
                rows="2"
                aria-describedby="judging-wonder"
                prop:value=move || opened.with(|n| n.wonder.clone())
                on:input=move |ev| {
                    let value = event_target_value(&ev);
                    wonder.set(value.clone());
                    on_edit.run(NoteEdit::Wonder(value));
                }
            ></textarea>
            <JudgingHint id="judging-wonder" text=wonder />
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
