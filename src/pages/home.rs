use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;

use crate::components::install_hint::InstallHint;
use crate::components::welcome::Welcome;
use crate::core::model::Programme;
use crate::core::route::Route;
use crate::core::settings::Lang;
use crate::core::status::{Next, Phase, Status};
use crate::i18n::{status_name, step_name, tr, T};
use crate::state::{expect_app, Load};

/// The year as the guide lays it out: phase, month, what happens.
const PHASES: [(Phase, T, T, T); 4] = [
    (Phase::February, T::MonthFeb, T::PhaseFeb, T::PhaseFebText),
    (Phase::March, T::MonthMar, T::PhaseMar, T::PhaseMarText),
    (Phase::April, T::MonthApr, T::PhaseApr, T::PhaseAprText),
    (Phase::May, T::MonthMay, T::PhaseMay, T::PhaseMayText),
];

/// The programme overview; the welcome on first run.
#[component]
pub fn Home() -> impl IntoView {
    let app = expect_app();
    move || match app.load.get() {
        Load::Loading => {
            EitherOf3::A(view! { <p class="muted" role="status">{app.t(T::Loading)}</p> })
        }
        Load::FirstRun => EitherOf3::B(view! { <Welcome /> }),
        // Drawn from the programme as it is; drawn again when it changes.
        Load::Ready => EitherOf3::C(move || {
            app.programme
                .with(|p| p.as_ref().map(|p| overview(p, app.lang())))
        }),
    }
}

/// Names, the next thing to do, the two visits and the year with each phase's status.
fn overview(p: &Programme, lang: Lang) -> impl IntoView {
    let t = move |key| tr(lang, key);
    let visits = [0usize, 1].map(|index| {
        let (host, guest) = p.host_and_guest(index).unwrap_or(("", ""));
        let roles = format!("{}: {host} · {}: {guest}", t(T::Host), t(T::Guest));
        let (month, title) = VISIT_NAMES[index];
        view! {
            <li data-testid=format!("visit-card-{}", index + 1)>
                <a href=Route::Visit(index).path().to_string() class="card visit-card">
                    <strong>{t(title)}</strong>
                    <span class="muted">" · " {t(month)}</span>
                    <span class="roles">{roles}</span>
                </a>
            </li>
        }
    });
    let phases = PHASES.map(|(phase, month, name, text)| {
        let status = p.phase_status(phase);
        view! {
            <li class="phase" class:done=status == Status::Done>
                <h3>
                    <span class="month">{t(month)}</span>
                    " · "
                    {t(name)}
                </h3>
                <p>{t(text)}</p>
                <p class="badge">{t(status_name(status))}</p>
            </li>
        }
    });
    view! {
        <h1>{t(T::HomeTitle)}</h1>
        <p class="pair" data-testid="pair">
            <span class="muted">{t(T::PairTitle)} ": "</span>
            {format!("{} & {}", p.me.name.value, p.partner.name.value)}
        </p>
        {next_card(p.next(), lang)}
        <ul class="visits">{visits}</ul>
        <InstallHint />
        <section aria-labelledby="year-title">
            <h2 id="year-title">{t(T::TimelineTitle)}</h2>
            <ol class="timeline">{phases}</ol>
        </section>
        <p class="privacy">{t(T::HomePrivacy)}</p>
    }
}

/// Visit 1 in March, visit 2 in April: (month, name).
const VISIT_NAMES: [(T, T); 2] = [(T::MonthMar, T::PhaseMar), (T::MonthApr, T::PhaseApr)];

/// The one next thing to do, as a card to tap.
fn next_card(next: Next, lang: Lang) -> impl IntoView {
    let t = move |key| tr(lang, key);
    let label = view! { <span class="next-label">{t(T::NextTitle)}</span> };
    match next {
        Next::Visit { index, step } => Either::Left(view! {
            <a href=Route::Visit(index).path().to_string() class="card next-card">
                {label}
                <strong>{t(step_name(step))}</strong>
                <span>{t(VISIT_NAMES[index].1)}</span>
            </a>
        }),
        Next::Pair | Next::WrapUp => {
            let what = if next == Next::Pair {
                T::NextPair
            } else {
                T::NextWrapUp
            };
            Either::Right(view! {
                <div class="card next-card">{label}<strong>{t(what)}</strong></div>
            })
        }
    }
}
