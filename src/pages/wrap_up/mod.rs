//! `/opsamling`: the May wrap-up ("Fælles opsamling", issue 9). The programme summed
//! up visit by visit, to read on screen and to print (each visit on its own A4 page) or
//! keep as Markdown; the notes starred for it; what the user takes with them; the other
//! pair's visits beside this pair's (`pairs`); and "Slet alt" at the very end.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::compare_chart::CompareChart;
use crate::components::loading::Loading;
use crate::components::text_field::{FieldKind, TextField};
use crate::core::compare::rows;
use crate::core::model::Programme;
use crate::core::route::Route;
use crate::core::wrap_up::{self, OTHER_PAIR_KEY, TAKEAWAY_KEY};
use crate::i18n::wrap_up::{tw, W};
use crate::i18n::{verdict_text, T};
use crate::platform;
use crate::state::{expect_app, AppState, Load};
use crate::store::live;

pub mod content;
mod pairs;

use content::{markdown, markdown_name, parts, title, visit_heading, NOTES_PART};

/// The wrap-up, once the programme has loaded.
#[component]
pub fn WrapUp() -> impl IntoView {
    let app = expect_app();
    move || match app.load.get() {
        Load::Loading => view! { <Loading /> }.into_any(),
        // No programme yet: the overview starts one.
        Load::FirstRun => view! {
            <h1>{tw(app.lang(), W::SummaryTitle)}</h1>
            <p><A href=Route::Home.path() exact=true>{app.t(T::NavOverview)}</A></p>
        }
        .into_any(),
        Load::Ready => view! { <Kept /> }.into_any(),
    }
}

/// The wrap-up's own records read, then the summary drawn whole: from the programme as
/// it is when the screen opens (the stars follow it), with what the user takes with
/// them and the other pair's file as kept.
#[component]
fn Kept() -> impl IntoView {
    let app = expect_app();
    let kept = RwSignal::new(None);
    leptos::task::spawn_local(async move {
        let takeaway = live::read(TAKEAWAY_KEY)
            .await
            .and_then(|r| wrap_up::takeaway_from_record(&r))
            .unwrap_or_default();
        kept.set(Some((takeaway, live::read(OTHER_PAIR_KEY).await)));
    });
    let p = app.programme.get_untracked().unwrap_or_default();
    let title = title(&p, app.lang());
    let summary = move || match kept.get() {
        Some((takeaway, other)) => view! { <Summary p=p.clone() takeaway other /> }.into_any(),
        None => view! { <Loading /> }.into_any(),
    };
    // The heading at once: a move to this screen focuses it.
    view! {
        <article class="summary">
            <h1>{title}</h1>
            {summary}
        </article>
    }
}

/// The summary of `p`, this phone's programme, with "Det tager jeg med mig" as kept
/// (`takeaway`) and the other pair's file (`other`, its record).
#[component]
fn Summary(p: Programme, takeaway: String, other: Option<String>) -> impl IntoView {
    let app = expect_app();
    let lang = app.lang();
    let x = move |key| tw(lang, key);
    // "Det tager jeg med mig", as typed, for the printed copy and the Markdown; the
    // field itself is drawn once from what was kept, never again while typed in.
    let field = RwSignal::new(takeaway.clone());
    let takeaway = RwSignal::new(takeaway);
    let save_takeaway = move |text: String| {
        live::put(
            app,
            vec![(TAKEAWAY_KEY.into(), wrap_up::takeaway_record(&text))],
        );
        takeaway.set(text);
    };
    // The programme as it is now, stars set on this screen included.
    let save_markdown = move |_| {
        let p = app.programme.get_untracked().unwrap_or_default();
        let name = markdown_name(&p, platform::today());
        let text = markdown(&p, lang, &takeaway.get_untracked());
        leptos::task::spawn_local(async move {
            platform::share_or_download(&name, "text/markdown", &text).await;
        });
    };
    let visits = (0..p.visits.len())
        .map(|i| view! { <VisitSummary p=p.clone() i /> })
        .collect_view();
    view! {
        <p class="no-print actions">
                <button type="button" on:click=|_| platform::print()>{x(W::Print)}</button>
                <button type="button" class="secondary" on:click=save_markdown>
                    {x(W::SaveMarkdown)}
                </button>
            </p>
            {visits}
            <section class="takeaway" aria-labelledby="takeaway-title">
                <h2 id="takeaway-title">{x(W::TakeawayTitle)}</h2>
                <div class="no-print">
                    <TextField
                        id="takeaway"
                        label=x(W::TakeawayLabel)
                        kind=FieldKind::Lines
                        value=field
                        on_input=save_takeaway
                    />
                </div>
                <p class="print-only">{takeaway}</p>
            </section>
        <pairs::Pairs kept=other />
        <Erase />
    }
}

