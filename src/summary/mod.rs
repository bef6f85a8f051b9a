//! The May wrap-up (issue 9): the programme summed up, visit by visit, as HTML to read
//! and print (each visit on its own A4 page) and as Markdown to keep. Drawn by the
//! exchange worker, like the exchange screen. Pure Rust, tested natively. The other
//! pair's visits beside this pair's: `pairs`.

pub mod pairs;
pub mod takeaway;

use crate::core::compare::rows;
use crate::core::model::{ParticipantId, Programme, Slot, Visit};
use crate::core::records;
use crate::core::settings::Lang;
use crate::html::{escape, Html};
use crate::i18n::sharing::{tx, X};
use crate::i18n::{tr, T};
mod chart;
use crate::i18n::{verdict_text, GUEST_QUESTIONS, HOST_QUESTIONS};
use chart::chart;

/// "10.3.2027, 9:00–11:00, Rådhuset": a slot as far as it is agreed.
fn slot_text(s: &Slot) -> String {
    let mut parts = Vec::new();
    if let Some(d) = s.date.value {
        parts.push(format!("{}.{}.{}", d.day(), d.month(), d.year()));
    }
    match (s.start.value, s.end.value) {
        (Some(a), Some(b)) => parts.push(format!("{}–{}", a.short(), b.short())),
        (Some(a), None) => parts.push(a.short()),
        _ => {}
    }
    if !s.place.value.trim().is_empty() {
        parts.push(s.place.value.trim().to_string());
    }
    parts.join(", ")
}

/// Everything the summary says about one visit, in the guide's order, as (heading,
/// lines) pairs; the chart goes after the observations.
struct Part {
    heading: String,
    lines: Vec<String>,
}

fn parts(p: &Programme, v: &Visit, lang: Lang) -> Vec<Part> {
    let t = |key| tr(lang, key).to_string();
    let some = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_string());
    let mut out = Vec::new();
    let a = &v.activity;
    out.push(Part {
        heading: t(T::StepActivity),
        lines: [some(&a.title.value), some(&a.description.value)]
            .into_iter()
            .flatten()
            .collect(),
    });
    out.push(Part {
        heading: t(T::StepAgreements),
        lines: [slot_text(&v.agreements.visit)]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect(),
    });
    out.push(Part {
        heading: format!("{} — {}", t(T::StepAlignment), tx(lang, X::FocusPoints)),
        lines: v
            .alignment
            .focus_points
            .iter()
            .filter(|f| !f.deleted.value)
            .filter_map(|f| some(&f.text.value))
            .collect(),
    });
    // The guest's key observations: the notes starred for the summary.
    out.push(Part {
        heading: format!(
            "{} — {}",
            t(T::StepObservation),
            tx(lang, X::KeyObservations)
        ),
        lines: v
            .live_notes()
            .filter(|n| n.starred.value)
            .filter_map(|n| some(&n.text.value))
            .collect(),
    });
    let r = &v.reflection;
    let (host, guest) = p.host_and_guest(index_of(p, v)).unwrap_or(("", ""));
    let answers = |who: &str, qs: [T; 4], fields: &[crate::core::field::Field<String>; 4]| {
        qs.into_iter()
            .zip(fields)
            .filter_map(|(q, f)| some(&f.value).map(|a| format!("{} ({who}): {a}", tr(lang, q))))
            .collect::<Vec<_>>()
    };
    let mut lines = answers(host, HOST_QUESTIONS, &r.host);
    lines.extend(answers(guest, GUEST_QUESTIONS, &r.guest));
    out.push(Part {
        heading: t(T::StepReflection),
        lines,
    });
    out.push(Part {
        heading: t(T::ReflectSharedTitle),
        lines: some(&r.shared.value).into_iter().collect(),
    });
    out
}

fn index_of(p: &Programme, v: &Visit) -> usize {
    p.visits
        .iter()
        .position(|w| std::ptr::eq(w, v))
        .unwrap_or(0)
}

