//! Reusable view pieces, one public component per file.

pub mod link;
pub mod nav;
pub mod update_banner;
