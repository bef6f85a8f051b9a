//! The intended-vs-perceived chart as SVG text, for the wrap-up the exchange worker
//! draws (the page draws the same chart as a component: `components::compare_chart`).

use crate::core::compare::{bars, chart_height, Row, BAR_HEIGHT, CHART_WIDTH};
use crate::html::Html;
use crate::i18n::{style_name, T};

/// Bars: intended (blue) above perceived (vermillion) for each style, the value written
/// after each bar; a legend with both names.
pub fn chart(h: &mut Html, rows: &[Row; 5], (host, guest): (&str, &str)) {
    h.raw(&format!(
        "<figure class=\"chart\"><svg viewBox=\"0 0 {CHART_WIDTH} {}\" role=\"img\" \
         aria-labelledby=\"chart-caption\">",
        chart_height()
    ));
    for (n, row) in rows.iter().enumerate() {
        let (label, intended, perceived) = bars(n, row);
        h.raw(&format!("<text x=\"0\" y=\"{label}\" class=\"label\">"))
            .t(style_name(row.style))
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::compare::rows;
    use crate::core::model::{ParticipantId, Style, Visit};
    use crate::core::settings::Lang;

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