/// The heading of visit `i`: "Jobbesøg 1 · Jonas er vært, Mette er gæst".
pub(crate) fn visit_heading(p: &Programme, i: usize, lang: Lang) -> String {
    let name = tx(
        lang,
        if i == 0 {
            X::ScopeVisit1
        } else {
            X::ScopeVisit2
        },
    );
    match p.host_and_guest(i) {
        Some((host, guest)) => format!(
            "{name} · {host} {}, {guest} {}",
            tx(lang, X::IsHost),
            tx(lang, X::IsGuest)
        ),
        None => name.to_string(),
    }
}

/// The summary as HTML: a title with both names, then each visit in a section of its
/// own (the print style starts each on a new page).
/// What the wrap-up shows besides the programme: the other pair's, and a problem to say.
#[derive(Default)]
pub struct Extras<'a> {
    pub other: Option<&'a Programme>,
    pub other_problem: Option<X>,
    pub confirm_error: bool,
    /// "Det tager jeg med mig", as written so far.
    pub takeaway: &'a str,
}

pub fn render(p: &Programme, lang: Lang, extras: &Extras) -> String {
    let mut h = Html::new(lang);
    h.raw("<article class=\"summary\"><h1>")
        .text(tx(lang, X::SummaryTitle))
        .raw(" — ");
    pairs::pair_names(&mut h, p);
    h.raw("</h1><p class=\"no-print actions\"><button type=\"button\" data-action=\"print\">")
        .text(tx(lang, X::Print))
        .raw("</button> <button type=\"button\" class=\"secondary\" data-action=\"markdown\">")
        .text(tx(lang, X::SaveMarkdown))
        .raw("</button></p>");
    for (i, v) in p.visits.iter().enumerate() {
        h.raw(&format!(
            "<section class=\"visit-summary\" aria-labelledby=\"sum-{i}\" data-testid=\"summary-visit-{}\"><h2 id=\"sum-{i}\">",
            i + 1
        ))
        .text(&visit_heading(p, i, lang))
        .raw("</h2>");
        for (n, part) in parts(p, v, lang).into_iter().enumerate() {
            h.raw("<h3>").text(&part.heading).raw("</h3>");
            if n == 3 {
                notes(&mut h, i, v);
            } else if part.lines.is_empty() {
                h.raw("<p class=\"muted\">–</p>");
            } else {
                h.raw("<ul>");
                for line in &part.lines {
                    h.raw("<li>").text(line).raw("</li>");
                }
                h.raw("</ul>");
            }
            // After the observations: intended and perceived side by side.
            if n == 3 {
                let rows = rows(v);
                let names = p.host_and_guest(i).unwrap_or(("", ""));
                h.raw("<h3>").t(T::CompareTitle).raw("</h3>");
                let mut c = Html::new(lang);
                chart(&mut c, &rows, names);
                // One chart per visit on the page: captions need ids of their own.
                h.raw(
                    &c.out
                        .replace("chart-caption", &format!("chart-caption-{i}")),
                );
                h.raw("<p>").text(&verdict_text(&rows, lang)).raw("</p>");
            }
        }
        h.raw("</section>");
    }
    takeaway::render(&mut h, extras.takeaway);
    h.raw("</article>");
    pairs::render(&mut h, p, extras.other, extras.other_problem);
    erase(&mut h, extras.confirm_error);
    h.out
}

/// The word to type before everything is deleted.
pub fn confirm_word(lang: Lang) -> &'static str {
    tx(lang, X::EraseWord)
}

/// Whether `typed` confirms deleting everything (the word, any case, spaces around).
pub fn confirms(typed: &str, lang: Lang) -> bool {
    typed.trim().eq_ignore_ascii_case(confirm_word(lang))
}

