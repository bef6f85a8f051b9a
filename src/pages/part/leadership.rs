use leptos::prelude::*;

use super::{save, save_text};
use crate::components::style_rating::StyleRating;
use crate::components::text_field::{FieldKind, TextField};
use crate::core::edit;
use crate::core::model::{Tag, Visit};
use crate::core::observe::minutes_since;
use crate::i18n::{STYLES, T};
use crate::state::expect_app;

/// §6: the host's intended leadership before the visit, or (`perceived`) the guest's
/// after it, with the notes the guest marked with each style as evidence.
#[component]
pub fn Leadership(index: usize, visit: Visit, perceived: bool) -> impl IntoView {
    let app = expect_app();
    let (section, data, hint, label) = if perceived {
        (
            "perceived",
            &visit.perceived,
            T::PerceiveHint,
            T::PerceiveText,
        )
    } else {
        ("intended", &visit.intended, T::EmphasisHint, T::IntendText)
    };
    let start = visit.observation_start().unwrap_or_default();
    let styles = STYLES
        .into_iter()
        .map(|(style, name)| {
            let s = style.name();
            let rating_key = format!("{section}.emphasis.{s}");
            let text_key = format!("{section}.text.{s}");
            let rate = {
                let key = rating_key.clone();
                move |e: u8| {
                    let digit = e.to_string();
                    save(app, index, |v, me| edit::apply(v, &key, &digit, true, me));
                }
            };
            let text = data
                .styles
                .get(&style)
                .map(|x| x.text.value.clone())
                .unwrap_or_default();
            let evidence: Vec<(String, String)> = visit
                .notes_with(&Tag::Style(style))
                .map(|n| {
                    let stamp = format!("+{} min", minutes_since(start, n.created));
                    (stamp, n.text.value.clone())
                })
                .collect();
            let evidence = (perceived && !evidence.is_empty()).then(|| {
                view! {
                    <p class="hint">{app.t(T::Evidence)}</p>
                    <ul class="evidence">
                        {evidence
                            .into_iter()
                            .map(|(stamp, text)| view! { <li><span class="stamp">{stamp}</span>" "{text}</li> })
                            .collect_view()}
                    </ul>
                }
            });
            view! {
                <fieldset class="style">
                    <legend>{app.t(name)}</legend>
                    <p class="hint">{app.t(hint)}</p>
                    <StyleRating name=rating_key value=data.emphasis(style) on_rate=rate />
                    <TextField
                        id=text_key.clone()
                        label=app.t(label)
                        kind=FieldKind::Lines
                        value=text
                        on_input=save_text(app, index, text_key)
                    />
                    {evidence}
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <section class="card model" aria-labelledby="model-title">
            <h2 id="model-title">{app.t(T::ModelTitle)}</h2>
            <p class="chain">{app.t(T::ModelChain)}</p>
            <p>{app.t(if perceived { T::PerceivedSnapshot } else { T::ModelText })}</p>
            <p><strong>{app.t(T::ModelQuestion)}</strong></p>
        </section>
        {styles}
    }
}
