//! The guide's names of steps and statuses.

use super::T;
use crate::core::model::{Criterion, Style};
use crate::core::status::{Status, Step};

/// The guide's four criteria for the activity, in its order.
pub const CRITERIA: [(Criterion, T); 4] = [
    (Criterion::OnYourToes, T::Crit1),
    (Criterion::CuriousHowPerceived, T::Crit2),
    (Criterion::NewStrategies, T::Crit3),
    (Criterion::BoundaryCrossing, T::Crit4),
];

/// The guide's examples of an activity.
pub const EXAMPLES: [T; 4] = [T::Ex1, T::Ex2, T::Ex3, T::Ex4];

/// The six questions of the expectation alignment.
pub const QUESTIONS: [T; 6] = [T::Q1, T::Q2, T::Q3, T::Q4, T::Q5, T::Q6];

/// The host's four questions, then the guest's four (the guide's §5).
pub const HOST_QUESTIONS: [T; 4] = [T::HostQ1, T::HostQ2, T::HostQ3, T::HostQ4];
pub const GUEST_QUESTIONS: [T; 4] = [T::GuestQ1, T::GuestQ2, T::GuestQ3, T::GuestQ4];

/// The five styles with their names.
pub const STYLES: [(Style, T); 5] = [
    (Style::Vision, T::StyleVision),
    (Style::ContingentRecognition, T::StyleRecognition),
    (Style::DataInformed, T::StyleData),
    (Style::Distributed, T::StyleDistributed),
    (Style::RelationBuilding, T::StyleRelations),
];

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
