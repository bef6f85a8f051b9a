use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::compare_chart::CompareChart;
use crate::core::compare::{perceived_done, rows, Row};
use crate::core::model::{Tag, Visit};
use crate::core::route::{Part, Route};
use crate::i18n::{rating, style_name, verdict_text, T};
use crate::platform;
use crate::state::expect_app;

/// §6 side by side, once the guest has rated every style and the pair asks to see it:
/// the guest's view is not coloured by the host's.
#[component]
pub fn Comparison(index: usize, host: String, guest: String) -> impl IntoView {
    let app = expect_app();
    let revealed = RwSignal::new(false);
    let visit = move || {
        app.programme
            .with_untracked(|p| p.as_ref()?.visits.get(index).cloned())
            .unwrap_or_default()
    };
    let reveal = move |_| {
        revealed.set(true);
        request_animation_frame(|| platform::focus("[data-testid=verdict]"));
    };
    let body = move || {
        let v = visit();
        if !perceived_done(&v) {
            return view! {
                <p>{app.t(T::CompareWait)}</p>
                <p>
                    <A href=Route::Part(index, Part::Perceived).path() exact=true attr:class="button">
                        {app.t(T::StepPerceived)}
                    </A>
                </p>
            }
            .into_any();
        }
        if !revealed.get() {
            return view! {
                <p><button type="button" on:click=reveal>{app.t(T::CompareReveal)}</button></p>
            }
            .into_any();
        }
        let rows = rows(&v);
        view! {
            <p class="verdict" data-testid="verdict" tabindex="-1">{verdict_text(&rows, app.lang())}</p>
            <CompareChart rows host=host.clone() guest=guest.clone() />
            {rows.into_iter().map(|row| style_details(&v, row)).collect_view()}
        }
        .into_any()
    };
    view! {
        <section class="compare" aria-labelledby="r-compare">
            <h2 id="r-compare">{app.t(T::CompareTitle)}</h2>
            <p><strong>{app.t(T::ModelQuestion)}</strong></p>
            <p class="hint">{app.t(T::CompareSnapshot)}</p>
            {body}
        </section>
    }
}

/// Under each style: both ratings as text, the host's intention, what the guest saw, and
/// the notes marked with the style.
fn style_details(v: &Visit, row: Row) -> impl IntoView + use<> {
    let app = expect_app();
    let lang = app.lang();
    let texts = [
        (T::IntendText, &v.intended),
        (T::PerceiveText, &v.perceived),
    ]
    .into_iter()
    .filter_map(|(label, side)| {
        let text = side.styles.get(&row.style)?.text.value.clone();
        (!text.trim().is_empty()).then(|| {
            view! { <p><span class="muted">{app.t(label)}</span>" "{text}</p> }
        })
    })
    .collect_view();
    let notes: Vec<String> = v
        .notes_with(&Tag::Style(row.style))
        .map(|n| n.text.value.clone())
        .collect();
    view! {
        <section class="card style-compare">
            <h3>{app.t(style_name(row.style))}</h3>
            <p class="numbers">
                {app.t(T::Intended)}": "{rating(row.intended, lang)}" · "
                {app.t(T::Perceived)}": "{rating(row.perceived, lang)}
            </p>
            {texts}
            {(!notes.is_empty()).then(|| view! {
                <ul class="evidence">{notes.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
            })}
        </section>
    }
}
