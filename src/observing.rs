//! The guest's observation screen as HTML, pure Rust and tested natively: the note being
//! written (its text, one-tap markers, "Jeg undrer mig over…"), then the earlier notes,
//! newest first, each a button that opens it again. `pages::observe` handles its events.

use crate::core::model::{Note, Style, Tag, Visit};
use crate::core::observe::{judging_words, minutes_since};
use crate::core::settings::Lang;
use crate::core::time::{Clock, Timestamp};
use crate::html::{escape, Html};
use crate::i18n::{tr, T};

/// A marker as written in `data-tag`: "quote", "style:vision", "focus:<id>".
pub fn tag_key(tag: &Tag) -> String {
    match tag {
        Tag::Focus(id) => format!("focus:{id}"),
        Tag::Reactions => "reactions".into(),
        Tag::Relations => "relations".into(),
        Tag::Resistance => "resistance".into(),
        Tag::Quote => "quote".into(),
        Tag::Style(style) => format!("style:{}", style.name()),
    }
}

/// The marker behind a `data-tag` value.
pub fn parse_tag(key: &str) -> Option<Tag> {
    Some(match key.split_once(':') {
        Some(("focus", id)) => Tag::Focus(id.into()),
        Some(("style", name)) => Tag::Style(Style::from_name(name)?),
        Some(_) => return None,
        None => match key {
            "reactions" => Tag::Reactions,
            "relations" => Tag::Relations,
            "resistance" => Tag::Resistance,
            "quote" => Tag::Quote,
            _ => return None,
        },
    })
}

/// The styles as markers: short, so a thumb finds them among the others.
const SHORT_STYLES: [(Style, T); 5] = [
    (Style::Vision, T::TagVision),
    (Style::ContingentRecognition, T::TagRecognition),
    (Style::DataInformed, T::TagData),
    (Style::Distributed, T::TagDistributed),
    (Style::RelationBuilding, T::TagRelationBuilding),
];

/// A marker's name on screen: the focus point's own words, or the guide's.
pub fn tag_label<'a>(tag: &Tag, v: &'a Visit, lang: Lang) -> &'a str {
    let key = match tag {
        Tag::Focus(id) => return v.focus_text(id).unwrap_or(""),
        Tag::Reactions => T::TagReactions,
        Tag::Relations => T::TagRelations,
        Tag::Resistance => T::TagResistance,
        Tag::Quote => T::TagQuote,
        Tag::Style(style) => SHORT_STYLES
            .iter()
            .find(|(s, _)| s == style)
            .map_or(T::TagQuote, |(_, name)| *name),
    };
    tr(lang, key)
}

/// A note's markers after it, by name (" Citat · Vision"); nothing without markers.
pub fn tags(h: &mut Html, v: &Visit, note: &Note) {
    let names: Vec<&str> = note
        .tags
        .value
        .iter()
        .map(|t| tag_label(t, v, h.lang))
        .collect();
    if !names.is_empty() {
        h.raw(" <span class=\"tags\">")
            .text(&names.join(" · "))
            .raw("</span>");
    }
}

/// When a note was written: "10:42 · +12 min" (clock time, minutes into the observation).
pub fn stamp(v: &Visit, note: &Note, local: &dyn Fn(Timestamp) -> Clock) -> String {
    let start = v.observation_start().unwrap_or(note.created);
    format!(
        "{} · +{} min",
        local(note.created).short(),
        minutes_since(start, note.created)
    )
}

/// `text` escaped, with its judging words in `<mark>`.
pub fn marked(text: &str) -> String {
    let mut out = String::new();
    let mut at = 0;
    for range in judging_words(text) {
        out.push_str(&escape(&text[at..range.start]));
        out.push_str("<mark>");
        out.push_str(&escape(&text[range.clone()]));
        out.push_str("</mark>");
        at = range.end;
    }
    out.push_str(&escape(&text[at..]));
    out
}

/// The gentle hint under a field when its text judges; empty when it describes.
pub fn judging_hint(text: &str, lang: Lang) -> String {
    let found = judging_words(text);
    if found.is_empty() {
        return String::new();
    }
    let words: Vec<String> = found
        .into_iter()
        .map(|r| format!("<mark>{}</mark>", escape(&text[r])))
        .collect();
    format!(
        "{} {}. {}",
        escape(tr(lang, T::JudgingLead)),
        words.join(", "),
        escape(tr(lang, T::JudgingHint))
    )
}

