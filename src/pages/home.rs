use leptos::either::EitherOf3;
use leptos::prelude::*;

use crate::components::welcome::Welcome;
use crate::i18n::T;
use crate::platform;
use crate::screens;
use crate::state::{expect_app, Load};

/// The programme overview (`screens::overview`); the welcome on first run.
#[component]
pub fn Home() -> impl IntoView {
    let app = expect_app();
    // How to install, shown until the app runs from the home screen.
    let install = (!platform::is_installed()).then(|| {
        if platform::is_ios() {
            T::InstallIos
        } else {
            T::InstallAndroid
        }
    });
    move || match app.load.get() {
        Load::Loading => {
            EitherOf3::A(view! { <p class="muted" role="status">{app.t(T::Loading)}</p> })
        }
        Load::FirstRun => EitherOf3::B(view! { <Welcome /> }),
        // Drawn from the programme as it is; drawn again when it changes.
        Load::Ready => EitherOf3::C(view! {
            <div inner_html=move || {
                let lang = app.lang();
                app.programme
                    .with(|p| p.as_ref().map(|p| screens::overview(p, lang, install)))
                    .unwrap_or_default()
            }></div>
        }),
    }
}
