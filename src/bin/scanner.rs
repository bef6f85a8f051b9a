//! The QR reader (issue 8): finds the QR codes in a camera frame, in pure Rust (`rqrr`),
//! off the page's thread. The page uses it where the browser has no BarcodeDetector (iOS
//! Safari, desktop Linux) and passes what it reads on to the exchange worker, just as it
//! passes on what BarcodeDetector reads. A worker of its own, loaded when the camera
//! starts: the reader's Reed–Solomon tables alone are 64 KB, which the exchange worker
//! (that every exchange loads) need not carry.
//!
//! [`ToScanner`] (an RGBA frame, its buffer transferred) → [`FromScanner::Read`]: the
//! codes' texts and the milliseconds the reading took. It says `{ready: true}` once it
//! listens. A message that is not a frame reads as one without codes.

use jobbesoeg::core::qr;
use jobbesoeg::worker_protocol::{FromScanner, ToScanner};
use js_sys::{Function, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

fn main() {
    let on_message = Closure::<dyn Fn(JsValue)>::new(|ev: JsValue| {
        let start = clock();
        let data = Reflect::get(&ev, &"data".into()).unwrap_or(JsValue::NULL);
        let (texts, id) = match serde_wasm_bindgen::from_value::<ToScanner>(data) {
            Ok(frame) => {
                let grey = qr::grey(&frame.pixels);
                let height = grey.len().checked_div(frame.width).unwrap_or(0);
                (qr::scan(&grey, frame.width, height), frame.id)
            }
            Err(_) => (Vec::new(), None),
        };
        // `id`: which frame this was; the page drops answers for frames it gave up on.
        post(&FromScanner::Read {
            texts,
            ms: clock() - start,
            id,
        });
    });
    let _ = Reflect::set(&js_sys::global(), &"onmessage".into(), on_message.as_ref());
    on_message.forget();
    post(&FromScanner::Ready { ready: true });
}

fn post(message: &FromScanner) {
    let Ok(message) = serde_wasm_bindgen::to_value(message) else {
        return;
    };
    let scope = js_sys::global();
    if let Ok(post) = Reflect::get(&scope, &"postMessage".into()) {
        let _ = post.unchecked_ref::<Function>().call1(&scope, &message);
    }
}

/// `performance.now()`.
fn clock() -> f64 {
    let global = js_sys::global();
    Reflect::get(&global, &"performance".into())
        .ok()
        .and_then(|p| {
            let now = Reflect::get(&p, &"now".into()).ok()?;
            now.unchecked_ref::<Function>().call0(&p).ok()?.as_f64()
        })
        .unwrap_or(0.0)
}
