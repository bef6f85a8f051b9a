//! One screen per file, named after its route.

pub mod home;
pub mod not_found;
pub mod part;
pub mod settings;
pub mod visit;
