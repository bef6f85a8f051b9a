// The app's database, defined once: its name, version and object store, and how a new
// one is made. src/store/db.rs opens it through `openDatabase`, and the writer (and so
// the writer worker) takes the definition from here.
// Why JavaScript: this module loads with the page's script, before the wasm is fetched
// and compiled, so the database opens and its records are read meanwhile; a warm start
// no longer waits for them after the wasm runs (~25 ms, ~80 ms in a new browser process).
export const DATABASE = Object.freeze({ name: "jobbesoeg", version: 1, store: "records" });

export function storeName() {
  return DATABASE.store;
}

function open() {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DATABASE.name, DATABASE.version);
    // Version 1 makes the one object store; later versions add their steps here.
    req.onupgradeneeded = (ev) => {
      if (ev.oldVersion < 1) req.result.createObjectStore(DATABASE.store);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
    req.onblocked = () => reject(new DOMException("blocked", "UnknownError"));
  });
}

// Every record as two lists in key order (so they pair up), in one transaction.
function readAll(db) {
  return new Promise((resolve, reject) => {
    const store = db.transaction(DATABASE.store, "readonly").objectStore(DATABASE.store);
    const keys = store.getAllKeys();
    const values = store.getAll();
    keys.onerror = () => reject(keys.error);
    values.onerror = () => reject(values.error);
    // Requests of one transaction succeed in order: the keys are there by now.
    values.onsuccess = () => resolve({ keys: keys.result, values: values.result });
  });
}

let early = null;
let earlyRecords = null;
try {
  early = open();
  earlyRecords = early.then(readAll);
  // Taken by the app when it starts; no unhandled rejection if it never asks.
  early.catch(() => {});
  earlyRecords.catch(() => {});
} catch (_) {
  // No IndexedDB here: `openDatabase` says so when the app asks.
  early = null;
  earlyRecords = null;
}

// A connection: the first caller gets the one opened as the page loaded.
export function openDatabase() {
  const opening = early || open();
  early = null;
  return opening;
}

// The records read as the page loaded ({keys, values}), once; later `undefined`.
export function takeEarlyRecords() {
  const records = earlyRecords;
  earlyRecords = null;
  return records || undefined;
}
