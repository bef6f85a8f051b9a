//! The joint reflection after the visit (§5) and intended against perceived leadership
//! (§6), as HTML from pure Rust, tested natively. One phone, both partners: who writes
//! is chosen on the screen, and each answer keeps who wrote it. `pages::reflection`
//! handles its events.

use crate::core::compare::{
    bars, chart_height, perceived_done, rows, verdict, Row, Verdict, BAR_HEIGHT, CHART_WIDTH,
};
use crate::core::model::{Field, ParticipantId, Programme, Tag, Visit};
use crate::core::observe::minutes_since;
use crate::core::route::{Part, Route};
use crate::core::settings::Lang;
use crate::html::{escape, Html};
use crate::i18n::STYLES;
use crate::i18n::{tr, T};

/// The host's four questions, then the guest's four (the guide's §5).
pub const HOST_QUESTIONS: [T; 4] = [T::HostQ1, T::HostQ2, T::HostQ3, T::HostQ4];
pub const GUEST_QUESTIONS: [T; 4] = [T::GuestQ1, T::GuestQ2, T::GuestQ3, T::GuestQ4];

/// Who wrote a field, by name ("" before anyone did).
fn writer_name<'a>(p: &'a Programme, field: &Field<String>) -> &'a str {
    if !field.is_written() {
        ""
    } else if field.by == p.me.id {
        &p.me.name.value
    } else {
        &p.partner.name.value
    }
}

/// A question with its answer and who wrote it.
fn answer(h: &mut Html, p: &Programme, key: &str, label: T, field: &Field<String>) {
    h.field("textarea", key, label, None, &field.value);
    let name = writer_name(p, field);
    h.raw(&format!("<p class=\"by\" data-by=\"{key}\">"));
    if !name.is_empty() {
        h.t(T::WrittenBy).raw(" ").text(name);
    }
    h.raw("</p>");
}

/// The screen for visit `index`. `writer`: who is typing on this phone now; `revealed`:
/// whether the pair has asked to see intended and perceived side by side.
pub fn render(
    p: &Programme,
    index: usize,
    writer: &ParticipantId,
    revealed: bool,
    lang: Lang,
) -> String {
    let mut h = Html::new(lang);
    let Some(v) = p.visits.get(index) else {
        return h.out;
    };
    let (host, guest) = p.host_and_guest(index).unwrap_or(("", ""));
    // Who is writing: either partner, on one phone.
    h.raw("<fieldset class=\"choices writer\"><legend>")
        .t(T::Writer)
        .raw("</legend>");
    for (id, name) in [
        (&p.me.id, &p.me.name.value),
        (&p.partner.id, &p.partner.name.value),
    ] {
        h.choice("radio", "writer", &escape(&id.0), name, id == writer);
    }
    h.raw("</fieldset>");

    let r = &v.reflection;
    h.raw("<section aria-labelledby=\"r-host\"><h2 id=\"r-host\">")
        .t(T::ReflectHostTitle)
        .raw(" · ")
        .text(host)
        .raw("</h2>")
        .el("p", "hint", T::ReflectHostIntro);
    for (n, q) in HOST_QUESTIONS.into_iter().enumerate() {
        answer(&mut h, p, &format!("reflection.host.{n}"), q, &r.host[n]);
    }
    h.raw("</section><section aria-labelledby=\"r-guest\"><h2 id=\"r-guest\">")
        .t(T::ReflectGuestTitle)
        .raw(" · ")
        .text(guest)
        .raw("</h2>")
        .el("p", "hint", T::ReflectGuestIntro);
    notes_at_hand(&mut h, v);
    for (n, q) in GUEST_QUESTIONS.into_iter().enumerate() {
        answer(&mut h, p, &format!("reflection.guest.{n}"), q, &r.guest[n]);
    }
    h.raw("</section><section aria-labelledby=\"r-shared\"><h2 id=\"r-shared\">")
        .t(T::ReflectSharedTitle)
        .raw("</h2>");
    answer(&mut h, p, "reflection.shared", T::SharedQuestion, &r.shared);
    h.raw("</section>");
    comparison(&mut h, v, index, revealed, (host, guest));
    h.out
}

/// The guest's notes to quote from, folded away until asked for.
fn notes_at_hand(h: &mut Html, v: &Visit) {
    let start = v.observation_start().unwrap_or_default();
    let notes: Vec<_> = v.live_notes().filter(|n| n.text.has_text()).collect();
    h.raw("<details class=\"at-hand\"><summary>")
        .t(T::GuestNotes)
        .raw(&format!(
            " ({})</summary><ul class=\"evidence\">",
            notes.len()
        ));
    for note in notes {
        h.raw("<li><span class=\"stamp\">")
            .text(&format!("+{} min", minutes_since(start, note.created)))
            .raw("</span> ")
            .text(&note.text.value);
        let names = crate::pages::observe::tag_names(v, note, h.lang);
        if !names.is_empty() {
            h.raw(" <span class=\"tags\">").text(&names).raw("</span>");
        }
        h.raw("</li>");
    }
    h.raw("</ul></details>");
}

