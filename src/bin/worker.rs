//! The exchange worker (issue 7): seals and opens exchange files and merges them, off
//! the main thread, so Argon2id's second never freezes the screen. Trunk builds it from
//! this second binary (`index.html`, `data-type="worker"`); the page talks to it with
//! `postMessage`. The messages each way are `jobbesoeg::worker_protocol`'s
//! [`ToWorker`] and [`FromWorker`]: a message that is not one of them is answered
//! `{error: "malformed"}`.
//!
//! The worker says `"ready"` once it listens. A failure answers `{error: "<kind>"}`
//! (wrong-passphrase, tampered, …); the page says it in Danish. Before the key is derived
//! the worker says `{progress: "deriving"}`.

use jobbesoeg::core::exchange::{self, Kdf};
use jobbesoeg::core::merge::import_partner;
use jobbesoeg::core::time::Timestamp;
use jobbesoeg::core::{schema, wrap_up};
use jobbesoeg::worker_protocol::{Failure, FromWorker, Progress, Screen, ToWorker};
use js_sys::Reflect;
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
        let answer = match serde_wasm_bindgen::from_value::<ToWorker>(data) {
            Ok(message) => handle(
                message,
                &|progress| post(&FromWorker::Progress(progress)),
                &|html| {
                    post(&FromWorker::Screen(Screen {
                        html,
                        busy: true,
                        ..Screen::default()
                    }))
                },
            ),
            Err(_) => Failure::Malformed.into(),
        };
        post(&answer);
    });
    let _ = Reflect::set(&scope, &"onmessage".into(), on_message.as_ref());
    on_message.forget();
    // A message sent while the wasm was still loading may be gone: the page waits for this.
    post(&FromWorker::Ready);
}

/// `postMessage(message)` to the page.
fn post(message: &FromWorker) {
    let Ok(message) = serde_wasm_bindgen::to_value(message) else {
        return;
    };
    let scope = js_sys::global();
    if let Ok(post) = Reflect::get(&scope, &"postMessage".into()) {
        let _ = post
            .unchecked_ref::<js_sys::Function>()
            .call1(&scope, &message);
    }
}

/// The salt and nonce of a seal, from the worker's `crypto`.
pub(crate) fn fill_random(bytes: &mut [u8]) {
    let crypto = Reflect::get(&js_sys::global(), &"crypto".into())
        .ok()
        .and_then(|c| c.dyn_into::<web_sys::Crypto>().ok());
    if let Some(crypto) = crypto {
        let _ = crypto.get_random_values_with_u8_array(bytes);
    }
}

fn random<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    fill_random(&mut bytes);
    bytes
}

pub(crate) fn now() -> Timestamp {
    Timestamp(js_sys::Date::now() as i64)
}

fn handle(
    message: ToWorker,
    progress: &dyn Fn(Progress),
    progress_html: &dyn Fn(String),
) -> FromWorker {
    match message {
        ToWorker::Seal { text, passphrase } => {
            progress(Progress::Deriving);
            match exchange::seal(&text, &passphrase, Kdf::DEFAULT, random(), random()) {
                Ok(bytes) => FromWorker::Sealed(bytes),
                Err(e) => e.into(),
            }
        }
        ToWorker::Export { mine, scope, names } => match schema::decode(&mine) {
            Ok(mut mine) => {
                exchange::initials_only(&mut mine, &names.lines().collect::<Vec<_>>());
                FromWorker::Exported(exchange::export(&mine, scope.into(), now()))
            }
            Err(_) => Failure::Garbage.into(),
        },
        ToWorker::OtherFile { bytes, mine } => {
            let Ok(mine) = schema::decode(&mine) else {
                return Failure::Garbage.into();
            };
            match wrap_up::read_other_pair(&mine, &bytes) {
                Ok((other, record)) => FromWorker::OtherPair {
                    other: schema::encode(&other),
                    record,
                },
                Err(e) => Failure::from(e).into(),
            }
        }
        ToWorker::OtherKept { record } => match wrap_up::other_pair_from_record(&record) {
            Some(other) => FromWorker::OtherPair {
                other: schema::encode(&other),
                record,
            },
            None => Failure::Garbage.into(),
        },
        ToWorker::Open {
            bytes,
            passphrase,
            mine,
        } => {
            if exchange::is_sealed(&bytes) && !passphrase.is_empty() {
                progress(Progress::Deriving);
            }
            let received = match exchange::open(&bytes, &passphrase) {
                Ok(received) => received,
                Err(e) => return e.into(),
            };
            let Ok(mut mine) = schema::decode(&mine) else {
                return Failure::Garbage.into();
            };
            match import_partner(&mut mine, &received.programme) {
                Ok(report) => FromWorker::Merged {
                    programme: schema::encode(&mine),
                    scope: received.scope,
                    report,
                },
                Err(e) => e.into(),
            }
        }
        ToWorker::Screen {
            keys,
            values,
            lang,
            stopped,
        } => screens::screen(keys.into_iter().zip(values).collect(), lang, stopped),
        ToWorker::Act(act) => screens::act(act, progress_html),
        ToWorker::QrNext => qr::qr_next(),
        ToWorker::QrScan { texts, id } => qr::qr_scan(texts, id),
    }
}
