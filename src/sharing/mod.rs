//! The exchange screen ("Del med din makker", issue 7): choose what to send, see exactly
//! what leaves the phone, seal it and share it; fetch the partner's file, open it and
//! merge it in with a report. The exchange worker (`src/bin/worker.rs`) holds a
//! [`Sharing`] and draws it; the page only shows the HTML and passes the user's actions
//! on. Pure Rust, tested natively. What it looks like is in `view`.

mod qr_view;
mod steps;
mod view;

pub use steps::{Action, Effect, Step};

pub use qr_view::count as scan_count;

pub use view::report_text;

use crate::core::exchange::{self, ExchangeError, Kdf, Scope};
use crate::core::merge::{self, import_partner, ImportError, Report};
use crate::core::model::Programme;
use crate::core::qr::{self, Receiver, Sender, Taken};
use crate::core::records;
use crate::core::settings::Lang;
use crate::core::time::Timestamp;
use crate::i18n::sharing::X;

/// A readable file larger than this shows "Åbner filen …" while it is checked and
/// merged.
pub const LARGE_FILE: usize = 256 * 1024;

/// The shortest passphrase the screen accepts.
pub const MIN_PASSPHRASE: usize = 8;

/// The exchange screen's state: the phone's own programme and the user's choices.
pub struct Sharing {
    pub mine: Programme,
    pub lang: Lang,
    pub scope: Scope,
    pub names: String,
    pub sealed: bool,
    pub step: Step,
    /// A sealed file waiting for its passphrase.
    waiting: Option<Vec<u8>>,
    /// `mine` before the last import, until the page has stored the merge.
    before: Option<Programme>,
    /// `mine` before the last import, for "Fortryd import", until the screen closes.
    undo: Option<Programme>,
    /// This phone's own file, waiting for "Gendan fra sikkerhedskopi".
    own: Option<Programme>,
    /// The codes being shown.
    sender: Option<Sender>,
    /// The parts scanned so far.
    receiver: Option<Receiver>,
}

impl Sharing {
    /// The screen for `mine`, sending `scope` by default (the visit at hand), sealed.
    pub fn new(mine: Programme, lang: Lang, scope: Scope) -> Sharing {
        Sharing {
            mine,
            lang,
            scope,
            names: String::new(),
            sealed: true,
            step: Step::Choose,
            waiting: None,
            before: None,
            undo: None,
            own: None,
            sender: None,
            receiver: None,
        }
    }

    /// Whether acting on `action` takes long (Argon2id): the page is shown the
    /// waiting screen first.
    pub fn slow(&self, action: &Action) -> Option<Step> {
        match action {
            Action::Share { passphrase } | Action::ShowQr { passphrase }
                if self.sealed && passphrase.chars().count() >= MIN_PASSPHRASE =>
            {
                Some(Step::Sealing)
            }
            Action::Open { passphrase } if !passphrase.is_empty() => Some(Step::Opening),
            // A large readable file takes a moment to check and merge: say so first.
            Action::File(Some(bytes))
                if !exchange::is_sealed(bytes) && bytes.len() > LARGE_FILE =>
            {
                Some(Step::Opening)
            }
            _ => None,
        }
    }

