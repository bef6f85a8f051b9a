//! The versioned envelope around everything stored or exported:
//! `{"format": "jobbesoeg", "version": N, …}`. The format is checked before anything else;
//! older versions are migrated one step (+1) at a time; a newer version is refused, never
//! guessed at, and the caller leaves the stored data untouched.

use super::json::{FromJson, Json, Obj, ToJson};
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

/// Each step takes the body of version N (index N − 1) to version N + 1.
const MIGRATIONS: [fn(&mut Obj); (VERSION - 1) as usize] = [];

/// Reads an envelope: format, version, migrations, then the programme.
pub fn decode(text: &str) -> Result<Programme, SchemaError> {
    let body = open(text)?;
    Programme::from_json(&Json::Obj(body)).map_err(|e| SchemaError::Invalid(e.to_string()))
}

/// Checks an envelope's format and version and migrates its body to the current version.
pub fn open(text: &str) -> Result<Obj, SchemaError> {
    let value = Json::parse(text).map_err(|e| SchemaError::NotJson(e.to_string()))?;
    let Json::Obj(mut body) = value else {
        return Err(SchemaError::NotOurs);
    };
    if take(&mut body, "format").as_ref().and_then(Json::as_str) != Some(FORMAT) {
        return Err(SchemaError::NotOurs);
    }
    let version = take(&mut body, "version")
        .and_then(|v| v.as_u64())
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

/// Takes the member `key` out of an object.
fn take(body: &mut Obj, key: &str) -> Option<Json> {
    let at = body.iter().position(|(k, _)| k == key)?;
    Some(body.remove(at).1)
}

/// Wraps a part of the model in the current version's envelope.
pub fn wrap(body: Json) -> String {
    let mut out = vec![
        ("format".to_string(), Json::Str(FORMAT.into())),
        ("version".to_string(), VERSION.to_json()),
    ];
    match body {
        Json::Obj(members) => out.extend(members),
        value => out.push(("value".into(), value)),
    }
    Json::Obj(out).dump()
}

/// Writes the programme in the current version's envelope.
pub fn encode(programme: &Programme) -> String {
    wrap(programme.to_json())
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
}
