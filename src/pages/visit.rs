use leptos::either::EitherOf3;
use leptos::prelude::*;

use crate::core::route::Route;
use crate::core::status::Step;
use crate::i18n::{status_name, step_name, T};
use crate::state::{expect_app, Load};

/// One job visit: who hosts, and the guide's steps with their status. The steps' own
/// screens come with later versions.
#[component]
pub fn VisitPage(
    /// Visit 1 or 2, as index 0 or 1.
    index: usize,
) -> impl IntoView {
    let app = expect_app();
    move || {
        let t = move |key| app.t(key);
        let title = if index == 0 { T::PhaseMar } else { T::PhaseApr };
        if app.load.get() == Load::Loading {
            return EitherOf3::A(view! { <p class="muted" role="status">{t(T::Loading)}</p> });
        }
        app.programme.with(|p| match p.as_ref().and_then(|p| Some((p, p.visits.get(index)?))) {
            Some((p, visit)) => {
                let (host, guest) = p.host_and_guest(index).unwrap_or(("", ""));
                let steps = Step::ALL.map(|step| {
                    view! {
                        <li class="card step">
                            <h3>{t(step_name(step))}</h3>
                            <p class="badge">{t(status_name(visit.status(step)))}</p>
                            <p class="muted">{t(T::StepLater)}</p>
                        </li>
                    }
                });
                EitherOf3::B(view! {
                    <h1>{t(title)}</h1>
                    <p class="roles">{format!("{}: {host} · {}: {guest}", t(T::Host), t(T::Guest))}</p>
                    <h2>{t(T::StepsTitle)}</h2>
                    <ol class="steps">{steps}</ol>
                })
            }
            None => EitherOf3::C(view! {
                <h1>{t(title)}</h1>
                <a href=Route::Home.path().to_string() class="button">{t(T::NotFoundBack)}</a>
            }),
        })
    }
}