/// The screen for visit `v`: the note `current` (a new one when `None`), and, after a
/// deletion, the note to offer back (`deleted`).
pub fn render(
    v: &Visit,
    current: Option<&str>,
    deleted: Option<&str>,
    lang: Lang,
    local: &dyn Fn(Timestamp) -> Clock,
) -> String {
    let mut h = Html::new(lang);
    let note = current
        .and_then(|id| v.note(id))
        .filter(|n| !n.deleted.value);
    h.el("p", "reminder", T::ObserveReminder)
        .raw("<section class=\"composer\" aria-label=\"")
        .t(T::StepObservation)
        .raw("\"><p class=\"stamp\" data-testid=\"note-stamp\">");
    if let Some(n) = note {
        h.text(&stamp(v, n, local));
    }
    h.raw("</p>");
    for (key, label, rows) in [("text", T::NoteText, 4), ("wonder", T::NoteWonder, 2)] {
        let value = note.map_or("", |n| match key {
            "text" => n.text.value.as_str(),
            _ => n.wonder.value.as_str(),
        });
        h.raw(&format!(
            "<label for=\"note-{key}\">{}</label><textarea id=\"note-{key}\" data-key=\"{key}\" \
             rows=\"{rows}\" aria-describedby=\"judging-{key}\">",
            escape(tr(lang, label))
        ))
        .text(value)
        .raw(&format!(
            "</textarea><p class=\"judging\" id=\"judging-{key}\" aria-live=\"polite\">{}</p>",
            judging_hint(value, lang)
        ));
        if key == "text" {
            markers(&mut h, v, note);
        }
    }
    h.raw("<div class=\"actions\"><button type=\"button\" data-action=\"new\">")
        .t(T::NoteNew)
        .raw("</button>");
    // Shown once the note exists (at its first keystroke, without a redraw).
    h.raw(if note.is_some() {
        "<button type=\"button\" class=\"quiet\" data-action=\"delete\">"
    } else {
        "<button type=\"button\" class=\"quiet\" data-action=\"delete\" hidden>"
    })
    .t(T::NoteDelete)
    .raw("</button>");
    h.raw("</div></section><div role=\"status\" class=\"undo\">");
    if let Some(id) = deleted {
        h.t(T::NoteDeleted)
            .raw(" <button type=\"button\" data-action=\"undo\" data-id=\"")
            .text(id)
            .raw("\">")
            .t(T::Undo)
            .raw("</button>");
    }
    h.raw("</div>");
    earlier(&mut h, v, note, local);
    h.out
}

/// The one-tap markers of the note being written, each a toggle button.
fn markers(h: &mut Html, v: &Visit, note: Option<&Note>) {
    h.raw("<div class=\"markers\" role=\"group\" aria-label=\"")
        .t(T::NoteMarkers)
        .raw("\">");
    let lang = h.lang;
    for (tag, _) in v.markers() {
        let on = note.is_some_and(|n| n.has(&tag));
        h.raw("<button type=\"button\" class=\"marker\" data-action=\"tag\" data-tag=\"")
            .text(&tag_key(&tag))
            .raw(if on {
                "\" aria-pressed=\"true\">"
            } else {
                "\" aria-pressed=\"false\">"
            })
            .text(tag_label(&tag, v, lang))
            .raw("</button>");
    }
    h.raw("</div>");
}

