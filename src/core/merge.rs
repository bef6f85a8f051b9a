//! Two copies of the programme become one, the same whichever way round: per field the
//! higher version wins, equal versions with different values are decided by a fixed
//! rule (the writer's id, then the value as JSON), notes and focus points are joined by
//! id, and a deletion is a tombstone field like any other. So merging is commutative,
//! associative and idempotent (`tests/merge.rs` checks it on random copies).
//!
//! The partner's file speaks from the other side (its `me` is our partner):
//! [`import_partner`] turns it round and learns the partner's id and name first.

use std::collections::{BTreeMap, HashMap};

use super::model::{
    Activity, Agreements, Alignment, Extra, Field, FocusPoint, Leadership, Note, ParticipantId,
    Programme, Reflection, Slot, StyleView, Visit,
};
use super::schema::to_text;
use super::validate::{self, Invalid};
use serde::Serialize;

pub use super::report::Report;

/// Merging one value of the model into another.
trait Merge {
    /// Takes from `other` what wins.
    fn merge(&mut self, other: &Self);
}

impl<T: Clone + PartialEq + Serialize> Merge for Field<T> {
    fn merge(&mut self, other: &Self) {
        if wins(other, self) {
            *self = other.clone();
        }
    }
}

/// Whether `a` wins over `b`: the higher version; on a tie the higher writer id, then
/// the greater value as JSON text. A total order, so either side decides the same.
fn wins<T: PartialEq + Serialize>(a: &Field<T>, b: &Field<T>) -> bool {
    if a.version != b.version {
        return a.version > b.version;
    }
    if a.value == b.value && a.by == b.by {
        return false;
    }
    (&a.by, to_text(&a.value)) > (&b.by, to_text(&b.value))
}

/// Unknown members (from a newer app): the union; on the same key the greater JSON.
fn merge_extra(mine: &mut Extra, other: &Extra) {
    for (key, value) in other {
        match mine.get_mut(key) {
            Some(here) => {
                if to_text(value) > to_text(here) {
                    *here = value.clone();
                }
            }
            None => {
                mine.insert(key.clone(), value.clone());
            }
        }
    }
    mine.sort_keys();
}

/// Every participant id in a value of the model, to turn a partner's file round.
trait Rename {
    fn rename(&mut self, f: &mut dyn FnMut(&mut ParticipantId));
}

impl<T> Rename for Field<T> {
    fn rename(&mut self, f: &mut dyn FnMut(&mut ParticipantId)) {
        f(&mut self.by);
    }
}

impl<T: Rename> Rename for [T] {
    fn rename(&mut self, f: &mut dyn FnMut(&mut ParticipantId)) {
        for item in self {
            item.rename(f);
        }
    }
}

/// `Merge` and `Rename` for a struct of fields (and unknown members in `extra`).
macro_rules! by_field {
    ($t:ty { $($f:ident),* } $(+ $extra:ident)?) => {
        impl Merge for $t {
            fn merge(&mut self, other: &Self) {
                $( self.$f.merge(&other.$f); )*
                $( merge_extra(&mut self.$extra, &other.$extra); )?
            }
        }
        impl Rename for $t {
            fn rename(&mut self, f: &mut dyn FnMut(&mut ParticipantId)) {
                $( self.$f.rename(f); )*
            }
        }
    };
}

by_field!(
    Activity {
        criteria,
        scope,
        title,
        description
    } + extra
);
by_field!(
    Slot {
        date,
        start,
        end,
        place
    } + extra
);
by_field!(Agreements { visit, reflection } + extra);
by_field!(StyleView { emphasis, text } + extra);
by_field!(FocusPoint { text, deleted } + extra);
by_field!(
    Reflection {
        host,
        guest,
        shared
    } + extra
);

impl<T: Merge, const N: usize> Merge for [T; N] {
    fn merge(&mut self, other: &Self) {
        for (a, b) in self.iter_mut().zip(other) {
            a.merge(b);
        }
    }
}

impl Rename for Alignment {
    fn rename(&mut self, f: &mut dyn FnMut(&mut ParticipantId)) {
        self.answers.rename(f);
        self.focus_points.rename(f);
    }
}

impl Rename for Leadership {
    fn rename(&mut self, f: &mut dyn FnMut(&mut ParticipantId)) {
        for view in self.styles.values_mut() {
            view.rename(f);
        }
    }
}

impl Rename for Note {
    fn rename(&mut self, f: &mut dyn FnMut(&mut ParticipantId)) {
        self.text.rename(f);
        self.wonder.rename(f);
        self.tags.rename(f);
        self.starred.rename(f);
        self.deleted.rename(f);
    }
}

impl Rename for Visit {
    fn rename(&mut self, f: &mut dyn FnMut(&mut ParticipantId)) {
        self.host.rename(f);
        if let Some(host) = &mut self.host.value {
            f(host);
        }
        self.activity.rename(f);
        self.agreements.rename(f);
        self.alignment.rename(f);
        self.intended.rename(f);
        self.notes.rename(f);
        self.perceived.rename(f);
        self.reflection.rename(f);
    }
}

impl Rename for Programme {
    fn rename(&mut self, f: &mut dyn FnMut(&mut ParticipantId)) {
        f(&mut self.me.id);
        self.me.name.rename(f);
        f(&mut self.partner.id);
        self.partner.name.rename(f);
        self.visits.rename(f);
    }
}

impl Merge for Alignment {
    fn merge(&mut self, other: &Self) {
        self.answers.merge(&other.answers);
        join(
            &mut self.focus_points,
            &other.focus_points,
            |p| &p.id,
            |p| p.id.clone(),
        );
        merge_extra(&mut self.extra, &other.extra);
    }
}

