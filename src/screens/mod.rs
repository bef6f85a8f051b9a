//! The read-only screens, the overview and a visit's page, as HTML from the programme:
//! pure Rust, tested natively. Links are plain `<a href>`, followed by the app's one
//! document listener. As HTML they cost a fraction of the same `view!` trees in the
//! first-load budget (see `forms`).

use crate::core::model::Programme;
use crate::core::route::{Part, Route};
use crate::core::settings::Lang;
use crate::core::status::{Next, Phase, Status, Step};
use crate::core::time::Date;
use crate::html::Html;
use crate::i18n::{status_name, step_name, T};

mod backup;
use backup::share_card;
pub use backup::Backup;

/// The year as the guide lays it out: phase, month, what happens.
const PHASES: [(Phase, T, T, T); 4] = [
    (Phase::February, T::MonthFeb, T::PhaseFeb, T::PhaseFebText),
    (Phase::March, T::MonthMar, T::PhaseMar, T::PhaseMarText),
    (Phase::April, T::MonthApr, T::PhaseApr, T::PhaseAprText),
    (Phase::May, T::MonthMay, T::PhaseMay, T::PhaseMayText),
];

/// Visit 1 in March, visit 2 in April: (month, name).
const VISIT_NAMES: [(T, T); 2] = [(T::MonthMar, T::PhaseMar), (T::MonthApr, T::PhaseApr)];

fn roles(h: &mut Html, p: &Programme, index: usize) {
    let (host, guest) = p.host_and_guest(index).unwrap_or(("", ""));
    h.t(T::Host)
        .raw(": ")
        .text(host)
        .raw(" · ")
        .t(T::Guest)
        .raw(": ")
        .text(guest);
}

/// The overview: the pair, the one next thing, both visits, how to install (`install`:
/// the hint for this phone, until the app is installed), the year with each phase.
pub fn overview(
    p: &Programme,
    lang: Lang,
    install: Option<T>,
    today: Date,
    backup: Backup,
) -> String {
    let mut h = Html::new(lang);
    h.el("h1", "", T::HomeTitle)
        .raw("<p class=\"pair\" data-testid=\"pair\"><span class=\"muted\">")
        .t(T::PairTitle)
        .raw(": </span>")
        .text(&format!("{} & {}", p.me.name.value, p.partner.name.value))
        .raw("</p>");
    if let Some(index) = p.observe_now(today) {
        h.raw("<a href=\"")
            .raw(&Route::Part(index, Part::Observe).path())
            .raw("\" class=\"card observe-now\" data-testid=\"observe-now\">")
            .el("strong", "", T::ObserveNow)
            .raw(" ")
            .el("span", "", VISIT_NAMES[index].1)
            .raw("</a>");
    }
    match p.next() {
        Next::Visit { index, step } => {
            h.raw("<a href=\"")
                .raw(&Route::Visit(index).path())
                .raw("\" class=\"card next-card\">")
                .el("span", "next-label", T::NextTitle)
                .raw(" ")
                .el("strong", "", step_name(step))
                .raw(" ")
                .el("span", "", VISIT_NAMES[index].1)
                .raw("</a>");
        }
        next => {
            // The wrap-up opens its summary; the pair is made on the welcome screen.
            let (what, open, close) = if next == Next::Pair {
                (T::NextPair, "<div class=\"card next-card\">", "</div>")
            } else {
                (
                    T::NextWrapUp,
                    "<a href=\"/opsamling\" class=\"card next-card\">",
                    "</a>",
                )
            };
            h.raw(open)
                .el("span", "next-label", T::NextTitle)
                .raw(" ")
                .el("strong", "", what)
                .raw(close);
        }
    }
    h.raw("<ul class=\"visits\">");
    for (index, (month, name)) in VISIT_NAMES.into_iter().enumerate() {
        h.raw(&format!(
            "<li data-testid=\"visit-card-{}\"><a href=\"{}\" class=\"card visit-card\">",
            index + 1,
            Route::Visit(index).path()
        ))
        .el("strong", "", name)
        .raw("<span class=\"muted\"> · ")
        .t(month)
        .raw("</span> <span class=\"roles\">");
        roles(&mut h, p, index);
        h.raw("</span></a></li>");
    }
    h.raw("</ul>");
    share_card(&mut h, p, today, backup);
    if let Some(how) = install {
        h.raw("<section class=\"card hint\" aria-labelledby=\"install-title\"><h2 id=\"install-title\">")
            .t(T::InstallTitle)
            .raw("</h2>")
            .el("p", "", how)
            .el("p", "muted", T::InstallWhy)
            .raw("</section>");
    }
    h.raw("<section aria-labelledby=\"year-title\"><h2 id=\"year-title\">")
        .t(T::TimelineTitle)
        .raw("</h2><ol class=\"timeline\">");
    for (phase, month, name, text) in PHASES {
        let status = p.phase_status(phase);
        h.raw(if status == Status::Done {
            "<li class=\"phase done\">"
        } else {
            "<li class=\"phase\">"
        })
        .raw("<h3><span class=\"month\">")
        .t(month)
        .raw("</span> · ")
        .t(name)
        .raw("</h3>")
        .el("p", "", text)
        .el("p", "badge", status_name(status))
        .raw("</li>");
    }
    h.raw("</ol></section>").el("p", "privacy", T::HomePrivacy);
    h.out
}

