//! The screens the worker draws and decides for the page: "Del med din makker"
//! (`sharing::Sharing`) and the May wrap-up (`summary`). The page shows the HTML and
//! passes the user's actions on (`public/exchange.js`).

use super::{error, object, text};
use jobbesoeg::core::exchange::{self, Scope};
use jobbesoeg::core::model::Programme;
use jobbesoeg::core::records;
use jobbesoeg::core::settings::Lang;
use jobbesoeg::core::status::Next;
use jobbesoeg::core::time::Timestamp;
use jobbesoeg::i18n::sharing::X;
use jobbesoeg::sharing::{Action, Effect, Sharing};
use jobbesoeg::summary;
use js_sys::{Reflect, Uint8Array};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

thread_local! {
    /// The exchange screen the page shows, while it shows it.
    pub(crate) static SCREEN: RefCell<Option<Sharing>> = const { RefCell::new(None) };
    /// The other pair's programme, for the wrap-up (May).
    static OTHER: RefCell<Option<Programme>> = const { RefCell::new(None) };
    /// "Det tager jeg med mig", as written so far.
    static TAKEAWAY: RefCell<String> = const { RefCell::new(String::new()) };
}

/// The wrap-up for `sharing`'s programme, with the other pair's beside it if here.
fn summary_html(sharing: &Sharing, confirm_error: bool, other_problem: Option<X>) -> String {
    OTHER.with(|o| {
        TAKEAWAY.with(|t| {
            let (other, takeaway) = (o.borrow(), t.borrow());
            let extras = summary::Extras {
                other: other.as_ref(),
                other_problem,
                confirm_error,
                takeaway: &takeaway,
            };
            summary::render(&sharing.mine, sharing.lang, &extras)
        })
    })
}

/// `{keys: [key], values: [value]}`: one record for the page to store.
fn one_record(key: &str, value: String) -> JsValue {
    object(&[
        ("keys", js_sys::Array::of1(&key.into()).into()),
        ("values", js_sys::Array::of1(&value.into()).into()),
    ])
}

