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
