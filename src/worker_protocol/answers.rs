//! What the exchange worker answers.

use crate::core::exchange::ExchangeError;
use crate::core::merge::ImportError;
use serde::Serialize;

/// What the exchange worker answers. Each shape is the object the page reads
/// (`public/exchange.js`): `{ready: true}`, `{progress}`, `{error}`, `{html, …}`, ….
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum FromWorker {
    /// The worker listens (a message sent while its wasm was loading may be gone).
    Ready { ready: bool },
    /// A slow step began.
    Progress { progress: Progress },
    /// The message could not be done; nothing changed.
    Failed { error: Failure },
    /// The sealed file.
    Sealed {
        #[serde(with = "serde_bytes")]
        bytes: Vec<u8>,
    },
    /// The readable file.
    Exported { text: String },
    /// The merged programme's envelope, the file's scope and what changed.
    Merged {
        programme: String,
        scope: String,
        report: crate::core::merge::Report,
    },
    /// The screen, and what the page must do besides showing it.
    Screen(Screen),
    /// A file to share; the screen stays as it is.
    Share { share: File },
    /// Records to store without drawing the screen again.
    Store { store: Records },
    /// "Slet alt", confirmed: the page deletes everything it stores.
    Erase { erase: bool },
    /// The next QR code.
    Qr { qr: Code },
    /// How the scan goes.
    Scan { scan: ScanCount },
    /// Nothing to do.
    Nothing {},
}

impl FromWorker {
    pub const READY: FromWorker = FromWorker::Ready { ready: true };
    pub const ERASE: FromWorker = FromWorker::Erase { erase: true };

    /// The screen's HTML alone.
    pub fn html(html: String) -> FromWorker {
        FromWorker::Screen(Screen {
            html,
            ..Screen::default()
        })
    }
}

impl From<Failure> for FromWorker {
    fn from(error: Failure) -> FromWorker {
        FromWorker::Failed { error }
    }
}

impl From<ExchangeError> for FromWorker {
    fn from(e: ExchangeError) -> FromWorker {
        Failure::from(e).into()
    }
}

impl From<ImportError> for FromWorker {
    fn from(e: ImportError) -> FromWorker {
        Failure::from(e).into()
    }
}

/// A slow step the worker began.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Progress {
    /// Argon2id derives the key (about a second on a phone).
    Deriving,
}

/// Why the worker could not do what was asked; the page or the screen says it in Danish.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Failure {
    TooLarge,
    Garbage,
    Truncated,
    TooNew,
    NeedPassphrase,
    WrongPassphrase,
    Tampered,
    Limits,
    OwnFile,
    OtherPair,
    /// An action before the page asked for the screen.
    NoScreen,
    /// A note to star that is not there.
    NoNote,
    /// No QR codes are shown.
    NoCode,
    /// A message that is not one of [`ToWorker`]'s, or whose fields are not.
    Malformed,
}

impl From<ExchangeError> for Failure {
    fn from(e: ExchangeError) -> Failure {
        match e {
            ExchangeError::TooLarge => Failure::TooLarge,
            ExchangeError::Garbage => Failure::Garbage,
            ExchangeError::Truncated => Failure::Truncated,
            ExchangeError::TooNew => Failure::TooNew,
            ExchangeError::NeedPassphrase => Failure::NeedPassphrase,
            ExchangeError::WrongPassphrase => Failure::WrongPassphrase,
            ExchangeError::Tampered => Failure::Tampered,
            ExchangeError::Limits => Failure::Limits,
        }
    }
}

impl From<ImportError> for Failure {
    fn from(e: ImportError) -> Failure {
        match e {
            ImportError::OwnFile => Failure::OwnFile,
            ImportError::OtherPair => Failure::OtherPair,
        }
    }
}

/// `{html, busy?, share?, store?}`.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Screen {
    pub html: String,
    /// A waiting screen, sent before a slow action's answer.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub busy: bool,
    /// A file for the share sheet (or a download).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub share: Option<File>,
    /// Records for the page to store.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub store: Option<Records>,
}

/// A file to share.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct File {
    pub name: String,
    pub mime: String,
    #[serde(with = "serde_bytes")]
    pub bytes: Vec<u8>,
    /// Not an exchange: no "sidst eksporteret", no answer about it.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub quiet: bool,
}

/// Records to store, as two lists.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Records {
    pub keys: Vec<String>,
    pub values: Vec<String>,
    /// A record of the screen's own (not the programme): nothing to read again.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub quiet: bool,
}

impl Records {
    pub fn one(key: &str, value: String) -> Records {
        Records {
            keys: vec![key.into()],
            values: vec![value],
            quiet: false,
        }
    }
}

impl FromIterator<(String, String)> for Records {
    fn from_iter<I: IntoIterator<Item = (String, String)>>(records: I) -> Records {
        let (keys, values) = records.into_iter().unzip();
        Records {
            keys,
            values,
            quiet: false,
        }
    }
}

/// A QR code drawn: an SVG path, the side of its `viewBox`, the milliseconds it took.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Code {
    pub d: String,
    pub side: u32,
    pub ms: f64,
}

/// Parts of the partner's payload `received` of `needed`, and the words for it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ScanCount {
    pub received: usize,
    pub needed: usize,
    pub text: String,
    pub found: bool,
    pub ms: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<u32>,
}
