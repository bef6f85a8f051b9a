//! Reusable view pieces, one public component per file.

pub mod back_link;
pub mod choice;
pub mod compare_chart;
pub mod judging_hint;
pub mod loading;
pub mod marked_text;
pub mod nav;
pub mod note_composer;
pub mod note_list;
pub mod save_notice;
pub mod style_rating;
pub mod text_field;
pub mod update_banner;
