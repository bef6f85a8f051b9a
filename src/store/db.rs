//! The programme in IndexedDB, one record per section and per note (`core::records`).
//!
//! Through `indexed_db_futures` 0.6: maintained, futures over the whole IndexedDB API, and
//! the only such crate that exposes transaction durability, which we set to "strict": a
//! write counts as saved only once it is on the disk.

use indexed_db_futures::database::Database;
use indexed_db_futures::error::{Error as IdbError, OpenDbError};
use indexed_db_futures::internals::SystemRepr;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::{TransactionDurability, TransactionMode, TransactionOptions};
use thiserror::Error;

use crate::core::model::Programme;
use crate::core::records;
use crate::core::schema::SchemaError;

const DB_NAME: &str = "jobbesoeg";
const STORE: &str = "records";

/// Why the programme could not be read or written.
#[derive(Debug, Error)]
pub enum DbError {
    /// No IndexedDB here (private mode in some browsers, or blocked by settings).
    #[error("IndexedDB is unavailable: {0}")]
    Unavailable(String),
    /// The browser's storage quota is used up (a full phone).
    #[error("storage is full")]
    Full,
    #[error("storage failed: {0}")]
    Failed(String),
    /// What is stored was written by a newer app or is damaged; it is left as it is.
    #[error(transparent)]
    Schema(#[from] SchemaError),
}

impl From<IdbError> for DbError {
    fn from(e: IdbError) -> Self {
        // The DOM exception's name and message, not the crate's Display: that pulls in
        // formatting for every error the crate has (~5 KB brotli of the first load).
        match &e {
            IdbError::DomException(d) => {
                let d = d.as_sys();
                match d.name().as_str() {
                    "QuotaExceededError" => DbError::Full,
                    name => DbError::Failed(format!("{name}: {}", d.message())),
                }
            }
            _ => DbError::Failed("unexpected IndexedDB error".into()),
        }
    }
}

impl From<OpenDbError> for DbError {
    fn from(e: OpenDbError) -> Self {
        match e {
            OpenDbError::Base(e) => e.into(),
            _ => DbError::Unavailable("IndexedDB cannot be opened".into()),
        }
    }
}

/// An open connection to the app's database.
pub struct Db(Database);

impl Db {
    pub async fn open() -> Result<Db, DbError> {
        let db = Database::open(DB_NAME)
            .with_version(1u8)
            .with_on_upgrade_needed(|event, db| {
                if event.old_version() < 1.0 {
                    db.create_object_store(STORE).build()?;
                }
                Ok(())
            })
            .await
            .map_err(|e| match DbError::from(e) {
                DbError::Full => DbError::Full,
                other => DbError::Unavailable(other.to_string()),
            })?;
        Ok(Db(db))
    }

    /// Writes records in one strict transaction; resolves once they are on disk.
    pub async fn put(&self, records: &[(String, String)]) -> Result<(), DbError> {
        let options = TransactionOptions::new().with_durability(TransactionDurability::Strict);
        let tx = self
            .0
            .transaction(STORE)
            .with_mode(TransactionMode::Readwrite)
            .with_options(options)
            .build()?;
        let store = tx.object_store(STORE)?;
        for (key, value) in records {
            // Requests go out when built; the commit waits for all of them.
            store
                .put(value.as_str())
                .with_key(key.as_str())
                .primitive()?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Writes the whole programme (first run, import).
    pub async fn save_all(&self, programme: &Programme) -> Result<(), DbError> {
        self.put(&records::split(programme)).await
    }

    /// Writes the one record behind `key` after an edit there.
    pub async fn save_record(&self, programme: &Programme, key: &str) -> Result<(), DbError> {
        match records::record(programme, key) {
            Some(value) => self.put(&[(key.to_string(), value)]).await,
            None => Err(DbError::Failed(format!("no record {key}"))),
        }
    }

    /// The stored programme, or `None` on first run.
    pub async fn load(&self) -> Result<Option<Programme>, DbError> {
        let tx = self.0.transaction(STORE).build()?;
        let store = tx.object_store(STORE)?;
        // Both lists come in key order, so they pair up.
        let keys: Vec<String> = store
            .get_all_keys::<String>()
            .primitive()?
            .await?
            .collect::<Result<_, _>>()?;
        let values: Vec<String> = store
            .get_all::<String>()
            .primitive()?
            .await?
            .collect::<Result<_, _>>()?;
        Ok(records::assemble(keys.into_iter().zip(values))?)
    }

    /// Closes the connection (a new `open` sees everything committed).
    pub fn close(self) {
        self.0.close();
    }

    /// Removes every record (end of programme, after the typed confirmation).
    pub async fn clear(&self) -> Result<(), DbError> {
        let tx = self
            .0
            .transaction(STORE)
            .with_mode(TransactionMode::Readwrite)
            .build()?;
        tx.object_store(STORE)?.clear()?;
        tx.commit().await?;
        Ok(())
    }
}
