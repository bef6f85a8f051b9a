//! Thin web-sys glue: everything here talks to the browser and nothing else does
//! (storage aside, which is `store`'s).

pub mod location;
pub mod service_worker;

use crate::core::settings::Lang;

/// Sets `<html lang>` so screen readers and hyphenation follow the chosen language.
pub fn set_document_lang(lang: Lang) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        // Setting an attribute on <html> cannot fail for a valid name.
        let _ = root.set_attribute("lang", lang.code());
    }
}
