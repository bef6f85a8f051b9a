//! The programme as separate stored records, so editing one note writes that note and
//! nothing else. Each record is a whole envelope (`{"format", "version", …}`).
//!
//! Keys: `pair` (the two people and anything else at the top), `visit/N` (host and
//! unknown visit fields), `visit/N/<section>` (activity, agreements, alignment,
//! intended, perceived, reflection), `note/N/<id>` (one note each).

use serde::{Deserialize, Serialize};

use super::model::{
    Activity, Agreements, Alignment, Extra, Field, Leadership, Note, Participant, ParticipantId,
    Partner, Programme, Reflection,
};
use super::schema::{self, wrap, SchemaError};

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

/// The `pair` record: the two people and the programme's unknown members.
#[derive(Serialize, Deserialize)]
struct Pair {
    me: Participant,
    partner: Partner,
    #[serde(flatten)]
    extra: Extra,
}

/// The `visit/N` record: who hosts, and the visit's unknown members.
#[derive(Serialize, Deserialize)]
struct VisitHead {
    #[serde(default)]
    host: Field<Option<ParticipantId>>,
    #[serde(flatten)]
    extra: Extra,
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
    Some(match parts.as_slice() {
        ["pair"] => wrap(&Pair {
            me: programme.me.clone(),
            partner: programme.partner.clone(),
            extra: programme.extra.clone(),
        }),
        ["visit", n] => {
            let v = visit(n)?;
            wrap(&VisitHead {
                host: v.host.clone(),
                extra: v.extra.clone(),
            })
        }
        ["visit", n, section] => {
            let v = visit(n)?;
            match *section {
                "activity" => wrap(&v.activity),
                "agreements" => wrap(&v.agreements),
                "alignment" => wrap(&v.alignment),
                "intended" => wrap(&v.intended),
                "perceived" => wrap(&v.perceived),
                "reflection" => wrap(&v.reflection),
                _ => return None,
            }
        }
        ["note", n, id] => wrap(visit(n)?.notes.iter().find(|note| note.id == *id)?),
        _ => return None,
    })
}

/// Puts the records back together. A record from a newer app refuses the whole load (so
/// nothing is overwritten by an app that cannot read it); an unknown key is ignored.
pub fn assemble(
    records: impl IntoIterator<Item = (String, String)>,
) -> Result<Option<Programme>, SchemaError> {
    let mut pair: Option<Pair> = None;
    let mut programme = Programme::default();
    for (key, text) in records {
        let body = schema::open(&text)?;
        let parts: Vec<&str> = key.split('/').collect();
        let visit = |n: &str| n.parse::<usize>().ok().filter(|n| *n < 2);
        match parts.as_slice() {
            ["pair"] => pair = Some(schema::body_as(body)?),
            ["visit", n] => {
                if let Some(n) = visit(n) {
                    let head: VisitHead = schema::body_as(body)?;
                    let v = &mut programme.visits[n];
                    v.host = head.host;
                    v.extra = head.extra;
                }
            }
            ["visit", n, section] => {
                if let Some(n) = visit(n) {
                    let v = &mut programme.visits[n];
                    match *section {
                        "activity" => v.activity = schema::body_as::<Activity>(body)?,
                        "agreements" => v.agreements = schema::body_as::<Agreements>(body)?,
                        "alignment" => v.alignment = schema::body_as::<Alignment>(body)?,
                        "intended" => v.intended = schema::body_as::<Leadership>(body)?,
                        "perceived" => v.perceived = schema::body_as::<Leadership>(body)?,
                        "reflection" => v.reflection = schema::body_as::<Reflection>(body)?,
                        _ => {}
                    }
                }
            }
            ["note", n, _] => {
                if let Some(n) = visit(n) {
                    programme.visits[n]
                        .notes
                        .push(schema::body_as::<Note>(body)?);
                }
            }
            _ => {}
        }
    }
    let Some(pair) = pair else { return Ok(None) };
    programme.me = pair.me;
    programme.partner = pair.partner;
    programme.extra = pair.extra;
    for visit in &mut programme.visits {
        // Notes in the order they were made, then by id.
        visit
            .notes
            .sort_by(|a, b| (a.created, &a.id).cmp(&(b.created, &b.id)));
    }
    Ok(Some(programme))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::{Note, ParticipantId};
    use crate::core::time::{Clock, Date, Timestamp};

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
