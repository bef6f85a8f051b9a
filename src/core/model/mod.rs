//! The programme a leader keeps on the phone: the pair, two visits, and each visit's
//! sections in the guide's order (§1 activity … §6 intended and perceived leadership).
//!
//! Every editable value is a [`Field`] (who wrote it, which version); deletions are
//! tombstones. Constructors take ids and times as arguments: no clock or RNG in here.
//! Each struct keeps fields it does not know in `extra`, so data from a newer app that
//! still loads here is written back unchanged.
//!
//! As JSON (the v1 format, `tests/fixtures/programme-v1.json`): field names as in the
//! structs, known fields in their order and then the unknown ones, enums by their
//! kebab-case names; a missing field is its default, except the ones without
//! `#[serde(default)]`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::time::{Clock, Date, Timestamp};

pub use super::field::{Field, ParticipantId};

/// Fields this version of the app does not know, kept as they came.
pub type Extra = serde_json::Map<String, serde_json::Value>;

mod fixed;

/// The five leadership styles the programme names (the guide's slide on agreements).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Style {
    Vision,
    ContingentRecognition,
    DataInformed,
    Distributed,
    RelationBuilding,
}

impl Style {
    pub const ALL: [Style; 5] = [
        Style::Vision,
        Style::ContingentRecognition,
        Style::DataInformed,
        Style::Distributed,
        Style::RelationBuilding,
    ];

    /// The style's name as stored, also its key in forms ("relation-building").
    pub fn name(self) -> &'static str {
        match self {
            Style::Vision => "vision",
            Style::ContingentRecognition => "contingent-recognition",
            Style::DataInformed => "data-informed",
            Style::Distributed => "distributed",
            Style::RelationBuilding => "relation-building",
        }
    }

    /// The style named `name`, if any.
    pub fn from_name(name: &str) -> Option<Style> {
        Style::ALL.into_iter().find(|s| s.name() == name)
    }
}

/// §1: what makes an activity a good choice for the host.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Criterion {
    OnYourToes,
    CuriousHowPerceived,
    NewStrategies,
    BoundaryCrossing,
}

impl Criterion {
    pub const ALL: [Criterion; 4] = [
        Criterion::OnYourToes,
        Criterion::CuriousHowPerceived,
        Criterion::NewStrategies,
        Criterion::BoundaryCrossing,
    ];

    /// The criterion's name as stored, also its key in forms ("on-your-toes").
    pub fn name(self) -> &'static str {
        match self {
            Criterion::OnYourToes => "on-your-toes",
            Criterion::CuriousHowPerceived => "curious-how-perceived",
            Criterion::NewStrategies => "new-strategies",
            Criterion::BoundaryCrossing => "boundary-crossing",
        }
    }

    /// The criterion named `name`, if any.
    pub fn from_name(name: &str) -> Option<Criterion> {
        Criterion::ALL.into_iter().find(|c| c.name() == name)
    }
}

/// The leader using this phone.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Participant {
    pub id: ParticipantId,
    #[serde(default)]
    pub name: Field<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// The partner (makker). The id is provisional until learnt from the partner's first file.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Partner {
    pub id: ParticipantId,
    #[serde(default)]
    pub id_confirmed: bool,
    #[serde(default)]
    pub name: Field<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// The whole programme on this phone.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Programme {
    pub me: Participant,
    pub partner: Partner,
    /// Visit 1 (March) and visit 2 (April): one hosts each.
    #[serde(with = "fixed")]
    pub visits: [Visit; 2],
    #[serde(flatten)]
    pub extra: Extra,
}

impl Programme {
    /// A new programme for `me`, with a provisional id for the partner (both made at the edge).
    pub fn new(me: ParticipantId, partner: ParticipantId) -> Programme {
        Programme {
            me: Participant {
                id: me,
                ..Participant::default()
            },
            partner: Partner {
                id: partner,
                ..Partner::default()
            },
            visits: [Visit::default(), Visit::default()],
            extra: Extra::new(),
        }
    }

    /// Sets who hosts visit 1; the other hosts visit 2, as the guide pairs them.
    pub fn set_first_host(&mut self, host: &ParticipantId, by: &ParticipantId) {
        let other = if *host == self.me.id {
            self.partner.id.clone()
        } else {
            self.me.id.clone()
        };
        self.visits[0].host.set(Some(host.clone()), by);
        self.visits[1].host.set(Some(other), by);
    }

