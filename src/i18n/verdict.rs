//! §6 in words: where intended and perceived leadership agree and where they differ most.

use super::{tr, STYLES, T};
use crate::core::compare::{verdict, Row, Verdict};
use crate::core::model::Style;
use crate::core::settings::Lang;

/// The guide's name of a style ("Distribueret ledelse").
pub fn style_name(style: Style) -> T {
    STYLES
        .iter()
        .find(|(s, _)| *s == style)
        .map_or(T::StyleVision, |(_, name)| *name)
}

/// A rating in words: its number, or "ikke vurderet".
pub fn rating(e: Option<u8>, lang: Lang) -> String {
    e.map_or_else(|| tr(lang, T::NotRated).to_string(), |e| e.to_string())
}

/// Where intended and perceived agree and where they differ most, as plain text.
pub fn verdict_text(rows: &[Row; 5], lang: Lang) -> String {
    let t = |key| tr(lang, key);
    match verdict(rows) {
        Verdict::Incomplete => t(T::IntendedMissing).to_string(),
        Verdict::Agree => t(T::AgreeAll).to_string(),
        Verdict::Differ { largest, agree } => {
            let gaps: Vec<String> = largest
                .iter()
                .map(|r| {
                    format!(
                        "{} — {} {}, {} {}",
                        t(style_name(r.style)),
                        t(T::IntendedLower),
                        rating(r.intended, lang),
                        t(T::PerceivedLower),
                        rating(r.perceived, lang)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::compare::rows;
    use crate::core::model::{ParticipantId, Visit};

    fn rated(intended: [u8; 5], perceived: [u8; 5]) -> Visit {
        let (m, j) = (ParticipantId("m".into()), ParticipantId("j".into()));
        let mut v = Visit::default();
        for (n, style) in Style::ALL.into_iter().enumerate() {
            v.intended.set_emphasis(style, intended[n], &j);
            v.perceived.set_emphasis(style, perceived[n], &m);
        }
        v
    }

    #[test]
    fn the_largest_gap_is_said_in_words_with_both_numbers() {
        let v = rated([3, 2, 1, 4, 2], [3, 1, 1, 1, 2]);
        assert_eq!(
            verdict_text(&rows(&v), Lang::Da),
            "Størst forskel: Distribueret ledelse — intenderet 4, opfattet 1. \
             Samme vurdering: 3 af 5."
        );
        let v = rated([2; 5], [2; 5]);
        assert_eq!(
            verdict_text(&rows(&v), Lang::Da),
            "Intenderet og opfattet ledelse er ens for alle fem stile."
        );
    }
}
