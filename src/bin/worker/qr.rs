//! The QR steps the exchange worker serves (issue 8): the next code to show, and what
//! the camera read, folded into the scan (`sharing::Sharing`).

use super::screens::{apply_all, SCREEN};
use jobbesoeg::sharing::{scan_count, Action, Sharing, Step};
use jobbesoeg::worker_protocol::{Code, Failure, FromWorker, ScanCount};
use js_sys::Reflect;
use wasm_bindgen::JsCast;

/// The next code of those shown, as an SVG path and the side of its `viewBox`.
pub fn qr_next() -> FromWorker {
    let start = clock();
    let code = SCREEN.with(|s| s.borrow_mut().as_mut().and_then(Sharing::next_code));
    match code {
        Some(code) => FromWorker::Qr(Code {
            d: code.path(),
            side: code.side() as u32,
            ms: clock() - start,
        }),
        None => Failure::NoCode.into(),
    }
}

/// What the camera read in a frame (the browser's BarcodeDetector, or the QR reader
/// worker, `src/bin/scanner.rs`) → `{scan: {received, needed, text}}` while parts are
/// missing, else what the payload led to (`{html, …}`).
pub fn qr_scan(texts: Vec<String>, id: Option<u32>) -> FromWorker {
    let start = clock();
    let scanning = SCREEN.with(|s| {
        matches!(
            s.borrow().as_ref().map(|s| &s.step),
            Some(Step::Scanning { .. })
        )
    });
    // A frame read after the scan ended (Back, or the payload whole): nothing to do.
    if !scanning {
        return FromWorker::Nothing;
    }
    let found = !texts.is_empty();
    let ms = clock() - start;
    // Nothing found: nothing to do (the screen stays as it is).
    let answer = if found {
        apply_all([Action::Scanned(texts)], &|_| {})
    } else {
        FromWorker::Nothing
    };
    SCREEN.with(|s| match s.borrow().as_ref() {
        Some(Sharing {
            step: Step::Scanning { received, needed },
            lang,
            ..
        }) => FromWorker::Scan(ScanCount {
            received: *received,
            needed: *needed,
            text: if *needed == 0 {
                String::new()
            } else {
                scan_count(*lang, *received, *needed)
            },
            found,
            ms,
            id,
        }),
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