/// §6 side by side, once the guest has rated every style and the pair asks to see it.
fn comparison(h: &mut Html, v: &Visit, index: usize, revealed: bool, names: (&str, &str)) {
    h.raw("<section class=\"compare\" aria-labelledby=\"r-compare\"><h2 id=\"r-compare\">")
        .t(T::CompareTitle)
        .raw("</h2><p><strong>")
        .t(T::ModelQuestion)
        .raw("</strong></p>")
        .el("p", "hint", T::CompareSnapshot);
    if !perceived_done(v) {
        h.el("p", "", T::CompareWait)
            .raw("<p><a class=\"button\" href=\"")
            .raw(&Route::Part(index, Part::Perceived).path())
            .raw("\">")
            .t(T::StepPerceived)
            .raw("</a></p></section>");
        return;
    }
    if !revealed {
        h.raw("<p><button type=\"button\" data-action=\"reveal\">")
            .t(T::CompareReveal)
            .raw("</button></p></section>");
        return;
    }
    let rows = rows(v);
    let verdict = verdict_text(&rows, h.lang);
    h.raw("<p class=\"verdict\" data-testid=\"verdict\" tabindex=\"-1\">")
        .raw(&verdict)
        .raw("</p>");
    chart(h, &rows, names);
    for row in rows {
        style_details(h, v, &row);
    }
    h.raw("</section>");
}

fn style_name(row: &Row) -> T {
    STYLES
        .iter()
        .find(|(s, _)| *s == row.style)
        .map_or(T::StyleVision, |(_, name)| *name)
}

fn value(e: Option<u8>, lang: Lang) -> String {
    e.map_or_else(|| tr(lang, T::NotRated).to_string(), |e| e.to_string())
}

/// Where intended and perceived agree and where they differ most, in words.
pub fn verdict_text(rows: &[Row; 5], lang: Lang) -> String {
    let t = |key| escape(tr(lang, key));
    match verdict(rows) {
        Verdict::Incomplete => t(T::IntendedMissing),
        Verdict::Agree => t(T::AgreeAll),
        Verdict::Differ { largest, agree } => {
            let gaps: Vec<String> = largest
                .iter()
                .map(|r| {
                    format!(
                        "{} — {} {}, {} {}",
                        t(style_name(r)),
                        t(T::IntendedLower),
                        value(r.intended, lang),
                        t(T::PerceivedLower),
                        value(r.perceived, lang)
                    )
                })
                .collect();
            format!(
                "{}: {}. {}: {agree} {} 5.",
                t(T::LargestGap),
                gaps.join("; "),
                t(T::SameOn),
                t(T::Of)
            )
        }
    }
}

/// Bars drawn by the app: intended (blue) above perceived (vermillion) for each style,
/// the value written after each bar; a legend with both names.
pub fn chart(h: &mut Html, rows: &[Row; 5], (host, guest): (&str, &str)) {
    let lang = h.lang;
    h.raw(&format!(
        "<figure class=\"chart\"><svg viewBox=\"0 0 {CHART_WIDTH} {}\" role=\"img\" \
         aria-labelledby=\"chart-caption\">",
        chart_height()
    ));
    for (n, row) in rows.iter().enumerate() {
        let (label, intended, perceived) = bars(n, row);
        h.raw(&format!("<text x=\"0\" y=\"{label}\" class=\"label\">"))
            .t(style_name(row))
            .raw("</text>");
        for (class, bar, e) in [
            ("intended", intended, row.intended),
            ("perceived", perceived, row.perceived),
        ] {
            h.raw(&format!(
                "<rect x=\"0\" y=\"{}\" width=\"{}\" height=\"{BAR_HEIGHT}\" rx=\"3\" class=\"{class}\"/>\
                 <text x=\"{}\" y=\"{}\" class=\"value\">{}</text>",
                bar.y,
                bar.width.max(2),
                bar.width + 6,
                bar.y + BAR_HEIGHT - 2,
                e.map_or("–".to_string(), |e| e.to_string())
            ));
        }
    }
    h.raw("</svg><figcaption id=\"chart-caption\"><span class=\"key intended\"></span>")
        .t(T::Intended)
        .raw(" (")
        .text(host)
        .raw(") <span class=\"key perceived\"></span>")
        .t(T::Perceived)
        .raw(" (")
        .text(guest)
        .raw(")</figcaption></figure>");
    let _ = lang;
}

