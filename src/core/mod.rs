//! The pure core: no browser, no clock, no randomness. Tested natively with `cargo test`.

pub mod compare;
pub mod edit;
pub mod exchange;
pub mod field;
pub mod ics;
pub mod merge;
pub mod model;
pub mod observe;
pub mod qr;
pub mod records;
pub mod report;
pub mod route;
pub mod schema;
pub mod settings;
pub mod status;
pub mod time;
pub mod validate;
pub mod wrap_up;
