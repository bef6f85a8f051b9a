//! A value one of the partners wrote, with who wrote it and a version number, so two
//! copies of a visit can later be merged deterministically (the higher version wins).

use super::json::{opt, req, Bad, FromJson, Json, ToJson};

/// A participant's random id, made at the edge when the app is first used.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ParticipantId(pub String);

/// One editable value.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Field<T> {
    pub value: T,
    /// 0 until first written; +1 with every change.
    pub version: u64,
    /// Who wrote the current value.
    pub by: ParticipantId,
}

impl<T: PartialEq> Field<T> {
    /// Writes `value` as `by`. Writing the value already there changes nothing (no new
    /// version to send to the partner). Returns whether anything changed.
    pub fn set(&mut self, value: T, by: &ParticipantId) -> bool {
        if self.value == value {
            return false;
        }
        self.value = value;
        self.version += 1;
        self.by = by.clone();
        true
    }

    /// Whether anyone has ever written this field.
    pub fn is_written(&self) -> bool {
        self.version > 0
    }
}

impl ToJson for ParticipantId {
    fn to_json(&self) -> Json {
        self.0.to_json()
    }
}

impl FromJson for ParticipantId {
    fn from_json(json: &Json) -> Result<Self, Bad> {
        String::from_json(json).map(ParticipantId)
    }
}

impl<T: ToJson> ToJson for Field<T> {
    fn to_json(&self) -> Json {
        Json::Obj(vec![
            ("value".into(), self.value.to_json()),
            ("version".into(), self.version.to_json()),
            ("by".into(), self.by.to_json()),
        ])
    }
}

impl<T: FromJson + Default> FromJson for Field<T> {
    fn from_json(json: &Json) -> Result<Self, Bad> {
        let members = json.obj()?;
        Ok(Field {
            value: req(members, "value")?,
            version: opt(members, "version")?,
            by: opt(members, "by")?,
        })
    }
}

impl Field<String> {
    /// Whether the text holds more than white space.
    pub fn has_text(&self) -> bool {
        !self.value.trim().is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn me() -> ParticipantId {
        ParticipantId("mette".into())
    }

    #[test]
    fn a_new_field_is_unwritten() {
        let f = Field::<String>::default();
        assert_eq!((f.version, f.is_written(), f.has_text()), (0, false, false));
    }

    #[test]
    fn each_change_raises_the_version_and_records_the_writer() {
        let mut f = Field::<String>::default();
        assert!(f.set("Styregruppemøde".into(), &me()));
        assert!(f.set(
            "Styregruppemøde i marts".into(),
            &ParticipantId("jonas".into())
        ));
        assert_eq!(f.version, 2);
        assert_eq!(f.by.0, "jonas");
    }

    #[test]
    fn writing_the_same_value_again_is_no_change() {
        let mut f = Field::<String>::default();
        f.set("a".into(), &me());
        assert!(!f.set("a".into(), &ParticipantId("jonas".into())));
        assert_eq!((f.version, f.by.0.as_str()), (1, "mette"));
    }

    #[test]
    fn white_space_is_not_text() {
        let mut f = Field::<String>::default();
        f.set("  \n".into(), &me());
        assert!(f.is_written() && !f.has_text());
    }
}
