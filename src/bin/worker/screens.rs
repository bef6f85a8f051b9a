//! The screen the worker draws and decides for the page: "Del med din makker"
//! (`sharing::Sharing`). The page shows the HTML and passes the user's actions on
//! (`public/exchange.js`).

use super::{fill_random, now};
use jobbesoeg::core::exchange::Scope;
use jobbesoeg::core::records;
use jobbesoeg::core::settings::Lang;
use jobbesoeg::core::status::Next;
use jobbesoeg::sharing::{Action, Effect, Sharing, Step};
use jobbesoeg::worker_protocol::{Act, Failure, File, FromWorker, Records, Screen, Stopped};
use std::cell::RefCell;

thread_local! {
    /// The exchange screen the page shows, while it shows it.
    pub(crate) static SCREEN: RefCell<Option<Sharing>> = const { RefCell::new(None) };
}

/// The exchange screen for the page's programme (its stored records). `stopped`: the
/// worker before this one stopped, and the screen says what failed.
pub fn screen(records: Vec<(String, String)>, lang: Lang, stopped: Option<Stopped>) -> FromWorker {
    let Ok(Some(mine)) = records::assemble(records) else {
        return Failure::Garbage.into();
    };
    // The visit at hand, by default.
    let scope = match mine.next() {
        Next::Visit { index, .. } => Scope::Visit(index),
        _ => Scope::All,
    };
    let mut sharing = Sharing::new(mine, lang, scope);
    if let Some(stopped) = stopped {
        sharing.step = Step::Failed(stopped.text());
    }
    let html = sharing.render(now());
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
        Act::Restore => Action::Restore,
        Act::Undo => Action::Undo,
        Act::File { bytes } => Action::File(bytes),
    };
    apply_all([action], progress_html)
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
            return FromWorker::Nothing;
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
                    })
                }
                Effect::Store(records) => screen.store = Some(records.into_iter().collect()),
                Effect::Restore { records, remove } => {
                    screen.store = Some(Records {
                        remove,
                        ..records.into_iter().collect()
                    })
                }
            }
        }
        FromWorker::Screen(screen)
    })
}
