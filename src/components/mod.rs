//! Reusable view pieces, one public component per file.

pub mod back_link;
pub mod loading;
pub mod nav;
pub mod save_notice;
pub mod update_banner;
