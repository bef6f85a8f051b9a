use leptos::prelude::*;

use crate::core::observe::judging_pieces;

/// A note's text with its judging words marked (`<mark>`), so the guest sees where a
/// description turned into a judgement.
#[component]
pub fn MarkedText(
    /// The text as written.
    #[prop(into)]
    text: String,
) -> impl IntoView {
    judging_pieces(&text)
        .into_iter()
        .map(|(piece, judges)| {
            let piece = piece.to_string();
            if judges {
                view! { <mark>{piece}</mark> }.into_any()
            } else {
                piece.into_any()
            }
        })
        .collect_view()
}
