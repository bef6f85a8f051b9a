//! The exchange worker's messages (`src/bin/worker.rs`, issue 15): one enum for each
//! direction, so an operation's name and fields are written once, here. The page sends
//! plain objects (`{op: "seal", text, passphrase}`, `public/exchange.js`); the worker
//! reads them with `serde_wasm_bindgen` into [`ToWorker`] and answers with a
//! [`FromWorker`]. Byte buffers travel as `Uint8Array`s (`serde_bytes`), not as lists
//! of numbers. Pure serde: decoded and encoded natively in the tests too.

use crate::core::exchange::{ExchangeError, Scope};
use crate::core::merge::ImportError;
use crate::core::settings::Lang;
use crate::i18n::sharing::X;
use serde::{Deserialize, Deserializer, Serialize};

/// What the page asks of the exchange worker: the member `op` names the operation.
#[derive(Clone, Debug, PartialEq, Deserialize)]
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
    /// The readable file of `mine` → [`FromWorker::Exported`].
    Export {
        mine: String,
        #[serde(default)]
        scope: Part,
    },
    /// Draw the exchange screen (or the wrap-up) for the stored records →
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
        #[serde(default)]
        screen: ScreenKind,
        #[serde(default, deserialize_with = "what_stopped")]
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

/// A user's action on the exchange screen or the wrap-up: the member `action` names it
/// (a button's or a form's `data-action`).
#[derive(Clone, Debug, PartialEq, Deserialize)]
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
    /// Whether the page stored the merged records.
    Stored {
        #[serde(default)]
        ok: bool,
    },
    /// A note starred (or not) for the wrap-up: `form.note`.
    Star {
        #[serde(default)]
        form: Form,
    },
    /// "Det tager jeg med mig", as typed: `form.takeaway`.
    Takeaway {
        #[serde(default)]
        form: Form,
    },
    /// "Slet alt", with the word typed: `form.confirm`.
    Erase {
        #[serde(default)]
        form: Form,
    },
    /// The other pair's summary file, picked.
    OtherFile {
        #[serde(default, with = "serde_bytes")]
        bytes: Option<Vec<u8>>,
    },
    ShareSummary,
    Markdown,
}

/// The screen's form fields as the page reads them (`FormData`, a button's
/// `data-*`): those missing are empty.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Form {
    pub scope: String,
    pub names: String,
    /// "on" when the checkbox is ticked.
    pub sealed: String,
    pub passphrase: String,
    pub note: String,
    pub takeaway: String,
    pub confirm: String,
}

/// Which visit a readable file carries.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
pub enum Part {
    #[serde(rename = "visit-1")]
    Visit1,
    #[serde(rename = "visit-2")]
    Visit2,
    #[default]
    #[serde(rename = "all")]
    All,
}

impl From<Part> for Scope {
    fn from(part: Part) -> Scope {
        match part {
            Part::Visit1 => Scope::Visit(0),
            Part::Visit2 => Scope::Visit(1),
            Part::All => Scope::All,
        }
    }
}

/// Which of the worker's screens the page shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ScreenKind {
    /// "Del med din makker".
    #[default]
    Share,
    /// The May wrap-up.
    Summary,
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
            | ToWorker::Act(Act::File { .. } | Act::Open { .. } | Act::OtherFile { .. }) => {
                Stopped::Reading
            }
            ToWorker::Seal { .. }
            | ToWorker::Export { .. }
            | ToWorker::Act(
                Act::Share { .. } | Act::Qr { .. } | Act::ShareSummary | Act::Markdown,
            ) => Stopped::Making,
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
    /// The merged programme's envelope, the file's scope and `[new notes, changed
    /// notes, changed fields]`.
    Merged {
        programme: String,
        scope: String,
        report: [usize; 3],
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

/// What the page asks of the QR reader worker (`src/bin/scanner.rs`): an RGBA frame
/// (its buffer transferred) and its width.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct ToScanner {
    #[serde(with = "serde_bytes")]
    pub pixels: Vec<u8>,
    pub width: usize,
    #[serde(default)]
    pub id: Option<u32>,
}

