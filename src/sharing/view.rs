//! The exchange screen drawn as HTML, step by step.

use super::{Sharing, Step};
use crate::core::exchange;
use crate::core::exchange::Scope;
use crate::core::merge::Report;
use crate::core::settings::Lang;
use crate::core::time::Timestamp;
use crate::html::{escape, Html};
use crate::i18n::sharing::{tx, X};

impl Sharing {
    /// The screen as HTML.
    pub fn render(&self, now: Timestamp) -> String {
        let mut h = Html::new(self.lang);
        let x = |key| tx(self.lang, key);
        h.raw("<h1>").text(x(X::Title)).raw("</h1>");
        match &self.step {
            Step::Choose => {
                h.raw("<p>").text(x(X::Intro)).raw("</p>");
                self.send_form(&mut h);
                self.receive(&mut h, None);
            }
            Step::Preview { short_passphrase } => self.preview(&mut h, now, *short_passphrase),
            Step::Sealing => busy(&mut h, x(X::Sealing)),
            Step::Opening => busy(&mut h, x(X::Opening)),
            Step::Sent(how) => {
                let said = match how.as_str() {
                    "shared" if self.sealed => X::Shared,
                    "shared" => X::SharedReadable,
                    "downloaded" => X::Downloaded,
                    _ => X::Cancelled,
                };
                h.raw("<p role=\"status\" data-testid=\"exchange-result\">")
                    .text(x(said))
                    .raw("</p>");
                back(&mut h, x(X::SendAnother));
                to_overview(&mut h, x(X::ToOverview));
            }
            Step::Passphrase { wrong } => {
                h.raw("<form class=\"stack\" data-action=\"open\" novalidate><p>")
                    .text(x(X::NeedPass))
                    .raw("</p>");
                passphrase_field(&mut h, "open-pass", x(X::PassLabel), None);
                h.raw("<p role=\"alert\" class=\"form-error\" data-testid=\"exchange-error\">");
                if *wrong {
                    h.text(x(X::ErrWrongPassphrase))
                        .raw(" ")
                        .text(x(X::Untouched));
                }
                h.raw("</p><button type=\"submit\">")
                    .text(x(X::OpenButton))
                    .raw("</button></form>");
                back(&mut h, x(X::Back));
            }
            Step::Imported { report, undo } => {
                h.raw("<p role=\"status\" data-testid=\"exchange-result\"><strong>")
                    .text(x(X::Imported))
                    .raw("</strong> ")
                    .text(&report_text(report, self.lang))
                    .raw("</p>");
                if *undo {
                    h.raw("<button type=\"button\" class=\"secondary\" data-action=\"undo\">")
                        .text(x(X::UndoImport))
                        .raw("</button>");
                }
                to_overview(&mut h, x(X::ToOverview));
                self.receive(&mut h, None);
            }
            Step::OwnFile => {
                h.raw("<p role=\"status\" data-testid=\"exchange-result\">")
                    .text(x(X::OwnFileFound))
                    .raw("</p><button type=\"button\" data-action=\"restore\">")
                    .text(x(X::Restore))
                    .raw("</button>");
                back(&mut h, x(X::Back));
            }
            Step::Undone => {
                h.raw("<p role=\"status\" data-testid=\"exchange-result\">")
                    .text(x(X::Undone))
                    .raw("</p>");
                to_overview(&mut h, x(X::ToOverview));
                self.receive(&mut h, None);
            }
            Step::Failed(problem) => {
                self.receive(&mut h, Some(*problem));
                back(&mut h, x(X::Back));
            }
            Step::Showing { parts } => {
                super::qr_view::showing(&mut h, self.lang, *parts, self.sealed);
                back(&mut h, x(X::Done));
            }
            Step::Scanning { received, needed } => {
                super::qr_view::scanning(&mut h, self.lang, *received, *needed);
                back(&mut h, x(X::Back));
            }
        }
        h.out
    }

