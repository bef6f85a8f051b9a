//! The versioned envelope around everything stored or exported:
//! `{"format": "jobbesoeg", "version": N, …}`. The format is checked before anything else;
//! older versions are migrated one step (+1) at a time; a newer version is refused, never
//! guessed at, and the caller leaves the stored data untouched.

use std::io;

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::ser::{CharEscape, CompactFormatter, Formatter};
use serde_json::{Map, Value};
use thiserror::Error;

use super::model::Programme;

pub const FORMAT: &str = "jobbesoeg";
/// The version this app writes. Each released version has a frozen fixture in tests/fixtures.
pub const VERSION: u64 = 1;

#[derive(Debug, Error, PartialEq)]
pub enum SchemaError {
    #[error("not JSON: {0}")]
    NotJson(String),
    #[error("not Jobbesøg data")]
    NotOurs,
    #[error(
        "made by a newer version of the app (format {found}, this app reads up to {supported})"
    )]
    TooNew { found: u64, supported: u64 },
    #[error("unreadable Jobbesøg data: {0}")]
    Invalid(String),
}

/// An envelope's body: its members after `format` and `version`.
pub type Body = Map<String, Value>;

/// Each step takes the body of version N (index N − 1) to version N + 1.
const MIGRATIONS: [fn(&mut Body); (VERSION - 1) as usize] = [];

/// Reads an envelope: format, version, migrations, then the programme.
pub fn decode(text: &str) -> Result<Programme, SchemaError> {
    body_as(open(text)?)
}

/// A checked body as the part of the model it holds.
pub fn body_as<T: DeserializeOwned>(body: Body) -> Result<T, SchemaError> {
    T::deserialize(Value::Object(body)).map_err(|e| SchemaError::Invalid(e.to_string()))
}

/// Checks an envelope's format and version and migrates its body to the current version.
pub fn open(text: &str) -> Result<Body, SchemaError> {
    let value: Value =
        serde_json::from_str(text).map_err(|e| SchemaError::NotJson(e.to_string()))?;
    open_value(value)
}

/// [`open`] for an envelope already parsed (the programme inside an exchange file).
pub fn open_value(value: Value) -> Result<Body, SchemaError> {
    let Value::Object(mut body) = value else {
        return Err(SchemaError::NotOurs);
    };
    if body.shift_remove("format").as_ref().and_then(Value::as_str) != Some(FORMAT) {
        return Err(SchemaError::NotOurs);
    }
    let version = body
        .shift_remove("version")
        .as_ref()
        .and_then(Value::as_u64)
        .ok_or_else(|| SchemaError::Invalid("no version".into()))?;
    if version > VERSION {
        return Err(SchemaError::TooNew {
            found: version,
            supported: VERSION,
        });
    }
    if version == 0 {
        return Err(SchemaError::Invalid("version 0".into()));
    }
    for migrate in &MIGRATIONS[(version - 1) as usize..] {
        migrate(&mut body);
    }
    Ok(body)
}

/// The current version's envelope around a part of the model (a struct: its members
/// follow `format` and `version`).
#[derive(Serialize)]
struct Envelope<'a, T> {
    format: &'static str,
    version: u64,
    #[serde(flatten)]
    body: &'a T,
}

/// Wraps a part of the model in the current version's envelope.
pub fn wrap<T: Serialize>(body: &T) -> String {
    to_text(&Envelope {
        format: FORMAT,
        version: VERSION,
        body,
    })
}

/// Writes the programme in the current version's envelope.
pub fn encode(programme: &Programme) -> String {
    wrap(programme)
}

/// The one way this app writes JSON: compact, members in order, and control characters
/// other than `\n`, `\r` and `\t` as `\u00XX`. Every earlier app wrote exactly this, and
/// the exchange file's checksum is taken over it, so an earlier app still checks what
/// this one writes.
pub fn to_text<T: Serialize + ?Sized>(value: &T) -> String {
    let mut out = Vec::with_capacity(256);
    let mut ser = serde_json::Serializer::with_formatter(&mut out, V1Formatter);
    // Writing to a Vec fails only for a map with non-string keys, which the model has not.
    if value.serialize(&mut ser).is_err() {
        return String::new();
    }
    // serde_json writes valid UTF-8.
    String::from_utf8(out).unwrap_or_default()
}

/// serde_json's compact form, but `\b` and `\f` written as `\u0008` and `\u000c`.
struct V1Formatter;

impl Formatter for V1Formatter {
    fn write_char_escape<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        char_escape: CharEscape,
    ) -> io::Result<()> {
        match char_escape {
            CharEscape::Backspace => writer.write_all(b"\\u0008"),
            CharEscape::FormFeed => writer.write_all(b"\\u000c"),
            other => CompactFormatter.write_char_escape(writer, other),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::ParticipantId;

    fn programme() -> Programme {
        let mut p = Programme::new(ParticipantId("m".into()), ParticipantId("j".into()));
        p.me.name.set("Mette".into(), &ParticipantId("m".into()));
        p
    }

    #[test]
    fn the_envelope_names_format_and_version_first() {
        let text = encode(&programme());
        assert!(
            text.starts_with(r#"{"format":"jobbesoeg","version":1,"#),
            "{text}"
        );
    }

    #[test]
    fn what_is_written_reads_back_the_same() {
        assert_eq!(decode(&encode(&programme())), Ok(programme()));
    }

    #[test]
    fn other_json_is_not_ours() {
        assert_eq!(
            decode(r#"{"type":"excalidraw","version":2}"#),
            Err(SchemaError::NotOurs)
        );
        assert_eq!(decode("[1,2]"), Err(SchemaError::NotOurs));
        assert!(matches!(decode("{trunc"), Err(SchemaError::NotJson(_))));
    }

    #[test]
    fn a_newer_version_is_refused_with_both_versions_named() {
        let text = encode(&programme()).replace(r#""version":1"#, r#""version":2"#);
        assert_eq!(
            decode(&text),
            Err(SchemaError::TooNew {
                found: 2,
                supported: 1
            })
        );
    }

    #[test]
    fn unknown_fields_survive_a_round_trip() {
        let text = encode(&programme()).replacen('{', r#"{"fromTheFuture":{"a":[1,2]},"#, 1);
        let again = encode(&decode(&text).unwrap());
        assert!(again.contains(r#""fromTheFuture":{"a":[1,2]}"#), "{again}");
    }

    #[test]
    fn control_characters_are_written_as_every_earlier_app_wrote_them() {
        assert_eq!(
            to_text("a\"b\\c/d\n\r\tæ😀\u{1}\u{8}\u{c}\u{1f}"),
            r#""a\"b\\c/d\n\r\tæ😀\u0001\u0008\u000c\u001f""#
        );
    }
}