/// A visit's page: who hosts, and the guide's steps with their status; the prepared
/// parts open their screen, and the roles (§4) come before the visit itself.
pub fn visit(p: &Programme, index: usize, lang: Lang) -> String {
    let mut h = Html::new(lang);
    let title = VISIT_NAMES[index.min(1)].1;
    let Some(v) = p.visits.get(index) else {
        h.el("h1", "", title)
            .raw("<a href=\"/\" class=\"button\">")
            .t(T::NotFoundBack)
            .raw("</a>");
        return h.out;
    };
    h.el("h1", "", title).raw("<p class=\"roles\">");
    roles(&mut h, p, index);
    h.raw("</p>")
        .el("h2", "", T::StepsTitle)
        .raw("<ol class=\"steps\">");
    let card = |h: &mut Html, name: T, status: Option<Status>, part: Option<Part>| {
        match part {
            Some(part) => h
                .raw("<li><a class=\"card step\" href=\"")
                .raw(&Route::Part(index, part).path())
                .raw("\">"),
            None => h.raw("<li class=\"card step\">"),
        };
        // Spaces between the parts, so the link reads "name status" out loud.
        h.el("strong", "", name);
        if let Some(s) = status {
            h.raw(" ").el("span", "badge", status_name(s));
        }
        match part {
            Some(_) => h.raw("</a></li>"),
            None => h.raw(" ").el("span", "muted", T::StepLater).raw("</li>"),
        };
    };
    for step in Step::ALL {
        let part = match step {
            Step::Activity => Some(Part::Activity),
            Step::Agreements => Some(Part::Agreements),
            Step::Alignment => Some(Part::Alignment),
            Step::Intended => Some(Part::Intended),
            Step::Observation => Some(Part::Observe),
            Step::Perceived => Some(Part::Perceived),
            Step::Reflection => Some(Part::Reflection),
        };
        if step == Step::Intended {
            card(&mut h, T::StepRoles, None, Some(Part::Roles));
        }
        card(&mut h, step_name(step), Some(v.status(step)), part);
    }
    h.raw("</ol>");
    h.out
}

/// The first run: what the app is for, the two names and who hosts visit 1.
pub fn welcome(lang: Lang) -> String {
    let mut h = Html::new(lang);
    h.el("h1", "", T::WelcomeTitle)
        .el("p", "", T::HomeIntro)
        .el("p", "privacy", T::HomePrivacy)
        .raw("<form class=\"stack\" data-action=\"start\" novalidate>");
    for (id, label, autocomplete, hint) in [
        ("name", T::YourName, "name", "next"),
        ("partner", T::PartnerName, "off", "done"),
    ] {
        h.raw(&format!("<label class=\"field\" for=\"{id}\"><span>"))
            .t(label)
            .raw(&format!(
                "</span><input type=\"text\" id=\"{id}\" name=\"{id}\" autocomplete=\"{autocomplete}\" enterkeyhint=\"{hint}\"></label>"
            ));
    }
    h.raw("<fieldset class=\"choices\"><legend>")
        .t(T::FirstHostLegend)
        .raw("</legend>");
    for (value, label, checked) in [
        ("me", T::HostMe, " checked"),
        ("partner", T::HostPartner, ""),
    ] {
        h.raw(&format!(
            "<label class=\"choice\"><input type=\"radio\" name=\"first-host\" value=\"{value}\"{checked}><span>"
        ))
        .t(label)
        .raw("</span></label>");
    }
    h.raw("</fieldset><p role=\"alert\" class=\"form-error\"></p><button type=\"submit\">")
        .t(T::Start)
        .raw("</button></form>");
    h.out
}

