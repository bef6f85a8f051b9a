//! `/besoeg/N/observer`: the guest's live observation. Every keystroke is applied to the
//! note and its own record is written at once (`store::live`): no save button, and no
//! redraw while typing. The screen is kept awake while it is open.

use leptos::prelude::*;

use crate::components::back_link::BackLink;
use crate::components::loading::Loading;
use crate::components::note_composer::{NoteComposer, NoteEdit, OpenNote};
use crate::components::note_list::{NoteList, NoteRow};
use crate::core::model::{Note, Style, Tag, Visit};
use crate::core::observe::minutes_since;
use crate::core::records::note_key;
use crate::core::route::Route;
use crate::core::settings::Lang;
use crate::core::time::{Clock, Timestamp};
use crate::i18n::{tr, T};
use crate::pages::VISIT_NAMES;
use crate::platform;
use crate::state::{expect_app, AppState, Load};
use crate::store::live;

/// The styles as markers: short, so a thumb finds them among the others.
const SHORT_STYLES: [(Style, T); 5] = [
    (Style::Vision, T::TagVision),
    (Style::ContingentRecognition, T::TagRecognition),
    (Style::DataInformed, T::TagData),
    (Style::Distributed, T::TagDistributed),
    (Style::RelationBuilding, T::TagRelationBuilding),
];

/// A marker's name on screen: the focus point's own words, or the guide's.
pub fn tag_label<'a>(tag: &Tag, v: &'a Visit, lang: Lang) -> &'a str {
    let key = match tag {
        Tag::Focus(id) => return v.focus_text(id).unwrap_or(""),
        Tag::Reactions => T::TagReactions,
        Tag::Relations => T::TagRelations,
        Tag::Resistance => T::TagResistance,
        Tag::Quote => T::TagQuote,
        Tag::Style(style) => SHORT_STYLES
            .iter()
            .find(|(s, _)| s == style)
            .map_or(T::TagQuote, |(_, name)| *name),
    };
    tr(lang, key)
}

/// A note's markers by name: "Citat · Vision".
pub fn tag_names(v: &Visit, note: &Note, lang: Lang) -> String {
    let names: Vec<&str> = note
        .tags
        .value
        .iter()
        .map(|t| tag_label(t, v, lang))
        .collect();
    names.join(" · ")
}

/// When a note was written: "10:42 · +12 min" (clock time, minutes into the observation).
pub fn stamp(v: &Visit, note: &Note, local: &dyn Fn(Timestamp) -> Clock) -> String {
    let start = v.observation_start().unwrap_or(note.created);
    format!(
        "{} · +{} min",
        local(note.created).short(),
        minutes_since(start, note.created)
    )
}

/// The notes written before the one open (`current`), newest first. A note begun and
/// emptied again is no note.
pub fn earlier_notes(
    v: &Visit,
    current: Option<&str>,
    lang: Lang,
    local: &dyn Fn(Timestamp) -> Clock,
) -> Vec<NoteRow> {
    let mut rows: Vec<NoteRow> = v
        .live_notes()
        .filter(|n| Some(n.id.as_str()) != current)
        .filter(|n| n.text.has_text() || n.wonder.has_text() || !n.tags.value.is_empty())
        .map(|n| NoteRow {
            id: n.id.clone(),
            stamp: stamp(v, n, local),
            text: n.text.value.clone(),
            wonder: n.wonder.value.clone(),
            tags: tag_names(v, n, lang),
        })
        .collect();
    rows.reverse();
    rows
}

/// The screen's own state besides the programme.
#[derive(Clone, Copy)]
struct Observing {
    app: AppState,
    index: usize,
    /// The note being written (`None`: a new one, made at the first keystroke or marker).
    current: StoredValue<Option<String>>,
    /// The note in the composer.
    note: RwSignal<OpenNote>,
    /// When the note was made, once it exists.
    stamp: RwSignal<Option<String>>,
    /// The note just deleted, to undo.
    deleted: RwSignal<Option<String>>,
    /// A note opened: the list of earlier notes follows.
    turn: Trigger,
}

impl Observing {
    fn visit<R>(self, f: impl FnOnce(&Visit) -> R) -> Option<R> {
        self.app
            .programme
            .with_untracked(|p| p.as_ref()?.visits.get(self.index).map(f))
    }