pub(crate) fn strings(data: &JsValue, key: &str) -> Vec<String> {
    // `Array.from(undefined)` throws: a missing list is an empty one.
    Reflect::get(data, &key.into())
        .ok()
        .filter(js_sys::Array::is_array)
        .map(|a| {
            js_sys::Array::from(&a)
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default()
}

/// `{op: "screen", keys, values, lang, scope}`: the exchange screen for the page's
/// programme (its stored records) → `{html}`.
pub fn screen(data: &JsValue) -> JsValue {
    let records: Vec<(String, String)> = strings(data, "keys")
        .into_iter()
        .zip(strings(data, "values"))
        .collect();
    // The other pair's summary, kept beside the programme's records (May).
    let other = records
        .iter()
        .find(|(k, _)| k == summary::pairs::KEY)
        .and_then(|(_, text)| summary::pairs::from_record(text));
    OTHER.with(|o| *o.borrow_mut() = other);
    let takeaway = records
        .iter()
        .find(|(k, _)| k == summary::takeaway::KEY)
        .and_then(|(_, text)| summary::takeaway::from_record(text))
        .unwrap_or_default();
    TAKEAWAY.with(|t| *t.borrow_mut() = takeaway);
    let Ok(Some(mine)) = records::assemble(records) else {
        return error("garbage");
    };
    let lang = if text(data, "lang") == "en" {
        Lang::En
    } else {
        Lang::Da
    };
    // The visit at hand, by default.
    let scope = match mine.next() {
        Next::Visit { index, .. } => Scope::Visit(index),
        _ => Scope::All,
    };
    let sharing = Sharing::new(mine, lang, scope);
    let html = if text(data, "screen") == "summary" {
        summary_html(&sharing, false, None)
    } else {
        sharing.render(now())
    };
    SCREEN.with(|s| *s.borrow_mut() = Some(sharing));
    object(&[("html", html.into())])
}

/// `{op: "act", action, form, bytes, how}`: a user's action on the exchange screen →
/// `{html, share?: {name, mime, bytes}, store?: {keys, values}}`. A slow action (sealing,
/// opening) first sends `{html}` of the waiting screen.
pub fn act(data: &JsValue, progress_html: &dyn Fn(String)) -> JsValue {
    let form = Reflect::get(data, &"form".into()).unwrap_or(JsValue::UNDEFINED);
    let field = |key: &str| text(&form, key);
    let action = match text(data, "action").as_str() {
        "form" | "preview" => Action::Form {
            scope: field("scope"),
            names: field("names"),
            sealed: field("sealed") == "on",
        },
        "back" => Action::Back,
        // A note starred (or not) for the summary: its record stored, the summary anew.
        "star" => {
            return SCREEN.with(|s| {
                let mut s = s.borrow_mut();
                let Some(sharing) = s.as_mut() else {
                    return error("no-screen");
                };
                let me = sharing.mine.me.id.clone();
                let Some(key) = summary::toggle_star(&mut sharing.mine, &field("note"), &me) else {
                    return error("no-note");
                };
                let html = summary_html(sharing, false, None);
                let answer = object(&[("html", html.into())]);
                if let Some(record) = records::record(&sharing.mine, &key) {
                    let _ = Reflect::set(&answer, &"store".into(), &one_record(&key, record));
                }
                answer
            });
        }
        // "Det tager jeg med mig", typed: kept as it is typed, the screen left alone.
        "takeaway" => {
            let typed = field("takeaway");
            let record = summary::takeaway::record(&typed);
            TAKEAWAY.with(|t| *t.borrow_mut() = typed);
            let store = one_record(summary::takeaway::KEY, record);
            let _ = Reflect::set(&store, &"quiet".into(), &true.into());
            return object(&[("store", store)]);
        }
        // "Slet alt", with the word typed: the page deletes everything it stores.
        "erase" => {
            return SCREEN.with(|s| {
                let s = s.borrow();
                let Some(sharing) = s.as_ref() else {
                    return error("no-screen");
                };
                if summary::confirms(&field("confirm"), sharing.lang) {
                    object(&[("erase", true.into())])
                } else {
                    object(&[("html", summary_html(sharing, true, None).into())])
                }
            });
        }
        // The other pair's summary file, picked: shown beside ours and kept.
        "other-file" => {
            let bytes = Reflect::get(data, &"bytes".into())
                .ok()
                .filter(|b| b.is_object())
                .map(|b| Uint8Array::new(&b).to_vec())
                .unwrap_or_default();
            return SCREEN.with(|s| {
                let s = s.borrow();
                let Some(sharing) = s.as_ref() else {
                    return error("no-screen");
                };
                match summary::pairs::read(&sharing.mine, &bytes) {
                    Ok((other, text)) => {
                        OTHER.with(|o| *o.borrow_mut() = Some(other));
                        let answer = object(&[("html", summary_html(sharing, false, None).into())]);
                        let store = one_record(summary::pairs::KEY, text);
                        let _ = Reflect::set(&answer, &"store".into(), &store);
                        answer
                    }
                    Err(problem) => {
                        object(&[("html", summary_html(sharing, false, Some(problem)).into())])
                    }
                }
            });
        }
        // Our summary for the other pair: readable, the starred notes only.
        "share-summary" => {
            return SCREEN.with(|s| {
                let s = s.borrow();
                let Some(sharing) = s.as_ref() else {
                    return error("no-screen");
                };
                let named = Sharing::new(sharing.mine.clone(), sharing.lang, Scope::Summary);
                let text = exchange::export(&sharing.mine, Scope::Summary, now());
                let file = object(&[
                    ("name", named.file_name(now(), "json").into()),
                    ("mime", "application/json".into()),
                    ("bytes", Uint8Array::from(text.as_bytes()).into()),
                    ("quiet", true.into()),
                ]);
                object(&[("share", file)])
            });
        }
        // The wrap-up as a Markdown file, to keep or send on.
        "markdown" => {
            return SCREEN.with(|s| {
                let s = s.borrow();
                let Some(sharing) = s.as_ref() else {
                    return error("no-screen");
                };
                let name = sharing
                    .file_name(now(), "md")
                    .replace("besoeg-1", "opsamling")
                    .replace("besoeg-2", "opsamling")
                    .replace("-alt-", "-opsamling-");
                let text =
                    TAKEAWAY.with(|t| summary::markdown(&sharing.mine, sharing.lang, &t.borrow()));
                let file = object(&[
                    ("name", name.into()),
                    ("mime", "text/markdown".into()),
                    ("bytes", Uint8Array::from(text.as_bytes()).into()),
                    // Not an exchange: no "sidst eksporteret", no answer about it.
                    ("quiet", true.into()),
                ]);
                object(&[("share", file)])
            });
        }
        "share" => Action::Share {
            passphrase: field("passphrase"),
        },
        "qr" => Action::ShowQr {
            passphrase: field("passphrase"),
        },
        "scan" => Action::Scan,
        "no-camera" => Action::NoCamera(text(data, "name")),
        "open" => Action::Open {
            passphrase: field("passphrase"),
        },
        "shared" => Action::Shared(text(data, "how")),
        "stored" => Action::Stored(
            Reflect::get(data, &"ok".into())
                .ok()
                .and_then(|v| v.as_bool())
                .unwrap_or(false),
        ),
        "file" => Action::File(
            Reflect::get(data, &"bytes".into())
                .ok()
                .filter(|b| b.is_object())
                .map(|b| Uint8Array::new(&b).to_vec()),
        ),
        _ => return error("unknown-action"),
    };
    let preview = text(data, "action") == "preview";
    apply(action, preview, progress_html)
}

/// Acts on `action` → `{html, share?, store?}` (`preview`: then shows the preview).
pub(crate) fn apply(action: Action, preview: bool, progress_html: &dyn Fn(String)) -> JsValue {
    // Stored as asked: the screen already says what came in; drawing it again would only
    // move the reader's place.
    let quiet = action == Action::Stored(true);
    SCREEN.with(|s| {
        let mut s = s.borrow_mut();
        let Some(sharing) = s.as_mut() else {
            return error("no-screen");
        };
        if let Some(step) = sharing.slow(&action) {
            let shown = std::mem::replace(&mut sharing.step, step);
            progress_html(sharing.render(now()));
            sharing.step = shown;
        }
        let mut effects = sharing.act(action, now(), &mut |b| fill_random(b));
        if preview {
            effects.extend(sharing.act(Action::Preview, now(), &mut |b| fill_random(b)));
        }
        if quiet {
            return object(&[]);
        }
        let answer = object(&[("html", sharing.render(now()).into())]);
        for effect in effects {
            match effect {
                Effect::Share { name, mime, bytes } => {
                    let file = object(&[
                        ("name", name.into()),
                        ("mime", mime.into()),
                        ("bytes", Uint8Array::from(&bytes[..]).into()),
                    ]);
                    let _ = Reflect::set(&answer, &"share".into(), &file);
                }
                Effect::Store(records) => {
                    let (keys, values) = (js_sys::Array::new(), js_sys::Array::new());
                    for (key, value) in records {
                        keys.push(&key.into());
                        values.push(&value.into());
                    }
                    let store = object(&[("keys", keys.into()), ("values", values.into())]);
                    let _ = Reflect::set(&answer, &"store".into(), &store);
                }
            }
        }
        answer
    })
}

fn now() -> Timestamp {
    Timestamp(js_sys::Date::now() as i64)
}

fn fill_random(bytes: &mut [u8]) {
    let crypto = Reflect::get(&js_sys::global(), &"crypto".into())
        .ok()
        .and_then(|c| c.dyn_into::<web_sys::Crypto>().ok());
    if let Some(crypto) = crypto {
        let _ = crypto.get_random_values_with_u8_array(bytes);
    }
}
