//! The programme in IndexedDB, one record per section and per note (`core::records`).
//!
//! Through `web-sys`, the wasm-bindgen project's own bindings, kept in step with the
//! browsers' IDL. The store needs four IndexedDB calls (open, put, get all, clear), each
//! wrapped here as a future in a few lines. We first used `indexed_db_futures` 0.6: it
//! works, but its open path formats its own errors with floating-point `Display`, which
//! alone cost ~5 KB brotli of the 120 KB first-load budget. Writes use transaction
//! durability "strict": a write counts as saved only once the browser has it on disk.

use std::future::Future;

use js_sys::{Array, Object, Promise, Reflect};
use thiserror::Error;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{future_to_promise, JsFuture};
use web_sys::{DomException, IdbDatabase, IdbObjectStore, IdbRequest, IdbTransaction};

use crate::core::model::Programme;
use crate::core::records;
use crate::core::schema::SchemaError;

#[wasm_bindgen(module = "/src/store/database.js")]
extern "C" {
    /// The object store of the records (the database is defined once, in database.js).
    #[wasm_bindgen(js_name = storeName)]
    fn store_name() -> String;
    /// A connection to the app's database, made or upgraded as needed; the first one was
    /// opened while the wasm loaded.
    #[wasm_bindgen(js_name = openDatabase, catch)]
    fn open_database() -> Result<Promise, JsValue>;
    /// The records read while the wasm loaded, `{keys, values}`, once; then `undefined`.
    #[wasm_bindgen(js_name = takeEarlyRecords)]
    fn take_early_records() -> JsValue;
}

#[wasm_bindgen(module = "/src/store/writer.js")]
extern "C" {
    /// Starts the writer worker (`src/store/worker/writer.js`) ahead of the first write.
    #[wasm_bindgen(js_name = startWriter)]
    pub fn start_writer();
    #[wasm_bindgen(js_name = putRecords)]
    fn put_records(keys: Array, values: Array) -> Promise;
}

/// Writes records in one strict transaction made by the writer worker, off the page's
/// thread (or on it, if the worker cannot run); the future resolves once they are on
/// disk. The records are sent now, before the caller's code goes on (not when the future
/// is first polled, after the screen's updates). Open the database with `Db::open`
/// first: that is where it is made and upgraded.
pub fn write(records: &[(String, String)]) -> impl Future<Output = Result<(), DbError>> {
    let (keys, values) = (Array::new(), Array::new());
    for (key, value) in records {
        keys.push(&JsValue::from_str(key));
        values.push(&JsValue::from_str(value));
    }
    let sent = JsFuture::from(put_records(keys, values));
    async move { sent.await.map(drop).map_err(DbError::from) }
}

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

impl From<JsValue> for DbError {
    /// A DOMException by its name ("QuotaExceededError" is a full disk); anything else
    /// as what JavaScript would print. Never throws: a thrown conversion here once left
    /// the start-up waiting for ever where a browser has no IndexedDB.
    fn from(e: JsValue) -> Self {
        match e.dyn_ref::<DomException>() {
            Some(d) if d.name() == "QuotaExceededError" => DbError::Full,
            Some(d) => DbError::Failed(format!("{}: {}", d.name(), d.message())),
            // The writer worker answers with the DOMException's name.
            None if e.as_string().as_deref() == Some("QuotaExceededError") => DbError::Full,
            // A TypeError where there is no IndexedDB, or a plain string from the writer.
            None => DbError::Failed(match e.dyn_ref::<js_sys::Error>() {
                Some(error) => String::from(error.to_string()),
                None => e.as_string().unwrap_or_else(|| "unknown error".into()),
            }),
        }
    }
}

/// `db.transaction(store, mode, {durability})`: web-sys has the options argument only
/// behind `web_sys_unstable_apis`, so it is called by name. Browsers that do not know
/// `durability` ignore it.
fn transaction(db: &IdbDatabase, mode: &str, options: &JsValue) -> Result<IdbTransaction, JsValue> {
    let method: js_sys::Function = Reflect::get(db, &"transaction".into())?.dyn_into()?;
    let tx = method.call3(db, &store_name().into(), &mode.into(), options)?;
    tx.dyn_into()
}

