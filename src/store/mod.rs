//! The only code that touches browser storage. Settings live in localStorage (small,
//! synchronous, read before the first paint); the programme lives in IndexedDB (`db`).

pub mod db;
pub mod live;

use gloo_storage::{LocalStorage, Storage};
use thiserror::Error;

use crate::core::settings::Settings;

/// Every key this app writes to localStorage, declared once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageKey {
    Settings,
    /// The phone's date of the last file shared or downloaded ("2027-03-10"); written by
    /// the exchange screen's script (`public/exchange.js`).
    Exported,
}

impl StorageKey {
    pub fn as_str(self) -> &'static str {
        match self {
            StorageKey::Settings => "jobbesoeg.settings",
            StorageKey::Exported => "jobbesoeg.exported",
        }
    }
}

/// Why a value could not be stored.
#[derive(Debug, Error)]
pub enum StoreError {
    #[error("browser storage is unavailable or full: {0}")]
    Unavailable(String),
}

/// The stored settings; defaults when nothing (or nothing readable) is stored.
pub fn load_settings() -> Settings {
    LocalStorage::get(StorageKey::Settings.as_str()).unwrap_or_default()
}

/// Stores the settings, or says why it could not.
pub fn save_settings(settings: &Settings) -> Result<(), StoreError> {
    LocalStorage::set(StorageKey::Settings.as_str(), settings)
        .map_err(|e| StoreError::Unavailable(e.to_string()))
}

/// The date the user last shared or downloaded an exchange file from this phone.
pub fn last_exported() -> Option<crate::core::time::Date> {
    let text = LocalStorage::raw()
        .get_item(StorageKey::Exported.as_str())
        .ok()??;
    crate::core::time::Date::parse(&text)
}

/// Forgets every setting this app keeps ("Slet alt", after the records).
pub fn clear_settings() {
    LocalStorage::clear();
}
