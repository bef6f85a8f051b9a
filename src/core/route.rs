//! The app's screens and their addresses (Danish paths, as users read them). The app's
//! `<Routes>` (leptos_router) match these paths; links are built from [`Route::path`].

/// A screen of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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

impl Part {
    /// The part whose path ends in `slug`.
    pub fn from_slug(slug: &str) -> Option<Part> {
        Part::ALL.into_iter().find(|p| p.slug() == slug)
    }
}

/// The visit a path's number names (`1` or `2`), as index 0 or 1.
pub fn visit_index(number: &str) -> Option<usize> {
    match number {
        "1" => Some(0),
        "2" => Some(1),
        _ => None,
    }
}

impl Route {
    /// The path of the screen.
    pub fn path(&self) -> String {
        match self {
            Route::Home => "/".into(),
            Route::Settings => "/indstillinger".into(),
            Route::Share => "/del".into(),
            Route::WrapUp => "/opsamling".into(),
            Route::Visit(n) => format!("/besoeg/{}", n + 1),
            Route::Part(n, part) => format!("/besoeg/{}/{}", n + 1, part.slug()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_the_danish_addresses() {
        assert_eq!(Route::Home.path(), "/");
        assert_eq!(Route::Settings.path(), "/indstillinger");
        assert_eq!(Route::Share.path(), "/del");
        assert_eq!(Route::WrapUp.path(), "/opsamling");
        assert_eq!(Route::Visit(1).path(), "/besoeg/2");
        assert_eq!(Route::Part(0, Part::Activity).path(), "/besoeg/1/aktivitet");
        assert_eq!(Route::Part(1, Part::Perceived).path(), "/besoeg/2/opfattet");
    }

    #[test]
    fn every_part_is_found_by_its_slug() {
        for part in Part::ALL {
            assert_eq!(Part::from_slug(part.slug()), Some(part));
        }
        assert_eq!(Part::from_slug("noget"), None);
        assert_eq!(Part::from_slug(""), None);
    }

    #[test]
    fn only_visits_1_and_2_exist() {
        assert_eq!(visit_index("1"), Some(0));
        assert_eq!(visit_index("2"), Some(1));
        for other in ["0", "3", "01", "", "1 ", "²"] {
            assert_eq!(visit_index(other), None, "{other:?}");
        }
    }
}
