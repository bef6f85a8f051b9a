use leptos::prelude::*;

/// A checkbox or a radio button with its label, the whole row a touch target.
#[component]
pub fn Choice(
    /// A radio button (one of a group) instead of a checkbox.
    #[prop(optional)]
    radio: bool,
    /// The group's name (radios) or the box's own (checkboxes); also its `data-testid`.
    #[prop(into)]
    name: String,
    /// The value the choice stands for.
    #[prop(into)]
    value: String,
    /// What the user reads.
    #[prop(into)]
    label: TextProp,
    /// Chosen when drawn.
    checked: bool,
    /// Called with the new state when the user changes it.
    #[prop(into)]
    on_change: Callback<bool>,
) -> impl IntoView {
    view! {
        <label class="choice">
            <input
                type=if radio { "radio" } else { "checkbox" }
                name=name.clone()
                data-testid=name
                value=value
                prop:checked=checked
                on:change=move |ev| on_change.run(event_target_checked(&ev))
            />
            <span>{move || label.get()}</span>
        </label>
    }
}