/// Waits for the first of the events `ok` / `fail` on `target` (a request or a
/// transaction): `ok` gives `value()`, `fail` the target's `error` (a DOMException).
/// The handlers are removed and freed once it has settled.
fn settle(
    target: JsValue,
    ok: &'static str,
    fail: &'static [&'static str],
    value: impl FnOnce() -> JsValue + 'static,
) -> impl Future<Output = Result<JsValue, JsValue>> {
    let mut settlers = None;
    // The executor runs before `Promise::new` returns.
    let promise = Promise::new(&mut |resolve, reject| settlers = Some((resolve, reject)));
    let handlers = settlers.map(|(resolve, reject)| {
        let mut value = Some(value);
        let on_ok = Closure::<dyn FnMut()>::new(move || {
            if let Some(value) = value.take() {
                let _ = resolve.call1(&JsValue::NULL, &value());
            }
        });
        let on_fail = Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| {
            let error = ev
                .target()
                .and_then(|t| Reflect::get(&t, &"error".into()).ok())
                .filter(|e| !e.is_null() && !e.is_undefined())
                .unwrap_or_else(|| JsValue::from_str("aborted"));
            // A failed transaction fires "error" and then "abort": the first one counts.
            let _ = reject.call1(&JsValue::NULL, &error);
        });
        let _ = Reflect::set(&target, &format!("on{ok}").into(), on_ok.as_ref());
        for name in fail {
            let _ = Reflect::set(&target, &format!("on{name}").into(), on_fail.as_ref());
        }
        (on_ok, on_fail)
    });
    async move {
        let result = JsFuture::from(promise).await;
        for name in std::iter::once(&ok).chain(fail) {
            let _ = Reflect::set(&target, &format!("on{name}").into(), &JsValue::NULL);
        }
        drop(handlers);
        result
    }
}

/// The result of a request, once it succeeds.
fn request(req: IdbRequest) -> impl Future<Output = Result<JsValue, DbError>> {
    let target: JsValue = req.clone().into();
    let done = settle(target, "success", &["error"], move || {
        req.result().unwrap_or(JsValue::UNDEFINED)
    });
    async move { done.await.map_err(DbError::from) }
}

/// Resolves once the transaction has committed (for a strict one: is on disk).
fn committed(tx: &IdbTransaction) -> impl Future<Output = Result<(), DbError>> {
    let done = settle(tx.into(), "complete", &["error", "abort"], || {
        JsValue::UNDEFINED
    });
    async move { done.await.map(drop).map_err(DbError::from) }
}

/// The programme from its records as two lists, keys and values, in the same order
/// (as IndexedDB and the exchange worker give them).
pub fn assemble(keys: &Array, values: &Array) -> Result<Option<Programme>, SchemaError> {
    let text = |v: JsValue| v.as_string().unwrap_or_default();
    records::assemble(keys.iter().map(text).zip(values.iter().map(text)))
}

/// An open connection to the app's database.
pub struct Db(IdbDatabase);

impl Db {
    pub async fn open() -> Result<Db, DbError> {
        let unavailable = |e: JsValue| DbError::Unavailable(DbError::from(e).to_string());
        let opening = open_database().map_err(unavailable)?;
        let db = JsFuture::from(opening)
            .await
            .map_err(|e| match DbError::from(e) {
                DbError::Full => DbError::Full,
                other => DbError::Unavailable(other.to_string()),
            })?;
        Ok(Db(db.unchecked_into()))
    }

    /// The stored programme at start: from the records read while the wasm loaded, if
    /// they are there, else read now.
    pub async fn load_at_start(&self) -> Result<Option<Programme>, DbError> {
        let early = take_early_records();
        if !early.is_instance_of::<Promise>() {
            return self.load().await;
        }
        let read = JsFuture::from(early.unchecked_into::<Promise>()).await?;
        let part = |name: &str| Array::from(&Reflect::get(&read, &name.into()).unwrap_or_default());
        Ok(assemble(&part("keys"), &part("values"))?)
    }

    fn store(&self, mode: &str) -> Result<(IdbTransaction, IdbObjectStore), DbError> {
        let options = Object::new();
        if mode == "readwrite" {
            let _ = Reflect::set(&options, &"durability".into(), &"strict".into());
        }
        let tx = transaction(&self.0, mode, &options)?;
        let store = tx.object_store(&store_name())?;
        Ok((tx, store))
    }