/// The notes written before, newest first; each opens again when tapped.
fn earlier(h: &mut Html, v: &Visit, current: Option<&Note>, local: &dyn Fn(Timestamp) -> Clock) {
    let notes: Vec<&Note> = v
        .live_notes()
        .filter(|n| Some(n.id.as_str()) != current.map(|c| c.id.as_str()))
        // A note begun and emptied again is no note.
        .filter(|n| n.text.has_text() || n.wonder.has_text() || !n.tags.value.is_empty())
        .collect();
    h.raw("<h2 id=\"notes-title\">")
        .t(T::NotesTitle)
        .raw(&format!(" ({})</h2>", notes.len()));
    if notes.is_empty() {
        h.el("p", "muted", T::NotesNone);
        return;
    }
    h.raw("<ol class=\"notes\" aria-labelledby=\"notes-title\">");
    for note in notes.into_iter().rev() {
        h.raw("<li><button type=\"button\" class=\"note\" data-action=\"edit\" data-id=\"")
            .text(&note.id)
            .raw("\"><span class=\"stamp\">")
            .text(&stamp(v, note, local))
            .raw("</span> <span class=\"text\">")
            .raw(&marked(&note.text.value))
            .raw("</span>");
        if note.wonder.has_text() {
            h.raw(" <span class=\"wonder\">")
                .raw(&marked(&note.wonder.value))
                .raw("</span>");
        }
        tags(h, v, note);
        h.raw("</button></li>");
    }
    h.raw("</ol>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::{FocusPoint, ParticipantId};

    fn utc(t: Timestamp) -> Clock {
        t.clock()
    }

    fn visit() -> Visit {
        let me = ParticipantId("g".into());
        let mut v = Visit::default();
        let mut point = FocusPoint {
            id: "f1".into(),
            ..FocusPoint::default()
        };
        point.text.set("Reaktioner på <planen>".into(), &me);
        v.alignment.focus_points.push(point);
        let first = v.note_or_new("a", Timestamp(9 * 3_600_000 + 30 * 60_000));
        first.text.set("Hun siger: det var godt".into(), &me);
        first.toggle(Tag::Quote, &me);
        let second = v.note_or_new("b", Timestamp(9 * 3_600_000 + 42 * 60_000));
        second.text.set("Tre nikker".into(), &me);
        second.toggle(Tag::Focus("f1".into()), &me);
        v
    }

    #[test]
    fn every_marker_survives_its_trip_through_the_page() {
        let mut tags = vec![Tag::Focus("x-1".into())];
        tags.extend(crate::core::observe::FIXED_TAGS);
        for tag in tags {
            assert_eq!(parse_tag(&tag_key(&tag)), Some(tag));
        }
        assert_eq!(parse_tag("style:nope"), None);
        assert_eq!(parse_tag("shout"), None);
    }

    #[test]
    fn a_note_is_stamped_with_clock_time_and_minutes_into_the_observation() {
        let v = visit();
        assert_eq!(stamp(&v, &v.notes[1], &utc), "09:42 · +12 min");
        assert_eq!(stamp(&v, &v.notes[0], &utc), "09:30 · +0 min");
    }

    #[test]
    fn the_current_note_has_its_markers_pressed_and_the_others_are_listed_newest_first() {
        let v = visit();
        let html = render(&v, Some("b"), None, Lang::Da, &utc);
        assert!(html.contains(
            "data-tag=\"focus:f1\" aria-pressed=\"true\">Reaktioner på &lt;planen&gt;</button>"
        ));
        assert!(html.contains("data-tag=\"quote\" aria-pressed=\"false\">Citat</button>"));
        assert!(html.contains(">Tre nikker</textarea>"));
        assert!(html.contains("Dine noter (1)"));
        assert!(html.contains("det var <mark>godt</mark>"));
        assert!(html.contains("<span class=\"tags\">Citat</span>"));
        let fresh = render(&v, None, Some("b"), Lang::Da, &utc);
        assert!(fresh.contains("Dine noter (2)"));
        assert!(fresh.find("Tre nikker").unwrap() < fresh.find("det var").unwrap());
        assert!(fresh.contains("data-action=\"undo\" data-id=\"b\">Fortryd"));
        assert!(fresh.contains("data-action=\"delete\" hidden>"));
    }

    #[test]
    fn the_hint_names_the_judging_words_and_is_silent_otherwise() {
        assert_eq!(
            judging_hint("Det var godt, men hun burde <vente>", Lang::Da),
            "Vurderende ord: <mark>godt</mark>, <mark>burde</mark>. \
             Beskriv hellere, hvad du så eller hørte."
        );
        assert_eq!(judging_hint("Hun venter", Lang::Da), "");
        assert_eq!(marked("<b>bad</b>"), "&lt;b&gt;<mark>bad</mark>&lt;/b&gt;");
    }

    #[test]
    fn style_markers_use_the_guides_names() {
        let v = Visit::default();
        assert_eq!(
            tag_label(&Tag::Style(Style::Distributed), &v, Lang::Da),
            "Distribueret"
        );
    }
}
