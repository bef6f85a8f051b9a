//! Jobbesøg: an offline PWA for leaders who learn from each other by job visits.
//!
//! `core`, `forms` and `screens` are pure Rust (tested natively); `store` and `platform` are the thin
//! browser edge.

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
pub mod summary;
pub mod worker_protocol;
