//! What the May wrap-up keeps beside the programme (issue 9), as records of their own
//! that the programme's loader passes by: "Det tager jeg med mig" (personal, never
//! sent), and the other pair's summary file, kept as it came. And the star that takes a
//! note into the summary.

use serde::{Deserialize, Serialize};

use crate::core::exchange::{self, ExchangeError};
use crate::core::model::{ParticipantId, Programme};
use crate::core::validate::{self, Invalid};
use crate::core::{records, schema};

/// The record key "Det tager jeg med mig" is kept under.
pub const TAKEAWAY_KEY: &str = "takeaway";

/// The record key the other pair's file is kept under.
pub const OTHER_PAIR_KEY: &str = "other-pair";

/// The takeaway record's body: `{"text": "…"}`.
#[derive(Serialize, Deserialize)]
struct Takeaway {
    text: String,
}

/// The record for "Det tager jeg med mig".
pub fn takeaway_record(text: &str) -> String {
    schema::wrap(&Takeaway { text: text.into() })
}

/// "Det tager jeg med mig" from its record, if it reads.
pub fn takeaway_from_record(record: &str) -> Option<String> {
    let body = schema::open(record).ok()?;
    schema::body_as::<Takeaway>(body).ok().map(|t| t.text)
}

/// Why the other pair's file was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OtherError {
    /// A sealed exchange file, not a summary.
    Sealed,
    /// This pair's own summary.
    OwnPair,
    /// Not a readable exchange file, or a damaged one.
    File(ExchangeError),
    /// A programme the app does not write (`validate`).
    Invalid(Invalid),
}

/// The other pair's file kept: `{"file": "<the file as it came>"}`.
#[derive(Serialize, Deserialize)]
struct Kept {
    file: String,
}

/// The other pair's programme from their summary file, refused when it is this pair's
/// own; with the record to keep it under [`OTHER_PAIR_KEY`]: the file in the records'
/// own envelope, so that the programme's loader reads it as a record it does not know.
pub fn read_other_pair(mine: &Programme, bytes: &[u8]) -> Result<(Programme, String), OtherError> {
    let sealed = exchange::is_sealed(bytes);
    let text = std::str::from_utf8(bytes).map_err(|_| {
        if sealed {
            OtherError::Sealed
        } else {
            OtherError::File(ExchangeError::Garbage)
        }
    })?;
    let received = exchange::read(text).map_err(|e| match e {
        ExchangeError::Garbage if sealed => OtherError::Sealed,
        e => OtherError::File(e),
    })?;
    validate::check(&received.programme, mine).map_err(OtherError::Invalid)?;
    let ours = [&mine.me.id, &mine.partner.id];
    let theirs = &received.programme;
    if ours.contains(&&theirs.me.id) || ours.contains(&&theirs.partner.id) {
        return Err(OtherError::OwnPair);
    }
    let record = schema::wrap(&Kept { file: text.into() });
    Ok((received.programme, record))
}

/// The other pair's programme from the kept record, if any and still readable.
pub fn other_pair_from_record(record: &str) -> Option<Programme> {
    let body = schema::open(record).ok()?;
    let kept: Kept = schema::body_as(body).ok()?;
    exchange::read(&kept.file).ok().map(|r| r.programme)
}

/// Stars or unstars note `id` of visit `visit` as `by`; returns the note's record key
/// (`None`: no such note).
pub fn toggle_star(
    p: &mut Programme,
    visit: usize,
    id: &str,
    by: &ParticipantId,
) -> Option<String> {
    let note = p.visits.get_mut(visit)?.note_mut(id)?;
    let on = !note.starred.value;
    note.starred.set(on, by);
    Some(records::note_key(visit, id))
}
