//! Two pairs side by side for the May session: this pair shares its summary (the
//! readable exchange file, scope "summary": starred notes only), fetches the other
//! pair's and sees the four visits side by side, theirs read only and marked as theirs.
//! The other pair's file is read and checked by the exchange worker and kept as it
//! came, under a record key of its own that the programme's loader passes by.

use leptos::prelude::*;

use crate::core::compare::rows;
use crate::core::exchange::{file_name, summary_view, MAX_FILE};
use crate::core::model::Programme;
use crate::core::schema;
use crate::core::wrap_up::OTHER_PAIR_KEY;
use crate::i18n::verdict_text;
use crate::i18n::wrap_up::{tw, W};
use crate::platform::{self, exchange_worker};
use crate::state::expect_app;
use crate::store::live;
use crate::worker_protocol::{FromWorker, Part, ToWorker};

use super::content::{self, pair_names, starred_notes, visit_heading};

/// The section: share ours, fetch theirs, then the four visits once theirs is here.
#[component]
pub fn Pairs(
    /// The other pair's file as kept (its record), if fetched before.
    kept: Option<String>,
) -> impl IntoView {
    let app = expect_app();
    let lang = app.lang();
    let x = move |key| tw(lang, key);
    let other = RwSignal::new(None::<Programme>);
    // What went wrong with the other pair's file, said until the next try.
    let problem = RwSignal::new(None::<W>);
    let busy = RwSignal::new(false);
    // The other pair's file as kept, read again by the worker.
    if let Some(record) = kept {
        leptos::task::spawn_local(async move {
            if let Ok(FromWorker::OtherPair { other: text, .. }) =
                exchange_worker::ask(ToWorker::OtherKept { record }, |_| {}).await
            {
                other.set(schema::decode(&text).ok());
            }
        });
    }
    // This phone's programme as it is now (stars set on the wrap-up included).
    let now = move || app.programme.get_untracked().unwrap_or_default();
    let share = {
        move |_| {
            let p = now();
            let message = ToWorker::Export {
                mine: schema::encode(&p),
                scope: Part::Summary,
                names: String::new(),
            };
            let name = file_name("opsamling", &p.me.name.value, platform::today(), "json");
            problem.set(None);
            leptos::task::spawn_local(async move {
                match exchange_worker::ask(message, |_| {}).await {
                    Ok(FromWorker::Exported(text)) => {
                        platform::share_or_download(&name, "application/json", &text).await;
                    }
                    Ok(FromWorker::Failed(error)) => problem.set(Some(content::problem(error))),
                    Ok(_) => problem.set(Some(W::StoppedMaking)),
                    Err(stopped) => problem.set(Some(content::stopped(stopped))),
                }
            });
        }
    };
    let fetch = move |ev: leptos::ev::Event| {
        let Some(file) = platform::picked_file(&ev) else {
            return;
        };
        let mine = schema::encode(&now());
        problem.set(None);
        busy.set(true);
        leptos::task::spawn_local(async move {
            let Some(bytes) = platform::read_file(&file, MAX_FILE + 1).await else {
                problem.set(Some(W::ErrUnreadable));
                busy.set(false);
                return;
            };
            match exchange_worker::ask(ToWorker::OtherFile { bytes, mine }, |_| {}).await {
                Ok(FromWorker::OtherPair {
                    other: text,
                    record,
                }) => match schema::decode(&text) {
                    Ok(theirs) => {
                        other.set(Some(theirs));
                        live::put(app, vec![(OTHER_PAIR_KEY.into(), record)]);
                    }
                    Err(_) => problem.set(Some(W::ErrGarbage)),
                },
                Ok(FromWorker::Failed(error)) => problem.set(Some(content::problem(error))),
                Ok(_) => problem.set(Some(W::ErrGarbage)),
                Err(stopped) => problem.set(Some(content::stopped(stopped))),
            }
            busy.set(false);
        });
    };
    // Our two visits as the other pair will see them: all that our summary file holds.
    let ours = move || {
        app.programme
            .with(|p| p.as_ref().map(summary_view))
            .unwrap_or_default()
    };
    let theirs = move || {
        other.get().map(|theirs| {
            view! {
                <div class="pair-column theirs" data-testid="other-pair">
                    <h3 class="pair-label">
                        {format!("{}: {} — {}", x(W::TheirPair), pair_names(&theirs), x(W::ReadOnly))}
                    </h3>
                    <Card p=theirs.clone() i=0 theirs=true />
                    <Card p=theirs i=1 theirs=true />
                </div>
            }
        })
    };
    let grid = view! {
        <div class="pair-grid">
            <div class="pair-column" data-testid="our-summary">
                <h3 class="pair-label">
                    {move || {
                        let names = app.programme.with(|p| p.as_ref().map(pair_names));
                        format!("{}: {}", x(W::OurPair), names.unwrap_or_default())
                    }}
                </h3>
                <p class="hint">{x(W::OursShared)}</p>
                {move || {
                    let ours = ours();
                    view! {
                        <Card p=ours.clone() i=0 theirs=false />
                        <Card p=ours i=1 theirs=false />
                    }
                }}
            </div>
            {theirs}
        </div>
    };
    view! {
        <section class="no-print pairs" aria-labelledby="pairs-title" data-testid="two-pairs">
            <h2 id="pairs-title">{x(W::PairsTitle)}</h2>
            <p>{x(W::PairsText)}</p>
            <p class="actions">
                <button type="button" class="secondary" on:click=share>{x(W::ShareSummary)}</button>
                <label class="button secondary file" for="other-file">{x(W::FetchOther)}</label>
                <input
                    type="file"
                    id="other-file"
                    class="visually-hidden"
                    accept=".json,.txt,application/json"
                    disabled=busy
                    on:change=fetch
                />
            </p>
            <p role="alert" class="form-error" data-testid="pairs-error">
                {move || problem.get().map(|p| format!("{} {}", x(p), x(W::Untouched)))}
            </p>
            {grid}
        </section>
    }
}

/// Visit `i` of `p` as a card: who, the activity, the key observations, the verdict,
/// what they learnt together.
#[component]
fn Card(p: Programme, i: usize, theirs: bool) -> impl IntoView {
    let app = expect_app();
    let lang = app.lang();
    let v = &p.visits[i];
    let learnt = v.reflection.shared.value.trim().to_string();
    view! {
        <article class=if theirs { "pair-visit theirs" } else { "pair-visit" }>
            <h4>{visit_heading(&p, i, lang)}</h4>
            <p><strong>{v.activity.title.value.clone()}</strong></p>
            <ul>
                {starred_notes(v).map(|n| view! { <li>{n.to_string()}</li> }).collect_view()}
            </ul>
            <p>{verdict_text(&rows(v), lang)}</p>
            {(!learnt.is_empty()).then(|| view! {
                <p><em>{tw(lang, W::LearntTogether)}":"</em>" "{learnt}</p>
            })}
        </article>
    }
}
