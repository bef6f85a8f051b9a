//! The exchange screen's steps, what the user does on it, and what the page must do.

use crate::core::merge::Report;
use crate::i18n::sharing::X;

/// Where the screen is.
#[derive(Clone, Debug, PartialEq)]
pub enum Step {
    /// Choosing what to send, and fetching a file.
    Choose,
    /// Seeing what will leave the phone, then the passphrase.
    Preview { short_passphrase: bool },
    /// The worker seals (Argon2id: about a second on a phone).
    Sealing,
    /// The file went to the share sheet or the downloads ("shared" / "downloaded" /
    /// "cancelled").
    Sent(String),
    /// A sealed file waits for its passphrase (`wrong`: the last one was wrong).
    Passphrase { wrong: bool },
    /// The worker opens a sealed file.
    Opening,
    /// A file came in and was merged (`undo`: "Fortryd import" is offered).
    Imported { report: Report, undo: bool },
    /// The file is this phone's own user's (a backup): restored only when asked.
    OwnFile,
    /// The last import was undone: the data is as it was before.
    Undone,
    /// A file could not be taken in; nothing changed.
    Failed(X),
    /// The payload shown as QR codes (`parts`: 1 is one code that does not change).
    Showing { parts: usize },
    /// The camera looks for the partner's codes: `received` parts of `needed` (0: none
    /// yet).
    Scanning { received: usize, needed: usize },
}

/// What the page must do besides showing the screen.
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    /// Hand the file to the share sheet, or download it.
    Share {
        name: String,
        mime: &'static str,
        bytes: Vec<u8>,
    },
    /// Store these records (the merged programme) and show the programme.
    Store(Vec<(String, String)>),
    /// Put back the programme from before an import: store `records` and remove the
    /// records the import added (`remove`), in one transaction.
    Restore {
        records: Vec<(String, String)>,
        remove: Vec<String>,
    },
}

/// A user's action on the screen, as the page passes it on.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The send form's fields changed: scope ("visit-1", "visit-2", "all"), the names to
    /// shorten, whether to seal.
    Form {
        scope: String,
        names: String,
        sealed: bool,
    },
    Preview,
    Back,
    /// "Del filen", with the passphrase typed (empty when not sealing).
    Share {
        passphrase: String,
    },
    /// The page says how the sharing went.
    Shared(String),
    /// A file was picked or dropped (`None`: it could not be read).
    File(Option<Vec<u8>>),
    /// The passphrase for the sealed file waiting.
    Open {
        passphrase: String,
    },
    /// "Vis som QR-kode", with the passphrase typed (empty when not sealing).
    ShowQr {
        passphrase: String,
    },
    /// "Scan QR-kode": the page starts the camera.
    Scan,
    /// Texts of the QR codes found in a camera frame.
    Scanned(Vec<String>),
    /// The camera could not start: the `DOMException`'s name ("NotAllowedError", …).
    NoCamera(String),
    /// The page says whether the merged records are stored (a full phone says no: the
    /// one transaction left the stored data as it was).
    Stored(bool),
    /// "Gendan fra sikkerhedskopi": the own file waiting is merged in.
    Restore,
    /// "Fortryd import": the programme from before the last import comes back.
    Undo,
}