/// Under each style: both ratings as text, the host's intention, what the guest saw, and
/// the notes marked with the style.
fn style_details(h: &mut Html, v: &Visit, row: &Row) {
    let lang = h.lang;
    h.raw("<section class=\"card style-compare\"><h3>")
        .t(style_name(row))
        .raw("</h3><p class=\"numbers\">")
        .t(T::Intended)
        .raw(&format!(": {} · ", value(row.intended, lang)))
        .t(T::Perceived)
        .raw(&format!(": {}</p>", value(row.perceived, lang)));
    for (label, side) in [
        (T::IntendText, &v.intended),
        (T::PerceiveText, &v.perceived),
    ] {
        let text = side
            .styles
            .get(&row.style)
            .map_or("", |s| s.text.value.as_str());
        if !text.trim().is_empty() {
            h.raw("<p><span class=\"muted\">")
                .t(label)
                .raw("</span> ")
                .text(text)
                .raw("</p>");
        }
    }
    let tag = Tag::Style(row.style);
    let notes: Vec<_> = v.notes_with(&tag).collect();
    if !notes.is_empty() {
        h.raw("<ul class=\"evidence\">");
        for note in notes {
            h.raw("<li>").text(&note.text.value).raw("</li>");
        }
        h.raw("</ul>");
    }
    h.raw("</section>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::Style;

    /// Mette (this phone) is guest of visit 1; Jonas hosts it.
    fn programme() -> Programme {
        let m = ParticipantId("m".into());
        let mut p = Programme::new(m.clone(), ParticipantId("j".into()));
        p.me.name.set("Mette".into(), &m);
        p.partner.name.set("Jonas".into(), &m);
        p.set_first_host(&p.partner.id.clone(), &m);
        p
    }

    fn rate(p: &mut Programme, intended: [u8; 5], perceived: [u8; 5]) {
        let (m, j) = (p.me.id.clone(), p.partner.id.clone());
        for (n, style) in Style::ALL.into_iter().enumerate() {
            p.visits[0].intended.set_emphasis(style, intended[n], &j);
            p.visits[0].perceived.set_emphasis(style, perceived[n], &m);
        }
    }

    #[test]
    fn the_largest_gap_is_said_in_words_with_both_numbers() {
        let mut p = programme();
        rate(&mut p, [3, 2, 1, 4, 2], [3, 1, 1, 1, 2]);
        assert_eq!(
            verdict_text(&rows(&p.visits[0]), Lang::Da),
            "Størst forskel: Distribueret ledelse — intenderet 4, opfattet 1. \
             Samme vurdering: 3 af 5."
        );
        rate(&mut p, [2; 5], [2; 5]);
        assert_eq!(
            verdict_text(&rows(&p.visits[0]), Lang::Da),
            "Intenderet og opfattet ledelse er ens for alle fem stile."
        );
    }

    #[test]
    fn intended_is_shown_only_after_the_guest_has_rated_and_the_pair_reveals() {
        let mut p = programme();
        let me = p.me.id.clone();
        let j = p.partner.id.clone();
        p.visits[0].intended.set_emphasis(Style::Distributed, 4, &j);
        let waiting = render(&p, 0, &me, true, Lang::Da);
        assert!(waiting.contains("Gæsten vurderer først sin opfattede ledelse"));
        assert!(waiting.contains("href=\"/besoeg/1/opfattet\""));
        assert!(!waiting.contains("<svg"));
        rate(&mut p, [3, 2, 1, 4, 2], [3, 1, 1, 1, 2]);
        let ready = render(&p, 0, &me, false, Lang::Da);
        assert!(ready.contains("data-action=\"reveal\""));
        assert!(!ready.contains("<svg"));
        let shown = render(&p, 0, &me, true, Lang::Da);
        assert!(shown.contains("<svg viewBox=\"0 0 320 310\" role=\"img\""));
        assert!(shown.contains("Intenderet (Jonas)"));
        assert!(shown.contains("Opfattet (Mette)"));
        assert!(shown.contains("<p class=\"numbers\">Intenderet: 4 · Opfattet: 1</p>"));
        assert!(shown.contains("iagttagelser af et øjebliksbillede"));
    }

    #[test]
    fn the_guides_questions_in_order_and_each_answer_says_who_wrote_it() {
        let mut p = programme();
        let j = p.partner.id.clone();
        p.visits[0].reflection.host[0].set("At give ordet videre".into(), &j);
        let html = render(&p, 0, &j, false, Lang::Da);
        let order = [
            "Hvem skriver?",
            "1. Værten fortæller · Jonas",
            "Hvad lykkes jeg med?",
            "Skrevet af Jonas",
            "Hvad kunne være gjort anderledes?",
            "2. Gæsten fortæller · Mette",
            "Gæstens noter (0)",
            "Hvad så jeg?",
            "Hvad ville der ske, hvis du gjorde…?",
            "3. Sammen",
            "grænsekrydsende samarbejde?",
            "Intenderet og opfattet ledelse",
        ];
        let mut at = 0;
        for part in order {
            let found = html[at..]
                .find(part)
                .unwrap_or_else(|| panic!("{part} after {at}"));
            at += found + part.len();
        }
        // Jonas is chosen as the writer.
        assert!(html.contains("value=\"j\" checked"));
    }

    #[test]
    fn a_chart_with_a_missing_side_says_so_and_still_draws() {
        let mut h = Html::new(Lang::Da);
        let mut v = Visit::default();
        v.perceived
            .set_emphasis(Style::Vision, 0, &ParticipantId("m".into()));
        chart(&mut h, &rows(&v), ("Jonas", "Mette"));
        assert_eq!(h.out.matches("<rect").count(), 10);
        assert!(h.out.contains(">–</text>"));
        assert!(h.out.contains(">0</text>"));
    }
}