    /// Writes records in one strict transaction; resolves once they are on disk.
    pub async fn put(&self, records: &[(String, String)]) -> Result<(), DbError> {
        self.put_and_remove(records, &[]).await
    }

    /// Writes `records` and removes the records behind `remove`, all in one strict
    /// transaction (all of it happens, or none); resolves once it is on disk.
    pub async fn put_and_remove(
        &self,
        records: &[(String, String)],
        remove: &[String],
    ) -> Result<(), DbError> {
        let (tx, store) = self.store("readwrite")?;
        // Requests go out when made; the commit waits for all of them. One that cannot
        // be made ends the transaction: nothing of it is written.
        let made = records
            .iter()
            .try_for_each(|(key, value)| {
                store
                    .put_with_key(&JsValue::from_str(value), &JsValue::from_str(key))
                    .map(drop)
            })
            .and_then(|()| {
                remove
                    .iter()
                    .try_for_each(|key| store.delete(&JsValue::from_str(key)).map(drop))
            });
        if let Err(e) = made {
            let _ = tx.abort();
            return Err(e.into());
        }
        committed(&tx).await
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
        let (keys, values) = self.records().await?;
        Ok(assemble(&keys, &values)?)
    }

    /// Every stored record as two lists, keys and values; both come in key order, so
    /// they pair up.
    pub async fn records(&self) -> Result<(Array, Array), DbError> {
        let (_tx, store) = self.store("readonly")?;
        let keys = request(store.get_all_keys()?);
        let values = request(store.get_all()?);
        Ok((Array::from(&keys.await?), Array::from(&values.await?)))
    }

    /// The record behind `key`, if there is one.
    pub async fn get(&self, key: &str) -> Result<Option<String>, DbError> {
        let (_tx, store) = self.store("readonly")?;
        Ok(request(store.get(&JsValue::from_str(key))?)
            .await?
            .as_string())
    }

    /// Closes the connection (a new `open` sees everything committed).
    pub fn close(self) {
        self.0.close();
    }

    /// Removes every record (end of programme, after the typed confirmation).
    pub async fn clear(&self) -> Result<(), DbError> {
        let (tx, store) = self.store("readwrite")?;
        store.clear()?;
        committed(&tx).await
    }
}

/// The store's two calls for the exchange screen's script (`public/exchange.js`), which
/// reads the records and stores an import's merge through them and never opens the
/// database itself: `{readRecords(): Promise<{keys, values}>, writeRecords(keys,
/// values, remove): Promise}` (one strict transaction: all of them, or none; `remove`
/// lists records to delete, for "Fortryd import").
pub fn for_script() -> JsValue {
    let failed = |e: DbError| JsValue::from_str(&e.to_string());
    let read = Closure::<dyn Fn() -> Promise>::new(move || {
        future_to_promise(async move {
            let db = Db::open().await.map_err(failed)?;
            let read = db.records().await;
            db.close();
            let (keys, values) = read.map_err(failed)?;
            let out = Object::new();
            Reflect::set(&out, &"keys".into(), &keys)?;
            Reflect::set(&out, &"values".into(), &values)?;
            Ok(out.into())
        })
    });
    let write = Closure::<dyn Fn(Array, Array, Array) -> Promise>::new(
        move |keys: Array, values: Array, remove: Array| {
            let text = |v: JsValue| v.as_string().unwrap_or_default();
            let records: Vec<(String, String)> =
                keys.iter().map(text).zip(values.iter().map(text)).collect();
            let remove: Vec<String> = remove.iter().map(text).collect();
            future_to_promise(async move {
                let db = Db::open().await.map_err(failed)?;
                let written = db.put_and_remove(&records, &remove).await;
                db.close();
                written.map_err(failed)?;
                Ok(JsValue::UNDEFINED)
            })
        },
    );
    let calls = Object::new();
    let _ = Reflect::set(&calls, &"readRecords".into(), &read.into_js_value());
    let _ = Reflect::set(&calls, &"writeRecords".into(), &write.into_js_value());
    calls.into()
}
