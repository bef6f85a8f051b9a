use leptos::prelude::*;

use crate::i18n::T;
use crate::state::{expect_app, Problem, SaveState};

/// Says plainly when what the user writes is not being saved, and what to do.
#[component]
pub fn SaveNotice() -> impl IntoView {
    let app = expect_app();
    let text = move || match app.save.get() {
        SaveState::MemoryOnly(Problem::Unavailable) => Some(app.t(T::ProblemUnavailable)),
        SaveState::MemoryOnly(Problem::Full) => Some(app.t(T::ProblemFull)),
        SaveState::MemoryOnly(Problem::TooNew) => Some(app.t(T::ProblemTooNew)),
        SaveState::MemoryOnly(Problem::Failed) => Some(app.t(T::ProblemFailed)),
        SaveState::Saved | SaveState::Saving => None,
    };
    view! {
        <div role="alert" class="save-problem" data-testid="save-problem" class:hidden=move || text().is_none()>
            {text}
        </div>
    }
}
