//! Two pairs side by side for the May session (issue 9): the other pair's summary file
//! (the exchange's readable form, scope "summary") shown beside this pair's visits, read
//! only and marked as theirs. The file is kept as it came, under its own record key,
//! which the programme's loader ignores.

use crate::core::compare::rows;
use crate::core::exchange::{self, ExchangeError};
use crate::core::model::Programme;
use crate::core::schema;
use crate::html::Html;
use crate::i18n::sharing::{tx, X};
use crate::i18n::verdict_text;
use serde::{Deserialize, Serialize};

/// The record key the other pair's file is kept under.
pub const KEY: &str = "other-pair";

/// The other pair's programme from its file, refused when it is this pair's own; with
/// the record to keep it under `KEY`: the file in the records' own envelope, so that the
/// programme's loader reads it as a record it does not know, and passes it by.
pub fn read(mine: &Programme, bytes: &[u8]) -> Result<(Programme, String), X> {
    let text = std::str::from_utf8(bytes).map_err(|_| {
        if exchange::is_sealed(bytes) {
            X::ErrOtherSealed
        } else {
            X::ErrGarbage
        }
    })?;
    let received = exchange::read(text).map_err(|e| match e {
        ExchangeError::Garbage if exchange::is_sealed(bytes) => X::ErrOtherSealed,
        e => crate::sharing::problem(e),
    })?;
    let ours = [&mine.me.id, &mine.partner.id];
    let theirs = &received.programme;
    if ours.contains(&&theirs.me.id) || ours.contains(&&theirs.partner.id) {
        return Err(X::ErrOwnPair);
    }
    let record = schema::wrap(&Kept { file: text.into() });
    Ok((received.programme, record))
}

/// The kept record's body: `{"file": "<the file as it came>"}`.
#[derive(Serialize, Deserialize)]
struct Kept {
    file: String,
}

/// The other pair's programme from the kept record, if any and still readable.
pub fn from_record(record: &str) -> Option<Programme> {
    let body = schema::open(record).ok()?;
    let kept: Kept = schema::body_as(body).ok()?;
    exchange::read(&kept.file).ok().map(|r| r.programme)
}

/// "Mette &amp; Jonas": the pair as the programme names it.
pub fn pair_names(h: &mut Html, p: &Programme) {
    h.text(&p.me.name.value)
        .raw(" &amp; ")
        .text(&p.partner.name.value);
}

/// One visit as a card: who, the activity, the key observations, the largest gap, what
/// they learnt together.
fn card(h: &mut Html, p: &Programme, i: usize, theirs: bool) {
    let lang = h.lang;
    let x = |key| tx(lang, key);
    let v = &p.visits[i];
    h.raw(if theirs {
        "<article class=\"pair-visit theirs\">"
    } else {
        "<article class=\"pair-visit\">"
    })
    .raw("<h3>")
    .text(&super::visit_heading(p, i, lang))
    .raw("</h3><p><strong>")
    .text(&v.activity.title.value)
    .raw("</strong></p><ul>");
    for note in v.live_notes().filter(|n| n.starred.value) {
        h.raw("<li>").text(&note.text.value).raw("</li>");
    }
    h.raw("</ul><p>")
        .text(&verdict_text(&rows(v), lang))
        .raw("</p>");
    if !v.reflection.shared.value.trim().is_empty() {
        h.raw("<p><em>")
            .text(x(X::LearntTogether))
            .raw(":</em> ")
            .text(&v.reflection.shared.value)
            .raw("</p>");
    }
    h.raw("</article>");
}

/// The section: a way to fetch the other pair's file and to share this pair's, then the
/// four visits side by side once their file is here.
pub fn render(h: &mut Html, mine: &Programme, other: Option<&Programme>, problem: Option<X>) {
    let lang = h.lang;
    let x = |key| tx(lang, key);
    h.raw("<section class=\"no-print pairs\" aria-labelledby=\"pairs-title\" data-testid=\"two-pairs\"><h2 id=\"pairs-title\">")
        .text(x(X::PairsTitle))
        .raw("</h2><p>")
        .text(x(X::PairsText))
        .raw("</p><p class=\"actions\"><button type=\"button\" class=\"secondary\" data-action=\"share-summary\">")
        .text(x(X::ShareSummary))
        .raw("</button> <label class=\"button secondary file\" for=\"other-file\">")
        .text(x(X::FetchOther))
        .raw("</label><input type=\"file\" id=\"other-file\" data-kind=\"other\" class=\"visually-hidden\" accept=\".json,.txt,application/json\"></p><p role=\"alert\" class=\"form-error\" data-testid=\"pairs-error\">");
    if let Some(problem) = problem {
        h.text(x(problem)).raw(" ").text(x(X::Untouched));
    }
    h.raw("</p>");
    if let Some(other) = other {
        h.raw("<div class=\"pair-grid\"><div class=\"pair-column\"><h3 class=\"pair-label\">")
            .text(x(X::OurPair))
            .raw(": ");
        pair_names(h, mine);
        h.raw("</h3>");
        for i in 0..2 {
            card(h, mine, i, false);
        }
        h.raw("</div><div class=\"pair-column theirs\" data-testid=\"other-pair\"><h3 class=\"pair-label\">")
            .text(x(X::TheirPair))
            .raw(": ");
        pair_names(h, other);
        h.raw(" — ").text(x(X::ReadOnly)).raw("</h3>");
        for i in 0..2 {
            card(h, other, i, true);
        }
        h.raw("</div></div>");
    }
    h.raw("</section>");
}
