use leptos::prelude::*;

use crate::core::validate::MAX_TEXT;

/// How a text field is typed in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    /// One line of text.
    Line,
    /// Several lines (a `<textarea>`).
    Lines,
    /// The phone's date picker.
    Date,
    /// The phone's time picker.
    Time,
}

/// A labelled text field that hands over what is typed at every keystroke, so it is
/// saved as it is typed. The field is drawn once: typing never redraws it. It takes no
/// more than a partner's phone accepts in a file (`validate::MAX_TEXT`).
#[component]
pub fn TextField(
    /// The field's `id` and `data-testid` (for a field of the visit, its edit key).
    #[prop(into)]
    id: String,
    /// The label, read out with the field.
    #[prop(into)]
    label: TextProp,
    /// A hint under the label, read out after it.
    #[prop(optional)]
    hint: Option<&'static str>,
    /// Line, lines, date or time.
    kind: FieldKind,
    /// What the field holds; setting it changes the field.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the field's text after every keystroke.
    #[prop(into)]
    on_input: Callback<String>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let described = hint.map(|_| hint_id.clone());
    let input = move |ev| on_input.run(event_target_value(&ev));
    let field = match kind {
        FieldKind::Lines => view! {
            <textarea
                rows="3"
                id=id.clone()
                data-testid=id.clone()
                aria-describedby=described
                maxlength=MAX_TEXT
                prop:value=value
                on:input=input
            ></textarea>
        }
        .into_any(),
        _ => view! {
            <input
                type=match kind {
                    FieldKind::Date => "date",
                    FieldKind::Time => "time",
                    _ => "text",
                }
                id=id.clone()
                data-testid=id.clone()
                aria-describedby=described
                maxlength=MAX_TEXT
                prop:value=value
                on:input=input
            />
        }
        .into_any(),
    };
    view! {
        <div class="field">
            <label for=id>{move || label.get()}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id>{h}</p> })}
            {field}
        </div>
    }
}
