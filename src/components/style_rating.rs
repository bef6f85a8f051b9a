use leptos::prelude::*;

use crate::components::choice::Choice;

/// The 0–4 scale of how much a leadership style was emphasised: five radio buttons.
#[component]
pub fn StyleRating(
    /// The radio group's name (its edit key, e.g. `intended.emphasis.vision`).
    #[prop(into)]
    name: String,
    /// The rating when drawn, if any.
    value: Option<u8>,
    /// Called with the rating chosen.
    #[prop(into)]
    on_rate: Callback<u8>,
) -> impl IntoView {
    view! {
        <div class="scale">
            {(0..=4u8)
                .map(|e| {
                    view! {
                        <Choice
                            radio=true
                            name=name.clone()
                            value=e.to_string()
                            label=e.to_string()
                            checked=value == Some(e)
                            on_change=move |_| on_rate.run(e)
                        />
                    }
                })
                .collect_view()}
        </div>
    }
}
