//! What the wrap-up says, worked out from the programme: each visit's parts in the
//! guide's order, its heading, and the whole as Markdown. Plain functions, tested
//! natively (`tests/summary.rs`); the screen draws them (`super::WrapUp`).

use crate::core::compare::rows;
use crate::core::field::Field;
use crate::core::model::{Programme, Slot, Visit};
use crate::core::settings::Lang;
use crate::i18n::wrap_up::{tw, W};
use crate::i18n::{tr, verdict_text, GUEST_QUESTIONS, HOST_QUESTIONS, T};
use crate::worker_protocol::{Failure, Stopped};

/// "10.3.2027, 9:00–11:00, Rådhuset": a slot as far as it is agreed.
pub fn slot_text(s: &Slot) -> String {
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

/// One part of a visit's summary: a heading and its lines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Part {
    pub heading: String,
    pub lines: Vec<String>,
}

/// Which of a visit's parts holds the notes (the screen shows every note there, each
/// with its star, and the chart after it).
pub const NOTES_PART: usize = 3;

/// Everything the summary says about visit `index`, in the guide's order: the activity,
/// time and place, the focus points, the starred notes, the reflection's answers and
/// what they learnt together.
pub fn parts(p: &Programme, index: usize, lang: Lang) -> Vec<Part> {
    let Some(v) = p.visits.get(index) else {
        return Vec::new();
    };
    let t = |key| tr(lang, key).to_string();
    let some = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_string());
    let a = &v.activity;
    let r = &v.reflection;
    let (host, guest) = p.host_and_guest(index).unwrap_or(("", ""));
    let answers = |who: &str, qs: [T; 4], fields: &[Field<String>; 4]| {
        qs.into_iter()
            .zip(fields)
            .filter_map(|(q, f)| some(&f.value).map(|a| format!("{} ({who}): {a}", tr(lang, q))))
            .collect::<Vec<_>>()
    };
    let mut reflection = answers(host, HOST_QUESTIONS, &r.host);
    reflection.extend(answers(guest, GUEST_QUESTIONS, &r.guest));
    vec![
        Part {
            heading: t(T::StepActivity),
            lines: [some(&a.title.value), some(&a.description.value)]
                .into_iter()
                .flatten()
                .collect(),
        },
        Part {
            heading: t(T::StepAgreements),
            lines: Some(slot_text(&v.agreements.visit))
                .filter(|s| !s.is_empty())
                .into_iter()
                .collect(),
        },
        Part {
            heading: format!("{} — {}", t(T::StepAlignment), tw(lang, W::FocusPoints)),
            lines: v
                .alignment
                .focus_points
                .iter()
                .filter(|f| !f.deleted.value)
                .filter_map(|f| some(&f.text.value))
                .collect(),
        },
        // The guest's key observations: the notes starred for the summary.
        Part {
            heading: format!(
                "{} — {}",
                t(T::StepObservation),
                tw(lang, W::KeyObservations)
            ),
            lines: starred_notes(v).map(|n| n.trim().to_string()).collect(),
        },
        Part {
            heading: t(T::StepReflection),
            lines: reflection,
        },
        Part {
            heading: t(T::ReflectSharedTitle),
            lines: some(&r.shared.value).into_iter().collect(),
        },
    ]
}

/// The texts of the notes starred for the summary.
pub fn starred_notes(v: &Visit) -> impl Iterator<Item = &str> {
    v.live_notes()
        .filter(|n| n.starred.value && n.text.has_text())
        .map(|n| n.text.value.as_str())
}

/// "Opsamling — Mette & Jonas".
pub fn title(p: &Programme, lang: Lang) -> String {
    format!("{} — {}", tw(lang, W::SummaryTitle), pair_names(p))
}

/// "Mette & Jonas": the pair as the programme names it.
pub fn pair_names(p: &Programme) -> String {
    format!("{} & {}", p.me.name.value, p.partner.name.value)
}

/// The heading of visit `i`: "Jobbesøg 1 · Jonas er vært, Mette er gæst".
pub fn visit_heading(p: &Programme, i: usize, lang: Lang) -> String {
    let name = tw(
        lang,
        if i == 0 {
            W::ScopeVisit1
        } else {
            W::ScopeVisit2
        },
    );
    match p.host_and_guest(i) {
        Some((host, guest)) => format!(
            "{name} · {host} {}, {guest} {}",
            tw(lang, W::IsHost),
            tw(lang, W::IsGuest)
        ),
        None => name.to_string(),
    }
}

/// Whether `typed` confirms deleting everything (the word, any case, spaces around).
pub fn confirms(typed: &str, lang: Lang) -> bool {
    typed.trim().eq_ignore_ascii_case(tw(lang, W::EraseWord))
}

/// The summary as Markdown, to keep or send on.
pub fn markdown(p: &Programme, lang: Lang, takeaway: &str) -> String {
    let mut out = format!("# {}\n", title(p, lang));
    for (i, v) in p.visits.iter().enumerate() {
        out.push_str(&format!("\n## {}\n", visit_heading(p, i, lang)));
        for (n, part) in parts(p, i, lang).into_iter().enumerate() {
            out.push_str(&format!("\n### {}\n\n", part.heading));
            if part.lines.is_empty() {
                out.push_str("–\n");
            }
            for line in &part.lines {
                out.push_str(&format!("- {}\n", line.replace('\n', " ")));
            }
            if n == NOTES_PART {
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
            tw(lang, W::TakeawayTitle),
            takeaway.trim()
        ));
    }
    out
}

/// The Markdown file's name: "jobbesoeg-opsamling-mette-2027-05-12.md".
pub fn markdown_name(p: &Programme, today: crate::core::time::Date) -> String {
    crate::core::exchange::file_name("opsamling", &p.me.name.value, today, "md")
}

/// What the wrap-up says when the exchange worker could not do what it asked: the
/// problems of the other pair's file, or the worker stopping.
pub fn problem(failure: Failure) -> W {
    match failure {
        Failure::TooLarge => W::ErrTooLarge,
        Failure::Truncated => W::ErrTruncated,
        Failure::TooNew => W::ErrTooNew,
        Failure::OwnFile | Failure::OwnPair => W::ErrOwnPair,
        Failure::OtherSealed | Failure::NeedPassphrase | Failure::WrongPassphrase => {
            W::ErrOtherSealed
        }
        _ => W::ErrGarbage,
    }
}

/// What the wrap-up says when the exchange worker stopped while it worked.
pub fn stopped(stopped: Stopped) -> W {
    match stopped {
        Stopped::Making => W::StoppedMaking,
        _ => W::StoppedReading,
    }
}
