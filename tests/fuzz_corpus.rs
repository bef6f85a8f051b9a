//! The import fuzz target's corpus (`fuzz/corpus/import`) as a plain test: every saved
//! input, through the same body as the fuzz target. Runs on stable; the fuzzing itself
//! runs in `make test` where a nightly toolchain is.
#![cfg(not(target_arch = "wasm32"))]

#[test]
fn every_corpus_input_is_handled_without_a_panic() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus/import");
    let mut inputs = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let data = std::fs::read(entry.unwrap().path()).unwrap();
        jobbesoeg::core::exchange::fuzz_import(&data);
        inputs += 1;
    }
    assert!(
        inputs >= 6,
        "the corpus is in the repository ({inputs} inputs)"
    );
}

/// A programme that is JSON gets a readable file with its checksum computed: the
/// fuzzer's mutations of it reach the model's reader and the merge, not only the
/// checksum's refusal.
#[test]
fn a_mutated_programme_reaches_the_merge() {
    let stored = include_str!("fixtures/programme-v1.json");
    let value: serde_json::Value = serde_json::from_str(stored).unwrap();
    let file = jobbesoeg::core::exchange::with_checksum(&value);
    let opened = jobbesoeg::core::exchange::open(file.as_bytes(), "").unwrap();
    assert_eq!(opened.programme.me.name.value, "Mette");
    // Still ours, but with a note whose text is not text: refused, no panic.
    let broken = stored.replacen(
        "\"value\":\"Formanden",
        "\"value\":[\"Formanden\"],\"x\":\"",
        1,
    );
    for text in [stored, broken.as_str()] {
        jobbesoeg::core::exchange::fuzz_import(text.as_bytes());
    }
}

/// The fuzz target's edits of a whole programme, 1,000 random inputs on stable: each
/// spoils values anywhere in it and reaches the border's checks and the merge; none
/// panics.
#[test]
fn random_edits_of_a_whole_programme_never_panic() {
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..1_000 {
        let len = (next() % 48) as usize;
        let data: Vec<u8> = (0..len).map(|_| next() as u8).collect();
        jobbesoeg::core::exchange::fuzz_import(&data);
    }
}
