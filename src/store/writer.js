// Sends the app's IndexedDB writes to the writer worker (worker/writer.js), so that a
// write's commit never waits behind the page's own work (rendering, the next key). If
// the worker cannot start or fails, the same writes are made here on the page instead:
// a note is never dropped for want of a worker.
import { DATABASE } from "./database.js";

let worker = null;
let broken = false;
let next = 0;
const waiting = new Map();

function direct(m) {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(m.name, m.version);
    req.onerror = () => reject((req.error && req.error.name) || "UnknownError");
    req.onsuccess = () => {
      const db = req.result;
      const tx = db.transaction(m.store, "readwrite", { durability: "strict" });
      const os = tx.objectStore(m.store);
      m.keys.forEach((k, i) => os.put(m.values[i], k));
      tx.oncomplete = () => { db.close(); resolve(); };
      tx.onabort = () => { db.close(); reject((tx.error && tx.error.name) || "AbortError"); };
    };
  });
}

function fallBack() {
  broken = true;
  worker = null;
  const pending = [...waiting.values()];
  waiting.clear();
  for (const w of pending) direct(w.m).then(w.resolve, w.reject);
}

export function startWriter() {
  if (worker || broken) return;
  try {
    worker = new Worker("/writer.js");
  } catch (e) {
    broken = true;
    return;
  }
  worker.onmessage = (e) => {
    const d = e.data;
    const w = waiting.get(d.id);
    if (!w) return;
    waiting.delete(d.id);
    if (d.error) return w.reject(d.error);
    // For the typing benchmark: when the write reached the disk, on this page's clock.
    performance.clearMarks("jobbesoeg-durable");
    try {
      performance.mark("jobbesoeg-durable", { startTime: d.at - performance.timeOrigin });
    } catch (_) {}
    w.resolve();
  };
  worker.onerror = (e) => {
    e.preventDefault();
    fallBack();
  };
}

// Writes keys[i] → values[i] in one strict transaction of the app's database
// (database.js); resolves once on disk, rejects with the DOMException's name
// ("QuotaExceededError" when the phone is full).
export function putRecords(keys, values) {
  const m = { id: ++next, ...DATABASE, keys, values };
  startWriter();
  if (broken) return direct(m);
  return new Promise((resolve, reject) => {
    waiting.set(m.id, { m, resolve, reject });
    worker.postMessage(m);
  });
}
