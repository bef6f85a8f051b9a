//! Where the user is: each step's status and the one next thing to do, derived from the
//! data every time (never stored, so it cannot disagree with the data).

use super::model::{Programme, Style, Visit};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    NotStarted,
    InProgress,
    Done,
}

impl Status {
    /// `done` of `total` parts filled, `touched` when anything at all was written.
    fn of(done: usize, total: usize, touched: bool) -> Status {
        match (done, touched) {
            (d, _) if d >= total => Status::Done,
            (0, false) => Status::NotStarted,
            _ => Status::InProgress,
        }
    }
}

/// The guide's steps of one visit, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// §1, host.
    Activity,
    /// §2.
    Agreements,
    /// §3.
    Alignment,
    /// §6 before, host.
    Intended,
    /// During, guest.
    Observation,
    /// §6 after, guest.
    Perceived,
    /// §5, together.
    Reflection,
}

impl Step {
    pub const ALL: [Step; 7] = [
        Step::Activity,
        Step::Agreements,
        Step::Alignment,
        Step::Intended,
        Step::Observation,
        Step::Perceived,
        Step::Reflection,
    ];
}

/// The programme's phases, as the guide's timeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// The pair, and for both visits the activity and the agreements.
    February,
    /// Visit 1 and its reflection.
    March,
    /// Visit 2 and its reflection.
    April,
    /// The joint wrap-up of two pairs.
    May,
}

/// The one next thing to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Next {
    /// Type your name and your partner's, and choose who hosts first.
    Pair,
    Visit {
        index: usize,
        step: Step,
    },
    WrapUp,
}

impl Next {
    pub fn phase(self) -> Phase {
        match self {
            Next::Pair
            | Next::Visit {
                step: Step::Activity | Step::Agreements,
                ..
            } => Phase::February,
            Next::Visit { index: 0, .. } => Phase::March,
            Next::Visit { .. } => Phase::April,
            Next::WrapUp => Phase::May,
        }
    }
}

impl Visit {
    pub fn status(&self, step: Step) -> Status {
        match step {
            Step::Activity => {
                let a = &self.activity;
                let parts = [!a.criteria.value.is_empty(), a.title.has_text()];
                let touched = a.description.has_text() || a.scope.has_text();
                count(&parts, touched)
            }
            Step::Agreements => {
                let (v, r) = (&self.agreements.visit, &self.agreements.reflection);
                let parts = [
                    v.date.value.is_some(),
                    v.start.value.is_some(),
                    v.place.has_text(),
                    r.date.value.is_some(),
                    r.start.value.is_some(),
                    r.place.has_text(),
                ];
                count(&parts, false)
            }
            Step::Alignment => {
                let parts = self.alignment.answers.each_ref().map(|a| a.has_text());
                count(&parts, false)
            }
            Step::Intended => rated(&self.intended.styles_rated()),
            Step::Observation => match self.live_notes().any(|n| n.text.has_text()) {
                true => Status::Done,
                false => Status::NotStarted,
            },
            Step::Perceived => rated(&self.perceived.styles_rated()),
            Step::Reflection => {
                let r = &self.reflection;
                let parts: Vec<bool> = r
                    .host
                    .iter()
                    .chain(&r.guest)
                    .chain([&r.shared])
                    .map(|f| f.has_text())
                    .collect();
                count(&parts, false)
            }
        }
    }

    /// The first step of this visit that is not done.
    pub fn next_step(&self) -> Option<Step> {
        Step::ALL
            .into_iter()
            .find(|s| self.status(*s) != Status::Done)
    }
}

impl super::model::Leadership {
    fn styles_rated(&self) -> [bool; 5] {
        Style::ALL.map(|s| self.emphasis(s).is_some())
    }
}

fn count(parts: &[bool], touched: bool) -> Status {
    Status::of(parts.iter().filter(|p| **p).count(), parts.len(), touched)
}

fn rated(parts: &[bool; 5]) -> Status {
    count(parts, false)
}

