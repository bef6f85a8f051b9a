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

/// A labelled text input (`kind`: "text", "date", "time") or, for "textarea", a text
/// area, showing `value` and reporting every keystroke to `on_input`. `hint` is read
/// out after the label (`aria-describedby`).
pub fn text_input(
    kind: &'static str,
    label: &'static str,
    hint: Option<&'static str>,
    value: RwSignal<String>,
    on_input: Callback<String>,
) -> impl IntoView {
    let id = next_id();
    let hint_id = hint.map(|_| format!("{id}-hint"));
    let input = move |ev| {
        let text = event_target_value(&ev);
        value.set(text.clone());
        on_input.run(text);
    };
    let field = if kind == "textarea" {
        leptos::either::Either::Left(view! {
            <textarea id=id.clone() aria-describedby=hint_id.clone() prop:value=value on:input=input rows="3"></textarea>
        })
    } else {
        leptos::either::Either::Right(view! {
            <input type=kind id=id.clone() aria-describedby=hint_id.clone() prop:value=value on:input=input />
        })
    };
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
            {field}
        </div>
    }
}

/// A checkbox with its label.
pub fn check(label: &'static str, checked: bool, on_change: Callback<bool>) -> impl IntoView {
    view! {
        <label class="choice">
            <input
                type="checkbox"
                prop:checked=checked
                on:change=move |ev| on_change.run(event_target_checked(&ev))
            />
            <span>{label}</span>
        </label>
    }
}

/// A fresh element id for label/description pairs.
fn next_id() -> String {
    thread_local!(static NEXT: std::cell::Cell<u32> = const { std::cell::Cell::new(0) });
    NEXT.with(|n| {
        n.set(n.get() + 1);
        format!("f{}", n.get())
    })
}
