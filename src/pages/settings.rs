use leptos::prelude::*;

use crate::core::settings::Lang;
use crate::i18n::T;
use crate::platform;
use crate::state::expect_app;
use crate::store;

/// Settings: the language, saved the moment it is chosen, and whether the browser
/// promised to keep the data, with advice if not.
#[component]
pub fn Settings() -> impl IntoView {
    let app = expect_app();
    let lang = app.settings.with_untracked(|s| s.lang);
    // What became of the last choice: saved, or only kept in memory. Kept in the app
    // state: a language switch draws the page again, and the answer must stay.
    let saved = app.settings_saved;
    // Whether the browser promised to keep the data: asked without prompting the user.
    let persisted = RwSignal::new(None::<bool>);
    leptos::task::spawn_local(async move { persisted.set(platform::storage_persisted().await) });

    let choose = move |lang: Lang| {
        app.settings.update(|s| s.lang = lang);
        let ok = app.settings.with_untracked(store::save_settings).is_ok();
        saved.set(Some(ok));
        // The page is drawn anew in the new language: keep the keyboard on the choice.
        request_animation_frame(|| platform::focus("input[name=lang]:checked"));
    };
    let status = move || match saved.get() {
        Some(true) => app.t(T::SettingsSaved),
        Some(false) => app.t(T::SettingsNotSaved),
        None => "",
    };
    let promise = move || match persisted.get() {
        Some(true) => app.t(T::PersistYes),
        _ => app.t(T::PersistNo),
    };
    view! {
        <h1>{app.t(T::SettingsTitle)}</h1>
        <fieldset class="choices">
            <legend>{app.t(T::LanguageLabel)}</legend>
            {Lang::ALL
                .into_iter()
                .map(|l| {
                    view! {
                        <label class="choice">
                            <input
                                type="radio"
                                name="lang"
                                value=l.code()
                                prop:checked=l == lang
                                on:change=move |_| choose(l)
                            />
                            <span lang=l.code()>{l.endonym()}</span>
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
        <p role="status" class="status" data-testid="settings-status">{status}</p>
        <section aria-labelledby="persist-title">
            <h2 id="persist-title">{app.t(T::PersistTitle)}</h2>
            <p data-testid="persist-status">{promise}</p>
        </section>
    }
}
