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
    /// The exchange with the partner (`/del`): send and fetch files.
    Share,
    /// The May wrap-up (`/opsamling`): the summary, to print and keep.
    WrapUp,
    /// Visit 1 or 2, by index 0 or 1 (`/besoeg/1`, `/besoeg/2`).
    Visit(usize),
    /// A part of a visit's preparation (`/besoeg/1/aktivitet`).
    Part(usize, Part),
    /// Any address the app does not know, kept so the page can stay where it is.
    NotFound(String),
}

/// The guide's parts a visit is prepared with, each its own screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// §1, the host's choice of activity.
    Activity,
    /// §2, time and place of the visit and of the reflection.
    Agreements,
    /// §3, the six questions and the focus points.
    Alignment,
    /// §4, the roles of host and guest.
    Roles,
    /// §6 before the visit: the host's intended leadership.
    Intended,
    /// During the visit: the guest's notes.
    Observe,
    /// §6 after the visit: the leadership the guest perceived.
    Perceived,
    /// §5 the joint reflection, and §6 intended against perceived.
    Reflection,
}

impl Part {
    pub const ALL: [Part; 8] = [
        Part::Activity,
        Part::Agreements,
        Part::Alignment,
        Part::Roles,
        Part::Intended,
        Part::Observe,
        Part::Perceived,
        Part::Reflection,
    ];

    /// The last segment of the part's path.
    pub fn slug(self) -> &'static str {
        match self {
            Part::Activity => "aktivitet",
            Part::Agreements => "aftaler",
            Part::Alignment => "forventninger",
            Part::Roles => "roller",
            Part::Intended => "intenderet",
            Part::Observe => "observer",
            Part::Perceived => "opfattet",
            Part::Reflection => "refleksion",
        }
    }
}

impl Route {
    /// The screen for a URL path (query and fragment ignored; a trailing slash is the same).
    pub fn parse(path: &str) -> Route {
        let path = path.split(['?', '#']).next().unwrap_or("");
        let visit = |n: &str| match n {
            "1" => Some(0),
            "2" => Some(1),
            _ => None,
        };
        let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
        let route = match segments.as_slice() {
            [""] | ["index.html"] => Some(Route::Home),
            ["indstillinger"] => Some(Route::Settings),
            ["del"] => Some(Route::Share),
            ["opsamling"] => Some(Route::WrapUp),
            ["besoeg", n] => visit(n).map(Route::Visit),
            ["besoeg", n, slug] => visit(n).and_then(|n| {
                let part = Part::ALL.into_iter().find(|p| p.slug() == *slug)?;
                Some(Route::Part(n, part))
            }),
            _ => None,
        };
        route.unwrap_or_else(|| Route::NotFound(path.to_string()))
    }

    /// The path of the screen.
    pub fn path(&self) -> String {
        match self {
            Route::Home => "/".into(),
            Route::Settings => "/indstillinger".into(),
            Route::Share => "/del".into(),
            Route::WrapUp => "/opsamling".into(),
            Route::Visit(n) => format!("/besoeg/{}", n + 1),
            Route::Part(n, part) => format!("/besoeg/{}/{}", n + 1, part.slug()),
            Route::NotFound(path) => path.clone(),
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
            ("/del", Route::Share),
            ("/opsamling", Route::WrapUp),
            ("/indstillinger?x=1#top", Route::Settings),
            ("/besoeg/1", Route::Visit(0)),
            ("/besoeg/2/", Route::Visit(1)),
            ("/besoeg/3", Route::NotFound("/besoeg/3".into())),
            ("/besoeg/1/aktivitet", Route::Part(0, Part::Activity)),
            ("/besoeg/2/intenderet/", Route::Part(1, Part::Intended)),
            ("/besoeg/1/observer", Route::Part(0, Part::Observe)),
            ("/besoeg/2/opfattet", Route::Part(1, Part::Perceived)),
            ("/besoeg/2/noget", Route::NotFound("/besoeg/2/noget".into())),
            (
                "/besoeg/3/roller",
                Route::NotFound("/besoeg/3/roller".into()),
            ),
            ("/findes-ikke", Route::NotFound("/findes-ikke".into())),
        ];
        for (path, route) in cases {
            assert_eq!(Route::parse(path), route, "{path}");
        }
    }

    #[test]
    fn every_known_screen_round_trips_through_its_path() {
        let parts = Part::ALL
            .into_iter()
            .flat_map(|p| [Route::Part(0, p), Route::Part(1, p)]);
        for route in [
            Route::Home,
            Route::Settings,
            Route::Visit(0),
            Route::Visit(1),
        ]
        .into_iter()
        .chain(parts)
        {
            assert_eq!(Route::parse(&route.path()), route);
        }
    }

    #[test]
    fn an_unknown_address_keeps_its_path() {
        assert_eq!(Route::parse("/x/y").path(), "/x/y");
    }
}