    /// Acts on `action`; `now` stamps an export, `random` gives the salt and nonce.
    pub fn act(
        &mut self,
        action: Action,
        now: Timestamp,
        random: &mut dyn FnMut(&mut [u8]),
    ) -> Vec<Effect> {
        match action {
            Action::Form {
                scope,
                names,
                sealed,
            } => {
                self.scope = match scope.as_str() {
                    "visit-1" => Scope::Visit(0),
                    "visit-2" => Scope::Visit(1),
                    _ => Scope::All,
                };
                self.names = names;
                self.sealed = sealed;
            }
            Action::Preview => {
                self.step = Step::Preview {
                    short_passphrase: false,
                }
            }
            Action::Back => {
                self.sender = None;
                self.receiver = None;
                self.own = None;
                self.step = Step::Choose;
            }
            Action::Restore => {
                let Some(backup) = self.own.take() else {
                    self.step = Step::Choose;
                    return Vec::new();
                };
                let mut merged = self.mine.clone();
                let report = merge::merge(&mut merged, &backup);
                return self.merged(merged, report);
            }
            Action::Undo => {
                // Not before the import itself is on disk (the page says so at once).
                if self.before.is_some() {
                    return Vec::new();
                }
                let Some(before) = self.undo.take() else {
                    return Vec::new();
                };
                let kept: std::collections::HashSet<String> = records::split(&before)
                    .into_iter()
                    .map(|(k, _)| k)
                    .collect();
                let remove = records::split(&self.mine)
                    .into_iter()
                    .map(|(k, _)| k)
                    .filter(|k| !kept.contains(k))
                    .collect();
                self.before = Some(std::mem::replace(&mut self.mine, before));
                self.step = Step::Undone;
                return vec![Effect::Restore {
                    records: records::split(&self.mine),
                    remove,
                }];
            }
            Action::ShowQr { passphrase } => {
                if self.sealed && passphrase.chars().count() < MIN_PASSPHRASE {
                    self.step = Step::Preview {
                        short_passphrase: true,
                    };
                    return Vec::new();
                }
                let text = self.file_text(now);
                let payload = if self.sealed {
                    let (mut salt, mut nonce) = ([0u8; 16], [0u8; 24]);
                    random(&mut salt);
                    random(&mut nonce);
                    match exchange::seal_deflated(&text, &passphrase, Kdf::DEFAULT, salt, nonce) {
                        Ok(bytes) => bytes,
                        Err(e) => {
                            self.step = Step::Failed(problem(e));
                            return Vec::new();
                        }
                    }
                } else {
                    exchange::pack(&text)
                };
                let sender = Sender::new(&payload);
                self.step = Step::Showing {
                    parts: sender.parts(),
                };
                self.sender = Some(sender);
            }
            Action::Scan => {
                self.receiver = Some(Receiver::default());
                self.step = Step::Scanning {
                    received: 0,
                    needed: 0,
                };
            }
            Action::Scanned(texts) => {
                let Some(receiver) = self.receiver.as_mut() else {
                    return Vec::new();
                };
                for text in texts {
                    match receiver.take(&text) {
                        Taken::Ignored => {}
                        Taken::Progress { received, needed } => {
                            self.step = Step::Scanning { received, needed }
                        }
                        Taken::Done(bytes) => {
                            self.receiver = None;
                            return self.act(Action::File(Some(bytes)), now, random);
                        }
                        Taken::Unusable => {
                            self.receiver = None;
                            self.step = Step::Failed(X::ErrQrUnusable);
                            return Vec::new();
                        }
                    }
                }
            }
            Action::NoCamera(name) => {
                self.receiver = None;
                self.step = Step::Failed(match name.as_str() {
                    "NotAllowedError" | "SecurityError" => X::ErrCameraDenied,
                    "NotReadableError" | "AbortError" => X::ErrCameraBusy,
                    _ => X::ErrNoCamera,
                });
            }
            Action::Shared(how) => self.step = Step::Sent(how),
            Action::Share { passphrase } => {
                let text = self.file_text(now);
                if !self.sealed {
                    self.step = Step::Sealing;
                    return vec![Effect::Share {
                        name: self.file_name(now, "json"),
                        mime: "application/json",
                        bytes: text.into_bytes(),
                    }];
                }
                if passphrase.chars().count() < MIN_PASSPHRASE {
                    self.step = Step::Preview {
                        short_passphrase: true,
                    };
                    return Vec::new();
                }
                let (mut salt, mut nonce) = ([0u8; 16], [0u8; 24]);
                random(&mut salt);
                random(&mut nonce);
                match exchange::seal(&text, &passphrase, Kdf::DEFAULT, salt, nonce) {
                    Ok(bytes) => {
                        self.step = Step::Sealing;
                        return vec![Effect::Share {
                            name: self.file_name(now, "jbs"),
                            mime: "application/octet-stream",
                            bytes,
                        }];
                    }
                    Err(e) => self.step = Step::Failed(problem(e)),
                }
            }
            Action::File(None) => self.step = Step::Failed(X::ErrUnreadable),
            Action::File(Some(bytes)) => {
                if exchange::is_sealed(&bytes) && bytes.len() <= exchange::MAX_FILE {
                    self.waiting = Some(bytes);
                    self.step = Step::Passphrase { wrong: false };
                } else {
                    return self.take_in(&bytes, "");
                }
            }
            Action::Stored(true) => self.before = None,
            Action::Stored(false) => {
                if let Some(before) = self.before.take() {
                    self.mine = before;
                }
                self.undo = None;
                self.step = Step::Failed(X::ErrStore);
            }
            Action::Open { passphrase } => {
                if let Some(bytes) = self.waiting.clone() {
                    return self.take_in(&bytes, &passphrase);
                }
                self.step = Step::Choose;
            }
        }
        Vec::new()
    }