/// Visit `i` of `p`: each part of the guide, the notes with their stars, and intended
/// against perceived leadership.
#[component]
fn VisitSummary(p: Programme, i: usize) -> impl IntoView {
    let app = expect_app();
    let lang = app.lang();
    let v = &p.visits[i];
    let (host, guest) = p.host_and_guest(i).unwrap_or(("", ""));
    let compare = rows(v);
    let verdict = verdict_text(&compare, lang);
    let notes: Vec<(String, String)> = v
        .live_notes()
        .filter(|n| n.text.has_text())
        .map(|n| (n.id.clone(), n.text.value.trim().to_string()))
        .collect();
    let chart = view! {
        <h3>{app.t(T::CompareTitle)}</h3>
        <CompareChart
            rows=compare
            host=host.to_string()
            guest=guest.to_string()
            caption_id=format!("chart-caption-{i}")
        />
        <p>{verdict}</p>
    };
    let mut chart = Some(chart);
    let parts = parts(&p, i, lang)
        .into_iter()
        .enumerate()
        .map(|(n, part)| {
            let body = if n == NOTES_PART {
                view! { <StarredNotes i notes=notes.clone() /> }.into_any()
            } else if part.lines.is_empty() {
                view! { <p class="muted">"–"</p> }.into_any()
            } else {
                view! { <ul>{part.lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul> }
                    .into_any()
            };
            view! {
                <h3>{part.heading}</h3>
                {body}
                {(n == NOTES_PART).then(|| chart.take())}
            }
        })
        .collect_view();
    view! {
        <section
            class="visit-summary"
            aria-labelledby=format!("sum-{i}")
            data-testid=format!("summary-visit-{}", i + 1)
        >
            <h2 id=format!("sum-{i}")>{visit_heading(&p, i, lang)}</h2>
            {parts}
        </section>
    }
}

/// Every note of visit `i`, each with a star that takes it into the summary; on paper
/// only the starred ones.
#[component]
fn StarredNotes(i: usize, notes: Vec<(String, String)>) -> impl IntoView {
    let app = expect_app();
    let label = tw(app.lang(), W::KeyObservation);
    let starred = move |id: &str| {
        app.programme.with(|p| {
            p.as_ref()
                .and_then(|p| p.visits.get(i)?.live_notes().find(|n| n.id == id))
                .is_some_and(|n| n.starred.value)
        })
    };
    view! {
        <p class="hint no-print">{tw(app.lang(), W::StarHint)}</p>
        <ul class="key-notes">
            <For each=move || notes.clone() key=|(id, _)| id.clone() let:note>
                {
                    let (id, text) = note;
                    let on = {
                        let id = id.clone();
                        Memo::new(move |_| starred(&id))
                    };
                    let tap = {
                        let id = id.clone();
                        move |_| star(app, i, &id)
                    };
                    view! {
                        <li class=move || if on.get() { "starred" } else { "no-print" }>
                            <button
                                type="button"
                                class="star no-print"
                                id=format!("star-{i}-{id}")
                                aria-pressed=move || on.get().to_string()
                                aria-label=label
                                aria-describedby=format!("note-{i}-{id}")
                                on:click=tap
                            >
                                {move || if on.get() { "★" } else { "☆" }}
                            </button>
                            " "
                            <span id=format!("note-{i}-{id}")>{text}</span>
                        </li>
                    }
                }
            </For>
        </ul>
    }
}

/// Stars (or unstars) note `id` of visit `i`, and stores its record.
fn star(app: AppState, i: usize, id: &str) {
    live::edit(app, crate::core::records::note_key(i, id), |p| {
        let me = p.me.id.clone();
        wrap_up::toggle_star(p, i, id, &me);
    });
}

/// "Slet alt": at the end of the programme, with a backup offered first and the word
/// to type.
#[component]
fn Erase() -> impl IntoView {
    let app = expect_app();
    let lang = app.lang();
    let x = move |key| tw(lang, key);
    let typed = RwSignal::new(String::new());
    let wrong = RwSignal::new(false);
    let erasing = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if !content::confirms(&typed.get_untracked(), lang) {
            // Asked for again, from an empty field.
            typed.set(String::new());
            wrong.set(true);
            return;
        }
        wrong.set(false);
        erasing.set(true);
        leptos::task::spawn_local(async move {
            let _ = live::erase_all().await;
            platform::restart_at_home();
        });
    };
    view! {
        <section class="no-print erase" aria-labelledby="erase-title">
            <h2 id="erase-title">{x(W::EraseTitle)}</h2>
            <p>{x(W::EraseText)}</p>
            <p><A href=Route::Share.path()>{x(W::EraseBackup)}</A></p>
            <form class="stack" novalidate on:submit=submit>
                <div class="field">
                    <label for="erase-confirm">{x(W::EraseConfirm)}</label>
                    <input
                        type="text"
                        id="erase-confirm"
                        autocomplete="off"
                        autocapitalize="characters"
                        spellcheck="false"
                        prop:value=typed
                        on:input=move |ev| typed.set(event_target_value(&ev))
                    />
                </div>
                <p role="alert" class="form-error" data-testid="erase-error">
                    {move || wrong.get().then(|| x(W::EraseConfirm))}
                </p>
                <button type="submit" class="danger" disabled=erasing>
                    {x(W::EraseButton)}
                </button>
            </form>
        </section>
    }
}
