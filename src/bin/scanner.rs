//! The QR reader (issue 8): finds the QR codes in a camera frame, in pure Rust (`rqrr`),
//! off the page's thread. The page uses it where the browser has no BarcodeDetector (iOS
//! Safari, desktop Linux) and passes what it reads on to the exchange worker, just as it
//! passes on what BarcodeDetector reads. A worker of its own, loaded when the camera
//! starts: the reader's Reed–Solomon tables alone are 64 KB, which the exchange worker
//! (that every exchange loads) need not carry.
//!
//! `{pixels, width, id}` (an RGBA frame, its buffer transferred) → `{texts, ms, id}`: the
//! codes' texts and the milliseconds the reading took. It says `{ready: true}` once it listens.

use jobbesoeg::core::qr;
use js_sys::{Array, Function, Object, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

fn main() {
    let on_message = Closure::<dyn Fn(JsValue)>::new(|ev: JsValue| {
        let start = clock();
        let data = Reflect::get(&ev, &"data".into()).unwrap_or(JsValue::NULL);
        let texts = Array::new();
        if let Ok(pixels) = Reflect::get(&data, &"pixels".into()) {
            if pixels.is_object() {
                let grey = qr::grey(&Uint8Array::new(&pixels).to_vec());
                let width = Reflect::get(&data, &"width".into())
                    .ok()
                    .and_then(|w| w.as_f64())
                    .unwrap_or(0.0) as usize;
                let height = grey.len().checked_div(width).unwrap_or(0);
                for text in qr::scan(&grey, width, height) {
                    texts.push(&text.into());
                }
            }
        }
        let answer = Object::new();
        let _ = Reflect::set(&answer, &"texts".into(), &texts);
        let _ = Reflect::set(&answer, &"ms".into(), &(clock() - start).into());
        // Which frame this was: the page drops answers for frames it gave up on.
        let id = Reflect::get(&data, &"id".into()).unwrap_or(JsValue::UNDEFINED);
        let _ = Reflect::set(&answer, &"id".into(), &id);
        post(&answer);
    });
    let _ = Reflect::set(&js_sys::global(), &"onmessage".into(), on_message.as_ref());
    on_message.forget();
    let ready = Object::new();
    let _ = Reflect::set(&ready, &"ready".into(), &true.into());
    post(&ready);
}

fn post(message: &JsValue) {
    let scope = js_sys::global();
    if let Ok(post) = Reflect::get(&scope, &"postMessage".into()) {
        let _ = post.unchecked_ref::<Function>().call1(&scope, message);
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
