//! The guide's names of steps and statuses.

use super::T;
use crate::core::status::{Status, Step};

/// The guide's name of a visit step.
pub fn step_name(step: Step) -> T {
    match step {
        Step::Activity => T::StepActivity,
        Step::Agreements => T::StepAgreements,
        Step::Alignment => T::StepAlignment,
        Step::Intended => T::StepIntended,
        Step::Observation => T::StepObservation,
        Step::Perceived => T::StepPerceived,
        Step::Reflection => T::StepReflection,
    }
}

/// A step's status in words.
pub fn status_name(status: Status) -> T {
    match status {
        Status::NotStarted => T::StatusNotStarted,
        Status::InProgress => T::StatusInProgress,
        Status::Done => T::StatusDone,
    }
}
