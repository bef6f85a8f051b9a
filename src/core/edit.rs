//! Edits from the preparation and reflection screens, applied to a visit: each key names
//! a field (`activity.title`, `reflection.host.2`, …) and its section's record. The key is
//! also the field's `id` and `data-testid` on the screen.

use crate::core::model::{Criterion, FocusPoint, ParticipantId, Style, Visit};
use crate::core::records::SECTIONS;
use crate::core::time::{Clock, Date};

/// Applies an edit of the field `key` (its `value`, or `checked` for a checkbox) to
/// `visit` as `by`. Returns the section whose record to write, or `None` for an unknown
/// key or value (nothing changes).
pub fn apply(
    visit: &mut Visit,
    key: &str,
    value: &str,
    checked: bool,
    by: &ParticipantId,
) -> Option<&'static str> {
    let parts: Vec<&str> = key.split('.').collect();
    let text = value.to_string();
    match parts.as_slice() {
        ["activity", "criteria", name] => {
            let criterion = Criterion::from_name(name)?;
            let now = &visit.activity.criteria.value;
            let next = Criterion::ALL
                .into_iter()
                .filter(|c| {
                    if *c == criterion {
                        checked
                    } else {
                        now.contains(c)
                    }
                })
                .collect();
            visit.activity.criteria.set(next, by);
        }
        ["activity", field] => {
            let a = &mut visit.activity;
            match *field {
                "scope" => a.scope.set(text, by),
                "title" => a.title.set(text, by),
                "description" => a.description.set(text, by),
                _ => return None,
            };
        }
        ["agreements", slot, field] => {
            let s = match *slot {
                "visit" => &mut visit.agreements.visit,
                "reflection" => &mut visit.agreements.reflection,
                _ => return None,
            };
            match *field {
                "date" => s.date.set(Date::parse(value), by),
                "start" => s.start.set(Clock::parse(value), by),
                "end" => s.end.set(Clock::parse(value), by),
                "place" => s.place.set(text, by),
                _ => return None,
            };
        }
        ["alignment", "answer", n] => {
            visit
                .alignment
                .answers
                .get_mut(n.parse::<usize>().ok()?)?
                .set(text, by);
        }
        ["alignment", "focus", n] => {
            let point = visit
                .alignment
                .focus_points
                .get_mut(n.parse::<usize>().ok()?)?;
            point.text.set(text, by);
        }
        [section @ ("intended" | "perceived"), what, name] => {
            let style = Style::from_name(name)?;
            let data = if *section == "intended" {
                &mut visit.intended
            } else {
                &mut visit.perceived
            };
            match *what {
                "emphasis" => {
                    data.set_emphasis(style, value.parse().ok()?, by);
                }
                "text" => {
                    data.styles.entry(style).or_default().text.set(text, by);
                }
                _ => return None,
            }
        }
        ["reflection", side, n] => {
            let answers = match *side {
                "host" => &mut visit.reflection.host,
                "guest" => &mut visit.reflection.guest,
                _ => return None,
            };
            answers.get_mut(n.parse::<usize>().ok()?)?.set(text, by);
        }
        ["reflection", "shared"] => {
            visit.reflection.shared.set(text, by);
        }
        _ => return None,
    }
    // The record to write: the section the key names.
    SECTIONS.into_iter().find(|s| *s == parts[0])
}

/// Adds a focus point (from question 4) with a fresh `id`.
pub fn add_focus(visit: &mut Visit, id: String, text: &str, by: &ParticipantId) {
    let mut point = FocusPoint {
        id,
        ..FocusPoint::default()
    };
    point.text.set(text.trim().to_string(), by);
    visit.alignment.focus_points.push(point);
}

/// Removes focus point `n`: a tombstone, so the partner's copy learns of it too.
pub fn remove_focus(visit: &mut Visit, n: usize, by: &ParticipantId) {
    if let Some(point) = visit.alignment.focus_points.get_mut(n) {
        point.deleted.set(true, by);
    }
}

/// The title an example of an activity gives (its first letter made upper case).
pub fn example_title(example: &str) -> String {
    let mut chars = example.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The keys of the live (not removed) focus points, as `(n, id)`: `n` is the point's
/// place in the visit's list (its key `alignment.focus.n`), `id` its own.
pub fn live_focus_points(visit: &Visit) -> Vec<(usize, String)> {
    visit
        .alignment
        .focus_points
        .iter()
        .enumerate()
        .filter(|(_, f)| !f.deleted.value)
        .map(|(n, f)| (n, f.id.clone()))
        .collect()
}
