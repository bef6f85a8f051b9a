//! The joint reflection on one phone (`reflection` draws it): either partner writes, each
//! answer keeps who wrote it; intended and perceived leadership are revealed together.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::core::edit;
use crate::core::model::ParticipantId;
use crate::core::records::section_key;
use crate::core::route::Route;
use crate::html::Html;
use crate::i18n::T;
use crate::pages::{head, loading, Draw};
use crate::platform;
use crate::reflection;
use crate::state::{AppState, Load};
use crate::store::live;

/// What the screen holds besides the programme.
#[derive(Clone, Copy)]
struct Screen {
    index: usize,
    /// Who is typing now (`None`: this phone's owner).
    writer: StoredValue<Option<ParticipantId>>,
    /// Intended and perceived are shown side by side.
    revealed: RwSignal<bool>,
}

/// The reflection after visit `index`.
pub fn screen(app: AppState, index: usize) -> Draw {
    let screen = Screen {
        index,
        writer: StoredValue::new(None),
        revealed: RwSignal::new(false),
    };
    platform::events::on_screen(move |ev| on_event(app, screen, ev));
    Box::new(move || {
        let revealed = screen.revealed.get();
        let lang = app.lang();
        if app.load.get() == Load::Loading {
            return loading(lang);
        }
        let mut h = Html::new(lang);
        let back = if index == 0 { T::PhaseMar } else { T::PhaseApr };
        head(&mut h, &Route::Visit(index).path(), back, T::StepReflection);
        app.programme.with_untracked(|p| {
            if let Some(p) = p {
                let writer = screen.writer.get_value().unwrap_or_else(|| p.me.id.clone());
                h.raw(&reflection::render(p, index, &writer, revealed, lang));
            }
        });
        h.out
    })
}

fn get(target: &JsValue, name: &str) -> String {
    js_sys::Reflect::get(target, &name.into())
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

fn on_event(app: AppState, screen: Screen, ev: web_sys::Event) {
    let kind = ev.type_();
    if kind == "click" {
        if platform::events::action(&ev).is_some_and(|(_, a)| a == "reveal") {
            screen.revealed.set(true);
            request_animation_frame(|| platform::focus("[data-testid=verdict]"));
        }
        return;
    }
    let Some(target) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let Some(key) = target.get_attribute("data-key") else {
        return;
    };
    let value = get(&target, "value");
    if key == "writer" {
        if kind == "change" {
            screen.writer.set_value(Some(ParticipantId(value)));
        }
        return;
    }
    if kind != "input" {
        return;
    }
    let mut by_name = String::new();
    live::edit(app, section_key(screen.index, "reflection"), |p| {
        let writer = screen.writer.get_value().unwrap_or_else(|| p.me.id.clone());
        by_name = if writer == p.me.id {
            p.me.name.value.clone()
        } else {
            p.partner.name.value.clone()
        };
        if let Some(v) = p.visits.get_mut(screen.index) {
            edit::apply(v, &key, &value, false, &writer);
        }
    });
    if let Some(by) = platform::element(&format!("[data-by='{key}']")) {
        by.set_text_content(Some(&format!("{} {by_name}", app.t(T::WrittenBy))));
    }
}
