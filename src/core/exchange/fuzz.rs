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
