//! What the exchange worker answers.

use crate::core::exchange::ExchangeError;
use crate::core::merge::ImportError;
use crate::i18n::sharing::X;
use serde::{Deserialize, Serialize};

/// What the exchange worker answers, one variant per kind of answer. Externally
/// tagged, the tag in kebab case: `"ready"`, `{"progress": "deriving"}`,
/// `{"error": "tampered"}`, `{"sealed": <bytes>}`, `{"merged": {…}}`, …; the page reads
/// it in one pass, without buffering the object to find out which it is. The answers
/// of the screen the worker still draws ("Del med din makker") are read by its script,
/// `public/exchange.js`, never by the page's Rust: they are not deserialized.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FromWorker {
    /// The worker listens (a message sent while its wasm was loading may be gone).
    Ready,
    /// A slow step began.
    Progress(Progress),
    /// The message could not be done; nothing changed.
    #[serde(rename = "error")]
    Failed(Failure),
    /// The sealed file.
    #[serde(skip_deserializing)]
    Sealed(#[serde(with = "serde_bytes")] Vec<u8>),
    /// The readable file.
    Exported(String),
    /// The merged programme's envelope, the file's scope and what changed.
    #[serde(skip_deserializing)]
    Merged {
        programme: String,
        scope: String,
        report: crate::core::merge::Report,
    },
    /// The screen, and what the page must do besides showing it.
    #[serde(skip_deserializing)]
    Screen(Screen),
    /// A file to share; the screen stays as it is.
    #[serde(skip_deserializing)]
    Share(File),
    /// Records to store without drawing the screen again.
    #[serde(skip_deserializing)]
    Store(Records),
    /// The next QR code.
    #[serde(skip_deserializing)]
    Qr(Code),
    /// How the scan goes.
    #[serde(skip_deserializing)]
    Scan(ScanCount),
    /// The other pair's programme (an envelope) and the record to keep their file under.
    OtherPair { other: String, record: String },
    /// Nothing to do.
    Nothing,
}

impl FromWorker {
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
        FromWorker::Failed(error)
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Progress {
    /// Argon2id derives the key (about a second on a phone).
    Deriving,
}

/// Why the worker could not do what was asked; the page or the screen says it in Danish.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
    /// The other pair's file is a sealed exchange file, not their summary.
    OtherSealed,
    /// The file's programme is refused at the border (`core::validate`): what is wrong.
    InvalidId,
    DuplicateId,
    TooLong,
    TooMany,
    UnknownTooLarge,
    VersionTooHigh,
    ValueOutOfRange,
    /// The other pair's file is this pair's own summary.
    OwnPair,
    /// An action before the page asked for the screen.
    NoScreen,
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

impl From<crate::core::wrap_up::OtherError> for Failure {
    fn from(e: crate::core::wrap_up::OtherError) -> Failure {
        use crate::core::wrap_up::OtherError;
        match e {
            OtherError::Sealed => Failure::OtherSealed,
            OtherError::OwnPair => Failure::OwnPair,
            OtherError::File(e) => e.into(),
            OtherError::Invalid(invalid) => invalid.into(),
        }
    }
}

impl From<crate::core::validate::Invalid> for Failure {
    fn from(invalid: crate::core::validate::Invalid) -> Failure {
        use crate::core::validate::Invalid;
        match invalid {
            Invalid::Id => Failure::InvalidId,
            Invalid::DuplicateId => Failure::DuplicateId,
            Invalid::TooLong => Failure::TooLong,
            Invalid::TooMany => Failure::TooMany,
            Invalid::Unknown => Failure::UnknownTooLarge,
            Invalid::Version => Failure::VersionTooHigh,
            Invalid::Value => Failure::ValueOutOfRange,
        }
    }
}

impl Failure {
    /// What went wrong, for the user of the exchange screen.
    pub fn text(self) -> X {
        match self {
            Failure::TooLarge => X::ErrTooLarge,
            Failure::Garbage | Failure::Malformed => X::ErrGarbage,
            Failure::Truncated => X::ErrTruncated,
            Failure::TooNew => X::ErrTooNew,
            Failure::NeedPassphrase | Failure::WrongPassphrase => X::ErrWrongPassphrase,
            Failure::Tampered => X::ErrTampered,
            Failure::Limits => X::ErrLimits,
            // Only the wrap-up reads the other pair's file; it says these in its own words
            // (`pages::wrap_up::content::problem`).
            Failure::OwnFile | Failure::OwnPair | Failure::OtherSealed => X::ErrGarbage,
            Failure::OtherPair => X::ErrOtherPair,
            Failure::InvalidId => X::ErrInvalidId,
            Failure::DuplicateId => X::ErrDuplicateId,
            Failure::TooLong => X::ErrTooLong,
            Failure::TooMany => X::ErrTooMany,
            Failure::UnknownTooLarge => X::ErrUnknown,
            Failure::VersionTooHigh => X::ErrVersion,
            Failure::ValueOutOfRange => X::ErrValue,
            Failure::NoScreen | Failure::NoCode => X::StoppedOther,
        }
    }
}

impl From<ImportError> for Failure {
    fn from(e: ImportError) -> Failure {
        match e {
            ImportError::OwnFile => Failure::OwnFile,
            ImportError::OtherPair => Failure::OtherPair,
            ImportError::Invalid(invalid) => invalid.into(),
        }
    }
}

/// `{html, busy?, share?, store?}`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Screen {
    pub html: String,
    /// A waiting screen, sent before a slow action's answer.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub busy: bool,
    /// A file for the share sheet (or a download).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share: Option<File>,
    /// Records for the page to store.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub store: Option<Records>,
}

/// A file to share.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct File {
    pub name: String,
    pub mime: String,
    #[serde(with = "serde_bytes")]
    pub bytes: Vec<u8>,
}

/// Records to store, as two lists.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Records {
    pub keys: Vec<String>,
    pub values: Vec<String>,
    /// Keys of records to remove in the same transaction ("Fortryd import").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub remove: Vec<String>,
}

impl Records {
    pub fn one(key: &str, value: String) -> Records {
        Records {
            keys: vec![key.into()],
            values: vec![value],
            remove: Vec::new(),
        }
    }
}

impl FromIterator<(String, String)> for Records {
    fn from_iter<I: IntoIterator<Item = (String, String)>>(records: I) -> Records {
        let (keys, values) = records.into_iter().unzip();
        Records {
            keys,
            values,
            remove: Vec::new(),
        }
    }
}

/// A QR code drawn: an SVG path, the side of its `viewBox`, the milliseconds it took.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Code {
    pub d: String,
    pub side: u32,
    pub ms: f64,
}

/// Parts of the partner's payload `received` of `needed`, and the words for it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScanCount {
    pub received: usize,
    pub needed: usize,
    pub text: String,
    pub found: bool,
    pub ms: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<u32>,
}
