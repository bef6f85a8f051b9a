//! Reusable view pieces, one public component per file.

pub mod nav;
pub mod save_notice;
pub mod update_banner;