impl Merge for Leadership {
    fn merge(&mut self, other: &Self) {
        let mut styles: BTreeMap<_, StyleView> = std::mem::take(&mut self.styles);
        for (style, view) in &other.styles {
            match styles.get_mut(style) {
                Some(here) => here.merge(view),
                None => {
                    styles.insert(*style, view.clone());
                }
            }
        }
        self.styles = styles;
        merge_extra(&mut self.extra, &other.extra);
    }
}

impl Merge for Note {
    fn merge(&mut self, other: &Self) {
        self.text.merge(&other.text);
        self.wonder.merge(&other.wonder);
        self.tags.merge(&other.tags);
        self.starred.merge(&other.starred);
        self.deleted.merge(&other.deleted);
        merge_extra(&mut self.extra, &other.extra);
        // The same note seen twice keeps the earlier birth (both sides agree on it).
        self.created = self.created.min(other.created);
    }
}

/// Joins two lists of items by id alone: items on both sides merge, the others are
/// added; then the list is ordered by `order` (which must end with the id), so both
/// sides end up with the same list. One pass over each list: a large file merges in
/// linear time (the ids are looked up, not searched for).
fn join<T: Merge + Clone, K: Ord>(
    mine: &mut Vec<T>,
    other: &[T],
    id: impl Fn(&T) -> &str,
    order: impl Fn(&T) -> K,
) {
    let mut at: HashMap<String, usize> = mine
        .iter()
        .enumerate()
        .map(|(i, m)| (id(m).to_string(), i))
        .collect();
    for item in other {
        match at.get(id(item)) {
            Some(&i) => mine[i].merge(item),
            None => {
                at.insert(id(item).to_string(), mine.len());
                mine.push(item.clone());
            }
        }
    }
    mine.sort_by_cached_key(|m| order(m));
}

impl Merge for Visit {
    fn merge(&mut self, other: &Self) {
        self.host.merge(&other.host);
        self.activity.merge(&other.activity);
        self.agreements.merge(&other.agreements);
        self.alignment.merge(&other.alignment);
        self.intended.merge(&other.intended);
        // Notes in the order they were begun (id breaks a tie); one note per id, whatever
        // the file says of its birth.
        join(
            &mut self.notes,
            &other.notes,
            |n| &n.id,
            |n| (n.created, n.id.clone()),
        );
        self.perceived.merge(&other.perceived);
        self.reflection.merge(&other.reflection);
        merge_extra(&mut self.extra, &other.extra);
    }
}

/// Merges `other`, a copy of the same programme from the same point of view (a backup,
/// or a file already turned round), into `programme`; says what changed.
pub fn merge(programme: &mut Programme, other: &Programme) -> Report {
    let before = programme.clone();
    programme.me.name.merge(&other.me.name);
    programme.partner.name.merge(&other.partner.name);
    programme.partner.id_confirmed |= other.partner.id_confirmed;
    merge_extra(&mut programme.me.extra, &other.me.extra);
    merge_extra(&mut programme.partner.extra, &other.partner.extra);
    programme.visits.merge(&other.visits);
    merge_extra(&mut programme.extra, &other.extra);
    Report::between(&before, programme)
}

/// Why a file cannot be merged here.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    /// The file is this phone's own (its `me` is us): nothing to learn from it.
    #[error("the file is this phone's own")]
    OwnFile,
    /// The file is from someone who is neither us nor our partner.
    #[error("the file is from another pair")]
    OtherPair,
    /// The file's programme is not one the app writes (`validate`).
    #[error("the file's programme is refused: {0:?}")]
    Invalid(Invalid),
}

/// Every participant id in `programme` replaced by `map` (where it has an entry).
fn rename(programme: &mut Programme, map: &[(ParticipantId, ParticipantId)]) {
    let swap = |id: &mut ParticipantId| {
        if let Some((_, to)) = map.iter().find(|(from, _)| from == id) {
            *id = to.clone();
        }
    };
    programme.rename(&mut |id| swap(id));
}

/// Merges the partner's file into `mine`: their `me` is our partner. On the first file
/// our provisional id for the partner is replaced by theirs everywhere, and their
/// provisional id for us by ours; after that, a file from anyone else is refused.
pub fn import_partner(mine: &mut Programme, theirs: &Programme) -> Result<Report, ImportError> {
    validate::check(theirs, mine).map_err(ImportError::Invalid)?;
    let their_id = theirs.me.id.clone();
    if their_id == mine.me.id {
        return Err(ImportError::OwnFile);
    }
    if mine.partner.id_confirmed && mine.partner.id != their_id {
        return Err(ImportError::OtherPair);
    }
    let mut theirs = theirs.clone();
    // Their view of us → ours; our provisional id for them → theirs.
    let (their_me, their_partner) = (theirs.me.clone(), theirs.partner.clone());
    rename(
        &mut theirs,
        &[(their_partner.id.clone(), mine.me.id.clone())],
    );
    if !mine.partner.id_confirmed {
        let provisional = mine.partner.id.clone();
        rename(mine, &[(provisional, their_id.clone())]);
        mine.partner.id = their_id.clone();
        mine.partner.id_confirmed = true;
    }
    // The ids turned round are no change a user sees: the report starts here.
    let before = mine.clone();
    // Their name for themselves is their own to write; their name for us is ours.
    let mut their_name = their_me.name.clone();
    if their_name.by == their_partner.id {
        their_name.by = mine.me.id.clone();
    }
    mine.partner.name.merge(&their_name);
    merge_extra(&mut mine.partner.extra, &their_me.extra);
    merge_extra(&mut mine.me.extra, &their_partner.extra);
    mine.visits.merge(&theirs.visits);
    merge_extra(&mut mine.extra, &theirs.extra);
    Ok(Report::between(&before, mine))
}