/// The QR reader's answer: `{ready: true}` once it listens, then for each frame the
/// codes' texts and the milliseconds the reading took.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum FromScanner {
    Ready {
        ready: bool,
    },
    Read {
        texts: Vec<String>,
        ms: f64,
        #[serde(skip_serializing_if = "Option::is_none")]
        id: Option<u32>,
    },
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{from_str, json, to_value};

    fn to_worker(text: &str) -> Result<ToWorker, serde_json::Error> {
        from_str(text)
    }

    #[test]
    fn each_message_the_page_sends_reads_as_its_operation() {
        let cases: &[(&str, ToWorker)] = &[
            (
                r#"{"op":"seal","text":"{}","passphrase":"korrekt hest"}"#,
                ToWorker::Seal {
                    text: "{}".into(),
                    passphrase: "korrekt hest".into(),
                },
            ),
            (
                r#"{"op":"open","bytes":[74,66],"passphrase":"","mine":"m"}"#,
                ToWorker::Open {
                    bytes: b"JB".to_vec(),
                    passphrase: String::new(),
                    mine: "m".into(),
                },
            ),
            (
                r#"{"op":"export","mine":"m","scope":"visit-2"}"#,
                ToWorker::Export {
                    mine: "m".into(),
                    scope: Part::Visit2,
                },
            ),
            (
                r#"{"op":"screen","keys":["k"],"values":["v"],"lang":"en","screen":"summary"}"#,
                ToWorker::Screen {
                    keys: vec!["k".into()],
                    values: vec!["v".into()],
                    lang: Lang::En,
                    screen: ScreenKind::Summary,
                    stopped: None,
                },
            ),
            (r#"{"op":"qr-next"}"#, ToWorker::QrNext),
            (
                r#"{"op":"qr-scan","texts":["ur:bytes/1-3/x"],"id":7}"#,
                ToWorker::QrScan {
                    texts: vec!["ur:bytes/1-3/x".into()],
                    id: Some(7),
                },
            ),
            (
                r#"{"op":"act","action":"form","form":{"scope":"all","names":"Ali","sealed":"on"}}"#,
                ToWorker::Act(Act::Form {
                    form: Form {
                        scope: "all".into(),
                        names: "Ali".into(),
                        sealed: "on".into(),
                        ..Form::default()
                    },
                }),
            ),
            // A button's `data-*` come along in `form`; a unit action takes no fields.
            (
                r#"{"op":"act","action":"back","form":{"action":"back"}}"#,
                ToWorker::Act(Act::Back),
            ),
            (
                r#"{"op":"act","action":"file","bytes":null}"#,
                ToWorker::Act(Act::File { bytes: None }),
            ),
            (
                r#"{"op":"act","action":"other-file","bytes":[1]}"#,
                ToWorker::Act(Act::OtherFile {
                    bytes: Some(vec![1]),
                }),
            ),
            (
                r#"{"op":"act","action":"stored","ok":true}"#,
                ToWorker::Act(Act::Stored { ok: true }),
            ),
            (
                r#"{"op":"act","action":"no-camera","name":"NotAllowedError"}"#,
                ToWorker::Act(Act::NoCamera {
                    name: "NotAllowedError".into(),
                }),
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(&to_worker(text).unwrap(), expected, "{text}");
        }
    }

    #[test]
    fn an_unknown_or_malformed_message_is_an_error_not_a_panic() {
        for text in [
            r#"{"op":"format-disk"}"#,
            r#"{"text":"no op"}"#,
            r#"{"op":"seal","text":"{}"}"#,
            r#"{"op":"act","action":"launch"}"#,
            r#"{"op":"act","action":"stored","ok":"yes"}"#,
            r#"{"op":"qr-scan","texts":"not a list"}"#,
            r#"null"#,
            r#"[1,2]"#,
        ] {
            assert!(to_worker(text).is_err(), "{text}");
        }
    }

    #[test]
    fn a_screen_after_a_stopped_worker_says_what_the_user_was_doing() {
        let cases = [
            (
                r#"{"op":"act","action":"share","form":{"passphrase":"x"}}"#,
                X::StoppedMaking,
            ),
            (
                r#"{"op":"act","action":"open","form":{}}"#,
                X::StoppedReading,
            ),
            // The bytes stay behind: the file may be what the worker could not take.
            (r#"{"op":"act","action":"file"}"#, X::StoppedReading),
            (r#"{"op":"open","mine":"m"}"#, X::StoppedReading),
            (
                r#"{"op":"seal","text":"","passphrase":""}"#,
                X::StoppedMaking,
            ),
            (r#"{"op":"qr-scan","texts":[]}"#, X::StoppedScanning),
            (r#"{"op":"qr-next"}"#, X::StoppedOther),
            // It stopped while idle, or on something that cannot be read.
            (r#"{}"#, X::StoppedOther),
            (r#"{"op":"seal"}"#, X::StoppedOther),
        ];
        for (stopped, text) in cases {
            let message = format!(r#"{{"op":"screen","stopped":{stopped}}}"#);
            let Ok(ToWorker::Screen { stopped, .. }) = to_worker(&message) else {
                panic!("{message}");
            };
            assert_eq!(stopped.map(Stopped::text), Some(text), "{message}");
        }
    }

    #[test]
    fn each_answer_has_the_shape_the_page_reads() {
        let cases = [
            (FromWorker::READY, json!({"ready": true})),
            (
                FromWorker::Progress {
                    progress: Progress::Deriving,
                },
                json!({"progress": "deriving"}),
            ),
            (
                ExchangeError::WrongPassphrase.into(),
                json!({"error": "wrong-passphrase"}),
            ),
            (
                ImportError::OtherPair.into(),
                json!({"error": "other-pair"}),
            ),
            (Failure::Malformed.into(), json!({"error": "malformed"})),
            (
                FromWorker::Sealed { bytes: vec![1, 2] },
                json!({"bytes": [1, 2]}),
            ),
            (
                FromWorker::Merged {
                    programme: "p".into(),
                    scope: "visit-1".into(),
                    report: [1, 0, 3],
                },
                json!({"programme": "p", "scope": "visit-1", "report": [1, 0, 3]}),
            ),
            (FromWorker::html("<h1>".into()), json!({"html": "<h1>"})),
            (
                FromWorker::Screen(Screen {
                    html: "<p>".into(),
                    busy: true,
                    ..Screen::default()
                }),
                json!({"html": "<p>", "busy": true}),
            ),
            (
                FromWorker::Screen(Screen {
                    html: String::new(),
                    store: Some([("k".to_string(), "v".to_string())].into_iter().collect()),
                    share: Some(File {
                        name: "f.jbs".into(),
                        mime: "application/octet-stream".into(),
                        bytes: vec![9],
                        quiet: false,
                    }),
                    busy: false,
                }),
                json!({"html": "", "store": {"keys": ["k"], "values": ["v"]},
                       "share": {"name": "f.jbs", "mime": "application/octet-stream", "bytes": [9]}}),
            ),
            (
                FromWorker::Store {
                    store: Records {
                        quiet: true,
                        ..Records::one("k", "v".into())
                    },
                },
                json!({"store": {"keys": ["k"], "values": ["v"], "quiet": true}}),
            ),
            (FromWorker::ERASE, json!({"erase": true})),
            (
                FromWorker::Qr {
                    qr: Code {
                        d: "M0 0h1".into(),
                        side: 29,
                        ms: 1.5,
                    },
                },
                json!({"qr": {"d": "M0 0h1", "side": 29, "ms": 1.5}}),
            ),
            (
                FromWorker::Scan {
                    scan: ScanCount {
                        received: 2,
                        needed: 5,
                        text: "2 af 5".into(),
                        found: true,
                        ms: 0.5,
                        id: Some(3),
                    },
                },
                json!({"scan": {"received": 2, "needed": 5, "text": "2 af 5", "found": true, "ms": 0.5, "id": 3}}),
            ),
            (FromWorker::Nothing {}, json!({})),
        ];
        for (answer, expected) in cases {
            assert_eq!(to_value(&answer).unwrap(), expected, "{answer:?}");
        }
    }

    #[test]
    fn the_qr_reader_reads_a_frame_and_answers_its_texts() {
        let frame: ToScanner = from_str(r#"{"pixels":[0,0,0,255],"width":1,"id":4}"#).unwrap();
        assert_eq!((frame.pixels.len(), frame.width, frame.id), (4, 1, Some(4)));
        let read = FromScanner::Read {
            texts: vec!["ur:x".into()],
            ms: 2.0,
            id: Some(4),
        };
        assert_eq!(
            to_value(&read).unwrap(),
            json!({"texts": ["ur:x"], "ms": 2.0, "id": 4})
        );
    }
}
