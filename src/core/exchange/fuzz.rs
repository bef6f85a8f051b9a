//! The import path as the fuzzer drives it (`fuzz/fuzz_targets/import.rs`).

use super::{file_around, open, Scope};
use crate::core::model::Programme;
use crate::core::schema;
use crate::core::time::Timestamp;

/// The fuzz target's body (`fuzz/fuzz_targets/import.rs`, and its corpus as a plain
/// test): any bytes through open → unseal → parse → validate → merge. It must never
/// panic, and what it merges must merge again to the same.
///
/// A random file almost never passes the checksum, so the bytes go in twice: as a file,
/// and, where they are JSON, as the programme of a readable file whose checksum is
/// computed for them. Mutations of a stored programme (the corpus holds some) so reach
/// the model's reader and the merge.
pub fn fuzz_import(data: &[u8]) {
    import_file(data);
    if let Ok(programme) = serde_json::from_slice::<serde_json::Value>(data) {
        import_file(with_checksum(&programme).as_bytes());
    }
    // The bytes as edits of a whole programme as the app writes it: each edit picks a
    // value anywhere in it and spoils it (a hostile text, a huge or negative number,
    // null, a copy of a list's item, a member gone). The checksum is computed after, so
    // every mutation reaches the model's reader, the border's checks and the merge.
    if let Ok(mut programme) = serde_json::from_str::<serde_json::Value>(BASE) {
        for edit in data.chunks(3).take(16) {
            mutate(&mut programme, edit);
        }
        import_file(with_checksum(&programme).as_bytes());
    }
}

/// A programme with both visits filled in, as stored (`tests/fixtures`).
const BASE: &str = include_str!("../../../tests/fixtures/programme-v1.json");

/// Spoils one value of `root`: `edit` is (which value, how, with what).
fn mutate(root: &mut serde_json::Value, edit: &[u8]) {
    use serde_json::Value;
    let [which, how, with] = [0, 1, 2].map(|i| edit.get(i).copied().unwrap_or(0));
    // Every value, in document order, by a path of steps.
    let mut paths: Vec<Vec<Step>> = Vec::new();
    collect(root, &mut Vec::new(), &mut paths);
    let Some(path) = paths.get(which as usize * paths.len() / 256) else {
        return;
    };
    let Some(target) = walk(root, path) else {
        return;
    };
    *target = match how % 8 {
        0 => Value::String(["2027-0é-10", "a/b", "", "\u{0}", "ø"][with as usize % 5].into()),
        1 => Value::from(u64::MAX - with as u64),
        2 => Value::from((1u64 << 53) + with as u64),
        3 => Value::from(-(with as i64) - 1),
        4 => Value::Null,
        5 => Value::String("x".repeat(with as usize * 200)),
        6 => match target.take() {
            Value::Array(mut items) if !items.is_empty() => {
                let copy = items[with as usize % items.len()].clone();
                items.push(copy);
                Value::Array(items)
            }
            other => other,
        },
        _ => match target.take() {
            Value::Object(mut members) if !members.is_empty() => {
                let key = members.keys().nth(with as usize % members.len()).cloned();
                if let Some(key) = key {
                    members.remove(&key);
                }
                Value::Object(members)
            }
            other => other,
        },
    };
}

/// One step into a JSON value: a member or an item.
#[derive(Clone)]
enum Step {
    Member(String),
    Item(usize),
}

fn collect(value: &serde_json::Value, at: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
    out.push(at.clone());
    match value {
        serde_json::Value::Object(members) => {
            for (key, member) in members {
                at.push(Step::Member(key.clone()));
                collect(member, at, out);
                at.pop();
            }
        }
        serde_json::Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                at.push(Step::Item(i));
                collect(item, at, out);
                at.pop();
            }
        }
        _ => {}
    }
}

fn walk<'a>(value: &'a mut serde_json::Value, path: &[Step]) -> Option<&'a mut serde_json::Value> {
    path.iter().try_fold(value, |v, step| match step {
        Step::Member(key) => v.get_mut(key.as_str()),
        Step::Item(i) => v.get_mut(*i),
    })
}

/// A readable file around `programme` (any JSON, not only what the model writes), with
/// the checksum its text should have: so that mutations reach past the checksum.
pub fn with_checksum(programme: &serde_json::Value) -> String {
    file_around(
        schema::to_text(programme),
        Scope::All,
        Timestamp(1_805_000_000_000),
    )
}

fn import_file(data: &[u8]) {
    use crate::core::merge::{import_partner, merge};
    use crate::core::model::ParticipantId;
    let Ok(received) = open(data, "korrekt hest batteri hæfteklamme") else {
        return;
    };
    let me = ParticipantId("fuzz-me".into());
    let mut mine = Programme::new(me.clone(), ParticipantId("fuzz-partner".into()));
    mine.me.name.set("Fuzz".into(), &me);
    if import_partner(&mut mine, &received.programme).is_ok() {
        let once = mine.clone();
        let again = merge(&mut mine, &once);
        assert!(
            again.is_empty() && mine == once,
            "merging a merge changed it"
        );
    }
}
