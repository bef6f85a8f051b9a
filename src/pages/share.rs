//! `/del`: the screen the exchange worker still draws ("Del med din makker",
//! `sharing::Sharing`). The page gives it a place and starts their script (`public/exchange.js`), which reads the stored
//! records and stores what an imported file brings in one transaction through the store
//! (`db::for_script`); then this page reads the programme again.

use leptos::prelude::*;
use leptos_router::components::A;
use wasm_bindgen::prelude::*;

use crate::components::loading::Loading;
use crate::i18n::T;
use crate::state::{expect_app, Load};
use crate::store::{live, StorageKey};

#[wasm_bindgen(module = "/src/platform/exchange.js")]
extern "C" {
    /// Loads the exchange screen's script (`public/exchange.js`) and starts the screen.
    #[wasm_bindgen(js_name = openExchange)]
    fn open_exchange(lang: &str, exported_key: &str, on_stored: &JsValue, store: &JsValue);
}

/// "Del med din makker", drawn by the exchange worker in the place the page gives it.
#[component]
pub fn Exchange() -> impl IntoView {
    let app = expect_app();
    // Once the programme has loaded and the place below is drawn: start the script,
    // which finds the place and fills it.
    Effect::new(move |started: Option<bool>| {
        if started == Some(true) || app.load.get() != Load::Ready {
            return started.unwrap_or(false);
        }
        let on_stored = Closure::<dyn Fn()>::new(move || live::start(app));
        open_exchange(
            app.settings.with_untracked(|s| s.lang).code(),
            StorageKey::Exported.as_str(),
            &on_stored.into_js_value(),
            &crate::store::db::for_script(),
        );
        true
    });
    move || match app.load.get() {
        Load::Loading => view! { <Loading /> }.into_any(),
        // No programme yet: the overview starts one.
        Load::FirstRun => view! {
            <p><A href="/" exact=true>{app.t(T::NavOverview)}</A></p>
        }
        .into_any(),
        Load::Ready => view! { <div id="exchange" data-testid="exchange"></div> }.into_any(),
    }
}
