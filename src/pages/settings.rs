use leptos::prelude::*;

use crate::core::settings::Lang;
use crate::pages::Draw;
use crate::platform;
use crate::screens;
use crate::state::AppState;
use crate::store;

/// Settings (`screens::settings`): the language, saved the moment it is chosen.
pub fn screen(app: AppState) -> Draw {
    // What became of the last choice: saved, or only kept in memory. Kept in the app
    // state: a language switch draws the page again, and the answer must stay.
    let saved = app.settings_saved;
    // Whether the browser promised to keep the data: asked without prompting the user.
    let persisted = RwSignal::new(None::<bool>);
    leptos::task::spawn_local(async move { persisted.set(platform::storage_persisted().await) });

    platform::events::on_screen(move |ev| {
        if ev.type_() != "change" {
            return;
        }
        let value = js_sys::Reflect::get(&ev.target().into(), &"value".into())
            .ok()
            .and_then(|v| v.as_string());
        let Some(lang) = value.as_deref().and_then(Lang::from_code) else {
            return;
        };
        app.settings.update(|s| s.lang = lang);
        let ok = app.settings.with_untracked(store::save_settings).is_ok();
        saved.set(Some(ok));
        // The page is drawn anew in the new language: keep the keyboard on the choice.
        request_animation_frame(|| platform::focus("input[name=lang]:checked"));
    });
    Box::new(move || screens::settings(app.lang(), saved.get(), persisted.get()))
}
