//! The overview: the pair, the one next thing, both visits, sharing with the partner,
//! how to install, and the year with each phase.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::core::model::Programme;
use crate::core::route::{Part, Route};
use crate::core::status::{Next, Phase, Status};
use crate::core::time::Date;
use crate::i18n::{status_name, step_name, T};
use crate::pages::{roles_line, VISIT_NAMES};
use crate::platform;
use crate::state::expect_app;

/// The year as the guide lays it out: phase, month, what happens.
const PHASES: [(Phase, T, T, T); 4] = [
    (Phase::February, T::MonthFeb, T::PhaseFeb, T::PhaseFebText),
    (Phase::March, T::MonthMar, T::PhaseMar, T::PhaseMarText),
    (Phase::April, T::MonthApr, T::PhaseApr, T::PhaseAprText),
    (Phase::May, T::MonthMay, T::PhaseMay, T::PhaseMayText),
];

/// How safe the data is: the date of the last file shared from this phone, and whether
/// the browser promised to keep the data (`None`: not known, or no such promise here).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Backup {
    pub exported: Option<Date>,
    pub persisted: Option<bool>,
}

/// What the overview shows, from the programme, the day and the backup.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Overview {
    /// "Mette & Jonas".
    pub pair: String,
    /// The visit to observe today, if any.
    pub observe_now: Option<usize>,
    pub next: Next,
    /// Each phase of the year with its status.
    pub phases: [Status; 4],
    /// When this phone last shared a file: never, today, or a date.
    pub exported: Option<Date>,
    pub exported_today: bool,
    /// A visit has taken place since the last file was shared (or none ever was).
    pub remind: bool,
    /// The browser may delete the data.
    pub at_risk: bool,
}

impl Overview {
    pub fn of(p: &Programme, today: Date, backup: Backup) -> Overview {
        // The latest visit day that has come: a file shared before it misses that visit.
        let visited = p
            .visits
            .iter()
            .filter_map(|v| v.agreements.visit.date.value)
            .filter(|d| *d <= today)
            .max();
        let remind = match backup.exported {
            None => true,
            Some(exported) => visited.is_some_and(|v| exported < v),
        };
        Overview {
            pair: format!("{} & {}", p.me.name.value, p.partner.name.value),
            observe_now: p.observe_now(today),
            next: p.next(),
            phases: PHASES.map(|(phase, ..)| p.phase_status(phase)),
            exported: backup.exported,
            exported_today: backup.exported == Some(today),
            remind,
            at_risk: backup.persisted == Some(false),
        }
    }
}

