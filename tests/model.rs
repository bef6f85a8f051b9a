//! The programme model, its status derivation and its stored form (native tests).
#![cfg(not(target_arch = "wasm32"))]

use jobbesoeg::core::model::{Criterion, FocusPoint, Note, ParticipantId, Programme, Style, Tag};
use jobbesoeg::core::records::{assemble, record, split};
use jobbesoeg::core::schema::{decode, encode, SchemaError};
use jobbesoeg::core::status::{Next, Phase, Status, Step};
use jobbesoeg::core::time::{Clock, Date, Timestamp};
use proptest::prelude::*;

fn mette() -> ParticipantId {
    ParticipantId("p-mette".into())
}
fn jonas() -> ParticipantId {
    ParticipantId("p-jonas".into())
}

/// Mette's phone after the pair is made and visit 1 is prepared and observed.
fn sample() -> Programme {
    let (m, j) = (mette(), jonas());
    let mut p = Programme::new(m.clone(), j.clone());
    p.me.name.set("Mette".into(), &m);
    p.partner.name.set("Jonas".into(), &m);
    p.set_first_host(&m, &m);
    let v = &mut p.visits[0];
    v.activity
        .criteria
        .set(vec![Criterion::OnYourToes, Criterion::BoundaryCrossing], &m);
    v.activity
        .title
        .set("Møde i styregruppen for ældreplejen".into(), &m);
    v.agreements.visit.date.set(Date::new(2027, 3, 10), &m);
    v.agreements.visit.start.set(Clock::new(9, 0, 0), &m);
    v.agreements.visit.end.set(Clock::new(11, 0, 0), &m);
    v.agreements
        .visit
        .place
        .set("Rådhuset, lokale 2".into(), &m);
    v.alignment.answers[3].set("Reaktioner på det nye forslag".into(), &j);
    let mut focus = FocusPoint {
        id: "f1".into(),
        ..FocusPoint::default()
    };
    focus.text.set("hvem tager ordet".into(), &m);
    v.alignment.focus_points.push(focus);
    v.intended.set_emphasis(Style::Distributed, 4, &m);
    let mut note = Note::new(
        "n1".into(),
        Timestamp::parse("2027-03-10T09:42:00Z").unwrap(),
    );
    note.text
        .set("Formanden giver ordet videre til tre deltagere".into(), &j);
    note.tags.set(
        vec![Tag::Focus("f1".into()), Tag::Style(Style::Distributed)],
        &j,
    );
    v.notes.push(note);
    p
}

#[test]
fn the_frozen_version_1_fixture_loads_as_the_sample() {
    let fixture = include_str!("fixtures/programme-v1.json");
    assert_eq!(decode(fixture), Ok(sample()));
}

#[test]
fn the_sample_is_written_exactly_as_the_frozen_fixture() {
    // The on-disk format did not move when serde gave way to the core's own codec.
    let fixture = include_str!("fixtures/programme-v1.json").trim_end();
    assert_eq!(encode(&sample()), fixture);
}

#[test]
fn data_from_a_newer_app_is_refused() {
    let fixture =
        include_str!("fixtures/programme-v1.json").replacen("\"version\":1", "\"version\":7", 1);
    assert_eq!(
        decode(&fixture),
        Err(SchemaError::TooNew {
            found: 7,
            supported: 1
        })
    );
}

#[test]
fn unknown_fields_deep_inside_survive_load_and_save() {
    let fixture = include_str!("fixtures/programme-v1.json").replacen(
        "\"activity\":{",
        "\"activity\":{\"mood\":\"spændt\",",
        1,
    );
    let saved = encode(&decode(&fixture).unwrap());
    assert!(saved.contains("\"mood\":\"spændt\""));
}

#[test]
fn a_new_programme_starts_with_the_pair() {
    let p = Programme::new(mette(), jonas());
    assert_eq!(p.next(), Next::Pair);
    assert_eq!(p.phase_status(Phase::February), Status::NotStarted);
    assert_eq!(p.visits[0].status(Step::Activity), Status::NotStarted);
}

#[test]
fn the_first_host_hosts_visit_1_and_the_other_visit_2() {
    let mut p = Programme::new(mette(), jonas());
    p.set_first_host(&jonas(), &mette());
    assert_eq!((p.i_host(0), p.i_host(1)), (Some(false), Some(true)));
}

#[test]
fn statuses_follow_the_data() {
    let p = sample();
    let v = &p.visits[0];
    assert_eq!(v.status(Step::Activity), Status::Done);
    assert_eq!(
        v.status(Step::Agreements),
        Status::InProgress,
        "the reflection's time is missing"
    );
    assert_eq!(v.status(Step::Alignment), Status::InProgress);
    assert_eq!(
        v.status(Step::Intended),
        Status::InProgress,
        "one style of five rated"
    );
    assert_eq!(v.status(Step::Observation), Status::Done);
    assert_eq!(v.status(Step::Perceived), Status::NotStarted);
    assert_eq!(p.visits[1].status(Step::Activity), Status::NotStarted);
}