    fn send_form(&self, h: &mut Html) {
        let x = |key| tx(self.lang, key);
        h.raw("<section aria-labelledby=\"send-title\"><h2 id=\"send-title\">")
            .text(x(X::SendTitle))
            .raw("</h2><form class=\"stack\" data-action=\"preview\" novalidate>")
            .raw("<fieldset class=\"choices\"><legend>")
            .text(x(X::ScopeLegend))
            .raw("</legend>");
        for (value, scope, label) in [
            ("visit-1", Scope::Visit(0), X::ScopeVisit1),
            ("visit-2", Scope::Visit(1), X::ScopeVisit2),
            ("all", Scope::All, X::ScopeAll),
        ] {
            h.raw("<label class=\"choice\"><input type=\"radio\" name=\"scope\" value=\"")
                .raw(value)
                .raw("\"");
            if scope == self.scope {
                h.raw(" checked");
            }
            h.raw("><span>").text(x(label)).raw("</span></label>");
        }
        h.raw("</fieldset><div class=\"field\"><label for=\"names\">")
            .text(x(X::InitialsLabel))
            .raw("</label><p class=\"hint\" id=\"names-hint\">")
            .text(x(X::InitialsHint))
            .raw("</p><textarea id=\"names\" name=\"names\" rows=\"3\" aria-describedby=\"names-hint\" autocomplete=\"off\">")
            .text(&self.names)
            .raw("</textarea></div><label class=\"choice\"><input type=\"checkbox\" name=\"sealed\"");
        if self.sealed {
            h.raw(" checked");
        }
        h.raw("><span>")
            .text(x(X::SealedLabel))
            .raw("</span></label>");
        h.raw("<p class=\"warning\" data-testid=\"readable-warning\">");
        if !self.sealed {
            h.text(x(X::ReadableWarning));
        }
        h.raw("</p><button type=\"submit\">")
            .text(x(X::PreviewButton))
            .raw("</button></form></section>");
    }

    fn preview(&self, h: &mut Html, now: Timestamp, short_passphrase: bool) {
        let x = |key| tx(self.lang, key);
        let text = self.file_text(now);
        let mut shown = self.mine.clone();
        exchange::initials_only(&mut shown, &self.names.lines().collect::<Vec<_>>());
        h.raw("<h2>")
            .text(x(X::PreviewTitle))
            .raw("</h2><ul class=\"preview\" data-testid=\"preview\">");
        h.raw("<li>").text(x(X::PairLine)).raw(": ");
        h.text(&crate::pages::wrap_up::content::pair_names(&shown));
        h.raw("</li>");
        for (i, visit) in shown.visits.iter().enumerate() {
            if matches!(self.scope, Scope::Visit(n) if n != i) {
                continue;
            }
            let title = &visit.activity.title.value;
            let focus = visit
                .alignment
                .focus_points
                .iter()
                .filter(|f| !f.deleted.value)
                .count();
            h.raw("<li><strong>")
                .text(x(if i == 0 {
                    X::ScopeVisit1
                } else {
                    X::ScopeVisit2
                }))
                .raw("</strong> — ")
                .text(if title.is_empty() {
                    x(X::NoActivity)
                } else {
                    title
                })
                .raw(&format!(
                    ": {} {}, {focus} {}",
                    visit.live_notes().count(),
                    escape(x(X::Notes)),
                    escape(x(X::FocusPoints))
                ));
            let notes: Vec<&str> = visit.live_notes().map(|n| n.text.value.as_str()).collect();
            if !notes.is_empty() {
                h.raw("<ul class=\"muted\">");
                for note in notes.iter().take(200) {
                    h.raw("<li>").text(note).raw("</li>");
                }
                h.raw("</ul>");
            }
            h.raw("</li>");
        }
        h.raw("</ul><details><summary>")
            .text(x(X::Raw))
            .raw("</summary><pre class=\"raw\">")
            .text(&text)
            .raw("</pre></details><form class=\"stack\" data-action=\"share\" novalidate>");
        if self.sealed {
            passphrase_field(h, "pass", x(X::PassLabel), Some(x(X::PassHint)));
        } else {
            h.raw("<p class=\"warning\">")
                .text(x(X::ReadableWarning))
                .raw("</p>");
        }
        h.raw("<p role=\"alert\" class=\"form-error\" data-testid=\"exchange-error\">");
        if short_passphrase {
            h.text(x(X::PassShort));
        }
        h.raw("</p><div class=\"actions\"><button type=\"submit\">")
            .text(x(X::ShareButton))
            .raw("</button><button type=\"button\" class=\"secondary\" data-action=\"qr\">")
            .text(x(X::ShowQr))
            .raw("</button></div></form>");
        back(h, x(X::Back));
    }

