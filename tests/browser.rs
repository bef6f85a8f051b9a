//! Browser glue tests (wasm-bindgen-test), run in Chromium, Firefox and WebKitGTK by
//! `make test`: the real localStorage and DOM of each engine.
#![cfg(target_arch = "wasm32")]

use jobbesoeg::core::settings::{Lang, Settings};
use jobbesoeg::platform::set_document_lang;
use jobbesoeg::store::{self, StorageKey};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

#[wasm_bindgen_test]
fn a_chosen_language_is_stored_and_read_back() {
    local_storage().clear().unwrap();
    store::save_settings(&Settings { lang: Lang::En }).unwrap();
    assert_eq!(store::load_settings().lang, Lang::En);
    let raw = local_storage()
        .get_item(StorageKey::Settings.as_str())
        .unwrap();
    assert_eq!(raw.as_deref(), Some(r#"{"lang":"en"}"#));
}

#[wasm_bindgen_test]
fn with_nothing_stored_the_app_speaks_danish() {
    local_storage().clear().unwrap();
    assert_eq!(store::load_settings(), Settings::default());
    assert_eq!(store::load_settings().lang, Lang::Da);
}

#[wasm_bindgen_test]
fn unreadable_stored_settings_fall_back_to_danish_without_crashing() {
    local_storage().clear().unwrap();
    local_storage()
        .set_item(StorageKey::Settings.as_str(), "{not json")
        .unwrap();
    assert_eq!(store::load_settings().lang, Lang::Da);
}

#[wasm_bindgen_test]
fn the_document_language_follows_the_setting() {
    let html = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .document_element()
        .unwrap();
    set_document_lang(Lang::En);
    assert_eq!(html.get_attribute("lang").as_deref(), Some("en"));
    set_document_lang(Lang::Da);
    assert_eq!(html.get_attribute("lang").as_deref(), Some("da"));
}
