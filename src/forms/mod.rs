//! The forms a visit is prepared with (§1 activity, §2 time and place, §3 the six
//! questions and focus points, §4 roles, §6 intended leadership), as pure Rust: each
//! part is rendered to HTML from the visit, and each edit is applied to the visit by the
//! field's key. Tested natively.
//!
//! Why HTML and keys instead of Leptos views: the same five screens written as `view!`
//! trees cost 34 KB brotli of the 120 KB first-load budget (each element and closure is
//! its own generic code); as strings and one delegated event handler
//! (`pages::part`) they cost a fraction of that. Every text from the model or the user is
//! escaped ([`escape`]); the page's CSP allows no inline script besides.

use crate::core::model::{Criterion, Slot, Style, Tag, Visit};
use crate::core::observe::minutes_since;
use crate::core::route::Part;
use crate::core::settings::Lang;
use crate::core::status::{date_warning, DateWarning};
use crate::core::time::{Clock, Date};
use crate::html::Html;
use crate::i18n::{tr, T};

mod edit;
pub use edit::{add_focus, apply, remove_focus};

/// The guide's four criteria for the activity, in its order.
pub const CRITERIA: [(Criterion, T); 4] = [
    (Criterion::OnYourToes, T::Crit1),
    (Criterion::CuriousHowPerceived, T::Crit2),
    (Criterion::NewStrategies, T::Crit3),
    (Criterion::BoundaryCrossing, T::Crit4),
];

/// The guide's examples of an activity.
pub const EXAMPLES: [T; 4] = [T::Ex1, T::Ex2, T::Ex3, T::Ex4];

/// The six questions of the expectation alignment.
pub const QUESTIONS: [T; 6] = [T::Q1, T::Q2, T::Q3, T::Q4, T::Q5, T::Q6];

/// The five styles with their names.
pub const STYLES: [(Style, T); 5] = [
    (Style::Vision, T::StyleVision),
    (Style::ContingentRecognition, T::StyleRecognition),
    (Style::DataInformed, T::StyleData),
    (Style::Distributed, T::StyleDistributed),
    (Style::RelationBuilding, T::StyleRelations),
];

/// The form of `part` for visit `index`, filled from `visit`.
pub fn render(part: Part, index: usize, visit: &Visit, lang: Lang) -> String {
    let mut h = Html::new(lang);
    match part {
        Part::Activity => activity(&mut h, visit),
        Part::Agreements => agreements(&mut h, index, visit),
        Part::Alignment => alignment(&mut h, visit),
        Part::Roles => roles(&mut h),
        Part::Intended => leadership(&mut h, visit, false),
        Part::Perceived => leadership(&mut h, visit, true),
        // The observation and the reflection have their own screens.
        Part::Observe | Part::Reflection => {}
    }
    h.out
}

fn activity(h: &mut Html, v: &Visit) {
    let a = &v.activity;
    h.raw("<fieldset class=\"choices\"><legend>")
        .t(T::CritLead)
        .raw("</legend>");
    for (c, label) in CRITERIA {
        let key = format!("activity.criteria.{}", c.name());
        h.choice(
            "checkbox",
            &key,
            "1",
            tr(h.lang, label),
            a.criteria.value.contains(&c),
        );
    }
    h.raw("</fieldset>");
    h.field(
        "textarea",
        "activity.scope",
        T::ScopeTitle,
        Some(T::ScopeText),
        &a.scope.value,
    );
    h.el("h2", "", T::ExamplesTitle)
        .el("p", "hint", T::ExamplesHint)
        .raw("<ul class=\"suggestions\">");
    for ex in EXAMPLES {
        h.raw("<li><button type=\"button\" class=\"suggestion\" data-action=\"example\">")
            .t(ex)
            .raw("</button></li>");
    }
    h.raw("</ul>");
    h.field(
        "text",
        "activity.title",
        T::ActivityTitle,
        None,
        &a.title.value,
    );
    h.field(
        "textarea",
        "activity.description",
        T::ActivityDescription,
        None,
        &a.description.value,
    );
}

/// "visit" or "reflection", and the slot.
fn slots(v: &Visit) -> [(&'static str, T, &Slot); 2] {
    [
        ("visit", T::AgreeVisit, &v.agreements.visit),
        ("reflection", T::StepReflection, &v.agreements.reflection),
    ]
}

fn agreements(h: &mut Html, index: usize, v: &Visit) {
    for (name, title, slot) in slots(v) {
        h.raw("<fieldset class=\"slot\"><legend>")
            .t(title)
            .raw("</legend>");
        let key = |f: &str| format!("agreements.{name}.{f}");
        let clock = |c: Option<Clock>| c.map(Clock::short).unwrap_or_default();
        h.field(
            "date",
            &key("date"),
            T::Date,
            None,
            &slot.date.value.map(Date::iso).unwrap_or_default(),
        );
        h.field(
            "time",
            &key("start"),
            T::From,
            None,
            &clock(slot.start.value),
        );
        h.field("time", &key("end"), T::To, None, &clock(slot.end.value));
        h.field("text", &key("place"), T::Place, None, &slot.place.value);
        h.raw("</fieldset>");
    }
    let warning = v
        .agreements
        .visit
        .date
        .value
        .and_then(|d| warning_text(index, &d.iso(), h.lang))
        .unwrap_or_default();
    h.raw("<p class=\"warning\" role=\"status\" data-testid=\"date-warning\">")
        .text(warning)
        .raw("</p><button type=\"button\" data-action=\"calendar\">")
        .t(T::AddToCalendar)
        .raw("</button><p class=\"form-error\" role=\"alert\" data-calendar-error></p>");
}

/// The gentle warning for visit `index` planned on `date` ("YYYY-MM-DD"), if any.
pub fn warning_text(index: usize, date: &str, lang: Lang) -> Option<&'static str> {
    let key = match date_warning(index, Date::parse(date)?)? {
        DateWarning::NotInMarch => T::WarnNotMarch,
        DateWarning::NotInApril => T::WarnNotApril,
        DateWarning::AfterWrapUp => T::WarnAfterWrapUp,
    };
    Some(tr(lang, key))
}

