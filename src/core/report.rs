//! What a merge changed, per kind, in the words a user checks: new notes, changed
//! notes, answers, the activity, time and place, focus points, the ratings, the
//! partner's name. Found by comparing the programme before and after, value for value:
//! a field whose version or writer changed but whose value did not is no change.

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
}

impl Report {
    pub fn is_empty(&self) -> bool {
        *self == Report::default()
    }

    /// What changed from `before` to `after`, two copies of the same programme.
    pub fn between(before: &Programme, after: &Programme) -> Report {
        let mut r = Report {
            partner_name: before.partner.name.value != after.partner.name.value,
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
                Some(was) => was.text.value != p.text.value || was.deleted.value != p.deleted.value,
            };
            self.focus_points += usize::from(changed);
        }
        self.leadership |= leadership_differs(&b.intended, &a.intended)
            || leadership_differs(&b.perceived, &a.perceived);
        let notes: HashMap<&str, &Note> = b.notes.iter().map(|n| (n.id.as_str(), n)).collect();
        for n in &a.notes {
            match notes.get(n.id.as_str()) {
                None if !n.deleted.value => self.new_notes += 1,
                None => {}
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

fn leadership_differs(b: &Leadership, a: &Leadership) -> bool {
    let text = |l: &Leadership, s: Style| l.styles.get(&s).map(|v| v.text.value.clone());
    Style::ALL
        .into_iter()
        .any(|s| b.emphasis(s) != a.emphasis(s) || text(b, s) != text(a, s))
}
