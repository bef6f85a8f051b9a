//! The worker protocol's messages in both directions, natively.
use super::*;
use crate::core::exchange::ExchangeError;
use crate::core::merge::ImportError;
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
                names: String::new(),
            },
        ),
        (
            r#"{"op":"export","mine":"m","scope":"summary","names":"Ali Hassan"}"#,
            ToWorker::Export {
                mine: "m".into(),
                scope: Part::Summary,
                names: "Ali Hassan".into(),
            },
        ),
        (
            r#"{"op":"other-file","bytes":[123],"mine":"m"}"#,
            ToWorker::OtherFile {
                bytes: b"{".to_vec(),
                mine: "m".into(),
            },
        ),
        (
            r#"{"op":"other-kept","record":"r"}"#,
            ToWorker::OtherKept { record: "r".into() },
        ),
        (
            r#"{"op":"screen","keys":["k"],"values":["v"],"lang":"en"}"#,
            ToWorker::Screen {
                keys: vec!["k".into()],
                values: vec!["v".into()],
                lang: Lang::En,
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
        (r#"{"op":"other-kept","record":"r"}"#, X::StoppedReading),
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
        (FromWorker::Ready, json!("ready")),
        (
            FromWorker::Progress(Progress::Deriving),
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
        (FromWorker::Sealed(vec![1, 2]), json!({"sealed": [1, 2]})),
        (FromWorker::Exported("{}".into()), json!({"exported": "{}"})),
        (
            FromWorker::Merged {
                programme: "p".into(),
                scope: "visit-1".into(),
                report: crate::core::merge::Report {
                    new_notes: 1,
                    activity: true,
                    ..Default::default()
                },
            },
            json!({"merged": {"programme": "p", "scope": "visit-1", "report": {
                "new_notes": 1, "changed_notes": 0, "answers": 0, "activity": true,
                "agreements": false, "focus_points": 0, "leadership": false, "hosts": false,
                "partner_name": false, "my_name": false
            }}}),
        ),
        (
            FromWorker::html("<h1>".into()),
            json!({"screen": {"html": "<h1>"}}),
        ),
        (
            FromWorker::Screen(Screen {
                html: "<p>".into(),
                busy: true,
                ..Screen::default()
            }),
            json!({"screen": {"html": "<p>", "busy": true}}),
        ),
        (
            FromWorker::Screen(Screen {
                html: String::new(),
                store: Some([("k".to_string(), "v".to_string())].into_iter().collect()),
                share: Some(File {
                    name: "f.jbs".into(),
                    mime: "application/octet-stream".into(),
                    bytes: vec![9],
                }),
                busy: false,
            }),
            json!({"screen": {"html": "", "store": {"keys": ["k"], "values": ["v"]},
                   "share": {"name": "f.jbs", "mime": "application/octet-stream", "bytes": [9]}}}),
        ),
        (
            FromWorker::Store(Records::one("k", "v".into())),
            json!({"store": {"keys": ["k"], "values": ["v"]}}),
        ),
        (
            FromWorker::OtherPair {
                other: "p".into(),
                record: "r".into(),
            },
            json!({"other-pair": {"other": "p", "record": "r"}}),
        ),
        (
            FromWorker::Qr(Code {
                d: "M0 0h1".into(),
                side: 29,
                ms: 1.5,
            }),
            json!({"qr": {"d": "M0 0h1", "side": 29, "ms": 1.5}}),
        ),
        (
            FromWorker::Scan(ScanCount {
                received: 2,
                needed: 5,
                text: "2 af 5".into(),
                found: true,
                ms: 0.5,
                id: Some(3),
            }),
            json!({"scan": {"received": 2, "needed": 5, "text": "2 af 5", "found": true, "ms": 0.5, "id": 3}}),
        ),
        (FromWorker::Nothing, json!("nothing")),
    ];
    for (answer, expected) in cases {
        assert_eq!(to_value(&answer).unwrap(), expected, "{answer:?}");
        // The page reads back the answers it asks for as the same answer (the others
        // go to `public/exchange.js`).
        if let Ok(read) = serde_json::from_value::<FromWorker>(expected) {
            assert_eq!(read, answer);
        } else {
            assert!(
                matches!(
                    answer,
                    FromWorker::Sealed(_)
                        | FromWorker::Merged { .. }
                        | FromWorker::Screen(_)
                        | FromWorker::Share(_)
                        | FromWorker::Store(_)
                        | FromWorker::Qr(_)
                        | FromWorker::Scan(_)
                ),
                "{answer:?}"
            );
        }
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