fn alignment(h: &mut Html, v: &Visit) {
    h.el("p", "", T::AlignIntro)
        .el("p", "hint", T::AnyoneWrites)
        .raw("<ol class=\"questions\">");
    for (n, q) in QUESTIONS.into_iter().enumerate() {
        h.raw("<li>");
        h.field(
            "textarea",
            &format!("alignment.answer.{n}"),
            q,
            None,
            &v.alignment.answers[n].value,
        );
        if n == 3 {
            focus_points(h, v);
        }
        h.raw("</li>");
    }
    h.raw("</ol>");
}

fn focus_points(h: &mut Html, v: &Visit) {
    h.raw("<section class=\"card\" aria-labelledby=\"focus-title\"><h2 id=\"focus-title\">")
        .t(T::FocusTitle)
        .raw("</h2>")
        .el("p", "hint", T::FocusHint)
        .raw("<ul class=\"focus-points\">");
    for (n, f) in v.alignment.focus_points.iter().enumerate() {
        if f.deleted.value {
            continue;
        }
        h.raw("<li class=\"focus-point\">");
        h.field(
            "text",
            &format!("alignment.focus.{n}"),
            T::FocusTitle,
            None,
            &f.text.value,
        );
        h.raw("<button type=\"button\" class=\"secondary\" data-action=\"focus-remove\" data-n=\"")
            .raw(&n.to_string())
            .raw("\">")
            .t(T::FocusRemove)
            .raw("</button></li>");
    }
    h.raw("</ul><form class=\"add\" data-action=\"focus-add\">");
    h.field("text", "new-focus", T::FocusNew, None, "");
    h.raw("<button type=\"submit\">")
        .t(T::FocusAdd)
        .raw("</button></form></section>");
}

fn roles(h: &mut Html) {
    for (who, points) in [
        (T::Host, [T::RoleHost1, T::RoleHost2, T::RoleHost3]),
        (T::Guest, [T::RoleGuest1, T::RoleGuest2, T::RoleGuest3]),
    ] {
        h.raw("<section class=\"card role\">")
            .el("h2", "", who)
            .raw("<ul>");
        for p in points {
            h.el("li", "", p);
        }
        h.raw("</ul></section>");
    }
}

/// §6: the host's intended leadership before the visit, or (`perceived`) the guest's
/// after it, with the notes the guest marked with each style as evidence.
fn leadership(h: &mut Html, v: &Visit, perceived: bool) {
    let (section, data, hint, label) = if perceived {
        ("perceived", &v.perceived, T::PerceiveHint, T::PerceiveText)
    } else {
        ("intended", &v.intended, T::EmphasisHint, T::IntendText)
    };
    h.raw("<section class=\"card model\" aria-labelledby=\"model-title\"><h2 id=\"model-title\">")
        .t(T::ModelTitle)
        .raw("</h2>")
        .el("p", "chain", T::ModelChain)
        .el(
            "p",
            "",
            if perceived {
                T::PerceivedSnapshot
            } else {
                T::ModelText
            },
        )
        .raw("<p><strong>")
        .t(T::ModelQuestion)
        .raw("</strong></p></section>");
    let start = v.observation_start().unwrap_or_default();
    for (style, name) in STYLES {
        let s = style.name();
        let now = data.emphasis(style);
        h.raw("<fieldset class=\"style\"><legend>")
            .t(name)
            .raw("</legend>")
            .el("p", "hint", hint)
            .raw("<div class=\"scale\">");
        for e in 0..=4u8 {
            let digit = e.to_string();
            h.choice(
                "radio",
                &format!("{section}.emphasis.{s}"),
                &digit,
                &digit,
                now == Some(e),
            );
        }
        h.raw("</div>");
        let text = data
            .styles
            .get(&style)
            .map(|x| x.text.value.as_str())
            .unwrap_or("");
        h.field(
            "textarea",
            &format!("{section}.text.{s}"),
            label,
            None,
            text,
        );
        let tag = Tag::Style(style);
        let mut evidence = v.notes_with(&tag).peekable();
        if perceived && evidence.peek().is_some() {
            h.el("p", "hint", T::Evidence)
                .raw("<ul class=\"evidence\">");
            for note in evidence {
                h.raw("<li><span class=\"stamp\">")
                    .text(&format!("+{} min", minutes_since(start, note.created)))
                    .raw("</span> ")
                    .text(&note.text.value)
                    .raw("</li>");
            }
            h.raw("</ul>");
        }
        h.raw("</fieldset>");
    }
}
