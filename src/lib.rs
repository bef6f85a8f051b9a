//! Jobbesøg: an offline PWA for leaders who learn from each other by job visits.
//!
//! `core` is pure Rust, tested natively; `store` and `platform` are the thin browser
//! edge; `state` is what the screens share; `components` and `pages` draw them, one page
//! per route. The workers (`src/bin`) talk to the page in `worker_protocol`'s messages.

pub mod app;
pub mod components;
pub mod core;
pub mod html;
pub mod i18n;
pub mod pages;
pub mod platform;
pub mod sharing;
pub mod state;
pub mod store;
pub mod worker_protocol;
