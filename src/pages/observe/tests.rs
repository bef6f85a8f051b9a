use super::*;
use crate::core::model::{FocusPoint, ParticipantId};

fn utc(t: Timestamp) -> Clock {
    t.clock()
}

fn visit() -> Visit {
    let me = ParticipantId("g".into());
    let mut v = Visit::default();
    let mut point = FocusPoint {
        id: "f1".into(),
        ..FocusPoint::default()
    };
    point.text.set("Reaktioner på <planen>".into(), &me);
    v.alignment.focus_points.push(point);
    let first = v.note_or_new("a", Timestamp(9 * 3_600_000 + 30 * 60_000));
    first.text.set("Hun siger: det var godt".into(), &me);
    first.toggle(Tag::Quote, &me);
    first.toggle(Tag::Style(Style::Vision), &me);
    let second = v.note_or_new("b", Timestamp(9 * 3_600_000 + 42 * 60_000));
    second.text.set("Tre nikker".into(), &me);
    second.toggle(Tag::Focus("f1".into()), &me);
    v.note_or_new("c", Timestamp(9 * 3_600_000 + 50 * 60_000));
    v
}

#[test]
fn a_note_is_stamped_with_clock_time_and_minutes_into_the_observation() {
    let v = visit();
    assert_eq!(stamp(&v, &v.notes[1], &utc), "09:42 · +12 min");
    assert_eq!(stamp(&v, &v.notes[0], &utc), "09:30 · +0 min");
}

#[test]
fn earlier_notes_are_listed_newest_first_without_the_open_one_or_empty_ones() {
    let v = visit();
    let ids = |rows: Vec<NoteRow>| rows.into_iter().map(|r| r.id).collect::<Vec<_>>();
    assert_eq!(ids(earlier_notes(&v, None, Lang::Da, &utc)), ["b", "a"]);
    assert_eq!(ids(earlier_notes(&v, Some("b"), Lang::Da, &utc)), ["a"]);
    let rows = earlier_notes(&v, None, Lang::Da, &utc);
    assert_eq!(rows[0].tags, "Reaktioner på <planen>");
    assert_eq!(rows[1].tags, "Citat · Vision");
    assert_eq!(rows[1].stamp, "09:30 · +0 min");
}

#[test]
fn style_markers_use_the_guides_names() {
    let v = Visit::default();
    assert_eq!(
        tag_label(&Tag::Style(Style::Distributed), &v, Lang::Da),
        "Distribueret"
    );
}
