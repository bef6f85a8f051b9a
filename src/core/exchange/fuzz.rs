//! The import path as the fuzzer drives it (`fuzz/fuzz_targets/import.rs`).

use super::open;
use crate::core::model::Programme;

/// The fuzz target's body (`fuzz/fuzz_targets/import.rs`, and its corpus as a plain
/// test): any bytes through open → unseal → parse → validate → merge. It must never
/// panic, and what it merges must merge again to the same.
pub fn fuzz_import(data: &[u8]) {
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