    /// Opens a file and merges it into `mine`: the partner's half, or this phone's own
    /// backup. Local data changes only when the whole file checks out.
    fn take_in(&mut self, bytes: &[u8], passphrase: &str) -> Vec<Effect> {
        let received = match exchange::open(bytes, passphrase) {
            Ok(received) => received,
            Err(ExchangeError::WrongPassphrase | ExchangeError::NeedPassphrase) => {
                self.step = Step::Passphrase { wrong: true };
                return Vec::new();
            }
            Err(e) => {
                self.waiting = None;
                self.step = Step::Failed(problem(e));
                return Vec::new();
            }
        };
        self.waiting = None;
        let mut merged = self.mine.clone();
        let report = match import_partner(&mut merged, &received.programme) {
            Ok(report) => report,
            // This phone's own user's file: never merged as the partner's; restored as a
            // backup only when the user says so.
            Err(ImportError::OwnFile) => {
                self.own = Some(received.programme);
                self.step = Step::OwnFile;
                return Vec::new();
            }
            Err(ImportError::OtherPair) => {
                self.step = Step::Failed(X::ErrOtherPair);
                return Vec::new();
            }
            Err(ImportError::Invalid(invalid)) => {
                self.step = Step::Failed(crate::worker_protocol::Failure::from(invalid).text());
                return Vec::new();
            }
        };
        self.merged(merged, report)
    }

    /// `merged` becomes the phone's programme: stored, and "Fortryd import" offered.
    fn merged(&mut self, merged: Programme, report: Report) -> Vec<Effect> {
        let changed = merged != self.mine;
        let before = std::mem::replace(&mut self.mine, merged);
        self.step = Step::Imported {
            report,
            undo: changed,
        };
        if !changed {
            return Vec::new();
        }
        self.undo = Some(before.clone());
        self.before = Some(before);
        vec![Effect::Store(records::split(&self.mine))]
    }

    /// The next QR code while the codes are shown.
    pub fn next_code(&mut self) -> Option<qr::Code> {
        self.sender.as_mut()?.next_code()
    }

    /// The readable file for the chosen scope, with the names shortened.
    pub fn file_text(&self, now: Timestamp) -> String {
        let mut p = self.mine.clone();
        let names: Vec<&str> = self.names.lines().collect();
        exchange::initials_only(&mut p, &names);
        exchange::export(&p, self.scope, now)
    }

    /// "jobbesoeg-besoeg-1-mette-2027-03-10.jbs": what, whose, when, in plain ASCII.
    pub fn file_name(&self, now: Timestamp, extension: &str) -> String {
        let what = match self.scope {
            Scope::Visit(0) => "besoeg-1",
            Scope::Visit(_) => "besoeg-2",
            Scope::All => "alt",
            Scope::Summary => "opsamling",
        };
        exchange::file_name(what, &self.mine.me.name.value, now.date(), extension)
    }
}

/// Why a file was refused, in the user's words.
pub fn problem(e: ExchangeError) -> X {
    match e {
        ExchangeError::TooLarge => X::ErrTooLarge,
        ExchangeError::Garbage => X::ErrGarbage,
        ExchangeError::Truncated => X::ErrTruncated,
        ExchangeError::TooNew => X::ErrTooNew,
        ExchangeError::NeedPassphrase | ExchangeError::WrongPassphrase => X::ErrWrongPassphrase,
        ExchangeError::Tampered => X::ErrTampered,
        ExchangeError::Limits => X::ErrLimits,
    }
}
