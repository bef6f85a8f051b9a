//! One screen per route, each a component named after it.

use crate::core::model::Programme;
use crate::i18n::T;
use crate::state::AppState;

pub mod home;
pub mod not_found;
pub mod observe;
pub mod part;
pub mod reflection;
pub mod settings;
pub mod share;
pub mod visit;
pub mod wrap_up;

/// Visit 1 in March, visit 2 in April: (month, name).
pub const VISIT_NAMES: [(T, T); 2] = [(T::MonthMar, T::PhaseMar), (T::MonthApr, T::PhaseApr)];

/// "Vært: Jonas · Gæst: Mette" for visit `index`.
pub fn roles_line(app: AppState, p: &Programme, index: usize) -> String {
    let (host, guest) = p.host_and_guest(index).unwrap_or(("", ""));
    format!("{}: {host} · {}: {guest}", app.t(T::Host), app.t(T::Guest))
}
