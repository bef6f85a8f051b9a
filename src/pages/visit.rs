use leptos::prelude::*;

use crate::pages::{loading, Draw};
use crate::screens;
use crate::state::{AppState, Load};

/// One job visit (`screens::visit`): who hosts, and the guide's steps with their status.
/// `index`: visit 1 or 2, as 0 or 1.
pub fn screen(app: AppState, index: usize) -> Draw {
    Box::new(move || {
        let lang = app.lang();
        if app.load.get() == Load::Loading {
            return loading(lang);
        }
        app.programme
            .with(|p| p.as_ref().map(|p| screens::visit(p, index, lang)))
            .unwrap_or_else(|| {
                let p = crate::core::model::Programme::default();
                screens::visit(&p, usize::MAX, lang)
            })
    })
}
