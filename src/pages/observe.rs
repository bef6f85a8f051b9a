//! The guest's live observation (`observing` draws it). Every keystroke is applied to the
//! note and its own record is written at once (`store::live`): no save button, and no
//! redraw while typing. The screen is kept awake while it is open.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::core::model::{Note, ParticipantId};
use crate::core::records::note_key;
use crate::core::route::Route;
use crate::core::time::Timestamp;
use crate::html::Html;
use crate::i18n::T;
use crate::observing;
use crate::pages::{head, loading, Draw};
use crate::platform;
use crate::platform::events::action;
use crate::state::{AppState, Load};
use crate::store::live;

/// What the screen holds besides the programme: the note being written (`None`: a new
/// one, made at the first keystroke or marker) and the note just deleted, to undo.
#[derive(Clone, Copy)]
struct Screen {
    index: usize,
    current: StoredValue<Option<String>>,
    deleted: StoredValue<Option<String>>,
    redraw: RwSignal<u32>,
}

/// Observing visit `index`.
pub fn screen(app: AppState, index: usize) -> Draw {
    let screen = Screen {
        index,
        current: StoredValue::new(None),
        deleted: StoredValue::new(None),
        redraw: RwSignal::new(0),
    };
    platform::events::on_screen(move |ev| match ev.type_().as_str() {
        "input" => on_input(app, screen, ev),
        "click" => on_click(app, screen, ev),
        // Markers keep the keyboard up: the field does not lose focus to them.
        "mousedown" if action(&ev).is_some_and(|(_, a)| a == "tag") => ev.prevent_default(),
        _ => {}
    });
    platform::keep_awake(true);
    platform::set_root_flag("data-observing", true);
    on_cleanup(|| {
        platform::keep_awake(false);
        platform::set_root_flag("data-observing", false);
    });
    Box::new(move || {
        screen.redraw.track();
        let lang = app.lang();
        if app.load.get() == Load::Loading {
            return loading(lang);
        }
        let mut h = Html::new(lang);
        let back = if index == 0 { T::PhaseMar } else { T::PhaseApr };
        head(
            &mut h,
            &Route::Visit(index).path(),
            back,
            T::StepObservation,
        );
        h.raw("<div class=\"observing\">");
        app.programme.with_untracked(|p| {
            if let Some(v) = p.as_ref().and_then(|p| p.visits.get(index)) {
                let current = screen.current.get_value();
                let deleted = screen.deleted.get_value();
                h.raw(&observing::render(
                    v,
                    current.as_deref(),
                    deleted.as_deref(),
                    lang,
                    &platform::local_clock,
                ));
            }
        });
        h.raw("</div>");
        // After it is drawn: the cursor in the note, at its end, ready to type.
        request_animation_frame(|| focus_note("text"));
        h.out
    })
}

fn get(target: &JsValue, name: &str) -> String {
    js_sys::Reflect::get(target, &name.into())
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// Puts the cursor at the end of the note's `field`.
fn focus_note(field: &str) {
    if let Some(area) = platform::element(&format!("#note-{field}")) {
        let _ = area.focus();
        let end = JsValue::from(get(&area, "value").encode_utf16().count() as u32);
        let _ = js_sys::Reflect::set(&area, &"selectionStart".into(), &end);
    }
}

/// Applies `edit` to the current note (made now if it is new) and writes its record.
/// Returns whether the note was made by this edit.
fn edit_note(
    app: AppState,
    screen: Screen,
    edit: &mut dyn FnMut(&mut Note, &ParticipantId),
) -> bool {
    let made = screen.current.with_value(|c| c.is_none());
    let id = screen
        .current
        .get_value()
        .unwrap_or_else(platform::random_id);
    screen.current.set_value(Some(id.clone()));
    let now = Timestamp(js_sys::Date::now() as i64);
    live::edit(app, note_key(screen.index, &id), |p| {
        let me = p.me.id.clone();
        if let Some(v) = p.visits.get_mut(screen.index) {
            edit(v.note_or_new(&id, now), &me);
        }
    });
    made
}

/// A keystroke in the note or in "Jeg undrer mig over…".
fn on_input(app: AppState, screen: Screen, ev: web_sys::Event) {
    let Some(target) = ev.target() else { return };
    let Ok(area) = target.dyn_into::<web_sys::Element>() else {
        return;
    };
    let Some(key) = area.get_attribute("data-key") else {
        return;
    };
    let value = get(&area, "value");
    let made = edit_note(app, screen, &mut |note, me| {
        let field = if key == "wonder" {
            &mut note.wonder
        } else {
            &mut note.text
        };
        field.set(value.clone(), me);
    });
    if let Some(hint) = platform::element(&format!("#judging-{key}")) {
        let text = observing::judging_hint(&value, app.lang());
        // Most keystrokes judge nothing: then leave the empty hint alone.
        if !text.is_empty() || hint.has_child_nodes() {
            hint.set_inner_html(&text);
        }
    }
    if made {
        show_stamp(app, screen);
    }
}

/// Shows when the current note was made, once it exists.
fn show_stamp(app: AppState, screen: Screen) {
    let Some(id) = screen.current.get_value() else {
        return;
    };
    let stamp = app.programme.with_untracked(|p| {
        let v = p.as_ref()?.visits.get(screen.index)?;
        Some(observing::stamp(v, v.note(&id)?, &platform::local_clock))
    });
    if let Some(el) = platform::element("[data-testid=note-stamp]") {
        el.set_text_content(stamp.as_deref());
    }
    if let Some(delete) = platform::element("[data-action=delete]") {
        let _ = delete.remove_attribute("hidden");
    }
}

/// The buttons: a marker, a new note, delete and undo, an earlier note to open.
fn on_click(app: AppState, screen: Screen, ev: web_sys::Event) {
    let Some((element, action)) = action(&ev) else {
        return;
    };
    let id = element.get_attribute("data-id");
    match action.as_str() {
        "tag" => {
            let Some(tag) = element
                .get_attribute("data-tag")
                .and_then(|k| observing::parse_tag(&k))
            else {
                return;
            };
            let mut on = false;
            let made = edit_note(app, screen, &mut |note, me| {
                note.toggle(tag.clone(), me);
                on = note.has(&tag);
            });
            let _ = element.set_attribute("aria-pressed", if on { "true" } else { "false" });
            if made {
                show_stamp(app, screen);
            }
            return;
        }
        "new" => {
            screen.current.set_value(None);
            screen.deleted.set_value(None);
        }
        "delete" => {
            let Some(id) = screen.current.get_value() else {
                return;
            };
            edit_note(app, screen, &mut |note, me| {
                note.deleted.set(true, me);
            });
            screen.current.set_value(None);
            screen.deleted.set_value(Some(id));
        }
        "undo" => {
            screen.current.set_value(id);
            edit_note(app, screen, &mut |note, me| {
                note.deleted.set(false, me);
            });
            screen.deleted.set_value(None);
        }
        "edit" => {
            screen.current.set_value(id);
            screen.deleted.set_value(None);
        }
        _ => return,
    }
    screen.redraw.update(|r| *r += 1);
}
