use leptos::prelude::*;
use std::sync::atomic::{AtomicBool, Ordering};
use wasm_bindgen::prelude::*;

use crate::html::Html;
use crate::i18n::T;
use crate::pages::{loading, Draw};
use crate::state::{AppState, Load};
use crate::store::{live, StorageKey};

#[wasm_bindgen(module = "/src/platform/exchange.js")]
extern "C" {
    /// Loads the exchange screen's script (`public/exchange.js`) and starts the screen.
    #[wasm_bindgen(js_name = openExchange)]
    fn open_exchange(
        lang: &str,
        exported_key: &str,
        on_stored: &JsValue,
        screen: &str,
        store: &JsValue,
    );
}

/// A screen the exchange worker draws: "Del med din makker" (`sharing::Sharing`,
/// `screen` "share") or the May wrap-up (`summary`, "summary"). The screen's script
/// reads the stored records and stores what an imported file brings in one transaction
/// through the store (`db::for_script`); then this page reads the programme again.
pub fn screen(app: AppState, screen: &'static str) -> Draw {
    let started = AtomicBool::new(false);
    Box::new(move || {
        let lang = app.lang();
        match app.load.get() {
            Load::Loading => loading(lang),
            // No programme yet: the overview starts one.
            Load::FirstRun => {
                let mut h = Html::new(lang);
                h.raw("<p><a href=\"/\">").t(T::NavOverview).raw("</a></p>");
                h.out
            }
            Load::Ready => {
                if !started.swap(true, Ordering::Relaxed) {
                    let on_stored = Closure::<dyn Fn()>::new(move || live::start(app));
                    open_exchange(
                        lang.code(),
                        StorageKey::Exported.as_str(),
                        &on_stored.into_js_value(),
                        screen,
                        &crate::store::db::for_script(),
                    );
                }
                // The worker's screen goes in here (the script finds it once loaded).
                "<div id=\"exchange\" data-testid=\"exchange\"></div>".into()
            }
        }
    })
}