    /// Applies `edit` to the current note (made now if it is new) and writes its record.
    fn edit(self, edit: impl FnOnce(&mut Note, &crate::core::model::ParticipantId)) {
        let made = self.current.with_value(|c| c.is_none());
        let id = self.current.get_value().unwrap_or_else(platform::random_id);
        self.current.set_value(Some(id.clone()));
        let now = Timestamp(js_sys::Date::now() as i64);
        live::edit(self.app, note_key(self.index, &id), |p| {
            let me = p.me.id.clone();
            if let Some(v) = p.visits.get_mut(self.index) {
                edit(v.note_or_new(&id, now), &me);
            }
        });
        if made {
            self.stamp.set(
                self.visit(|v| Some(stamp(v, v.note(&id)?, &platform::local_clock)))
                    .flatten(),
            );
        }
    }

    /// Opens note `id` (`None`: a new one) in the composer.
    fn open(self, id: Option<String>) {
        let note = id.as_deref().and_then(|id| {
            self.visit(|v| {
                let n = v.note(id).filter(|n| !n.deleted.value)?;
                let open = OpenNote {
                    text: n.text.value.clone(),
                    wonder: n.wonder.value.clone(),
                    tags: n.tags.value.clone(),
                };
                Some((open, stamp(v, n, &platform::local_clock)))
            })
            .flatten()
        });
        self.current.set_value(note.as_ref().and(id));
        let (open, when) = note.map_or((OpenNote::default(), None), |(o, s)| (o, Some(s)));
        self.stamp.set(when);
        self.note.set(open);
        self.turn.notify();
        // The cursor in the note, at its end, ready to type.
        request_animation_frame(platform::focus_note_end);
    }

    fn delete(self) {
        let Some(id) = self.current.get_value() else {
            return;
        };
        self.edit(|note, me| {
            note.deleted.set(true, me);
        });
        self.open(None);
        self.deleted.set(Some(id));
    }

    fn undo(self) {
        let Some(id) = self.deleted.get_untracked() else {
            return;
        };
        self.current.set_value(Some(id.clone()));
        self.edit(|note, me| {
            note.deleted.set(false, me);
        });
        self.deleted.set(None);
        self.open(Some(id));
    }
}

/// Observing visit `index`.
#[component]
pub fn Observe(index: usize) -> impl IntoView {
    let app = expect_app();
    let screen = Observing {
        app,
        index,
        current: StoredValue::new(None),
        note: RwSignal::new(OpenNote::default()),
        stamp: RwSignal::new(None),
        deleted: RwSignal::new(None),
        turn: Trigger::new(),
    };
    platform::keep_awake(true);
    platform::set_root_flag("data-observing", true);
    on_cleanup(|| {
        platform::keep_awake(false);
        platform::set_root_flag("data-observing", false);
    });
    let rows = Memo::new(move |_| {
        screen.turn.track();
        app.load.track();
        let lang = app.lang();
        let current = screen.current.get_value();
        screen
            .visit(|v| earlier_notes(v, current.as_deref(), lang, &platform::local_clock))
            .unwrap_or_default()
    });
    // Nothing to observe without a programme (a deep link on a phone with no pair yet).
    let composer = move || {
        let lang = app.lang();
        let markers: Vec<(Tag, String)> = screen.visit(|v| {
            v.markers()
                .into_iter()
                .map(|(tag, _)| {
                    let name = tag_label(&tag, v, lang).to_string();
                    (tag, name)
                })
                .collect()
        })?;
        // The cursor in the note, ready to type.
        request_animation_frame(platform::focus_note_end);
        let on_edit = move |edit: NoteEdit| {
            screen.edit(|note, me| match edit {
                NoteEdit::Text(text) => {
                    note.text.set(text, me);
                }
                NoteEdit::Wonder(text) => {
                    note.wonder.set(text, me);
                }
                NoteEdit::Toggle(tag) => note.toggle(tag, me),
            })
        };
        Some(view! {
            <NoteComposer
                markers
                note=screen.note
                stamp=screen.stamp
                on_edit
                on_new=move |()| {
                    screen.deleted.set(None);
                    screen.open(None);
                }
                on_delete=move |()| screen.delete()
            />
            <div role="status" class="undo">
                {move || screen.deleted.get().map(|_| view! {
                    {app.t(T::NoteDeleted)}
                    " "
                    <button type="button" on:click=move |_| screen.undo()>{app.t(T::Undo)}</button>
                })}
            </div>
            <NoteList
                rows
                on_open=move |id: String| {
                    screen.deleted.set(None);
                    screen.open(Some(id));
                }
            />
        })
    };
    view! {
        <BackLink to=Route::Visit(index) name=VISIT_NAMES[index].1 />
        <h1>{app.t(T::StepObservation)}</h1>
        <div class="observing">
            <p class="reminder">{app.t(T::ObserveReminder)}</p>
            {move || match app.load.get() {
                Load::Loading => view! { <Loading /> }.into_any(),
                _ => composer().into_any(),
            }}
        </div>
    }
}

#[cfg(test)]
mod tests;