/// "Slet alt": at the end of the programme, with a backup offered first and the word
/// to type.
fn erase(h: &mut Html, confirm_error: bool) {
    let lang = h.lang;
    let x = |key| tx(lang, key);
    h.raw("<section class=\"no-print erase\" aria-labelledby=\"erase-title\"><h2 id=\"erase-title\">")
        .text(x(X::EraseTitle))
        .raw("</h2><p>")
        .text(x(X::EraseText))
        .raw("</p><p><a href=\"/del\">")
        .text(x(X::EraseBackup))
        .raw("</a></p><form class=\"stack\" data-action=\"erase\" novalidate><div class=\"field\"><label for=\"erase-confirm\">")
        .text(x(X::EraseConfirm))
        .raw("</label><input type=\"text\" id=\"erase-confirm\" name=\"confirm\" autocomplete=\"off\" autocapitalize=\"characters\" spellcheck=\"false\"></div><p role=\"alert\" class=\"form-error\" data-testid=\"erase-error\">");
    if confirm_error {
        h.text(x(X::EraseConfirm));
    }
    h.raw("</p><button type=\"submit\" class=\"danger\">")
        .text(x(X::EraseButton))
        .raw("</button></form></section>");
}

/// Every note, each with a star to take it into the summary; on paper only the starred.
fn notes(h: &mut Html, i: usize, v: &Visit) {
    let lang = h.lang;
    h.raw("<p class=\"hint no-print\">")
        .text(tx(lang, X::StarHint))
        .raw("</p><ul class=\"key-notes\">");
    for note in v.live_notes().filter(|n| !n.text.value.trim().is_empty()) {
        let on = note.starred.value;
        h.raw(if on { "<li class=\"starred\">" } else { "<li class=\"no-print\">" })
            .raw(&format!(
                "<button type=\"button\" class=\"star no-print\" id=\"star-{i}-{id}\" data-action=\"star\" data-note=\"{i}:{id}\" aria-pressed=\"{on}\" aria-label=\"",
                id = escape(&note.id)
            ))
            .text(tx(lang, X::KeyObservation))
            .raw("\">")
            .raw(if on { "★" } else { "☆" })
            .raw("</button> ")
            .text(note.text.value.trim())
            .raw("</li>");
    }
    h.raw("</ul>");
}

/// Stars or unstars note `which` ("visit:id") as `by`; returns the note's record key.
pub fn toggle_star(p: &mut Programme, which: &str, by: &ParticipantId) -> Option<String> {
    let (visit, id) = which.split_once(':')?;
    let visit: usize = visit.parse().ok()?;
    let note = p.visits.get_mut(visit)?.note_mut(id)?;
    let on = !note.starred.value;
    note.starred.set(on, by);
    Some(records::note_key(visit, id))
}

/// The summary as Markdown, to keep or send on.
pub fn markdown(p: &Programme, lang: Lang, takeaway: &str) -> String {
    let mut out = format!(
        "# {} — {} & {}\n",
        tx(lang, X::SummaryTitle),
        p.me.name.value,
        p.partner.name.value
    );
    for (i, v) in p.visits.iter().enumerate() {
        out.push_str(&format!("\n## {}\n", visit_heading(p, i, lang)));
        for (n, part) in parts(p, v, lang).into_iter().enumerate() {
            out.push_str(&format!("\n### {}\n\n", part.heading));
            if part.lines.is_empty() {
                out.push_str("–\n");
            }
            for line in &part.lines {
                out.push_str(&format!("- {}\n", line.replace('\n', " ")));
            }
            if n == 3 {
                out.push_str(&format!(
                    "\n### {}\n\n{}\n",
                    tr(lang, T::CompareTitle),
                    verdict_text(&rows(v), lang)
                ));
            }
        }
    }
    if !takeaway.trim().is_empty() {
        out.push_str(&format!(
            "\n## {}\n\n{}\n",
            tx(lang, X::TakeawayTitle),
            takeaway.trim()
        ));
    }
    out
}
