//! The exchange worker (issue 7): seals and opens exchange files and merges them, off
//! the main thread, so Argon2id's second never freezes the screen. Trunk builds it from
//! this second binary (`index.html`, `data-type="worker"`); the page talks to it with
//! `postMessage`:
//!
//! - `{op: "seal", text, passphrase}` → `{bytes}` (a sealed file: 64 MiB × 3 Argon2id)
//! - `{op: "open", bytes, passphrase, mine}` → `{programme, scope, report: [new notes,
//!   changed notes, changed fields]}`: the file checked all through and merged into
//!   `mine` (a stored programme envelope); nothing is written by the worker
//! - `{op: "export", mine, scope}` → `{text}` (the readable file)
//!
//! - `{op: "screen", keys, values, lang}` → `{html}`: the exchange screen
//!   (`sharing::Sharing`) for the stored records; `{op: "act", action, form, bytes,
//!   how, ok}` → `{html, share?, store?}`: the user's action on it
//!
//! - `{op: "qr-next"}` → `{qr: {d, side}}`: the next QR code shown; `{op: "qr-scan",
//!   texts}` (what the camera read) → `{scan: {received, needed}}`
//!   until the partner's payload is whole, then as `act`
//!
//! The worker says `{ready: true}` once it listens. A failure answers `{error: "<kind>"}` (wrong-passphrase, tampered, …); the page says
//! it in Danish. Before the key is derived the worker says `{progress: "deriving"}`.

use jobbesoeg::core::exchange::{self, ExchangeError, Kdf, Scope};
use jobbesoeg::core::merge::{import_partner, ImportError};
use jobbesoeg::core::schema;
use jobbesoeg::core::time::Timestamp;
use js_sys::{Object, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[path = "worker/qr.rs"]
mod qr;
#[path = "worker/screens.rs"]
mod screens;

// The worker's scope through `Reflect`, not web-sys's worker types: enabling those
// web-sys features grew the page's own wasm by 1 KB (features are shared by both bins).
fn main() {
    let scope = js_sys::global();
    let on_message = Closure::<dyn Fn(JsValue)>::new(|ev: JsValue| {
        let data = Reflect::get(&ev, &"data".into()).unwrap_or(JsValue::NULL);
        let answer = handle(
            &data,
            &|progress| post(&object(&[("progress", progress.into())])),
            &|html| post(&object(&[("html", html.into()), ("busy", true.into())])),
        );
        post(&answer);
    });
    let _ = Reflect::set(&scope, &"onmessage".into(), on_message.as_ref());
    on_message.forget();
    // A message sent while the wasm was still loading may be gone: the page waits for this.
    post(&object(&[("ready", true.into())]));
}

/// `postMessage(message)` to the page.
fn post(message: &JsValue) {
    let scope = js_sys::global();
    if let Ok(post) = Reflect::get(&scope, &"postMessage".into()) {
        let _ = post
            .unchecked_ref::<js_sys::Function>()
            .call1(&scope, message);
    }
}

fn object(members: &[(&str, JsValue)]) -> JsValue {
    let out = Object::new();
    for (key, value) in members {
        let _ = Reflect::set(&out, &(*key).into(), value);
    }
    out.into()
}

fn text(data: &JsValue, key: &str) -> String {
    Reflect::get(data, &key.into())
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// The error's name for the page.
pub fn kind(e: ExchangeError) -> &'static str {
    match e {
        ExchangeError::TooLarge => "too-large",
        ExchangeError::Garbage => "garbage",
        ExchangeError::Truncated => "truncated",
        ExchangeError::TooNew => "too-new",
        ExchangeError::NeedPassphrase => "need-passphrase",
        ExchangeError::WrongPassphrase => "wrong-passphrase",
        ExchangeError::Tampered => "tampered",
        ExchangeError::Limits => "limits",
    }
}

fn random<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    let crypto = Reflect::get(&js_sys::global(), &"crypto".into())
        .ok()
        .and_then(|c| c.dyn_into::<web_sys::Crypto>().ok());
    if let Some(crypto) = crypto {
        let _ = crypto.get_random_values_with_u8_array(&mut bytes);
    }
    bytes
}

fn error(kind: &str) -> JsValue {
    object(&[("error", kind.into())])
}

fn handle(data: &JsValue, progress: &dyn Fn(&str), progress_html: &dyn Fn(String)) -> JsValue {
    let now = Timestamp(js_sys::Date::now() as i64);
    match text(data, "op").as_str() {
        "seal" => {
            progress("deriving");
            match exchange::seal(
                &text(data, "text"),
                &text(data, "passphrase"),
                Kdf::DEFAULT,
                random(),
                random(),
            ) {
                Ok(bytes) => object(&[("bytes", Uint8Array::from(&bytes[..]).into())]),
                Err(e) => error(kind(e)),
            }
        }
        "export" => {
            let Ok(mine) = schema::decode(&text(data, "mine")) else {
                return error("garbage");
            };
            let scope = match text(data, "scope").as_str() {
                "visit-1" => Scope::Visit(0),
                "visit-2" => Scope::Visit(1),
                _ => Scope::All,
            };
            object(&[("text", exchange::export(&mine, scope, now).into())])
        }
        "open" => {
            let bytes = Reflect::get(data, &"bytes".into())
                .map(|b| Uint8Array::new(&b).to_vec())
                .unwrap_or_default();
            let passphrase = text(data, "passphrase");
            if exchange::is_sealed(&bytes) && !passphrase.is_empty() {
                progress("deriving");
            }
            let received = match exchange::open(&bytes, &passphrase) {
                Ok(received) => received,
                Err(e) => return error(kind(e)),
            };
            let Ok(mut mine) = schema::decode(&text(data, "mine")) else {
                return error("garbage");
            };
            match import_partner(&mut mine, &received.programme) {
                Ok(report) => {
                    let counts = [
                        report.new_notes,
                        report.changed_notes,
                        report.changed_fields,
                    ]
                    .map(|n| JsValue::from(n as u32));
                    object(&[
                        ("programme", schema::encode(&mine).into()),
                        ("scope", received.scope.into()),
                        (
                            "report",
                            js_sys::Array::of3(&counts[0], &counts[1], &counts[2]).into(),
                        ),
                    ])
                }
                Err(ImportError::OwnFile) => error("own-file"),
                Err(ImportError::OtherPair) => error("other-pair"),
            }
        }
        "screen" => screens::screen(data),
        "act" => screens::act(data, progress_html),
        "qr-next" => qr::qr_next(),
        "qr-scan" => qr::qr_scan(data),
        _ => error("unknown-op"),
    }
}
