//! The QR steps the exchange worker serves (issue 8): the next code to show, and what
//! the camera read, folded into the scan (`sharing::Sharing`).

use super::screens::{apply, strings, SCREEN};
use super::{error, object};
use jobbesoeg::core::settings::Lang;
use jobbesoeg::sharing::{scan_count, Action, Sharing, Step};
use js_sys::Reflect;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// `{op: "qr-next"}` → `{qr: {d, side}}`: the next code of those shown, as an SVG path
/// and the side of its `viewBox`.
pub fn qr_next() -> JsValue {
    let start = clock();
    SCREEN.with(|s| {
        let code = s.borrow_mut().as_mut().and_then(Sharing::next_code);
        match code {
            Some(code) => object(&[(
                "qr",
                object(&[
                    ("d", code.path().into()),
                    ("side", (code.side() as u32).into()),
                    ("ms", (clock() - start).into()),
                ]),
            )]),
            None => error("no-code"),
        }
    })
}

/// `{op: "qr-scan", texts}`: what the camera read in a frame (the browser's
/// BarcodeDetector, or the QR reader worker, `src/bin/scanner.rs`) → `{scan: {received,
/// needed, text}}` while parts are missing, else what the payload led to (`{html, …}`).
pub fn qr_scan(data: &JsValue) -> JsValue {
    let start = clock();
    let texts = strings(data, "texts");
    let scanning = SCREEN.with(|s| {
        matches!(
            s.borrow().as_ref().map(|s| &s.step),
            Some(Step::Scanning { .. })
        )
    });
    // A frame read after the scan ended (Back, or the payload whole): nothing to do.
    if !scanning {
        return object(&[]);
    }
    let found = !texts.is_empty();
    let ms = clock() - start;
    // Nothing found: nothing to do (the screen stays as it is).
    let answer = if found {
        apply(Action::Scanned(texts), false, &|_| {})
    } else {
        object(&[])
    };
    SCREEN.with(|s| match s.borrow().as_ref().map(|s| &s.step) {
        Some(Step::Scanning { received, needed }) => {
            let said = if *needed == 0 {
                String::new()
            } else {
                scan_count(
                    s.borrow().as_ref().map_or(Lang::Da, |s| s.lang),
                    *received,
                    *needed,
                )
            };
            object(&[(
                "scan",
                object(&[
                    ("received", (*received as u32).into()),
                    ("needed", (*needed as u32).into()),
                    ("text", said.into()),
                    ("found", found.into()),
                    ("ms", ms.into()),
                    (
                        "id",
                        Reflect::get(data, &"id".into()).unwrap_or(JsValue::UNDEFINED),
                    ),
                ]),
            )])
        }
        _ => answer,
    })
}

/// `performance.now()` in the worker: milliseconds, finer than the clock's.
fn clock() -> f64 {
    let global = js_sys::global();
    Reflect::get(&global, &"performance".into())
        .ok()
        .and_then(|p| {
            let now = Reflect::get(&p, &"now".into()).ok()?;
            now.unchecked_ref::<js_sys::Function>()
                .call0(&p)
                .ok()?
                .as_f64()
        })
        .unwrap_or(0.0)
}
