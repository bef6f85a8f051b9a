//! The screens the worker draws and decides for the page: "Del med din makker"
//! (`sharing::Sharing`) and the May wrap-up (`summary`). The page shows the HTML and
//! passes the user's actions on (`public/exchange.js`).

use super::{fill_random, now};
use jobbesoeg::core::exchange::{self, Scope};
use jobbesoeg::core::model::Programme;
use jobbesoeg::core::records;
use jobbesoeg::core::settings::Lang;
use jobbesoeg::core::status::Next;
use jobbesoeg::i18n::sharing::X;
use jobbesoeg::sharing::{Action, Effect, Sharing, Step};
use jobbesoeg::summary;
use jobbesoeg::worker_protocol::{
    Act, Failure, File, FromWorker, Records, Screen, ScreenKind, Stopped,
};
use std::cell::RefCell;

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

/// The exchange screen (or the wrap-up) for the page's programme (its stored records).
/// `stopped`: the worker before this one stopped, and the screen says what failed.
pub fn screen(
    records: Vec<(String, String)>,
    lang: Lang,
    kind: ScreenKind,
    stopped: Option<Stopped>,
) -> FromWorker {
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
        return Failure::Garbage.into();
    };
    // The visit at hand, by default.
    let scope = match mine.next() {
        Next::Visit { index, .. } => Scope::Visit(index),
        _ => Scope::All,
    };
    let mut sharing = Sharing::new(mine, lang, scope);
    let problem = stopped.map(Stopped::text);
    let html = match kind {
        ScreenKind::Summary => summary_html(&sharing, false, problem),
        ScreenKind::Share => {
            if let Some(problem) = problem {
                sharing.step = Step::Failed(problem);
            }
            sharing.render(now())
        }
    };
    SCREEN.with(|s| *s.borrow_mut() = Some(sharing));
    FromWorker::html(html)
}

/// Runs `f` on the screen shown; before the page asked for one: `no-screen`.
fn with_screen(f: impl FnOnce(&mut Sharing) -> FromWorker) -> FromWorker {
    SCREEN.with(|s| match s.borrow_mut().as_mut() {
        Some(sharing) => f(sharing),
        None => Failure::NoScreen.into(),
    })
}