impl Programme {
    /// The one next thing to do: the pair first, then each visit's steps in the guide's
    /// order (both visits' activity and agreements belong to February), then May.
    pub fn next(&self) -> Next {
        let hosts_chosen = self.visits.iter().all(|v| v.host.value.is_some());
        if !self.me.name.has_text() || !self.partner.name.has_text() || !hosts_chosen {
            return Next::Pair;
        }
        for step in [Step::Activity, Step::Agreements] {
            for (index, visit) in self.visits.iter().enumerate() {
                if visit.status(step) != Status::Done {
                    return Next::Visit { index, step };
                }
            }
        }
        for (index, visit) in self.visits.iter().enumerate() {
            if let Some(step) = visit.next_step() {
                return Next::Visit { index, step };
            }
        }
        Next::WrapUp
    }

    /// The visit to observe now, if any: one I am the guest of, planned for `today`, or
    /// not dated and already begun (the guest may go on). Offered on the overview.
    pub fn observe_now(&self, today: super::time::Date) -> Option<usize> {
        (0..self.visits.len()).find(|&i| {
            let v = &self.visits[i];
            let date = v.agreements.visit.date.value;
            self.i_host(i) == Some(false)
                && (date == Some(today) || (date.is_none() && v.live_notes().next().is_some()))
        })
    }

    /// A phase is done when the next thing to do lies beyond it.
    pub fn phase_status(&self, phase: Phase) -> Status {
        let next = self.next().phase();
        let order = |p: Phase| p as u8;
        if order(next) > order(phase) {
            Status::Done
        } else if next == phase && (phase != Phase::February || self.me.name.is_written()) {
            Status::InProgress
        } else {
            Status::NotStarted
        }
    }
}

/// A gentle word about when a visit is planned (the guide: visit 1 in March, visit 2 in
/// April, both before the joint wrap-up in May). Never a refusal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateWarning {
    NotInMarch,
    NotInApril,
    /// In May or later: the wrap-up in May may come first.
    AfterWrapUp,
}

/// The warning for visit `index` planned on `date`, if any.
pub fn date_warning(index: usize, date: super::time::Date) -> Option<DateWarning> {
    match (index, date.month()) {
        (_, 5..) => Some(DateWarning::AfterWrapUp),
        (0, 3) | (1, 4) => None,
        (0, _) => Some(DateWarning::NotInMarch),
        _ => Some(DateWarning::NotInApril),
    }
}

#[cfg(test)]
mod date_tests {
    use super::*;
    use crate::core::time::Date;

    fn on(month: u8) -> Date {
        Date::new(2027, month, 10).unwrap()
    }

    #[test]
    fn visit_1_belongs_in_march_and_visit_2_in_april() {
        assert_eq!(date_warning(0, on(3)), None);
        assert_eq!(date_warning(1, on(4)), None);
        assert_eq!(date_warning(0, on(4)), Some(DateWarning::NotInMarch));
        assert_eq!(date_warning(0, on(2)), Some(DateWarning::NotInMarch));
        assert_eq!(date_warning(1, on(3)), Some(DateWarning::NotInApril));
    }

    #[test]
    fn a_visit_in_may_or_later_may_miss_the_wrap_up() {
        for index in [0, 1] {
            for month in [5, 6, 12] {
                assert_eq!(
                    date_warning(index, on(month)),
                    Some(DateWarning::AfterWrapUp)
                );
            }
        }
    }
}

#[cfg(test)]
mod observe_tests {
    use crate::core::model::{ParticipantId, Programme};
    use crate::core::time::{Date, Timestamp};

    #[test]
    fn the_guest_is_offered_to_observe_on_the_day_of_the_visit() {
        let me = ParticipantId("m".into());
        let mut p = Programme::new(me.clone(), ParticipantId("j".into()));
        let day = Date::new(2027, 3, 10).unwrap();
        // Before the hosts are chosen, and while I host visit 1: nothing to observe.
        assert_eq!(p.observe_now(day), None);
        p.set_first_host(&me, &me);
        p.visits[0].agreements.visit.date.set(Some(day), &me);
        assert_eq!(p.observe_now(day), None);
        // The partner hosts visit 1: on its day I observe it, not the day before.
        p.set_first_host(&p.partner.id.clone(), &me);
        assert_eq!(p.observe_now(day), Some(0));
        assert_eq!(p.observe_now(Date::new(2027, 3, 9).unwrap()), None);
        // Not dated: offered once the observation has begun.
        p.visits[0].agreements.visit.date.set(None, &me);
        assert_eq!(p.observe_now(day), None);
        p.visits[0].note_or_new("n", Timestamp(0));
        assert_eq!(p.observe_now(day), Some(0));
    }
}
