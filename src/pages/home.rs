use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::model::{ParticipantId, Programme};
use crate::i18n::T;
use crate::pages::{loading, Draw};
use crate::platform;
use crate::screens;
use crate::state::{AppState, Load};
use crate::store::live;

/// The programme overview (`screens::overview`); on first run the welcome
/// (`screens::welcome`): what the app is for, the two names and who hosts first.
pub fn screen(app: AppState) -> Draw {
    // How to install, shown until the app runs from the home screen.
    let install = (!platform::is_installed()).then(|| {
        if platform::is_ios() {
            T::InstallIos
        } else {
            T::InstallAndroid
        }
    });
    // Whether the browser promised to keep the data: asked without prompting the user.
    let persisted = RwSignal::new(None::<bool>);
    leptos::task::spawn_local(async move { persisted.set(platform::storage_persisted().await) });
    platform::events::on_screen(move |ev| {
        if ev.type_() == "submit" && app.load.get_untracked() == Load::FirstRun {
            start(app, ev)
        }
    });
    // Drawn from the programme as it is; drawn again when it changes.
    Box::new(move || {
        let lang = app.lang();
        match app.load.get() {
            Load::Loading => loading(lang),
            Load::FirstRun => screens::welcome(lang),
            Load::Ready => app
                .programme
                .with(|p| {
                    p.as_ref().map(|p| {
                        let backup = screens::Backup {
                            exported: crate::store::last_exported(),
                            persisted: persisted.get(),
                        };
                        screens::overview(p, lang, install, platform::today(), backup)
                    })
                })
                .unwrap_or_default(),
        }
    })
}

/// The value of the form field `name`.
fn field(form: &web_sys::HtmlFormElement, name: &str) -> String {
    js_sys::Reflect::get(form, &name.into())
        .and_then(|f| js_sys::Reflect::get(&f, &"value".into()))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

fn start(app: AppState, ev: web_sys::Event) {
    ev.prevent_default();
    let Some(form) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlFormElement>().ok())
    else {
        return;
    };
    let (mine, theirs) = (field(&form, "name"), field(&form, "partner"));
    if mine.trim().is_empty() || theirs.trim().is_empty() {
        if let Some(alert) = platform::element(".form-error") {
            alert.set_text_content(Some(app.t(T::NamesMissing)));
        }
        return;
    }
    let me = ParticipantId(platform::random_id());
    let partner_id = ParticipantId(platform::random_id());
    let mut programme = Programme::new(me.clone(), partner_id.clone());
    programme.me.name.set(mine.trim().to_string(), &me);
    programme.partner.name.set(theirs.trim().to_string(), &me);
    // The radio group as the form sees it: "me" or "partner".
    let first = if field(&form, "first-host") == "partner" {
        &partner_id
    } else {
        &me
    };
    programme.set_first_host(first, &me);
    live::create(app, programme);
    // The first saved data is the moment to ask the browser to keep it.
    leptos::task::spawn_local(async {
        let _ = platform::persist_storage().await;
    });
}