#[test]
fn february_asks_for_both_visits_activities_before_anything_else() {
    let p = sample();
    assert_eq!(
        p.next(),
        Next::Visit {
            index: 1,
            step: Step::Activity
        }
    );
    assert_eq!(p.phase_status(Phase::February), Status::InProgress);
    assert_eq!(p.phase_status(Phase::March), Status::NotStarted);
}

#[test]
fn a_deleted_note_is_a_tombstone_and_does_not_count() {
    let mut p = sample();
    let note = &mut p.visits[0].notes[0];
    note.deleted.set(true, &jonas());
    assert_eq!(p.visits[0].notes.len(), 1, "the tombstone stays");
    assert_eq!(p.visits[0].live_notes().count(), 0);
    assert_eq!(p.visits[0].status(Step::Observation), Status::NotStarted);
}

#[test]
fn emphasis_is_capped_at_4() {
    let mut p = sample();
    p.visits[0]
        .perceived
        .set_emphasis(Style::Vision, 9, &jonas());
    assert_eq!(p.visits[0].perceived.emphasis(Style::Vision), Some(4));
}

/// One random edit, as a user could make it.
#[derive(Debug, Clone)]
enum Edit {
    Name(String),
    Title(usize, String),
    Answer(usize, usize, String),
    Emphasis(usize, usize, u8),
    Note(usize, String, i64),
    DeleteNote(usize),
    Date(usize, i32),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        any::<String>().prop_map(Edit::Name),
        (0..2usize, any::<String>()).prop_map(|(v, s)| Edit::Title(v, s)),
        (0..2usize, 0..6usize, any::<String>()).prop_map(|(v, q, s)| Edit::Answer(v, q, s)),
        (0..2usize, 0..5usize, any::<u8>()).prop_map(|(v, s, e)| Edit::Emphasis(v, s, e)),
        (0..2usize, any::<String>(), 0..4_000_000_000i64).prop_map(|(v, s, t)| Edit::Note(v, s, t)),
        (0..2usize).prop_map(Edit::DeleteNote),
        (0..2usize, 0..3000i32).prop_map(|(v, d)| Edit::Date(v, d)),
    ]
}

fn apply(p: &mut Programme, e: Edit) {
    let by = mette();
    match e {
        Edit::Name(s) => drop(p.me.name.set(s, &by)),
        Edit::Title(v, s) => drop(p.visits[v].activity.title.set(s, &by)),
        Edit::Answer(v, q, s) => drop(p.visits[v].alignment.answers[q].set(s, &by)),
        Edit::Emphasis(v, s, e) => drop(p.visits[v].intended.set_emphasis(Style::ALL[s], e, &by)),
        Edit::Note(v, s, t) => {
            let id = format!("n{}", p.visits[v].notes.len());
            let mut note = Note::new(id, Timestamp(t * 1000));
            note.text.set(s, &by);
            p.visits[v].notes.push(note);
        }
        Edit::DeleteNote(v) => {
            if let Some(n) = p.visits[v].notes.last_mut() {
                n.deleted.set(true, &by);
            }
        }
        Edit::Date(v, d) => {
            let date = Date::from_days(Date::new(2027, 1, 1).unwrap().days() + d as i64).unwrap();
            p.visits[v].agreements.visit.date.set(Some(date), &by);
        }
    }
}

proptest! {
    #[test]
    fn any_programme_survives_save_and_load_unchanged(edits in prop::collection::vec(edit(), 0..40)) {
        let mut p = Programme::new(mette(), jonas());
        for e in edits {
            apply(&mut p, e);
        }
        prop_assert_eq!(decode(&encode(&p)), Ok(p));
    }

    #[test]
    fn any_programme_stored_as_records_in_any_order_comes_back_whole(
        edits in prop::collection::vec(edit(), 0..40),
        seed in any::<u64>(),
    ) {
        let mut p = Programme::new(mette(), jonas());
        for e in edits {
            apply(&mut p, e);
        }
        // Notes are kept in the order they were made.
        for v in &mut p.visits {
            v.notes.sort_by(|a, b| (a.created, &a.id).cmp(&(b.created, &b.id)));
        }
        let mut records = split(&p);
        // Each record written alone after an edit is the same as in the whole.
        for (key, value) in &records {
            prop_assert_eq!(record(&p, key), Some(value.clone()), "{}", key);
        }
        let n = records.len();
        for i in 0..n {
            records.swap(i, (seed as usize).wrapping_mul(i + 7) % n);
        }
        prop_assert_eq!(assemble(records), Ok(Some(p)));
    }
}
