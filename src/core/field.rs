//! A value one of the partners wrote, with who wrote it and a version number, so two
//! copies of a visit can later be merged deterministically (the higher version wins).

use serde::{Deserialize, Serialize};

/// A participant's random id, made at the edge when the app is first used.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ParticipantId(pub String);

/// One editable value: `{"value": …, "version": 3, "by": "p-mette"}`. The value must be
/// there; an unwritten field may leave out its version and writer.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Field<T> {
    pub value: T,
    /// 0 until first written; +1 with every change.
    #[serde(default)]
    pub version: u64,
    /// Who wrote the current value.
    #[serde(default)]
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
