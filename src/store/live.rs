//! The running app's link to IndexedDB: load at start, write each edited record, and
//! say plainly (through `AppState::save`) when something is kept in memory only.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;

use crate::core::model::Programme;
use crate::core::schema::SchemaError;
use crate::state::{AppState, Load, Problem, SaveState};
use crate::store::db::{Db, DbError};

thread_local! {
    // One connection for the page's life; `None` when IndexedDB is unavailable.
    static DB: RefCell<Option<Rc<Db>>> = const { RefCell::new(None) };
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
        match db.load().await {
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
            }
        }
    });
}

/// Stores a new programme whole (first run).
pub fn create(app: AppState, programme: Programme) {
    app.programme.set(Some(programme.clone()));
    app.load.set(Load::Ready);
    write(app, move |db| async move { db.save_all(&programme).await });
}

/// Applies `edit` to the programme and writes the record behind `key`.
pub fn edit(app: AppState, key: String, edit: impl FnOnce(&mut Programme)) {
    let mut changed = None;
    app.programme.update(|p| {
        if let Some(p) = p {
            edit(p);
            changed = Some(p.clone());
        }
    });
    if let Some(programme) = changed {
        write(app, move |db| async move {
            db.save_record(&programme, &key).await
        });
    }
}

fn write<F, Fut>(app: AppState, op: F)
where
    F: FnOnce(Rc<Db>) -> Fut + 'static,
    Fut: std::future::Future<Output = Result<(), DbError>> + 'static,
{
    let Some(db) = db() else {
        // Keep showing the reason we already have, or say storage is unavailable.
        if !matches!(app.save.get_untracked(), SaveState::MemoryOnly(_)) {
            app.save.set(SaveState::MemoryOnly(Problem::Unavailable));
        }
        return;
    };
    app.save.set(SaveState::Saving);
    leptos::task::spawn_local(async move {
        match op(db).await {
            Ok(()) => app.save.set(SaveState::Saved),
            Err(e) => app.save.set(SaveState::MemoryOnly(problem(&e))),
        }
    });
}
