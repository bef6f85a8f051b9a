//! The running app's link to IndexedDB: load at start, write each edited record, and
//! say plainly (through `AppState::save`) when something is kept in memory only.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use leptos::prelude::*;

use crate::core::model::Programme;
use crate::core::records;
use crate::core::schema::SchemaError;
use crate::state::{AppState, Load, Problem, SaveState};
use crate::store::db::{Db, DbError};

thread_local! {
    // One connection for the page's life; `None` when IndexedDB is unavailable.
    static DB: RefCell<Option<Rc<Db>>> = const { RefCell::new(None) };
    // Writes not yet on disk: "Gemt" only when the last one is.
    static PENDING: Cell<u32> = const { Cell::new(0) };
}

fn db() -> Option<Rc<Db>> {
    DB.with(|d| d.borrow().clone())
}

fn problem(e: &DbError) -> Problem {
    match e {
        DbError::Unavailable(_) => Problem::Unavailable,
        DbError::Full => Problem::Full,
        DbError::Schema(SchemaError::TooNew { .. }) => Problem::TooNew,
        _ => Problem::Failed,
    }
}

/// Opens the database and loads the programme into `app`.
pub fn start(app: AppState) {
    leptos::task::spawn_local(async move {
        let db = match Db::open().await {
            Ok(db) => Rc::new(db),
            Err(e) => {
                app.save.set(SaveState::MemoryOnly(problem(&e)));
                app.load.set(Load::FirstRun);
                return;
            }
        };
        let loaded = db.load_at_start().await;
        crate::platform::mark("jobbesoeg-loaded");
        // The writer worker starts once the data is read, so as not to slow the start.
        crate::store::db::start_writer();
        match loaded {
            Ok(Some(programme)) => {
                app.programme.set(Some(programme));
                app.load.set(Load::Ready);
                DB.with(|d| *d.borrow_mut() = Some(db));
            }
            Ok(None) => {
                app.load.set(Load::FirstRun);
                DB.with(|d| *d.borrow_mut() = Some(db));
            }
            Err(e) => {
                // Damaged or newer data: show the problem, write nothing over it.
                app.save.set(SaveState::MemoryOnly(problem(&e)));
                app.load.set(Load::FirstRun);
                return;
            }
        }
        // For the start-up benchmarks: the frame after the stored data is on screen, the
        // overview, or, with an empty database (first run), the welcome.
        request_animation_frame(|| crate::platform::mark("jobbesoeg-ready"));
    });
}

/// Stores a new programme whole (first run).
pub fn create(app: AppState, programme: Programme) {
    let records = records::split(&programme);
    app.programme.set(Some(programme));
    app.load.set(Load::Ready);
    write(app, records);
}

/// Applies `edit` to the programme and writes the record behind `key`. The record is
/// made here, synchronously, so only that one string goes to the database: no copy of
/// the programme per keystroke, however many notes it holds.
pub fn edit(app: AppState, key: String, edit: impl FnOnce(&mut Programme)) {
    let mut record = None;
    app.programme.update(|p| {
        if let Some(p) = p {
            edit(p);
            record = records::record(p, &key);
        }
    });
    if let Some(record) = record {
        write(app, vec![(key, record)]);
    }
}

/// Writes records that are not the programme's (the wrap-up's own: what the user takes
/// with them, the other pair's file), keeping `app.save` truthful.
pub fn put(app: AppState, records: Vec<(String, String)>) {
    write(app, records);
}

/// The record behind `key`, as stored (`None`: not there, or no database).
pub async fn read(key: &str) -> Option<String> {
    db()?.get(key).await.ok().flatten()
}

/// "Slet alt": every stored record and every setting. The caller starts the app
/// afresh.
pub async fn erase_all() -> Result<(), DbError> {
    let db = db().ok_or_else(|| DbError::Unavailable("no database".into()))?;
    db.clear().await?;
    super::clear_settings();
    Ok(())
}

/// Writes `records` in one strict transaction and keeps `app.save` truthful.
fn write(app: AppState, records: Vec<(String, String)>) {
    // The page opens (and upgrades) the database before any write goes to the writer.
    if db().is_none() {
        // Keep showing the reason we already have, or say storage is unavailable.
        if !matches!(app.save.get_untracked(), SaveState::MemoryOnly(_)) {
            app.save.set(SaveState::MemoryOnly(Problem::Unavailable));
        }
        return;
    }
    PENDING.with(|n| n.set(n.get() + 1));
    if !matches!(app.save.get_untracked(), SaveState::MemoryOnly(_)) {
        app.save.set(SaveState::Saving);
    }
    let written = crate::store::db::write(&records);
    leptos::task::spawn_local(async move {
        let result = written.await;
        let pending = PENDING.with(|n| {
            n.set(n.get() - 1);
            n.get()
        });
        match result {
            Err(e) => app.save.set(SaveState::MemoryOnly(problem(&e))),
            Ok(()) if pending == 0 && app.save.get_untracked() == SaveState::Saving => {
                app.save.set(SaveState::Saved)
            }
            Ok(()) => {}
        }
    });
}
