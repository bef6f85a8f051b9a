use leptos::prelude::*;

use crate::i18n::T;
use crate::state::{expect_app, Problem, SaveState};

/// "Gemmer …" / "Gemt" while the user writes, and plainly, when what they write is not
/// being saved, why and what to do.
#[component]
pub fn SaveNotice() -> impl IntoView {
    let app = expect_app();
    let state = move || match app.save.get() {
        SaveState::Saving => app.t(T::Saving),
        SaveState::Saved => app.t(T::Saved),
        _ => "",
    };
    let problem = move || match app.save.get() {
        SaveState::MemoryOnly(Problem::Unavailable) => app.t(T::ProblemUnavailable),
        SaveState::MemoryOnly(Problem::Full) => app.t(T::ProblemFull),
        SaveState::MemoryOnly(Problem::TooNew) => app.t(T::ProblemTooNew),
        SaveState::MemoryOnly(Problem::Failed) => app.t(T::ProblemFailed),
        _ => "",
    };
    view! {
        <p role="status" class="save-state" data-testid="save-state">{state}</p>
        <div role="alert" class="save-problem" data-testid="save-problem" class:hidden=move || problem().is_empty()>
            {problem}
        </div>
    }
}
