//! §6 side by side: the host's intended emphasis on each style against the guest's
//! perceived emphasis, where they agree and where they differ most, and the chart's
//! geometry. The words are the screen's (`reflection`); the arithmetic is here.

use super::model::{Style, Visit, MAX_EMPHASIS};

/// One style: what the host intended and what the guest perceived (0–4, if rated).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Row {
    pub style: Style,
    pub intended: Option<u8>,
    pub perceived: Option<u8>,
}

impl Row {
    /// How far apart the two are, when both are rated.
    pub fn gap(&self) -> Option<u8> {
        Some(self.intended?.abs_diff(self.perceived?))
    }
}

/// The five styles in the guide's order.
pub fn rows(v: &Visit) -> [Row; 5] {
    Style::ALL.map(|style| Row {
        style,
        intended: v.intended.emphasis(style),
        perceived: v.perceived.emphasis(style),
    })
}

/// What the comparison says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Not every style is rated on both sides yet: the styles still missing.
    Incomplete,
    /// Intended and perceived are the same on every style.
    Agree,
    /// The styles with the largest gap (all of them, if tied), and how many agree.
    Differ { largest: Vec<Row>, agree: usize },
}

pub fn verdict(rows: &[Row; 5]) -> Verdict {
    if rows.iter().any(|r| r.gap().is_none()) {
        return Verdict::Incomplete;
    }
    let largest_gap = rows.iter().filter_map(Row::gap).max().unwrap_or(0);
    if largest_gap == 0 {
        return Verdict::Agree;
    }
    Verdict::Differ {
        largest: rows
            .iter()
            .filter(|r| r.gap() == Some(largest_gap))
            .copied()
            .collect(),
        agree: rows.iter().filter(|r| r.gap() == Some(0)).count(),
    }
}

/// Whether the guest has rated every style: then both sides may be shown together.
pub fn perceived_done(v: &Visit) -> bool {
    Style::ALL
        .iter()
        .all(|s| v.perceived.emphasis(*s).is_some())
}

/// The chart's layout, in SVG user units: a label line and two bars per style.
pub const CHART_WIDTH: u32 = 320;
/// Where the bars begin (room for the value's digit on the left is not needed: the
/// value is written after the bar).
pub const BAR_MAX: u32 = 240;
pub const BAR_HEIGHT: u32 = 14;
pub const ROW_HEIGHT: u32 = 62;

/// One bar: its top-left corner, its width (0 for an emphasis of 0 or a missing rating).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bar {
    pub y: u32,
    pub width: u32,
}

/// The two bars of row `n` (intended above perceived), and where the label sits.
pub fn bars(n: usize, row: &Row) -> (u32, Bar, Bar) {
    let top = n as u32 * ROW_HEIGHT;
    let width = |e: Option<u8>| {
        u32::from(e.unwrap_or(0).min(MAX_EMPHASIS)) * BAR_MAX / u32::from(MAX_EMPHASIS)
    };
    (
        top + 14,
        Bar {
            y: top + 22,
            width: width(row.intended),
        },
        Bar {
            y: top + 22 + BAR_HEIGHT + 4,
            width: width(row.perceived),
        },
    )
}

/// The chart's height for five styles.
pub fn chart_height() -> u32 {
    5 * ROW_HEIGHT
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::ParticipantId;

    fn visit(intended: [Option<u8>; 5], perceived: [Option<u8>; 5]) -> Visit {
        let by = ParticipantId("x".into());
        let mut v = Visit::default();
        for (i, style) in Style::ALL.into_iter().enumerate() {
            if let Some(e) = intended[i] {
                v.intended.set_emphasis(style, e, &by);
            }
            if let Some(e) = perceived[i] {
                v.perceived.set_emphasis(style, e, &by);
            }
        }
        v
    }

    #[test]
    fn the_largest_gap_is_named_with_both_values() {
        let v = visit(
            [Some(3), Some(2), Some(1), Some(4), Some(2)],
            [Some(3), Some(1), Some(1), Some(1), Some(2)],
        );
        let verdict = verdict(&rows(&v));
        assert_eq!(
            verdict,
            Verdict::Differ {
                largest: vec![Row {
                    style: Style::Distributed,
                    intended: Some(4),
                    perceived: Some(1)
                }],
                agree: 3
            }
        );
    }

    #[test]
    fn ties_name_every_style_with_the_largest_gap() {
        let v = visit([Some(0); 5], [Some(2), Some(0), Some(2), Some(1), Some(0)]);
        match verdict(&rows(&v)) {
            Verdict::Differ { largest, agree } => {
                let styles: Vec<Style> = largest.iter().map(|r| r.style).collect();
                assert_eq!(styles, [Style::Vision, Style::DataInformed]);
                assert_eq!(agree, 2);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn agreement_and_missing_ratings_are_said_as_such() {
        assert_eq!(
            verdict(&rows(&visit([Some(4); 5], [Some(4); 5]))),
            Verdict::Agree
        );
        assert_eq!(
            verdict(&rows(&visit([Some(0); 5], [Some(0); 5]))),
            Verdict::Agree
        );
        let mut perceived = [Some(1); 5];
        perceived[2] = None;
        let v = visit([Some(1); 5], perceived);
        assert_eq!(verdict(&rows(&v)), Verdict::Incomplete);
        assert!(!perceived_done(&v));
        assert!(perceived_done(&visit([None; 5], [Some(0); 5])));
    }

    #[test]
    fn bars_scale_from_nothing_to_the_full_width() {
        let all_0 = rows(&visit([Some(0); 5], [Some(0); 5]));
        let all_4 = rows(&visit([Some(4); 5], [Some(4); 5]));
        let missing = rows(&visit([Some(2); 5], [None; 5]));
        for n in 0..5 {
            let (_, i, p) = bars(n, &all_0[n]);
            assert_eq!((i.width, p.width), (0, 0));
            let (label, i, p) = bars(n, &all_4[n]);
            assert_eq!((i.width, p.width), (BAR_MAX, BAR_MAX));
            // Label above the bars, intended above perceived, all inside the chart.
            assert!(label < i.y && i.y + BAR_HEIGHT <= p.y);
            assert!(p.y + BAR_HEIGHT <= chart_height());
            let (_, i, p) = bars(n, &missing[n]);
            assert_eq!((i.width, p.width), (BAR_MAX / 2, 0));
        }
        const {
            assert!(
                BAR_MAX + 40 <= CHART_WIDTH,
                "room for the value after a full bar"
            )
        };
    }
}
