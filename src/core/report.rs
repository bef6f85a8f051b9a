//! What a merge changed, per kind, in the words a user checks: new notes, changed
//! notes, answers, the activity, time and place, focus points, the ratings, the
//! names. Found by comparing the programme before and after, value for value: a field
//! whose version or writer changed but whose value did not is no change (so an answer
//! that only changed hands, "Skrevet af …", is not counted), and neither is anything the
//! screens do not show: an empty note, or an item deleted on both sides.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::model::{Leadership, Note, Programme, Slot, Style, Visit};

/// What a merge changed here.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    /// Notes that were not here before (and are not deleted).
    pub new_notes: usize,
    /// Notes here whose text, markers, star or deletion changed.
    pub changed_notes: usize,
    /// Answers to the six questions and the reflection's questions that changed.
    pub answers: usize,
    /// The activity (§1) changed.
    pub activity: bool,
    /// Time or place of a visit or a reflection (§2) changed.
    pub agreements: bool,
    /// Focus points added, changed or removed.
    pub focus_points: usize,
    /// Intended or perceived leadership (§6) changed.
    pub leadership: bool,
    /// Who hosts a visit changed.
    pub hosts: bool,
    /// The partner's name changed.
    pub partner_name: bool,
    /// This phone's user's own name changed (a backup of this phone, restored).
    pub my_name: bool,
}

impl Report {
    pub fn is_empty(&self) -> bool {
        *self == Report::default()
    }

    /// What changed from `before` to `after`, two copies of the same programme.
    pub fn between(before: &Programme, after: &Programme) -> Report {
        let mut r = Report {
            partner_name: before.partner.name.value != after.partner.name.value,
            my_name: before.me.name.value != after.me.name.value,
            ..Report::default()
        };
        for (b, a) in before.visits.iter().zip(&after.visits) {
            r.visit(b, a);
        }
        r
    }

    fn visit(&mut self, b: &Visit, a: &Visit) {
        self.hosts |= b.host.value != a.host.value;
        let (ba, aa) = (&b.activity, &a.activity);
        self.activity |= ba.criteria.value != aa.criteria.value
            || ba.scope.value != aa.scope.value
            || ba.title.value != aa.title.value
            || ba.description.value != aa.description.value;
        let slot = |x: &Slot, y: &Slot| {
            x.date.value != y.date.value
                || x.start.value != y.start.value
                || x.end.value != y.end.value
                || x.place.value != y.place.value
        };
        self.agreements |= slot(&b.agreements.visit, &a.agreements.visit)
            || slot(&b.agreements.reflection, &a.agreements.reflection);
        let answers = b
            .alignment
            .answers
            .iter()
            .zip(&a.alignment.answers)
            .chain(b.reflection.host.iter().zip(&a.reflection.host))
            .chain(b.reflection.guest.iter().zip(&a.reflection.guest))
            .chain([(&b.reflection.shared, &a.reflection.shared)]);
        self.answers += answers.filter(|(x, y)| x.value != y.value).count();
        let points: HashMap<&str, _> = b
            .alignment
            .focus_points
            .iter()
            .map(|p| (p.id.as_str(), p))
            .collect();
        for p in &a.alignment.focus_points {
            let changed = match points.get(p.id.as_str()) {
                None => !p.deleted.value,
                Some(was) if was.deleted.value && p.deleted.value => false,
                Some(was) => was.text.value != p.text.value || was.deleted.value != p.deleted.value,
            };
            self.focus_points += usize::from(changed);
        }
        self.leadership |= leadership_differs(&b.intended, &a.intended)
            || leadership_differs(&b.perceived, &a.perceived);
        let notes: HashMap<&str, &Note> = b.notes.iter().map(|n| (n.id.as_str(), n)).collect();
        for n in &a.notes {
            match notes.get(n.id.as_str()) {
                // A note begun and left empty is no note: the screens do not show it.
                None => {
                    let shown =
                        n.text.has_text() || n.wonder.has_text() || !n.tags.value.is_empty();
                    self.new_notes += usize::from(shown && !n.deleted.value);
                }
                Some(was) if was.deleted.value && n.deleted.value => {}
                Some(was) => {
                    let changed = was.text.value != n.text.value
                        || was.wonder.value != n.wonder.value
                        || was.tags.value != n.tags.value
                        || was.starred.value != n.starred.value
                        || was.deleted.value != n.deleted.value;
                    self.changed_notes += usize::from(changed);
                }
            }
        }
    }
}

/// A style's text; no text and an empty text look the same.
fn style_text(l: &Leadership, s: Style) -> &str {
    l.styles.get(&s).map_or("", |v| v.text.value.as_str())
}

fn leadership_differs(b: &Leadership, a: &Leadership) -> bool {
    Style::ALL
        .into_iter()
        .any(|s| b.emphasis(s) != a.emphasis(s) || style_text(b, s) != style_text(a, s))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::{ParticipantId, Programme, Tag};
    use crate::core::time::Timestamp;

    fn pair() -> (Programme, ParticipantId) {
        let m = ParticipantId("m".into());
        let p = Programme::new(m.clone(), ParticipantId("j".into()));
        (p, m)
    }

    #[test]
    fn only_what_the_screens_show_is_counted() {
        let (before, m) = pair();
        let mut after = before.clone();
        // A note begun and left empty, and one with a marker only.
        after.visits[0].note_or_new("empty", Timestamp(1));
        after.visits[0]
            .note_or_new("marked", Timestamp(2))
            .toggle(Tag::Quote, &m);
        // A style's text typed and cleared again.
        let style = Style::Vision;
        after.visits[0]
            .intended
            .styles
            .entry(style)
            .or_default()
            .text
            .set(String::new(), &m);
        assert_eq!(
            Report::between(&before, &after),
            Report {
                new_notes: 1,
                ..Report::default()
            }
        );
    }

    #[test]
    fn a_change_to_an_item_deleted_on_both_sides_is_no_change() {
        let (mut before, m) = pair();
        let note = before.visits[0].note_or_new("n", Timestamp(1));
        note.text.set("gone".into(), &m);
        note.deleted.set(true, &m);
        let mut after = before.clone();
        after.visits[0].notes[0].text.set("still gone".into(), &m);
        assert!(Report::between(&before, &after).is_empty());
        after.visits[0].notes[0].deleted.set(false, &m);
        assert_eq!(Report::between(&before, &after).changed_notes, 1);
    }

    #[test]
    fn a_restored_name_is_reported() {
        let (before, m) = pair();
        let mut after = before.clone();
        after.me.name.set("Mette".into(), &m);
        assert!(Report::between(&before, &after).my_name);
        assert!(!Report::between(&before, &after).partner_name);
    }
}
