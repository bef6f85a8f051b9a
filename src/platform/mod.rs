//! Thin web-sys glue: everything here talks to the browser and nothing else does
//! (storage aside, which is `store`'s).

pub mod exchange_worker;
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

/// A random id for a participant or a note (128 bits, hex), from the browser's CSPRNG.
pub fn random_id() -> String {
    let mut bytes = [0u8; 16];
    if let Some(crypto) = web_sys::window().and_then(|w| w.crypto().ok()) {
        let _ = crypto.get_random_values_with_u8_array(&mut bytes);
    }
    if bytes == [0u8; 16] {
        // No CSPRNG (never seen in a supported browser): time and Math.random still differ.
        let seed = js_sys::Date::now().to_bits() ^ js_sys::Math::random().to_bits();
        bytes[..8].copy_from_slice(&seed.to_le_bytes());
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A random id that sorts by when it was made (hex milliseconds, then randomness): merged
/// lists ordered by id keep the order the items were added in.
pub fn time_id() -> String {
    let ms = js_sys::Date::now() as u64;
    // 11 hex digits of milliseconds (enough until the year 5700), then the random id.
    let mut id: String = (0..11)
        .rev()
        .map(|i| char::from(b"0123456789abcdef"[(ms >> (i * 4)) as usize & 15]))
        .collect();
    id.push_str(&random_id());
    id
}

/// Whether the app runs from the home screen (installed), not in a browser tab.
pub fn is_installed() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let standalone = window
        .match_media("(display-mode: standalone)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    // iOS Safari reports a home-screen app through navigator.standalone instead.
    let ios = js_sys::Reflect::get(&window.navigator(), &"standalone".into())
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    standalone || ios
}

/// Whether this is an iPhone or iPad (the install steps differ from Android's).
pub fn is_ios() -> bool {
    web_sys::window()
        .and_then(|w| w.navigator().user_agent().ok())
        .is_some_and(|ua| ua.contains("iPhone") || ua.contains("iPad"))
}

/// Asks the browser to keep this app's data even when space runs low; `None` when the
/// browser has no such thing.
pub async fn persist_storage() -> Option<bool> {
    storage_answer(|s| s.persist()).await
}

/// Whether the browser has promised to keep this app's data (asks nothing of the user).
pub async fn storage_persisted() -> Option<bool> {
    storage_answer(|s| s.persisted()).await
}

/// A yes/no from `navigator.storage`, where the browser has it.
async fn storage_answer(
    ask: impl FnOnce(&web_sys::StorageManager) -> Result<js_sys::Promise, wasm_bindgen::JsValue>,
) -> Option<bool> {
    let navigator = web_sys::window()?.navigator();
    if !js_sys::Reflect::has(&navigator, &"storage".into()).ok()? {
        return None;
    }
    let promise = ask(&navigator.storage()).ok()?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()?
        .as_bool()
}

/// The first element of the page matching `selector`.
pub fn element(selector: &str) -> Option<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    web_sys::window()?
        .document()?
        .query_selector(selector)
        .ok()??
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
}

/// Moves keyboard focus to the first element matching `selector`.
pub fn focus(selector: &str) {
    if let Some(element) = element(selector) {
        let _ = element.focus();
    }
}

/// Puts the cursor at the end of the note being written (`#note-text`), ready to type.
pub fn focus_note_end() {
    if let Some(area) = element("#note-text") {
        let _ = area.focus();
        let value = js_sys::Reflect::get(&area, &"value".into())
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default();
        let end = wasm_bindgen::JsValue::from(value.encode_utf16().count() as u32);
        let _ = js_sys::Reflect::set(&area, &"selectionStart".into(), &end);
    }
}

/// A named point on the page's performance timeline (read by the benchmarks).
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        // Only the latest of each: a mark per keystroke must not pile up all day.
        performance.clear_marks_with_mark_name(name);
        let _ = performance.mark(name);
    }
}

#[wasm_bindgen::prelude::wasm_bindgen(module = "/src/platform/share.js")]
extern "C" {
    #[wasm_bindgen(js_name = shareOrDownload)]
    fn share_or_download_js(name: &str, mime: &str, text: &str) -> js_sys::Promise;
}

/// Shares a text file through the share sheet where the phone can, else downloads it.
/// Returns "shared", "cancelled" or "downloaded".
pub async fn share_or_download(name: &str, mime: &str, text: &str) -> String {
    let done = wasm_bindgen_futures::JsFuture::from(share_or_download_js(name, mime, text)).await;
    done.ok().and_then(|v| v.as_string()).unwrap_or_default()
}

#[wasm_bindgen::prelude::wasm_bindgen(module = "/src/platform/wake.js")]
extern "C" {
    /// Keeps the screen on (`true`) while observing, where the browser can; else nothing.
    #[wasm_bindgen(js_name = keepAwake)]
    pub fn keep_awake(on: bool);
}

/// The phone's local clock time at `t` (its own time zone, summer time included).
pub fn local_clock(t: crate::core::time::Timestamp) -> crate::core::time::Clock {
    let date = js_sys::Date::new(&(t.0 as f64).into());
    let two = |n: u32| n as u8;
    crate::core::time::Clock::new(
        two(date.get_hours()),
        two(date.get_minutes()),
        two(date.get_seconds()),
    )
    // The phone's clock always gives a real time; were it not, UTC's.
    .unwrap_or_else(|| t.clock())
}

/// Today's date on the phone's calendar.
pub fn today() -> crate::core::time::Date {
    let now = js_sys::Date::new_0();
    crate::core::time::Date::new(
        now.get_full_year() as i32,
        now.get_month() as u8 + 1,
        now.get_date() as u8,
    )
    // The phone's calendar always gives a real date; were it out of range, UTC's.
    .unwrap_or_else(|| crate::core::time::Timestamp(now.get_time() as i64).date())
}

/// Sets (or removes) a boolean attribute on `<html>`, e.g. a theme for one screen.
pub fn set_root_flag(name: &str, on: bool) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let _ = if on {
        root.set_attribute(name, "")
    } else {
        root.remove_attribute(name)
    };
}

/// The first `max` bytes of a file the user picked or dropped (enough to tell a file
/// that is too large, never the whole of a huge one); `None`: it could not be read.
pub async fn read_file(file: &web_sys::File, max: usize) -> Option<Vec<u8>> {
    let part = file.slice_with_f64_and_f64(0.0, max as f64).ok()?;
    let buffer = wasm_bindgen_futures::JsFuture::from(part.array_buffer())
        .await
        .ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The first file picked in the `<input type=file>` an event came from.
pub fn picked_file(ev: &web_sys::Event) -> Option<web_sys::File> {
    use wasm_bindgen::JsCast;
    let input: web_sys::HtmlInputElement = ev.target()?.dyn_into().ok()?;
    input.files()?.get(0)
}

/// The browser's print dialog (where the user also saves as PDF).
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Starts the app afresh at its first screen, as if opened anew (after "Slet alt").
pub fn restart_at_home() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().replace("/");
    }
}
