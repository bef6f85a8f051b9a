use leptos::either::Either;
use leptos::prelude::*;

use crate::components::welcome::Welcome;
use crate::i18n::T;
use crate::pages::{html_screen, loading};
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
        Load::FirstRun => Either::Left(view! { <Welcome /> }),
        // Drawn from the programme as it is; drawn again when it changes.
        _ => Either::Right(html_screen(Box::new(move || {
            let lang = app.lang();
            if app.load.get() == Load::Loading {
                return loading(lang);
            }
            app.programme
                .with(|p| {
                    p.as_ref()
                        .map(|p| screens::overview(p, lang, install, platform::today()))
                })
                .unwrap_or_default()
        }))),
    }
}