    /// The names of visit `index`'s host and guest, once the hosts are chosen.
    pub fn host_and_guest(&self, index: usize) -> Option<(&str, &str)> {
        let (me, partner) = (
            self.me.name.value.as_str(),
            self.partner.name.value.as_str(),
        );
        Some(if self.i_host(index)? {
            (me, partner)
        } else {
            (partner, me)
        })
    }

    /// Whether I host visit `index` (0 or 1); `None` until the hosts are chosen.
    pub fn i_host(&self, index: usize) -> Option<bool> {
        let host = self.visits.get(index)?.host.value.as_ref()?;
        Some(*host == self.me.id)
    }
}

/// One job visit, its sections in the guide's order.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Visit {
    pub host: Field<Option<ParticipantId>>,
    pub activity: Activity,
    pub agreements: Agreements,
    pub alignment: Alignment,
    pub intended: Leadership,
    pub notes: Vec<Note>,
    pub perceived: Leadership,
    pub reflection: Reflection,
    #[serde(flatten)]
    pub extra: Extra,
}

impl Visit {
    /// The notes not deleted, oldest first.
    pub fn live_notes(&self) -> impl Iterator<Item = &Note> {
        self.notes.iter().filter(|n| !n.deleted.value)
    }
}

/// §1: the host's choice of leadership activity.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Activity {
    pub criteria: Field<Vec<Criterion>>,
    pub scope: Field<String>,
    pub title: Field<String>,
    pub description: Field<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// §2: when and where.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Slot {
    pub date: Field<Option<Date>>,
    pub start: Field<Option<Clock>>,
    pub end: Field<Option<Clock>>,
    pub place: Field<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// §2: the visit and the joint reflection after it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Agreements {
    pub visit: Slot,
    pub reflection: Slot,
    #[serde(flatten)]
    pub extra: Extra,
}

/// §3: the six questions, and the host's focus points from question 4.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Alignment {
    #[serde(with = "fixed")]
    pub answers: [Field<String>; 6],
    pub focus_points: Vec<FocusPoint>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// A short thing the host wants the guest to notice; becomes a one-tap marker.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FocusPoint {
    pub id: String,
    #[serde(default)]
    pub text: Field<String>,
    #[serde(default)]
    pub deleted: Field<bool>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// §6: emphasis 0–4 and a text for each style (intended by the host, perceived by the guest).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Leadership {
    pub styles: BTreeMap<Style, StyleView>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// The highest emphasis on a style.
pub const MAX_EMPHASIS: u8 = 4;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct StyleView {
    pub emphasis: Field<Option<u8>>,
    pub text: Field<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

impl Leadership {
    /// Sets the emphasis on `style`; values above [`MAX_EMPHASIS`] are capped.
    pub fn set_emphasis(&mut self, style: Style, emphasis: u8, by: &ParticipantId) -> bool {
        let view = self.styles.entry(style).or_default();
        view.emphasis.set(Some(emphasis.min(MAX_EMPHASIS)), by)
    }

    /// The emphasis on `style`, if rated.
    pub fn emphasis(&self, style: Style) -> Option<u8> {
        self.styles.get(&style).and_then(|v| v.emphasis.value)
    }
}

/// A one-tap marker on a note: `"reactions"`, or `{"focus": "<focus point id>"}`, or
/// `{"style": "distributed"}`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Tag {
    /// One of the host's focus points, by id.
    Focus(String),
    Reactions,
    Relations,
    Resistance,
    Quote,
    Style(Style),
}

/// The guest's observation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Note {
    pub id: String,
    pub created: Timestamp,
    #[serde(default)]
    pub text: Field<String>,
    /// "Jeg undrer mig over…"
    #[serde(default)]
    pub wonder: Field<String>,
    #[serde(default)]
    pub tags: Field<Vec<Tag>>,
    #[serde(default)]
    pub starred: Field<bool>,
    #[serde(default)]
    pub deleted: Field<bool>,
    #[serde(flatten)]
    pub extra: Extra,
}

impl Note {
    pub fn new(id: String, created: Timestamp) -> Note {
        Note {
            id,
            created,
            text: Field::default(),
            wonder: Field::default(),
            tags: Field::default(),
            starred: Field::default(),
            deleted: Field::default(),
            extra: Extra::new(),
        }
    }
}

/// §5: the host's four answers, the guest's four, and what they learnt together.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Reflection {
    #[serde(with = "fixed")]
    pub host: [Field<String>; 4],
    #[serde(with = "fixed")]
    pub guest: [Field<String>; 4],
    pub shared: Field<String>,
    #[serde(flatten)]
    pub extra: Extra,
}
