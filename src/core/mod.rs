//! The pure core: no browser, no clock, no randomness. Tested natively with `cargo test`.

pub mod route;
pub mod settings;
