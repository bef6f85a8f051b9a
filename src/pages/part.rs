//! A part of a visit's preparation: the form from `forms`, drawn as HTML, and one
//! delegated handler for all its fields and buttons. Every keystroke is applied to the
//! programme and its section's record is written (`store::live`).

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::core::ics::{self, Event};
use crate::core::model::{ParticipantId, Programme, Visit};
use crate::core::records::section_key;
use crate::core::route::{Part, Route};
use crate::core::time::Timestamp;
use crate::forms;
use crate::html::Html;
use crate::i18n::T;
use crate::pages::{head, loading, Draw};
use crate::platform;
use crate::state::{AppState, Load};
use crate::store::live;

/// One part of visit `index`.
pub fn screen(app: AppState, index: usize, part: Part) -> Draw {
    // Drawn again only when the list of focus points changes, never while typing.
    let redraw = RwSignal::new(0u32);
    platform::events::on_screen(move |ev| on_event(app, index, redraw, ev));
    Box::new(move || {
        redraw.track();
        let lang = app.lang();
        if app.load.get() == Load::Loading {
            return loading(lang);
        }
        let mut h = Html::new(lang);
        let back = if index == 0 { T::PhaseMar } else { T::PhaseApr };
        head(&mut h, &Route::Visit(index).path(), back, part_title(part));
        h.raw("<div class=\"part\">");
        app.programme.with_untracked(|p| {
            if let Some(v) = p.as_ref().and_then(|p| p.visits.get(index)) {
                h.raw(&forms::render(part, index, v, lang));
            }
        });
        h.raw("</div>");
        h.out
    })
}

/// A property of a DOM object (`value`, `checked`, `type`), without a web-sys type for
/// each kind of field.
fn get(target: &JsValue, name: &str) -> JsValue {
    js_sys::Reflect::get(target, &name.into()).unwrap_or(JsValue::UNDEFINED)
}

/// Writes an edit of visit `index` as this phone's user, into the section's record.
/// (One copy of this code for every kind of edit: the edit is a `dyn` closure.)
fn save(
    app: AppState,
    index: usize,
    edit: &mut dyn FnMut(&mut Visit, &ParticipantId) -> Option<&'static str>,
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

/// Every event of the form: a field typed or ticked, a button, the add-a-point form.
fn on_event(app: AppState, index: usize, redraw: RwSignal<u32>, ev: web_sys::Event) {
    let Some(target) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let kind = ev.type_();
    if let Some(key) = target.get_attribute("data-key") {
        let is_choice = matches!(
            get(&target, "type").as_string().as_deref(),
            Some("checkbox" | "radio")
        );
        // Text on "input" (every keystroke), boxes on "change" (once).
        if (kind == "input") == is_choice || key == "new-focus" {
            return;
        }
        let value = get(&target, "value").as_string().unwrap_or_default();
        let checked = get(&target, "checked").as_bool().unwrap_or(false);
        if key == "agreements.visit.date" {
            let warning = forms::warning_text(index, &value, app.lang()).unwrap_or("");
            if let Some(p) = platform::element("[data-testid=date-warning]") {
                p.set_text_content(Some(warning));
            }
        }
        save(app, index, &mut |v, me| {
            forms::apply(v, &key, &value, checked, me)
        });
        return;
    }
    let Some((element, action)) = platform::events::action(&ev) else {
        return;
    };
    match (kind.as_str(), action.as_str()) {
        ("click", "example") => {
            let mut title = element.text_content().unwrap_or_default();
            if let Some(first) = title.get(..1) {
                title.replace_range(..1, &first.to_uppercase());
            }
            if let Some(input) = platform::element("[data-key='activity.title']") {
                let _ = js_sys::Reflect::set(&input, &"value".into(), &title.as_str().into());
            }
            save(app, index, &mut |v, me| {
                forms::apply(v, "activity.title", &title, false, me)
            });
        }
        ("click", "focus-remove") => {
            let n = element.get_attribute("data-n").and_then(|n| n.parse().ok());
            if let Some(n) = n {
                save(app, index, &mut |v, me| {
                    forms::remove_focus(v, n, me);
                    Some("alignment")
                });
                redraw.update(|r| *r += 1);
                // After the form is drawn again: back to the field for the next point.
                request_animation_frame(|| platform::focus("[data-key='new-focus']"));
            }
        }
        ("submit", "focus-add") => {
            ev.prevent_default();
            let text = platform::element("[data-key='new-focus']")
                .map(|i| get(&i, "value").as_string().unwrap_or_default())
                .unwrap_or_default();
            if text.trim().is_empty() {
                return;
            }
            let id = platform::time_id();
            save(app, index, &mut |v, me| {
                forms::add_focus(v, id.clone(), &text, me);
                Some("alignment")
            });
            redraw.update(|r| *r += 1);
            request_animation_frame(|| platform::focus("[data-key='new-focus']"));
        }
        ("click", "calendar") => add_to_calendar(app, index),
        _ => {}
    }
}

/// The visit and its reflection as a calendar file, to the share sheet or downloaded.
fn add_to_calendar(app: AppState, index: usize) {
    let events = app
        .programme
        .with_untracked(|p| p.as_ref().map(|p| calendar_events(app, p, index)))
        .unwrap_or_default();
    if let Some(error) = platform::element("[data-calendar-error]") {
        let text = events.is_empty().then(|| app.t(T::CalendarMissing));
        error.set_text_content(text);
    }
    if events.is_empty() {
        return;
    }
    let text = ics::calendar(&events, Timestamp(js_sys::Date::now() as i64));
    let name = format!("jobbesoeg-{}.ics", index + 1);
    leptos::task::spawn_local(async move {
        platform::share_or_download(&name, "text/calendar", &text).await;
    });
}

/// The visit and the reflection as calendar events, those with a date and a start.
fn calendar_events(app: AppState, p: &Programme, index: usize) -> Vec<Event> {
    let t = move |key| app.t(key);
    let Some(v) = p.visits.get(index) else {
        return Vec::new();
    };
    let (host, guest) = p.host_and_guest(index).unwrap_or(("", ""));
    let visit_name = t(if index == 0 { T::PhaseMar } else { T::PhaseApr });
    let title = &v.activity.title.value;
    let description = format!(
        "{}: {host}. {}: {guest}.\n{}: {title}",
        t(T::Host),
        t(T::Guest),
        t(T::StepActivity)
    );
    let host_id = v.host.value.as_ref().map_or("", |h| h.0.as_str());
    [
        (
            &v.agreements.visit,
            "visit",
            format!("{visit_name}: {title}"),
        ),
        (
            &v.agreements.reflection,
            "reflection",
            format!("{} · {visit_name}", t(T::StepReflection)),
        ),
    ]
    .into_iter()
    .filter_map(|(s, kind, summary)| {
        Some(Event {
            uid: format!("jobbesoeg-{host_id}-{}-{kind}", index + 1),
            summary,
            location: s.place.value.clone(),
            description: description.clone(),
            date: s.date.value?,
            start: s.start.value?,
            end: s.end.value,
        })
    })
    .collect()
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