    fn receive(&self, h: &mut Html, problem: Option<X>) {
        let x = |key| tx(self.lang, key);
        h.raw("<section aria-labelledby=\"receive-title\" class=\"drop\" data-drop><h2 id=\"receive-title\">")
            .text(x(X::ReceiveTitle))
            .raw("</h2><p role=\"alert\" class=\"form-error\" data-testid=\"exchange-error\">");
        if let Some(problem) = problem {
            h.text(x(problem)).raw(" ").text(x(X::Untouched));
        }
        h.raw("</p><div class=\"actions\"><button type=\"button\" data-action=\"scan\">")
            .text(x(X::ScanButton))
            .raw("</button><label class=\"button secondary file\" for=\"file\">")
            .text(x(X::PickFile))
            .raw("</label><input type=\"file\" id=\"file\" name=\"file\" class=\"visually-hidden\" accept=\".jbs,.json,.txt,application/json,application/octet-stream\"></div><p class=\"muted\">")
            .text(x(X::DropHint))
            .raw("</p></section>");
    }
}

fn busy(h: &mut Html, text: &str) {
    h.raw("<p role=\"status\" aria-busy=\"true\" class=\"busy\" data-testid=\"exchange-busy\"><span class=\"spinner\" aria-hidden=\"true\"></span>")
        .text(text)
        .raw("</p>");
}

fn back(h: &mut Html, text: &str) {
    h.raw("<button type=\"button\" class=\"secondary\" data-action=\"back\">")
        .text(text)
        .raw("</button>");
}

fn to_overview(h: &mut Html, text: &str) {
    h.raw("<p><a href=\"/\">").text(text).raw("</a></p>");
}

fn passphrase_field(h: &mut Html, id: &str, label: &str, hint: Option<&str>) {
    h.raw("<div class=\"field\"><label for=\"")
        .raw(id)
        .raw("\">")
        .text(label)
        .raw("</label>");
    if let Some(hint) = hint {
        h.raw("<p class=\"hint\" id=\"")
            .raw(id)
            .raw("-hint\">")
            .text(hint)
            .raw("</p>");
    }
    h.raw("<input type=\"password\" id=\"").raw(id).raw(
        "\" name=\"passphrase\" autocomplete=\"off\" autocapitalize=\"none\" spellcheck=\"false\"",
    );
    if hint.is_some() {
        h.raw(" aria-describedby=\"").raw(id).raw("-hint\"");
    }
    h.raw("></div>");
}

/// "12 nye noter, 3 svar opdateret": what a file brought, or that it brought nothing.
pub fn report_text(report: &Report, lang: Lang) -> String {
    let x = |key| tx(lang, key);
    let mut parts = Vec::new();
    let mut count = |n: usize, one: X, many: X| {
        if n > 0 {
            parts.push(format!("{n} {}", x(if n == 1 { one } else { many })));
        }
    };
    count(report.new_notes, X::NewNote, X::NewNotes);
    count(report.changed_notes, X::ChangedNote, X::ChangedNotes);
    count(report.answers, X::ChangedAnswer, X::ChangedAnswers);
    count(
        report.focus_points,
        X::ChangedFocusPoint,
        X::ChangedFocusPoints,
    );
    for (changed, what) in [
        (report.activity, X::ChangedActivity),
        (report.agreements, X::ChangedAgreements),
        (report.leadership, X::ChangedLeadership),
        (report.hosts, X::ChangedHosts),
        (report.partner_name, X::ChangedPartnerName),
        (report.my_name, X::ChangedMyName),
    ] {
        if changed {
            parts.push(x(what).to_string());
        }
    }
    if parts.is_empty() {
        x(X::NothingNew).to_string()
    } else {
        parts.join(", ")
    }
}
