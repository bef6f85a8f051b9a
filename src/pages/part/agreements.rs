use leptos::prelude::*;

use super::save;
use crate::components::text_field::{FieldKind, TextField};
use crate::core::edit;
use crate::core::ics::{self, Event};
use crate::core::model::{Programme, Slot, Visit};
use crate::core::status::{date_warning, DateWarning};
use crate::core::time::{Clock, Date, Timestamp};
use crate::i18n::T;
use crate::platform;
use crate::state::{expect_app, AppState};

/// The gentle warning for visit `index` planned on `date` ("YYYY-MM-DD"), if any.
pub fn warning(index: usize, date: &str) -> Option<T> {
    Some(match date_warning(index, Date::parse(date)?)? {
        DateWarning::NotInMarch => T::WarnNotMarch,
        DateWarning::NotInApril => T::WarnNotApril,
        DateWarning::AfterWrapUp => T::WarnAfterWrapUp,
    })
}

/// §2: date, time and place of the visit and of the reflection; a warning when the date
/// lies outside the visit's month; the two as a calendar file.
#[component]
pub fn Agreements(index: usize, visit: Visit) -> impl IntoView {
    let app = expect_app();
    let date = visit.agreements.visit.date.value.map(Date::iso);
    let warned = RwSignal::new(date.as_deref().and_then(|d| warning(index, d)));
    let calendar_error = RwSignal::new(None::<T>);
    let slot = move |name: &'static str, title: T, slot: Slot| {
        let clock = |c: Option<Clock>| c.map(Clock::short).unwrap_or_default();
        let field = move |f: &str, label: T, kind: FieldKind, value: String| {
            let key = format!("agreements.{name}.{f}");
            let is_visit_date = name == "visit" && f == "date";
            let typed = {
                let key = key.clone();
                move |value: String| {
                    if is_visit_date {
                        warned.set(warning(index, &value));
                    }
                    save(app, index, |v, me| edit::apply(v, &key, &value, false, me));
                }
            };
            view! { <TextField id=key label=app.t(label) kind value on_input=typed /> }
        };
        view! {
            <fieldset class="slot">
                <legend>{app.t(title)}</legend>
                {field("date", T::Date, FieldKind::Date, slot.date.value.map(Date::iso).unwrap_or_default())}
                {field("start", T::From, FieldKind::Time, clock(slot.start.value))}
                {field("end", T::To, FieldKind::Time, clock(slot.end.value))}
                {field("place", T::Place, FieldKind::Line, slot.place.value)}
            </fieldset>
        }
    };
    let add_to_calendar = move |_| {
        let events = app
            .programme
            .with_untracked(|p| p.as_ref().map(|p| calendar_events(app, p, index)))
            .unwrap_or_default();
        calendar_error.set(events.is_empty().then_some(T::CalendarMissing));
        if events.is_empty() {
            return;
        }
        let text = ics::calendar(&events, Timestamp(js_sys::Date::now() as i64));
        let name = format!("jobbesoeg-{}.ics", index + 1);
        leptos::task::spawn_local(async move {
            platform::share_or_download(&name, "text/calendar", &text).await;
        });
    };
    view! {
        {slot("visit", T::AgreeVisit, visit.agreements.visit)}
        {slot("reflection", T::StepReflection, visit.agreements.reflection)}
        <p class="warning" role="status" data-testid="date-warning">
            {move || warned.get().map(|t| app.t(t))}
        </p>
        <button type="button" on:click=add_to_calendar>{app.t(T::AddToCalendar)}</button>
        <p class="form-error" role="alert" data-testid="calendar-error">
            {move || calendar_error.get().map(|t| app.t(t))}
        </p>
    }
}

/// The visit and the reflection as calendar events, those with a date and a start.
fn calendar_events(app: AppState, p: &Programme, index: usize) -> Vec<Event> {
    let t = move |key| app.t(key);
    let Some(v) = p.visits.get(index) else {
        return Vec::new();
    };
    let (host, guest) = p.host_and_guest(index).unwrap_or(("", ""));
    let visit_name = t(if index == 0 { T::PhaseMar } else { T::PhaseApr });
    let title = &v.activity.title.value;
    let description = format!(
        "{}: {host}. {}: {guest}.\n{}: {title}",
        t(T::Host),
        t(T::Guest),
        t(T::StepActivity)
    );
    let host_id = v.host.value.as_ref().map_or("", |h| h.0.as_str());
    [
        (
            &v.agreements.visit,
            "visit",
            format!("{visit_name}: {title}"),
        ),
        (
            &v.agreements.reflection,
            "reflection",
            format!("{} · {visit_name}", t(T::StepReflection)),
        ),
    ]
    .into_iter()
    .filter_map(|(s, kind, summary)| {
        Some(Event {
            uid: format!("jobbesoeg-{host_id}-{}-{kind}", index + 1),
            summary,
            location: s.place.value.clone(),
            description: description.clone(),
            date: s.date.value?,
            start: s.start.value?,
            end: s.end.value,
        })
    })
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_outside_the_visits_month_is_warned_of() {
        assert_eq!(warning(0, "2027-03-10"), None);
        assert_eq!(warning(0, "2027-04-02"), Some(T::WarnNotMarch));
        assert_eq!(warning(1, "2027-04-02"), None);
        assert_eq!(warning(1, "2027-05-03"), Some(T::WarnAfterWrapUp));
        assert_eq!(warning(1, ""), None);
        assert_eq!(warning(1, "2027-4-2"), None);
    }
}
