//! Any bytes as an imported file: open → unseal → parse → validate → merge.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    jobbesoeg::core::exchange::fuzz_import(data);
});
