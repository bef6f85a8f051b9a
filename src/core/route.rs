//! The app's screens and their addresses (Danish paths, as users read them).
//!
//! A small router of our own instead of leptos_router: that crate cost 48 KB brotli of
//! the 120 KB first-load budget for three screens (measured 2026-11-26).

/// A screen of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The programme overview.
    Home,
    Settings,
    /// Visit 1 or 2, by index 0 or 1 (`/besoeg/1`, `/besoeg/2`).
    Visit(usize),
    /// Any address the app does not know, kept so the page can stay where it is.
    NotFound(String),
}

impl Route {
    /// The screen for a URL path (query and fragment ignored; a trailing slash is the same).
    pub fn parse(path: &str) -> Route {
        let path = path.split(['?', '#']).next().unwrap_or("");
        match path.trim_end_matches('/') {
            "" | "/index.html" => Route::Home,
            "/indstillinger" => Route::Settings,
            "/besoeg/1" => Route::Visit(0),
            "/besoeg/2" => Route::Visit(1),
            _ => Route::NotFound(path.to_string()),
        }
    }

    /// The path of the screen.
    pub fn path(&self) -> &str {
        match self {
            Route::Home => "/",
            Route::Settings => "/indstillinger",
            Route::Visit(0) => "/besoeg/1",
            Route::Visit(_) => "/besoeg/2",
            Route::NotFound(path) => path,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_name_their_screens() {
        let cases = [
            ("/", Route::Home),
            ("", Route::Home),
            ("/index.html", Route::Home),
            ("/indstillinger", Route::Settings),
            ("/indstillinger/", Route::Settings),
            ("/indstillinger?x=1#top", Route::Settings),
            ("/besoeg/1", Route::Visit(0)),
            ("/besoeg/2/", Route::Visit(1)),
            ("/besoeg/3", Route::NotFound("/besoeg/3".into())),
            ("/findes-ikke", Route::NotFound("/findes-ikke".into())),
        ];
        for (path, route) in cases {
            assert_eq!(Route::parse(path), route, "{path}");
        }
    }

    #[test]
    fn every_known_screen_round_trips_through_its_path() {
        for route in [
            Route::Home,
            Route::Settings,
            Route::Visit(0),
            Route::Visit(1),
        ] {
            assert_eq!(Route::parse(route.path()), route);
        }
    }

    #[test]
    fn an_unknown_address_keeps_its_path() {
        assert_eq!(Route::parse("/x/y").path(), "/x/y");
    }
}
