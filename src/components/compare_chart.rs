use leptos::prelude::*;

use crate::core::compare::{bars, chart_height, Row, BAR_HEIGHT, CHART_WIDTH};
use crate::i18n::{style_name, T};
use crate::state::expect_app;

/// Intended against perceived leadership, drawn by the app as SVG: for each style a blue
/// bar (intended) above a vermillion one (perceived), each with its value after it
/// ("–" when not rated); the legend names host and guest.
#[component]
pub fn CompareChart(
    /// The five styles' ratings.
    rows: [Row; 5],
    /// The host's name, for the legend.
    #[prop(into)]
    host: String,
    /// The guest's name, for the legend.
    #[prop(into)]
    guest: String,
    /// The caption's id: each chart on a screen needs its own.
    #[prop(into, default = "chart-caption".into())]
    caption_id: String,
) -> impl IntoView {
    let app = expect_app();
    let style = move |(n, row): (usize, Row)| {
        let (label, intended, perceived) = bars(n, &row);
        let bar = move |class: &'static str, bar: crate::core::compare::Bar, e: Option<u8>| {
            view! {
                <rect x="0" y=bar.y width=bar.width.max(2) height=BAR_HEIGHT rx="3" class=class />
                <text x=bar.width + 6 y=bar.y + BAR_HEIGHT - 2 class="value">
                    {e.map_or("–".to_string(), |e| e.to_string())}
                </text>
            }
        };
        view! {
            <text x="0" y=label class="label">{app.t(style_name(row.style))}</text>
            {bar("intended", intended, row.intended)}
            {bar("perceived", perceived, row.perceived)}
        }
    };
    view! {
        <figure class="chart">
            <svg
                viewBox=format!("0 0 {CHART_WIDTH} {}", chart_height())
                role="img"
                aria-labelledby=caption_id.clone()
            >
                {rows.into_iter().enumerate().map(style).collect_view()}
            </svg>
            <figcaption id=caption_id>
                <span class="key intended"></span>
                {app.t(T::Intended)}" ("{host}") "
                <span class="key perceived"></span>
                {app.t(T::Perceived)}" ("{guest}")"
            </figcaption>
        </figure>
    }
}
