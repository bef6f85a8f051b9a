//! Form fields shared by every screen. Each is one function with type-erased inputs
//! (`Signal`, `Callback`), so however many fields a screen has, the code for a kind of
//! field exists once in the app (a closure per field would make each its own copy).

use leptos::prelude::*;

/// A labelled one-line text field bound to `value`.
pub fn text_field(
    label: &'static str,
    name: &'static str,
    autocomplete: &'static str,
    enterkeyhint: &'static str,
    value: RwSignal<String>,
) -> impl IntoView {
    view! {
        <label class="field">
            <span>{label}</span>
            <input
                type="text"
                name=name
                autocomplete=autocomplete
                enterkeyhint=enterkeyhint
                prop:value=value
                on:input=move |ev| value.set(event_target_value(&ev))
            />
        </label>
    }
}

/// One radio button of the group `name`, with its label in the language `lang`.
pub fn choice(
    name: &'static str,
    label: &'static str,
    lang: Option<&'static str>,
    checked: Signal<bool>,
    pick: Callback<()>,
) -> impl IntoView {
    view! {
        <label class="choice">
            <input
                type="radio"
                name=name
                prop:checked=checked
                on:change=move |_| pick.run(())
            />
            <span lang=lang>{label}</span>
        </label>
    }
}
