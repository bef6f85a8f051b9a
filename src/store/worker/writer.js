// Why this exists: a note must be on disk within 20 ms of the keystroke (p95, 4× CPU).
// A strict commit made on the page fires its `complete` behind the page's rendering
// (83 ms p95 at 4×); made here, off the page's thread, 15 ms (BENCHMARKS.md, issue 5).
// So the store (src/store/db.rs) sends its writes here, through src/store/writer.js.
// It is part of the store and opens nothing of its own: each message names the
// database, its version and its object store as src/store/database.js defines them, and
// is one strict transaction: {id, name, version, store, keys, values}. The answer is {id, at} once the
// browser says the records are on disk (`at`: epoch ms, for the typing benchmark), or
// {id, error: DOMException name}.
"use strict";
let opened = null;

function open(name, version, store) {
  if (!opened) {
    opened = new Promise((resolve, reject) => {
      const req = indexedDB.open(name, version);
      // The page opened the database first and made its store; this is for safety only.
      req.onupgradeneeded = () => {
        if (!req.result.objectStoreNames.contains(store)) req.result.createObjectStore(store);
      };
      req.onsuccess = () => {
        const db = req.result;
        // Another tab (a newer app) upgrades the database: let it, reopen on next write.
        db.onversionchange = () => { db.close(); opened = null; };
        resolve(db);
      };
      req.onerror = () => { opened = null; reject(req.error); };
      req.onblocked = () => { opened = null; reject(new DOMException("blocked", "UnknownError")); };
    });
  }
  return opened;
}

onmessage = async (e) => {
  const { id, name, version, store, keys, values } = e.data;
  try {
    const db = await open(name, version, store);
    const tx = db.transaction(store, "readwrite", { durability: "strict" });
    let answered = false;
    const fail = (err) => {
      // A failed transaction fires "error" and then "abort": one answer.
      if (!answered) postMessage({ id, error: (err && err.name) || "UnknownError" });
      answered = true;
    };
    const os = tx.objectStore(store);
    for (let i = 0; i < keys.length; i++) os.put(values[i], keys[i]);
    tx.oncomplete = () => postMessage({ id, at: performance.timeOrigin + performance.now() });
    tx.onerror = (ev) => { ev.preventDefault(); fail(tx.error || ev.target.error); };
    tx.onabort = () => fail(tx.error);
  } catch (err) {
    postMessage({ id, error: (err && err.name) || "UnknownError" });
  }
};
