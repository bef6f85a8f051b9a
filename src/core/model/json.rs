//! How the model is written as JSON (the v1 format, `tests/fixtures/programme-v1.json`):
//! field names as in the structs, enums by their kebab-case names.

use super::*;
use crate::core::json::{json_enum, json_struct, Bad, FromJson, Json, ToJson};

json_enum!(Style {
    Vision = "vision",
    ContingentRecognition = "contingent-recognition",
    DataInformed = "data-informed",
    Distributed = "distributed",
    RelationBuilding = "relation-building",
});

json_enum!(Criterion {
    OnYourToes = "on-your-toes",
    CuriousHowPerceived = "curious-how-perceived",
    NewStrategies = "new-strategies",
    BoundaryCrossing = "boundary-crossing",
});

json_struct!(Participant { id: req, name: opt });
json_struct!(Partner {
    id: req,
    id_confirmed: opt,
    name: opt
});
json_struct!(
    Programme {
        me: req,
        partner: req,
        visits: req
    } + extra
);
json_struct!(
    Visit {
        host: opt,
        activity: opt,
        agreements: opt,
        alignment: opt,
        intended: opt,
        notes: opt,
        perceived: opt,
        reflection: opt,
    } + extra
);
json_struct!(
    Activity {
        criteria: opt,
        scope: opt,
        title: opt,
        description: opt
    } + extra
);
json_struct!(
    Slot {
        date: opt,
        start: opt,
        end: opt,
        place: opt
    } + extra
);
json_struct!(
    Agreements {
        visit: opt,
        reflection: opt
    } + extra
);
json_struct!(
    Alignment {
        answers: opt,
        focus_points: opt
    } + extra
);
json_struct!(FocusPoint {
    id: req,
    text: opt,
    deleted: opt
});
json_struct!(Leadership { styles: opt } + extra);
json_struct!(StyleView {
    emphasis: opt,
    text: opt
});
json_struct!(Note {
    id: req,
    created: req,
    text: opt,
    wonder: opt,
    tags: opt,
    starred: opt,
    deleted: opt,
});
json_struct!(
    Reflection {
        host: opt,
        guest: opt,
        shared: opt
    } + extra
);

/// `"reactions"`, or `{"focus": "<focus point id>"}`, or `{"style": "distributed"}`.
impl ToJson for Tag {
    fn to_json(&self) -> Json {
        let name = |n: &str| Json::Str(n.into());
        let one = |key: &str, value: Json| Json::Obj(vec![(key.into(), value)]);
        match self {
            Tag::Focus(id) => one("focus", name(id)),
            Tag::Reactions => name("reactions"),
            Tag::Relations => name("relations"),
            Tag::Resistance => name("resistance"),
            Tag::Quote => name("quote"),
            Tag::Style(style) => one("style", style.to_json()),
        }
    }
}

impl FromJson for Tag {
    fn from_json(json: &Json) -> Result<Self, Bad> {
        match json {
            Json::Str(name) => match name.as_str() {
                "reactions" => Ok(Tag::Reactions),
                "relations" => Ok(Tag::Relations),
                "resistance" => Ok(Tag::Resistance),
                "quote" => Ok(Tag::Quote),
                _ => Err(Bad::new("unknown tag")),
            },
            Json::Obj(members) => match members.as_slice() {
                [(key, value)] if key == "focus" => String::from_json(value).map(Tag::Focus),
                [(key, value)] if key == "style" => Style::from_json(value).map(Tag::Style),
                _ => Err(Bad::new("unknown tag")),
            },
            _ => Err(Bad::new("unknown tag")),
        }
    }
}