/// A user's action on the exchange screen or the wrap-up → the screen and what the
/// page must do besides (share a file, store records, erase). A slow action (sealing,
/// opening) first sends the waiting screen through `progress_html`.
pub fn act(act: Act, progress_html: &dyn Fn(String)) -> FromWorker {
    let action = match act {
        Act::Form { form } => Action::Form {
            scope: form.scope,
            names: form.names,
            sealed: form.sealed == "on",
        },
        Act::Preview { form } => {
            let form = Action::Form {
                scope: form.scope,
                names: form.names,
                sealed: form.sealed == "on",
            };
            return apply_all([form, Action::Preview], progress_html);
        }
        Act::Back => Action::Back,
        // A note starred (or not) for the summary: its record stored, the summary anew.
        Act::Star { form } => {
            return with_screen(|sharing| {
                let me = sharing.mine.me.id.clone();
                let Some(key) = summary::toggle_star(&mut sharing.mine, &form.note, &me) else {
                    return Failure::NoNote.into();
                };
                FromWorker::Screen(Screen {
                    html: summary_html(sharing, false, None),
                    store: records::record(&sharing.mine, &key)
                        .map(|record| Records::one(&key, record)),
                    ..Screen::default()
                })
            });
        }
        // "Det tager jeg med mig", typed: kept as it is typed, the screen left alone.
        Act::Takeaway { form } => {
            let record = summary::takeaway::record(&form.takeaway);
            TAKEAWAY.with(|t| *t.borrow_mut() = form.takeaway);
            return FromWorker::Store {
                store: Records {
                    quiet: true,
                    ..Records::one(summary::takeaway::KEY, record)
                },
            };
        }
        // "Slet alt", with the word typed: the page deletes everything it stores.
        Act::Erase { form } => {
            return with_screen(|sharing| {
                if summary::confirms(&form.confirm, sharing.lang) {
                    FromWorker::ERASE
                } else {
                    FromWorker::html(summary_html(sharing, true, None))
                }
            });
        }
        // The other pair's summary file, picked: shown beside ours and kept.
        Act::OtherFile { bytes } => {
            return with_screen(|sharing| {
                match summary::pairs::read(&sharing.mine, &bytes.unwrap_or_default()) {
                    Ok((other, text)) => {
                        OTHER.with(|o| *o.borrow_mut() = Some(other));
                        FromWorker::Screen(Screen {
                            html: summary_html(sharing, false, None),
                            store: Some(Records::one(summary::pairs::KEY, text)),
                            ..Screen::default()
                        })
                    }
                    Err(problem) => FromWorker::html(summary_html(sharing, false, Some(problem))),
                }
            });
        }
        // Our summary for the other pair: readable, the starred notes only.
        Act::ShareSummary => {
            return with_screen(|sharing| {
                let named = Sharing::new(sharing.mine.clone(), sharing.lang, Scope::Summary);
                let text = exchange::export(&sharing.mine, Scope::Summary, now());
                share(File {
                    name: named.file_name(now(), "json"),
                    mime: "application/json".into(),
                    bytes: text.into_bytes(),
                    quiet: true,
                })
            });
        }
        // The wrap-up as a Markdown file, to keep or send on.
        Act::Markdown => {
            return with_screen(|sharing| {
                let name = sharing
                    .file_name(now(), "md")
                    .replace("besoeg-1", "opsamling")
                    .replace("besoeg-2", "opsamling")
                    .replace("-alt-", "-opsamling-");
                let text =
                    TAKEAWAY.with(|t| summary::markdown(&sharing.mine, sharing.lang, &t.borrow()));
                share(File {
                    name,
                    mime: "text/markdown".into(),
                    bytes: text.into_bytes(),
                    // Not an exchange: no "sidst eksporteret", no answer about it.
                    quiet: true,
                })
            });
        }
        Act::Share { form } => Action::Share {
            passphrase: form.passphrase,
        },
        Act::Qr { form } => Action::ShowQr {
            passphrase: form.passphrase,
        },
        Act::Scan => Action::Scan,
        Act::NoCamera { name } => Action::NoCamera(name),
        Act::Open { form } => Action::Open {
            passphrase: form.passphrase,
        },
        Act::Shared { how } => Action::Shared(how),
        Act::Stored { ok } => Action::Stored(ok),
        Act::File { bytes } => Action::File(bytes),
    };
    apply_all([action], progress_html)
}

/// `{share}` alone: the screen stays as it is.
fn share(share: File) -> FromWorker {
    FromWorker::Share { share }
}

/// Acts on each of `actions` → `{html, share?, store?}`.
pub(crate) fn apply_all<const N: usize>(
    actions: [Action; N],
    progress_html: &dyn Fn(String),
) -> FromWorker {
    // Stored as asked: the screen already says what came in; drawing it again would only
    // move the reader's place.
    let quiet = matches!(actions.as_slice(), [Action::Stored(true)]);
    with_screen(|sharing| {
        let mut effects = Vec::new();
        for action in actions {
            if let Some(step) = sharing.slow(&action) {
                let shown = std::mem::replace(&mut sharing.step, step);
                progress_html(sharing.render(now()));
                sharing.step = shown;
            }
            effects.extend(sharing.act(action, now(), &mut |b| fill_random(b)));
        }
        if quiet {
            return FromWorker::Nothing {};
        }
        let mut screen = Screen {
            html: sharing.render(now()),
            ..Screen::default()
        };
        for effect in effects {
            match effect {
                Effect::Share { name, mime, bytes } => {
                    screen.share = Some(File {
                        name,
                        mime: mime.into(),
                        bytes,
                        quiet: false,
                    })
                }
                Effect::Store(records) => screen.store = Some(records.into_iter().collect()),
            }
        }
        FromWorker::Screen(screen)
    })
}
