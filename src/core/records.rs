//! The programme as separate stored records, so editing one note writes that note and
//! nothing else. Each record is a whole envelope (`{"format", "version", …}`).
//!
//! Keys: `pair` (the two people and anything else at the top), `visit/N` (host and
//! unknown visit fields), `visit/N/<section>` (activity, agreements, alignment,
//! intended, perceived, reflection), `note/N/<id>` (one note each).

use super::json::{FromJson, Json, Obj, ToJson};
use super::model::Programme;
use super::schema::{self, wrap, SchemaError};
use super::time::Timestamp;

/// The visit sections stored as one record each.
pub const SECTIONS: [&str; 6] = [
    "activity",
    "agreements",
    "alignment",
    "intended",
    "perceived",
    "reflection",
];

/// The key of a visit section's record.
pub fn section_key(visit: usize, section: &str) -> String {
    format!("visit/{visit}/{section}")
}

/// The key of a note's record.
pub fn note_key(visit: usize, note_id: &str) -> String {
    format!("note/{visit}/{note_id}")
}

/// Every record of the programme: (key, envelope JSON), each made by [`record`].
pub fn split(programme: &Programme) -> Vec<(String, String)> {
    let mut keys = vec!["pair".to_string()];
    for (n, visit) in programme.visits.iter().enumerate() {
        keys.extend(SECTIONS.iter().map(|section| section_key(n, section)));
        keys.extend(visit.notes.iter().map(|note| note_key(n, &note.id)));
        keys.push(format!("visit/{n}"));
    }
    keys.into_iter()
        .filter_map(|key| record(programme, &key).map(|value| (key, value)))
        .collect()
}

/// The one record behind `key`, to write after an edit there. Serialises only that
/// part: a note's record costs the same with 1,000 notes stored as with one.
pub fn record(programme: &Programme, key: &str) -> Option<String> {
    let parts: Vec<&str> = key.split('/').collect();
    let visit = |n: &str| {
        n.parse::<usize>()
            .ok()
            .and_then(|n| programme.visits.get(n))
    };
    let body = match parts.as_slice() {
        ["pair"] => {
            let mut top = vec![
                ("me".into(), programme.me.to_json()),
                ("partner".into(), programme.partner.to_json()),
            ];
            top.extend(programme.extra.iter().cloned());
            Json::Obj(top)
        }
        ["visit", n] => {
            let v = visit(n)?;
            let mut head = vec![("host".into(), v.host.to_json())];
            head.extend(v.extra.iter().cloned());
            Json::Obj(head)
        }
        ["visit", n, section] => {
            let v = visit(n)?;
            match *section {
                "activity" => v.activity.to_json(),
                "agreements" => v.agreements.to_json(),
                "alignment" => v.alignment.to_json(),
                "intended" => v.intended.to_json(),
                "perceived" => v.perceived.to_json(),
                "reflection" => v.reflection.to_json(),
                _ => return None,
            }
        }
        ["note", n, id] => visit(n)?
            .notes
            .iter()
            .find(|note| note.id == *id)?
            .to_json(),
        _ => return None,
    };
    Some(wrap(body))
}

/// Puts the records back together. A record from a newer app refuses the whole load (so
/// nothing is overwritten by an app that cannot read it); an unknown key is ignored.
pub fn assemble(
    records: impl IntoIterator<Item = (String, String)>,
) -> Result<Option<Programme>, SchemaError> {
    let mut top: Option<Obj> = None;
    let mut visits: [Obj; 2] = Default::default();
    let mut notes: [Vec<Json>; 2] = Default::default();
    for (key, text) in records {
        let body = schema::open(&text)?;
        let parts: Vec<&str> = key.split('/').collect();
        let visit = |n: &str| n.parse::<usize>().ok().filter(|n| *n < 2);
        match parts.as_slice() {
            ["pair"] => top = Some(body),
            ["visit", n] => {
                if let Some(n) = visit(n) {
                    visits[n].extend(body);
                }
            }
            ["visit", n, section] if SECTIONS.contains(section) => {
                if let Some(n) = visit(n) {
                    visits[n].push(((*section).to_string(), Json::Obj(body)));
                }
            }
            ["note", n, _] => {
                if let Some(n) = visit(n) {
                    notes[n].push(Json::Obj(body));
                }
            }
            _ => {}
        }
    }
    let Some(mut top) = top else { return Ok(None) };
    let visits: Vec<Json> = visits
        .into_iter()
        .zip(notes)
        .map(|(mut visit, mut notes)| {
            notes.sort_by_cached_key(note_order);
            visit.push(("notes".into(), Json::Arr(notes)));
            Json::Obj(visit)
        })
        .collect();
    top.push(("visits".into(), Json::Arr(visits)));
    Programme::from_json(&Json::Obj(top))
        .map(Some)
        .map_err(|e| SchemaError::Invalid(e.to_string()))
}

/// Notes in the order they were made, then by id.
fn note_order(note: &Json) -> (Option<Timestamp>, String) {
    let field = |k: &str| note.get(k).and_then(Json::as_str).unwrap_or_default();
    (Timestamp::parse(field("created")), field("id").to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::{Note, ParticipantId};
    use crate::core::time::{Clock, Date};

    fn sample() -> Programme {
        let m = ParticipantId("m".into());
        let mut p = Programme::new(m.clone(), ParticipantId("j".into()));
        p.me.name.set("Mette".into(), &m);
        let day = Date::new(2027, 3, 10).unwrap();
        let at = |minute| Timestamp::at(day, Clock::new(9, minute, 0).unwrap());
        // A note with milliseconds after one without, within the same second.
        let later = Timestamp(at(1).0 + 250);
        for (id, time) in [("b", at(5)), ("c", later), ("a", at(1))] {
            let mut n = Note::new(id.into(), time);
            n.text.set(format!("note {id}"), &m);
            p.visits[1].notes.push(n);
        }
        p.visits[1].notes.sort_by_key(|n| n.created);
        p
    }

    #[test]
    fn a_programme_splits_into_records_and_comes_back_whole() {
        let p = sample();
        let records = split(&p);
        assert_eq!(records.len(), 1 + 2 * (1 + SECTIONS.len()) + 3);
        assert_eq!(assemble(records), Ok(Some(p)));
    }

    #[test]
    fn record_order_does_not_matter() {
        let p = sample();
        let mut records = split(&p);
        records.reverse();
        assert_eq!(assemble(records), Ok(Some(p)));
    }

    #[test]
    fn a_note_is_its_own_record() {
        let p = sample();
        let note = record(&p, &note_key(1, "a")).unwrap();
        assert!(
            note.starts_with(r#"{"format":"jobbesoeg","version":1,"id":"a""#),
            "{note}"
        );
        assert!(!note.contains("Mette"));
    }

    #[test]
    fn nothing_stored_is_no_programme() {
        assert_eq!(assemble(Vec::new()), Ok(None));
    }

    #[test]
    fn one_record_from_a_newer_app_refuses_the_load() {
        let mut records = split(&sample());
        records[3].1 = records[3].1.replace(r#""version":1"#, r#""version":2"#);
        assert_eq!(
            assemble(records),
            Err(SchemaError::TooNew {
                found: 2,
                supported: 1
            })
        );
    }
}
