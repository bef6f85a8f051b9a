//! A partner's file checked at the border (issue 17): each class of bad programme is
//! refused with what is wrong, before anything is merged; a note is one note per id,
//! whatever the file says of its birth; and a large file merges in linear time.
#![cfg(not(target_arch = "wasm32"))]

use jobbesoeg::core::merge::{import_partner, ImportError};
use jobbesoeg::core::model::{FocusPoint, Note, ParticipantId, Programme};
use jobbesoeg::core::time::Timestamp;
use jobbesoeg::core::validate::{self, Invalid, MAX_NOTES, MAX_TEXT, MAX_VERSION};
use serde_json::json;

/// Mette's phone: she observes visit 1 and has written a note.
fn mette() -> Programme {
    let (m, j) = (ParticipantId("mette".into()), ParticipantId("jonas".into()));
    let mut p = Programme::new(m.clone(), j.clone());
    p.me.name.set("Mette".into(), &m);
    p.partner.name.set("Jonas".into(), &m);
    p.partner.id_confirmed = true;
    p.set_first_host(&j, &m);
    let mut note = Note::new("n1".into(), Timestamp(1_805_000_000_000));
    note.text.set("Ali spørger om vagtplanen".into(), &m);
    p.visits[0].notes.push(note);
    p
}

/// Jonas's file, as his phone writes it.
fn jonas() -> Programme {
    let (m, j) = (ParticipantId("mette".into()), ParticipantId("jonas".into()));
    let mut p = Programme::new(j.clone(), m);
    p.me.name.set("Jonas".into(), &j);
    p.partner.id_confirmed = true;
    p.visits[0].activity.title.set("Styregruppemøde".into(), &j);
    let mut point = FocusPoint {
        id: "f1".into(),
        ..FocusPoint::default()
    };
    point.text.set("Hvem tager ordet".into(), &j);
    p.visits[0].alignment.focus_points.push(point);
    p
}

#[test]
fn a_file_as_the_app_writes_it_passes() {
    assert_eq!(validate::check(&jonas(), &mette()), Ok(()));
    assert_eq!(validate::check(&mette(), &jonas()), Ok(()));
}

/// What a careless or hostile partner did to their file.
type Spoil = Box<dyn Fn(&mut Programme)>;

#[test]
fn each_class_of_bad_programme_is_refused_and_nothing_changes() {
    let j = ParticipantId("jonas".into());
    let bad: Vec<(&str, Spoil, Invalid)> = vec![
        (
            "a note id with a slash",
            Box::new(|p| {
                p.visits[0]
                    .notes
                    .push(Note::new("a/b".into(), Timestamp(1)))
            }),
            Invalid::Id,
        ),
        (
            "an empty focus point id",
            Box::new(|p| {
                p.visits[1]
                    .alignment
                    .focus_points
                    .push(FocusPoint::default())
            }),
            Invalid::Id,
        ),
        (
            "a participant id in non-ASCII",
            Box::new(|p| p.me.id = ParticipantId("jønas".into())),
            Invalid::Id,
        ),
        (
            "the same note id twice",
            Box::new(|p| {
                p.visits[0].notes.push(Note::new("x".into(), Timestamp(1)));
                p.visits[0].notes.push(Note::new("x".into(), Timestamp(2)));
            }),
            Invalid::DuplicateId,
        ),
        (
            "a note too long",
            Box::new({
                let j = j.clone();
                move |p| {
                    let mut n = Note::new("long".into(), Timestamp(1));
                    n.text.set("ø".repeat(MAX_TEXT + 1), &j);
                    p.visits[0].notes.push(n);
                }
            }),
            Invalid::TooLong,
        ),
        (
            "too many notes",
            Box::new(|p| {
                for i in 0..=MAX_NOTES {
                    p.visits[1]
                        .notes
                        .push(Note::new(format!("n{i}"), Timestamp(i as i64)));
                }
            }),
            Invalid::TooMany,
        ),
        (
            "large unknown members",
            Box::new(|p| {
                p.visits[0]
                    .extra
                    .insert("future".into(), json!("x".repeat(10_000)));
            }),
            Invalid::Unknown,
        ),
        (
            "a style rated 200",
            Box::new(|p| {
                p.visits[0]
                    .perceived
                    .styles
                    .entry(jobbesoeg::core::model::Style::ALL[0])
                    .or_default()
                    .emphasis
                    .value = Some(200)
            }),
            Invalid::Value,
        ),
        (
            "a version past 2^53",
            Box::new(|p| p.visits[0].activity.title.version = MAX_VERSION + 1),
            Invalid::Version,
        ),
        (
            "a version that jumps far past this phone's",
            Box::new(|p| p.visits[0].reflection.shared.version = 5_000_000),
            Invalid::Version,
        ),
    ];
    for (what, spoil, invalid) in bad {
        let mut file = jonas();
        spoil(&mut file);
        assert_eq!(validate::check(&file, &mette()), Err(invalid), "{what}");
        let mut mine = mette();
        assert_eq!(
            import_partner(&mut mine, &file),
            Err(ImportError::Invalid(invalid)),
            "{what}"
        );
        assert_eq!(mine, mette(), "{what}: data changed");
    }
}

#[test]
fn a_note_with_my_notes_id_but_another_birth_is_the_same_note() {
    let mut mine = mette();
    let mut file = jonas();
    // Jonas's copy of Mette's note, with another `created` and an older text.
    let mut copy = Note::new("n1".into(), Timestamp(1_700_000_000_000));
    copy.text.value = "Ændret af filen".into();
    copy.text.version = 1;
    copy.text.by = ParticipantId("jonas".into());
    file.visits[0].notes.push(copy);
    let report = import_partner(&mut mine, &file).unwrap();
    let notes = &mine.visits[0].notes;
    assert_eq!(notes.len(), 1, "one note per id: {notes:?}");
    assert_eq!(report.new_notes, 0, "{report:?}");
    // Mette's text (version 1, by "mette") and the file's (version 1, by "jonas") tie:
    // the fixed rule keeps hers, and the note keeps the earlier birth.
    assert_eq!(notes[0].text.value, "Ali spørger om vagtplanen");
    assert_eq!(notes[0].created, Timestamp(1_700_000_000_000));
    assert_eq!(report.changed_notes, 0, "{report:?}");
}

#[test]
fn the_largest_file_the_caps_allow_merges_in_linear_time() {
    let j = ParticipantId("jonas".into());
    let mut file = jonas();
    for v in 0..2 {
        for i in 0..MAX_NOTES {
            let mut n = Note::new(format!("j{v}-{i:05}"), Timestamp(i as i64));
            n.text.set(format!("Note {i}"), &j);
            file.visits[v].notes.push(n);
        }
    }
    let mut mine = mette();
    let started = std::time::Instant::now();
    let report = import_partner(&mut mine, &file).unwrap();
    let first = started.elapsed();
    assert_eq!(report.new_notes, 2 * MAX_NOTES);
    // Again: every note now on both sides, each looked up by id.
    let started = std::time::Instant::now();
    let again = import_partner(&mut mine, &file).unwrap();
    println!(
        "{} notes merged in {first:?}; the same file again in {:?}",
        2 * MAX_NOTES,
        started.elapsed()
    );
    assert_eq!(again.new_notes, 0);
    assert_eq!(mine.visits[0].notes.len(), MAX_NOTES + 1);
}
