//! The preparation screens' edits (`core::edit`): what each field's key writes, the
//! guide's words, the focus points.

use jobbesoeg::core::edit::{add_focus, apply, example_title, live_focus_points, remove_focus};
use jobbesoeg::core::model::{Criterion, ParticipantId, Style, Visit};
use jobbesoeg::core::settings::Lang;
use jobbesoeg::core::status::{Status, Step};
use jobbesoeg::core::time::{Clock, Date};
use jobbesoeg::i18n::{tr, CRITERIA, QUESTIONS};

fn me() -> ParticipantId {
    ParticipantId("m".into())
}

#[test]
fn the_six_questions_and_four_criteria_are_the_guides_words() {
    assert_eq!(
        tr(Lang::Da, QUESTIONS[3]),
        "Er der noget konkret under aktiviteten, som værten ønsker at gæsten særligt lægger \
         mærke til (fx reaktioner, relationer, modstand mm.)?"
    );
    let criteria: Vec<&str> = CRITERIA.iter().map(|(_, t)| tr(Lang::Da, *t)).collect();
    assert_eq!(
        criteria,
        [
            "hvor du som vært skal stå på tæer",
            "hvor du er nysgerrig på, hvordan andre opfatter din ledelse",
            "hvor du afprøver nye ledelsesmæssige strategier",
            "hvor du indgår i grænsekrydsende samarbejde",
        ]
    );
}

#[test]
fn an_example_becomes_a_title_with_a_capital() {
    assert_eq!(
        example_title("et møde i en af de strategiske styregrupper"),
        "Et møde i en af de strategiske styregrupper"
    );
    assert_eq!(example_title("ønske"), "Ønske");
    assert_eq!(example_title(""), "");
}

#[test]
fn each_field_writes_its_part_of_the_visit_and_names_its_record() {
    let mut v = Visit::default();
    let cases = [
        ("activity.title", "Styregruppemøde", "activity"),
        ("activity.scope", "Hele mødet", "activity"),
        ("agreements.visit.date", "2027-03-10", "agreements"),
        ("agreements.visit.start", "09:00", "agreements"),
        ("agreements.reflection.place", "Kantinen", "agreements"),
        ("alignment.answer.5", "Vi hilser", "alignment"),
        ("intended.emphasis.distributed", "4", "intended"),
        ("intended.text.vision", "Fortælle hvorfor", "intended"),
    ];
    for (key, value, section) in cases {
        assert_eq!(
            apply(&mut v, key, value, false, &me()),
            Some(section),
            "{key}"
        );
    }
    assert_eq!(
        apply(&mut v, "activity.criteria.on-your-toes", "1", true, &me()),
        Some("activity")
    );
    assert_eq!(v.activity.title.value, "Styregruppemøde");
    assert_eq!(v.agreements.visit.date.value, Date::new(2027, 3, 10));
    assert_eq!(v.agreements.visit.start.value, Clock::new(9, 0, 0));
    assert_eq!(v.alignment.answers[5].value, "Vi hilser");
    assert_eq!(v.intended.emphasis(Style::Distributed), Some(4));
    assert_eq!(v.activity.criteria.value, vec![Criterion::OnYourToes]);
    assert_eq!(v.status(Step::Agreements), Status::InProgress);
}

#[test]
fn unknown_keys_and_bad_values_change_nothing() {
    let mut v = Visit::default();
    for (key, value) in [
        ("activity.nope", "x"),
        ("alignment.answer.6", "x"),
        ("alignment.answer.x", "x"),
        ("intended.emphasis.nope", "1"),
        ("intended.emphasis.vision", "many"),
        ("activity.criteria.nope", "1"),
        ("", ""),
    ] {
        assert_eq!(apply(&mut v, key, value, true, &me()), None, "{key}");
    }
    assert_eq!(v, Visit::default());
}

#[test]
fn a_removed_focus_point_is_a_tombstone_and_leaves_the_form() {
    let mut v = Visit::default();
    add_focus(&mut v, "a".into(), " reaktioner på det nye forslag ", &me());
    add_focus(&mut v, "b".into(), "hvem tager ordet", &me());
    remove_focus(&mut v, 0, &me());
    assert_eq!(v.alignment.focus_points.len(), 2);
    assert!(v.alignment.focus_points[0].deleted.value);
    // The form shows the live point only, under its place in the list.
    assert_eq!(live_focus_points(&v), [(1, "b".to_string())]);
    assert_eq!(
        v.alignment.focus_points[0].text.value,
        "reaktioner på det nye forslag"
    );
}
