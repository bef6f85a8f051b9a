//! Reusable view pieces, one public component per file.

pub mod back_link;
pub mod choice;
pub mod loading;
pub mod nav;
pub mod save_notice;
pub mod style_rating;
pub mod text_field;
pub mod update_banner;
