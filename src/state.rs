//! App state handed to components through context.

use leptos::prelude::*;

use crate::core::model::Programme;
use crate::core::settings::{Lang, Settings};
use crate::i18n::{tr, T};

/// The state every screen shares. Cheap to copy: it holds only signal handles.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The user's settings, as last loaded or chosen.
    pub settings: RwSignal<Settings>,
    /// A new version of the app is installed and waits for the user's word to take over.
    pub update_ready: RwSignal<bool>,
    /// What became of the last settings change: saved, or kept in memory only.
    pub settings_saved: RwSignal<Option<bool>>,
    /// The programme on this phone, once loaded (`None` before and on first run).
    pub programme: RwSignal<Option<Programme>>,
    /// Where loading the programme stands.
    pub load: RwSignal<Load>,
    /// Whether what the user wrote is on disk.
    pub save: RwSignal<SaveState>,
}

/// Where loading the stored programme stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Load {
    Loading,
    /// Nothing stored: the welcome.
    FirstRun,
    Ready,
}

/// Why what the user writes is kept in memory only.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// No IndexedDB (private browsing, blocked).
    Unavailable,
    /// The phone's storage is full.
    Full,
    /// The stored data is from a newer app: left untouched, nothing is written.
    TooNew,
    Failed,
}

/// Whether the last write reached the disk.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveState {
    /// Nothing written since the app started.
    Idle,
    /// Every write so far is on disk.
    Saved,
    Saving,
    MemoryOnly(Problem),
}

impl AppState {
    pub fn new(settings: Settings) -> Self {
        Self {
            settings: RwSignal::new(settings),
            update_ready: RwSignal::new(false),
            settings_saved: RwSignal::new(None),
            programme: RwSignal::new(None),
            load: RwSignal::new(Load::Loading),
            save: RwSignal::new(SaveState::Idle),
        }
    }

    /// The current language (tracked: a view that calls it follows a switch).
    pub fn lang(&self) -> Lang {
        self.settings.with(|s| s.lang)
    }

    /// The text for `key` in the current language (tracked).
    pub fn t(&self, key: T) -> &'static str {
        tr(self.lang(), key)
    }

    /// Puts this state in context for every component below.
    pub fn provide(self) {
        provide_context(self);
    }
}

/// The app state from context; `App` provides it before any screen renders.
pub fn expect_app() -> AppState {
    expect_context::<AppState>()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_follow_the_chosen_language() {
        let owner = Owner::new();
        owner.set();
        let app = AppState::new(Settings::default());
        assert_eq!(app.t(T::NavSettings), "Indstillinger");
        app.settings.update(|s| s.lang = Lang::En);
        assert_eq!(app.t(T::NavSettings), "Settings");
    }
}
