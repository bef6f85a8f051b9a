//! A partner's programme checked at the border, before it is merged (issue 17). A file
//! carries a checksum anyone can recompute, so only its content can be trusted or not:
//! ids that become record keys, lengths, counts, unknown members and versions are all
//! held to what the app itself writes, with room to spare. The first problem found is
//! named; nothing is merged then.

use super::field::Field;
use super::model::{Extra, Leadership, Note, ParticipantId, Programme, Visit};
use super::schema::to_text;

/// The longest id: a participant's is 32 hex digits, a note's 43 characters.
pub const MAX_ID: usize = 64;
/// The longest text in one field (a note, an answer, a reflection), in characters.
pub const MAX_TEXT: usize = 20_000;
/// The longest name, in characters.
pub const MAX_NAME: usize = 200;
/// Notes per visit: a guest writes tens; a thousand is the benchmark's busy meeting.
pub const MAX_NOTES: usize = 2_000;
/// Focus points per visit.
pub const MAX_FOCUS_POINTS: usize = 100;
/// Items in a list field (criteria, a note's markers).
pub const MAX_ITEMS: usize = 50;
/// Unknown members (from a newer app) on one item, as JSON text.
pub const MAX_EXTRA: usize = 4_096;
/// The highest rating of a style (0–4, as the screen offers).
pub const MAX_EMPHASIS: u8 = 4;
/// The highest version a field may carry: the largest integer JavaScript counts exactly.
pub const MAX_VERSION: u64 = 1 << 53;
/// How far past this phone's highest version a field may be: more edits than anyone
/// types into one field. A version far above it would win over every later edit here.
pub const MAX_JUMP: u64 = 1_000_000;

/// What is wrong with a file's programme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Invalid {
    /// An id with other characters than letters, digits, `-` and `_`, empty or too long.
    Id,
    /// Two notes or focus points with the same id in one visit.
    DuplicateId,
    /// A text or a name too long.
    TooLong,
    /// Too many notes, focus points or items.
    TooMany,
    /// Unknown members too large.
    Unknown,
    /// A version number too high.
    Version,
    /// A value the app never writes (a style rated above 4).
    Value,
}

/// Checks `theirs` (a file's programme) before it is merged into `mine`.
pub fn check(theirs: &Programme, mine: &Programme) -> Result<(), Invalid> {
    let ceiling = highest_version(mine)
        .saturating_add(MAX_JUMP)
        .min(MAX_VERSION);
    let c = Checker { ceiling };
    c.id(&theirs.me.id.0)?;
    c.id(&theirs.partner.id.0)?;
    c.text(&theirs.me.name, MAX_NAME)?;
    c.text(&theirs.partner.name, MAX_NAME)?;
    for extra in [&theirs.me.extra, &theirs.partner.extra, &theirs.extra] {
        c.extra(extra)?;
    }
    for v in &theirs.visits {
        c.visit(v)?;
    }
    Ok(())
}

/// The highest version of any field in `p`.
fn highest_version(p: &Programme) -> u64 {
    let mut highest = p.me.name.version.max(p.partner.name.version);
    let mut see = |v: u64| highest = highest.max(v);
    for v in &p.visits {
        visit_versions(v, &mut see);
    }
    highest
}

fn visit_versions(v: &Visit, see: &mut impl FnMut(u64)) {
    see(v.host.version);
    let a = &v.activity;
    for f in [&a.scope, &a.title, &a.description] {
        see(f.version);
    }
    see(a.criteria.version);
    for s in [&v.agreements.visit, &v.agreements.reflection] {
        see(s.date.version);
        see(s.start.version);
        see(s.end.version);
        see(s.place.version);
    }
    for f in &v.alignment.answers {
        see(f.version);
    }
    for p in &v.alignment.focus_points {
        see(p.text.version);
        see(p.deleted.version);
    }
    for l in [&v.intended, &v.perceived] {
        for s in l.styles.values() {
            see(s.emphasis.version);
            see(s.text.version);
        }
    }
    for n in &v.notes {
        for f in [&n.text, &n.wonder] {
            see(f.version);
        }
        see(n.tags.version);
        see(n.starred.version);
        see(n.deleted.version);
    }
    let r = &v.reflection;
    for f in r.host.iter().chain(&r.guest).chain([&r.shared]) {
        see(f.version);
    }
}

