//! "Det tager jeg med mig": what the user writes at the end of the programme, for the
//! wrap-up. Personal: kept on this phone under its own record key (in the records'
//! envelope, which the programme's loader passes by), never sent to the partner.

use serde::{Deserialize, Serialize};

use crate::core::schema;
use crate::html::Html;
use crate::i18n::sharing::{tx, X};

/// The record key the text is kept under.
pub const KEY: &str = "takeaway";

/// The record's body: `{"text": "…"}`.
#[derive(Serialize, Deserialize)]
struct Takeaway {
    text: String,
}

/// The record for `text`.
pub fn record(text: &str) -> String {
    schema::wrap(&Takeaway { text: text.into() })
}

/// The text from its record, if it reads.
pub fn from_record(record: &str) -> Option<String> {
    let body = schema::open(record).ok()?;
    schema::body_as::<Takeaway>(body).ok().map(|t| t.text)
}

/// The field on screen; on paper, the text.
pub fn render(h: &mut Html, text: &str) {
    let lang = h.lang;
    h.raw(
        "<section class=\"takeaway\" aria-labelledby=\"takeaway-title\"><h2 id=\"takeaway-title\">",
    )
    .text(tx(lang, X::TakeawayTitle))
    .raw("</h2><div class=\"field no-print\"><label for=\"takeaway\">")
    .text(tx(lang, X::TakeawayLabel))
    .raw("</label><textarea id=\"takeaway\" name=\"takeaway\" rows=\"5\">")
    .text(text)
    .raw("</textarea></div><p class=\"print-only\">")
    .text(text)
    .raw("</p></section>");
}
