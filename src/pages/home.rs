use leptos::prelude::*;

use crate::i18n::T;
use crate::state::expect_app;

/// The year as the guide lays it out: month, phase, what happens.
const PHASES: [(T, T, T); 4] = [
    (T::MonthFeb, T::PhaseFeb, T::PhaseFebText),
    (T::MonthMar, T::PhaseMar, T::PhaseMarText),
    (T::MonthApr, T::PhaseApr, T::PhaseAprText),
    (T::MonthMay, T::PhaseMay, T::PhaseMayText),
];

/// The programme overview: what the year holds. Later screens hang off this page.
#[component]
pub fn Home() -> impl IntoView {
    let app = expect_app();
    view! {
        <h1>{move || app.t(T::HomeTitle)}</h1>
        <p>{move || app.t(T::HomeIntro)}</p>
        <p class="privacy">{move || app.t(T::HomePrivacy)}</p>
        <section aria-labelledby="year-title">
            <h2 id="year-title">{move || app.t(T::TimelineTitle)}</h2>
            <ol class="timeline">
                {PHASES
                    .into_iter()
                    .map(|(month, phase, text)| {
                        view! {
                            <li class="phase">
                                <h3>
                                    <span class="month">{move || app.t(month)}</span>
                                    " · "
                                    {move || app.t(phase)}
                                </h3>
                                <p>{move || app.t(text)}</p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </section>
    }
}