struct Checker {
    /// The highest version accepted.
    ceiling: u64,
}

impl Checker {
    fn id(&self, id: &str) -> Result<(), Invalid> {
        let fits = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
        if id.is_empty() || id.len() > MAX_ID || !id.chars().all(fits) {
            return Err(Invalid::Id);
        }
        Ok(())
    }

    /// A field's version and writer.
    fn field<T>(&self, f: &Field<T>) -> Result<(), Invalid> {
        if f.version > self.ceiling {
            return Err(Invalid::Version);
        }
        // An unwritten field may have no writer.
        if !f.by.0.is_empty() {
            self.id(&f.by.0)?;
        }
        Ok(())
    }

    fn text(&self, f: &Field<String>, max: usize) -> Result<(), Invalid> {
        self.field(f)?;
        if f.value.chars().count() > max {
            return Err(Invalid::TooLong);
        }
        Ok(())
    }

    fn list<T>(&self, f: &Field<Vec<T>>) -> Result<(), Invalid> {
        self.field(f)?;
        if f.value.len() > MAX_ITEMS {
            return Err(Invalid::TooMany);
        }
        Ok(())
    }

    fn extra(&self, extra: &Extra) -> Result<(), Invalid> {
        if !extra.is_empty() && to_text(extra).len() > MAX_EXTRA {
            return Err(Invalid::Unknown);
        }
        Ok(())
    }

    /// Ids of one list: well formed, and each once.
    fn ids<'a>(&self, ids: impl Iterator<Item = &'a str>) -> Result<(), Invalid> {
        let mut seen = std::collections::BTreeSet::new();
        for id in ids {
            self.id(id)?;
            if !seen.insert(id) {
                return Err(Invalid::DuplicateId);
            }
        }
        Ok(())
    }

    fn leadership(&self, l: &Leadership) -> Result<(), Invalid> {
        for s in l.styles.values() {
            self.field(&s.emphasis)?;
            if s.emphasis.value.is_some_and(|e| e > MAX_EMPHASIS) {
                return Err(Invalid::Value);
            }
            self.text(&s.text, MAX_TEXT)?;
            self.extra(&s.extra)?;
        }
        self.extra(&l.extra)
    }

    fn note(&self, n: &Note) -> Result<(), Invalid> {
        self.text(&n.text, MAX_TEXT)?;
        self.text(&n.wonder, MAX_TEXT)?;
        self.list(&n.tags)?;
        self.field(&n.starred)?;
        self.field(&n.deleted)?;
        self.extra(&n.extra)
    }

    fn visit(&self, v: &Visit) -> Result<(), Invalid> {
        self.field(&v.host)?;
        if let Some(ParticipantId(host)) = &v.host.value {
            self.id(host)?;
        }
        let a = &v.activity;
        self.list(&a.criteria)?;
        self.text(&a.scope, MAX_TEXT)?;
        self.text(&a.title, MAX_TEXT)?;
        self.text(&a.description, MAX_TEXT)?;
        self.extra(&a.extra)?;
        for s in [&v.agreements.visit, &v.agreements.reflection] {
            self.field(&s.date)?;
            self.field(&s.start)?;
            self.field(&s.end)?;
            self.text(&s.place, MAX_TEXT)?;
            self.extra(&s.extra)?;
        }
        self.extra(&v.agreements.extra)?;
        let points = &v.alignment.focus_points;
        if points.len() > MAX_FOCUS_POINTS || v.notes.len() > MAX_NOTES {
            return Err(Invalid::TooMany);
        }
        self.ids(points.iter().map(|p| p.id.as_str()))?;
        self.ids(v.notes.iter().map(|n| n.id.as_str()))?;
        for f in &v.alignment.answers {
            self.text(f, MAX_TEXT)?;
        }
        for p in points {
            self.text(&p.text, MAX_TEXT)?;
            self.field(&p.deleted)?;
            self.extra(&p.extra)?;
        }
        self.extra(&v.alignment.extra)?;
        self.leadership(&v.intended)?;
        self.leadership(&v.perceived)?;
        for n in &v.notes {
            self.note(n)?;
        }
        let r = &v.reflection;
        for f in r.host.iter().chain(&r.guest).chain([&r.shared]) {
            self.text(f, MAX_TEXT)?;
        }
        self.extra(&r.extra)?;
        self.extra(&v.extra)
    }
}
