//! The overview's backup line: "Del med din makker", when this phone last shared a file,
//! a reminder, and a warning when the browser may delete the data.

use crate::core::model::Programme;
use crate::core::time::Date;
use crate::html::Html;
use crate::i18n::T;

/// How safe the data is: the date of the last file shared from this phone, and whether
/// the browser promised to keep the data (`None`: not known, or no such promise here).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Backup {
    pub exported: Option<Date>,
    pub persisted: Option<bool>,
}

/// "Del med din makker", with when this phone last shared a file, a reminder when a visit
/// has taken place since, and a warning when the browser may delete the data.
pub(super) fn share_card(h: &mut Html, p: &Programme, today: Date, backup: Backup) {
    // The latest visit day that has come: a file shared before it misses that visit.
    let visited = p
        .visits
        .iter()
        .filter_map(|v| v.agreements.visit.date.value)
        .filter(|d| *d <= today)
        .max();
    let remind = match backup.exported {
        None => true,
        Some(exported) => visited.is_some_and(|v| exported < v),
    };
    h.raw("<a href=\"/del\" class=\"card\" data-testid=\"share-card\">")
        .el("strong", "", T::ShareTitle)
        .raw("<span class=\"roles\" data-testid=\"last-exported\">")
        .t(T::LastExported)
        .raw(" ");
    match backup.exported {
        None => h.t(T::ExportedNever),
        Some(d) if d == today => h.t(T::ExportedToday),
        Some(d) => h.text(&format!("{}.{}.{}", d.day(), d.month(), d.year())),
    };
    h.raw("</span>");
    if remind {
        h.el("span", "roles", T::ShareReminder);
    }
    h.raw("</a>");
    if backup.persisted == Some(false) {
        h.raw("<p class=\"warning\" data-testid=\"not-persisted\">")
            .t(T::NotPersisted)
            .raw("</p>");
    }
}

#[cfg(test)]
mod tests {
    use super::super::{overview, tests::pair};
    use super::*;
    use crate::core::settings::Lang;

    #[test]
    fn the_overview_says_when_this_phone_last_shared_and_reminds_after_a_visit() {
        let day = Date::new(2027, 3, 10).unwrap();
        let mut p = pair();
        let me = p.me.id.clone();
        let never = overview(&p, Lang::Da, None, day, Backup::default());
        assert!(never.contains("Sidst eksporteret: aldrig"), "{never}");
        assert!(never.contains("Husk at dele"), "{never}");
        let today = Backup {
            exported: Some(day),
            persisted: Some(true),
        };
        let html = overview(&p, Lang::Da, None, day, today);
        assert!(html.contains("Sidst eksporteret: i dag"), "{html}");
        assert!(!html.contains("Husk at dele"), "{html}");
        assert!(!html.contains("not-persisted"), "{html}");
        // The visit took place after the last file: remind.
        p.visits[0].agreements.visit.date.set(Some(day), &me);
        let before = Backup {
            exported: Date::new(2027, 3, 2),
            persisted: Some(false),
        };
        let html = overview(&p, Lang::Da, None, day, before);
        assert!(html.contains("Sidst eksporteret: 2.3.2027"), "{html}");
        assert!(html.contains("Husk at dele"), "{html}");
        assert!(html.contains("data-testid=\"not-persisted\""), "{html}");
    }
}
