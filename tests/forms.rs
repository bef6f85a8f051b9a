//! The preparation forms (`forms`): the guide's words, a label for every field, escaping,
//! and what each field's key writes.

use jobbesoeg::core::model::{Criterion, ParticipantId, Style, Visit};
use jobbesoeg::core::route::Part;
use jobbesoeg::core::settings::Lang;
use jobbesoeg::core::status::{Status, Step};
use jobbesoeg::core::time::{Clock, Date};
use jobbesoeg::forms::{add_focus, apply, remove_focus, render, warning_text};

fn me() -> ParticipantId {
    ParticipantId("m".into())
}

#[test]
fn the_six_questions_and_four_criteria_are_the_guides_words() {
    let v = Visit::default();
    let alignment = render(Part::Alignment, 0, &v, Lang::Da);
    assert!(alignment.contains(
        "Er der noget konkret under aktiviteten, som værten ønsker at gæsten særligt lægger \
         mærke til (fx reaktioner, relationer, modstand mm.)?"
    ));
    assert_eq!(alignment.matches("<textarea").count(), 6);
    let activity = render(Part::Activity, 0, &v, Lang::Da);
    for c in [
        "hvor du som vært skal stå på tæer",
        "hvor du er nysgerrig på, hvordan andre opfatter din ledelse",
        "hvor du afprøver nye ledelsesmæssige strategier",
        "hvor du indgår i grænsekrydsende samarbejde",
    ] {
        assert!(activity.contains(c), "{c}");
    }
}

#[test]
fn what_the_user_wrote_is_escaped() {
    let mut v = Visit::default();
    apply(
        &mut v,
        "activity.title",
        "\"><script>alert(1)</script>",
        false,
        &me(),
    );
    let html = render(Part::Activity, 0, &v, Lang::Da);
    assert!(!html.contains("<script>"));
    assert!(html.contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""));
}

#[test]
fn every_field_is_labelled() {
    let mut v = Visit::default();
    add_focus(&mut v, "f1".into(), "hvem tager ordet", &me());
    for part in Part::ALL {
        let html = render(part, 0, &v, Lang::Da);
        for (at, _) in html.match_indices(" data-key=\"") {
            let tag_start = html[..at].rfind('<').unwrap();
            let tag = &html[tag_start..at + html[at..].find('>').unwrap()];
            let wrapped = html[..tag_start].rfind("<label class=\"choice\">")
                > html[..tag_start].rfind("</label>");
            let labelled = match tag.find(" id=\"") {
                Some(i) => {
                    let id = &tag[i + 5..];
                    let id = &id[..id.find('"').unwrap()];
                    html.contains(&format!("<label for=\"{id}\">"))
                }
                None => wrapped,
            };
            assert!(labelled, "{part:?}: no label for {tag}");
        }
    }
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
    // And it reads back into the form.
    let html = render(Part::Agreements, 0, &v, Lang::Da);
    assert!(html.contains("value=\"2027-03-10\"") && html.contains("value=\"09:00\""));
    let html = render(Part::Intended, 0, &v, Lang::Da);
    assert!(html.contains("data-key=\"intended.emphasis.distributed\" value=\"4\" checked"));
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
    let html = render(Part::Alignment, 0, &v, Lang::Da);
    assert!(!html.contains("reaktioner på det nye forslag"));
    assert!(html.contains("value=\"hvem tager ordet\""));
    assert_eq!(
        v.alignment.focus_points[0].text.value,
        "reaktioner på det nye forslag"
    );
}

#[test]
fn the_date_warning_shows_in_the_form() {
    let mut v = Visit::default();
    apply(&mut v, "agreements.visit.date", "2027-05-03", false, &me());
    let html = render(Part::Agreements, 0, &v, Lang::Da);
    assert!(html.contains(
        "Det er vigtigt, at jobbesøgene er gennemført inden den fælles opsamling i maj."
    ));
    assert_eq!(warning_text(1, "2027-04-02", Lang::Da), None);
    assert_eq!(warning_text(1, "", Lang::Da), None);
}