/// The overview of the programme on this phone.
#[component]
pub fn OverviewScreen() -> impl IntoView {
    let app = expect_app();
    // How to install, shown until the app runs from the home screen.
    let install = (!platform::is_installed()).then(|| {
        if platform::is_ios() {
            T::InstallIos
        } else {
            T::InstallAndroid
        }
    });
    // Whether the browser promised to keep the data: asked without prompting the user.
    let persisted = RwSignal::new(None::<bool>);
    leptos::task::spawn_local(async move { persisted.set(platform::storage_persisted().await) });
    let today = platform::today();
    let shown = Memo::new(move |_| {
        let backup = Backup {
            exported: crate::store::last_exported(),
            persisted: persisted.get(),
        };
        app.programme
            .with(|p| p.as_ref().map(|p| Overview::of(p, today, backup)))
    });
    let roles = Memo::new(move |_| {
        app.programme.with(|p| {
            p.as_ref()
                .map(|p| [roles_line(app, p, 0), roles_line(app, p, 1)])
        })
    });

    let observe_now = move || {
        let index = shown.with(|o| o.as_ref()?.observe_now)?;
        Some(view! {
            <A href=Route::Part(index, Part::Observe).path() exact=true attr:class="card observe-now" attr:data-testid="observe-now">
                <strong>{app.t(T::ObserveNow)}</strong>
                " "
                <span>{app.t(VISIT_NAMES[index].1)}</span>
            </A>
        })
    };
    let next = move || {
        let next = shown.with(|o| o.as_ref().map(|o| o.next))?;
        let label = view! { <span class="next-label">{app.t(T::NextTitle)}</span> " " };
        Some(match next {
            Next::Visit { index, step } => view! {
                <A href=Route::Visit(index).path() exact=true attr:class="card next-card">
                    {label}
                    <strong>{app.t(step_name(step))}</strong>
                    " "
                    <span>{app.t(VISIT_NAMES[index].1)}</span>
                </A>
            }
            .into_any(),
            // The wrap-up opens its summary.
            Next::WrapUp => view! {
                <A href=Route::WrapUp.path() exact=true attr:class="card next-card">
                    {label}
                    <strong>{app.t(T::NextWrapUp)}</strong>
                </A>
            }
            .into_any(),
            // The pair is made on the welcome screen.
            Next::Pair => view! {
                <div class="card next-card">{label}<strong>{app.t(T::NextPair)}</strong></div>
            }
            .into_any(),
        })
    };
    let visit_card = move |index: usize| {
        let (month, name) = VISIT_NAMES[index];
        view! {
            <li data-testid=format!("visit-card-{}", index + 1)>
                <A href=Route::Visit(index).path() exact=true attr:class="card visit-card">
                    <strong>{app.t(name)}</strong>
                    <span class="muted">" · "{app.t(month)}</span>
                    " "
                    <span class="roles">
                        {move || roles.with(|r| r.as_ref().map(|r| r[index].clone()))}
                    </span>
                </A>
            </li>
        }
    };
    let exported = move || {
        shown.with(|o| match o.as_ref() {
            Some(o) if o.exported_today => app.t(T::ExportedToday).to_string(),
            Some(Overview {
                exported: Some(d), ..
            }) => format!("{}.{}.{}", d.day(), d.month(), d.year()),
            _ => app.t(T::ExportedNever).to_string(),
        })
    };
    let remind = move || shown.with(|o| o.as_ref().is_some_and(|o| o.remind));
    let at_risk = move || shown.with(|o| o.as_ref().is_some_and(|o| o.at_risk));
    let phase = move |i: usize| {
        let (_, month, name, text) = PHASES[i];
        let status = move || shown.with(|o| o.as_ref().map_or(Status::NotStarted, |o| o.phases[i]));
        view! {
            <li class="phase" class:done=move || status() == Status::Done>
                <h3><span class="month">{app.t(month)}</span>" · "{app.t(name)}</h3>
                <p>{app.t(text)}</p>
                <p class="badge">{move || app.t(status_name(status()))}</p>
            </li>
        }
    };

    view! {
        <h1>{app.t(T::HomeTitle)}</h1>
        <p class="pair" data-testid="pair">
            <span class="muted">{app.t(T::PairTitle)}": "</span>
            {move || shown.with(|o| o.as_ref().map(|o| o.pair.clone()))}
        </p>
        {observe_now}
        {next}
        <ul class="visits">{visit_card(0)}{visit_card(1)}</ul>
        <A href=Route::Share.path() exact=true attr:class="card" attr:data-testid="share-card">
            <strong>{app.t(T::ShareTitle)}</strong>
            <span class="roles" data-testid="last-exported">{app.t(T::LastExported)}" "{exported}</span>
            <Show when=remind>
                <span class="roles">{app.t(T::ShareReminder)}</span>
            </Show>
        </A>
        <Show when=at_risk>
            <p class="warning" data-testid="not-persisted">{app.t(T::NotPersisted)}</p>
        </Show>
        {install.map(|how| view! {
            <section class="card hint" aria-labelledby="install-title">
                <h2 id="install-title">{app.t(T::InstallTitle)}</h2>
                <p>{app.t(how)}</p>
                <p class="muted">{app.t(T::InstallWhy)}</p>
            </section>
        })}
        <section aria-labelledby="year-title">
            <h2 id="year-title">{app.t(T::TimelineTitle)}</h2>
            <ol class="timeline">{(0..PHASES.len()).map(phase).collect_view()}</ol>
        </section>
        <p class="privacy">{app.t(T::HomePrivacy)}</p>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::ParticipantId;

    fn pair() -> Programme {
        let m = ParticipantId("m".into());
        let mut p = Programme::new(m.clone(), ParticipantId("j".into()));
        p.me.name.set("Mette <M>".into(), &m);
        p.partner.name.set("Jonas".into(), &m);
        p.set_first_host(&p.partner.id.clone(), &m);
        p
    }

    #[test]
    fn the_overview_names_the_pair_and_the_next_step() {
        let day = Date::new(2027, 2, 1).unwrap();
        let o = Overview::of(&pair(), day, Backup::default());
        assert_eq!(o.pair, "Mette <M> & Jonas");
        assert_eq!(o.observe_now, None);
        assert!(matches!(o.next, Next::Visit { index: 0, .. }));
        assert!(
            o.phases.iter().all(|s| *s != Status::Done),
            "{:?}",
            o.phases
        );
    }

    #[test]
    fn on_the_day_the_guest_observes_the_overview_leads_there() {
        let mut p = pair();
        let day = Date::new(2027, 3, 10).unwrap();
        let m = p.me.id.clone();
        p.visits[0].agreements.visit.date.set(Some(day), &m);
        assert_eq!(
            Overview::of(&p, day, Backup::default()).observe_now,
            Some(0)
        );
    }

    #[test]
    fn the_overview_says_when_this_phone_last_shared_and_reminds_after_a_visit() {
        let day = Date::new(2027, 3, 10).unwrap();
        let mut p = pair();
        let me = p.me.id.clone();
        let never = Overview::of(&p, day, Backup::default());
        assert_eq!(
            (never.exported, never.remind, never.at_risk),
            (None, true, false)
        );
        let today = Backup {
            exported: Some(day),
            persisted: Some(true),
        };
        let o = Overview::of(&p, day, today);
        assert!(o.exported_today && !o.remind && !o.at_risk);
        // The visit took place after the last file: remind.
        p.visits[0].agreements.visit.date.set(Some(day), &me);
        let before = Backup {
            exported: Date::new(2027, 3, 2),
            persisted: Some(false),
        };
        let o = Overview::of(&p, day, before);
        assert_eq!(o.exported, Date::new(2027, 3, 2));
        assert!(!o.exported_today && o.remind && o.at_risk);
    }
}
