use leptos::prelude::*;

use crate::core::observe::judging_words;
use crate::i18n::T;
use crate::state::expect_app;

/// The gentle hint under a note's field when its text judges ("Vurderende ord: godt.
/// Beskriv hellere, hvad du så eller hørte."); empty while it describes. Read out
/// politely as it changes.
#[component]
pub fn JudgingHint(
    /// The hint's `id`, for the field's `aria-describedby`.
    #[prop(into)]
    id: String,
    /// The field's text, as typed.
    #[prop(into)]
    text: Signal<String>,
) -> impl IntoView {
    let app = expect_app();
    // Most keystrokes change no judging word: then nothing is drawn again.
    let words = Memo::new(move |_| {
        text.with(|t| {
            judging_words(t)
                .into_iter()
                .map(|r| t[r].to_string())
                .collect::<Vec<_>>()
        })
    });
    view! {
        <p class="judging" id=id aria-live="polite">
            {move || {
                let words = words.get();
                (!words.is_empty())
                    .then(|| {
                        let count = words.len();
                        view! {
                            {app.t(T::JudgingLead)}
                            " "
                            {words
                                .into_iter()
                                .enumerate()
                                .map(|(i, w)| view! {
                                    <mark>{w}</mark>
                                    {(i + 1 < count).then_some(", ")}
                                })
                                .collect_view()}
                            ". "
                            {app.t(T::JudgingHint)}
                        }
                    })
            }}
        </p>
    }
}