/// Settings: the language (saved the moment it is chosen, `saved` says how it went),
/// and whether the browser promised to keep the data (`persisted`), with advice if not.
pub fn settings(lang: Lang, saved: Option<bool>, persisted: Option<bool>) -> String {
    let mut h = Html::new(lang);
    h.el("h1", "", T::SettingsTitle)
        .raw("<fieldset class=\"choices\"><legend>")
        .t(T::LanguageLabel)
        .raw("</legend>");
    for l in Lang::ALL {
        let checked = if l == lang { " checked" } else { "" };
        h.raw(&format!(
            "<label class=\"choice\"><input type=\"radio\" name=\"lang\" value=\"{0}\"{checked}><span lang=\"{0}\">{1}</span></label>",
            l.code(),
            l.endonym()
        ));
    }
    h.raw("</fieldset><p role=\"status\" class=\"status\" data-testid=\"settings-status\">");
    match saved {
        Some(true) => h.t(T::SettingsSaved),
        Some(false) => h.t(T::SettingsNotSaved),
        None => &mut h,
    };
    h.raw("</p><section aria-labelledby=\"persist-title\"><h2 id=\"persist-title\">")
        .t(T::PersistTitle)
        .raw("</h2><p data-testid=\"persist-status\">")
        .t(if persisted == Some(true) {
            T::PersistYes
        } else {
            T::PersistNo
        })
        .raw("</p></section>");
    h.out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::ParticipantId;

    pub(super) fn pair() -> Programme {
        let m = ParticipantId("m".into());
        let mut p = Programme::new(m.clone(), ParticipantId("j".into()));
        p.me.name.set("Mette <M>".into(), &m);
        p.partner.name.set("Jonas".into(), &m);
        p.set_first_host(&p.partner.id.clone(), &m);
        p
    }

    #[test]
    fn the_overview_names_the_pair_the_visits_and_the_year() {
        let day = Date::new(2027, 2, 1).unwrap();
        let html = overview(
            &pair(),
            Lang::Da,
            Some(T::InstallIos),
            day,
            Backup::default(),
        );
        assert!(
            html.contains("<span class=\"muted\">Makkerpar: </span>Mette &lt;M&gt; &amp; Jonas")
        );
        assert!(html.contains("<span class=\"roles\">Vært: Jonas · Gæst: Mette &lt;M&gt;</span>"));
        assert!(html.contains("<h3><span class=\"month\">Maj</span> · Fælles opsamling</h3>"));
        assert!(html.contains("Læg appen på hjemmeskærmen"));
        assert!(
            !overview(&pair(), Lang::Da, None, day, Backup::default()).contains("install-title")
        );
        assert!(!html.contains("observe-now"));
    }

    #[test]
    fn on_the_day_the_guest_observes_the_overview_leads_there_in_one_tap() {
        let mut p = pair();
        let day = Date::new(2027, 3, 10).unwrap();
        let m = p.me.id.clone();
        p.visits[0].agreements.visit.date.set(Some(day), &m);
        let html = overview(&p, Lang::Da, None, day, Backup::default());
        assert!(html.contains(
            "<a href=\"/besoeg/1/observer\" class=\"card observe-now\" data-testid=\"observe-now\">\
             <strong>Observér nu</strong> <span>Jobbesøg 1</span></a>"
        ));
    }

    #[test]
    fn the_welcome_asks_for_both_names_with_labels() {
        let html = welcome(Lang::Da);
        assert!(html.contains("<label class=\"field\" for=\"name\"><span>Dit navn</span>"));
        assert!(
            html.contains("<label class=\"field\" for=\"partner\"><span>Din makkers navn</span>")
        );
        assert!(html.contains("value=\"me\" checked"));
    }

    #[test]
    fn settings_show_the_chosen_language_and_the_storage_promise() {
        let html = settings(Lang::En, Some(true), Some(false));
        assert!(html.contains("value=\"en\" checked"));
        assert!(html.contains(">Saved.</p>"));
        assert!(html.contains("it may be deleted"));
    }

    #[test]
    fn a_visit_lists_the_steps_and_links_the_prepared_ones() {
        let html = visit(&pair(), 1, Lang::Da);
        assert!(html.contains("<h1>Jobbesøg 2</h1>"));
        assert!(html.contains("href=\"/besoeg/2/aktivitet\""));
        assert!(html.contains("href=\"/besoeg/2/roller\""));
        assert!(html.contains("href=\"/besoeg/2/observer\""));
        assert!(html.contains("href=\"/besoeg/2/opfattet\""));
        assert_eq!(html.matches("<li").count(), 8, "seven steps and the roles");
        assert!(visit(&pair(), 5, Lang::Da).contains("class=\"button\""));
    }
}
