use leptos::prelude::*;

use crate::components::marked_text::MarkedText;
use crate::i18n::T;
use crate::state::expect_app;

/// A note as the list shows it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct NoteRow {
    pub id: String,
    /// "10:42 · +12 min".
    pub stamp: String,
    pub text: String,
    pub wonder: String,
    /// The markers by name, "Citat · Vision" (empty without markers).
    pub tags: String,
}

/// The notes written before, newest first, under "Dine noter (N)"; each a button that
/// opens the note again.
#[component]
pub fn NoteList(
    /// The notes to list, newest first.
    #[prop(into)]
    rows: Signal<Vec<NoteRow>>,
    /// Called with a note's id when it is tapped.
    #[prop(into)]
    on_open: Callback<String>,
) -> impl IntoView {
    let app = expect_app();
    let row = move |note: NoteRow| {
        let id = note.id.clone();
        view! {
            <li>
                <button type="button" class="note" on:click=move |_| on_open.run(id.clone())>
                    <span class="stamp">{note.stamp}</span>
                    " "
                    <span class="text"><MarkedText text=note.text /></span>
                    {(!note.wonder.trim().is_empty()).then(|| view! {
                        " "
                        <span class="wonder"><MarkedText text=note.wonder /></span>
                    })}
                    {(!note.tags.is_empty()).then(|| view! { " " <span class="tags">{note.tags}</span> })}
                </button>
            </li>
        }
    };
    view! {
        <h2 id="notes-title">
            {app.t(T::NotesTitle)}" ("{move || rows.with(Vec::len)}")"
        </h2>
        <Show
            when=move || rows.with(|r| !r.is_empty())
            fallback=move || view! { <p class="muted">{app.t(T::NotesNone)}</p> }
        >
            <ol class="notes" aria-labelledby="notes-title">
                // A row is drawn again only when what it shows changes.
                <For each=move || rows.get() key=|row| row.clone() children=row />
            </ol>
        </Show>
    }
}
