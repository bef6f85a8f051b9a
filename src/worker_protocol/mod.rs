//! The exchange worker's messages (`src/bin/worker.rs`, issue 15): one enum for each
//! direction, so an operation's name and fields are written once, here. The page sends
//! plain objects (`{op: "seal", text, passphrase}`, `public/exchange.js`); the worker
//! reads them with `serde_wasm_bindgen` into [`ToWorker`] and answers with a
//! [`FromWorker`]. Byte buffers travel as `Uint8Array`s (`serde_bytes`), not as lists
//! of numbers. Pure serde: decoded and encoded natively in the tests too.

use crate::core::exchange::Scope;
use crate::core::settings::Lang;
use crate::i18n::sharing::X;
use serde::{Deserialize, Deserializer, Serialize};

/// What the page asks of the exchange worker: the member `op` names the operation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "kebab-case")]
pub enum ToWorker {
    /// Seal a readable file's text (Argon2id 64 MiB × 3) → [`FromWorker::Sealed`].
    Seal { text: String, passphrase: String },
    /// Open a file, check it all through and merge it into `mine` (a stored programme
    /// envelope) → [`FromWorker::Merged`]. Nothing is written by the worker.
    Open {
        #[serde(default, with = "serde_bytes")]
        bytes: Vec<u8>,
        #[serde(default)]
        passphrase: String,
        mine: String,
    },
    /// The readable file of `mine` → [`FromWorker::Exported`], with the names listed in
    /// `names` (one a line) shortened to initials.
    Export {
        mine: String,
        #[serde(default)]
        scope: Part,
        #[serde(default)]
        names: String,
    },
    /// The other pair's summary file, picked on the wrap-up, checked against `mine` (a
    /// stored programme envelope) → [`FromWorker::OtherPair`].
    OtherFile {
        #[serde(default, with = "serde_bytes")]
        bytes: Vec<u8>,
        mine: String,
    },
    /// The other pair's file as the wrap-up keeps it (its record) →
    /// [`FromWorker::OtherPair`].
    OtherKept { record: String },
    /// Draw the exchange screen for the stored records →
    /// [`FromWorker::Screen`]. `stopped`: the worker before this one stopped while it
    /// did this message (`public/exchange.js` sends it again, less its bytes), and the
    /// screen says what failed.
    Screen {
        #[serde(default)]
        keys: Vec<String>,
        #[serde(default)]
        values: Vec<String>,
        #[serde(default)]
        lang: Lang,
        #[serde(default, deserialize_with = "what_stopped", skip_serializing)]
        stopped: Option<Stopped>,
    },
    /// The user's action on the screen shown → [`FromWorker::Screen`] (or what it leads
    /// to: a record to store, the word to erase everything).
    Act(Act),
    /// The next QR code of those shown → [`FromWorker::Qr`].
    QrNext,
    /// What the camera read in a frame → [`FromWorker::Scan`] while parts are missing,
    /// then as [`ToWorker::Act`].
    QrScan {
        #[serde(default)]
        texts: Vec<String>,
        /// Which frame this was: the page drops answers for frames it gave up on.
        #[serde(default)]
        id: Option<u32>,
    },
}

/// A user's action on the exchange screen: the member `action` names it
/// (a button's or a form's `data-action`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "action", rename_all = "kebab-case")]
pub enum Act {
    /// The send form's fields changed.
    Form {
        #[serde(default)]
        form: Form,
    },
    /// "Se, hvad der sendes", with the form's fields.
    Preview {
        #[serde(default)]
        form: Form,
    },
    Back,
    /// "Del filen", with the passphrase.
    Share {
        #[serde(default)]
        form: Form,
    },
    /// "Vis som QR-kode", with the passphrase.
    Qr {
        #[serde(default)]
        form: Form,
    },
    Scan,
    /// The camera could not start: the `DOMException`'s name.
    NoCamera {
        #[serde(default)]
        name: String,
    },
    /// A file picked or dropped (`None`: it could not be read).
    File {
        #[serde(default, with = "serde_bytes")]
        bytes: Option<Vec<u8>>,
    },
    /// The passphrase for the sealed file waiting.
    Open {
        #[serde(default)]
        form: Form,
    },
    /// How the sharing went: "shared", "downloaded", "cancelled".
    Shared {
        #[serde(default)]
        how: String,
    },
    /// "Gendan fra sikkerhedskopi", for this phone's own file.
    Restore,
    /// "Fortryd import".
    Undo,
    /// Whether the page stored the merged records.
    Stored {
        #[serde(default)]
        ok: bool,
    },
}

/// The screen's form fields as the page reads them (`FormData`, a button's
/// `data-*`): those missing are empty.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Form {
    pub scope: String,
    pub names: String,
    /// "on" when the checkbox is ticked.
    pub sealed: String,
    pub passphrase: String,
}

/// Which visit a readable file carries.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Part {
    #[serde(rename = "visit-1")]
    Visit1,
    #[serde(rename = "visit-2")]
    Visit2,
    #[default]
    #[serde(rename = "all")]
    All,
    /// The wrap-up's summary for the other pair: the starred notes only.
    #[serde(rename = "summary")]
    Summary,
}

impl From<Part> for Scope {
    fn from(part: Part) -> Scope {
        match part {
            Part::Visit1 => Scope::Visit(0),
            Part::Visit2 => Scope::Visit(1),
            Part::All => Scope::All,
            Part::Summary => Scope::Summary,
        }
    }
}

/// What the user was doing when the worker stopped (a panic or running out of memory
/// kills a wasm worker): the screen drawn again says so.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stopped {
    /// Opening a file or the other pair's summary.
    Reading,
    /// Making a file: sealing it, the readable one, the Markdown.
    Making,
    /// Reading the partner's QR codes.
    Scanning,
    /// Anything else (drawing a code, a screen).
    Other,
}

impl Stopped {
    /// What failed, for the user.
    pub fn text(self) -> X {
        match self {
            Stopped::Reading => X::StoppedReading,
            Stopped::Making => X::StoppedMaking,
            Stopped::Scanning => X::StoppedScanning,
            Stopped::Other => X::StoppedOther,
        }
    }
}

impl ToWorker {
    /// What the user was doing while the worker did this message.
    pub fn stopped(&self) -> Stopped {
        match self {
            ToWorker::Open { .. }
            | ToWorker::OtherFile { .. }
            | ToWorker::OtherKept { .. }
            | ToWorker::Act(Act::File { .. } | Act::Open { .. }) => Stopped::Reading,
            ToWorker::Seal { .. }
            | ToWorker::Export { .. }
            | ToWorker::Act(Act::Share { .. } | Act::Qr { .. }) => Stopped::Making,
            ToWorker::QrScan { .. } | ToWorker::Act(Act::Scan) => Stopped::Scanning,
            _ => Stopped::Other,
        }
    }
}

/// `stopped`: the message the worker before stopped on; one that cannot be read (or
/// none: it stopped while idle) still says that something failed.
fn what_stopped<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Stopped>, D::Error> {
    Ok(Some(
        ToWorker::deserialize(d).map_or(Stopped::Other, |m| m.stopped()),
    ))
}

mod answers;
mod scanner;
pub use answers::*;
pub use scanner::*;

#[cfg(test)]
mod tests;
