// The edge in the page of the screens the exchange worker draws: "Del med din makker"
// (issue 7) and the May wrap-up (issue 9). The exchange worker (src/bin/worker.rs,
// `sharing::Sharing`) draws the screen and decides; this script shows its HTML, passes
// the user's actions on, reads picked or dropped files, hands files to the share sheet
// (or downloads them), and reads and writes the stored records: the worker gets them as
// they are stored, and what an imported file brings is stored in one transaction before
// the page reads the programme again. Loaded on demand by src/platform/exchange.js;
// precached for offline use.
const MAX_FILE = 10 * 1024 * 1024;
let worker = null;
let ready = null;
let root = null;
let onStored = null;
let exportedKey = "";

function start() {
  if (!ready) {
    worker = new Worker("/worker_loader.js", { type: "module" });
    ready = new Promise((ok) => {
      worker.addEventListener("message", function hello(e) {
        if (e.data && e.data.ready) {
          worker.removeEventListener("message", hello);
          worker.addEventListener("message", (m) => receive(m.data));
          ok();
        }
      });
    });
  }
  return ready;
}

function post(message) {
  start().then(() => worker.postMessage(message));
}

function show(html) {
  root = document.getElementById("exchange") || root;
  if (!root) return;
  const focused = document.activeElement && root.contains(document.activeElement) ? document.activeElement.id : "";
  root.innerHTML = html;
  const again = focused && document.getElementById(focused);
  const alert = root.querySelector("[role=alert]:not(:empty), [role=status]");
  const field = root.querySelector("input[type=password]");
  if (again) again.focus();
  else if (field) field.focus();
  else if (alert) {
    alert.tabIndex = -1;
    alert.focus();
  }
  follow();
}

// The QR codes (issue 8). Showing: the worker draws one code after the other into the
// SVG, as fast as the speed slider says. Scanning: the rear camera's frames are read by
// the browser's BarcodeDetector where there is one, else by the QR reader worker (Rust,
// src/bin/scanner.rs) from the middle square's pixels; what they read goes to the
// exchange worker. One frame at a time, so the camera's preview never waits.
let showing = null;
let scanning = null;
let reader = null;

function startReader() {
  if (!reader) {
    const w = new Worker("/scanner_loader.js", { type: "module" });
    reader = new Promise((ok) => {
      w.addEventListener("message", function hello(e) {
        if (!(e.data && e.data.ready)) return;
        w.removeEventListener("message", hello);
        w.addEventListener("message", (m) => {
          if (scanning) timed("qr-read", m.data.ms);
          post({ op: "qr-scan", texts: m.data.texts });
        });
        ok(w);
      });
    });
  }
  return reader;
}

function follow() {
  const svg = root.querySelector("svg[data-qr]");
  if (!svg) showing = null;
  else if (!showing || showing.svg !== svg) {
    showing = { svg, parts: Number(svg.dataset.parts), asked: 0 };
    nextCode();
  }
  const video = root.querySelector("video[data-scan]");
  if (!video) stopScan();
  else if (!scanning || scanning.video !== video) startScan(video);
}

function nextCode() {
  if (!showing) return;
  if (!showing.svg.isConnected) return (showing = null);
  showing.asked = performance.now();
  post({ op: "qr-next" });
}

function drawCode(qr) {
  if (!showing) return;
  if (qr.ms !== undefined) timed("qr-draw", qr.ms);
  showing.svg.setAttribute("viewBox", "0 0 " + qr.side + " " + qr.side);
  showing.svg.querySelector("path").setAttribute("d", qr.d);
  if (showing.parts < 2) return;
  const speed = root.querySelector("input[name=speed]");
  const wait = 1000 / Math.max(1, Number(speed ? speed.value : 10));
  setTimeout(nextCode, Math.max(0, wait - (performance.now() - showing.asked)));
}

function stopScan() {
  if (!scanning) return;
  if (scanning.stream) scanning.stream.getTracks().forEach((t) => t.stop());
  scanning.stopped = true;
  scanning = null;
}

async function startScan(video) {
  stopScan();
  const s = { video, stream: null, stopped: false, detector: null };
  scanning = s;
  try {
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) throw new DOMException("", "NotFoundError");
    s.stream = await navigator.mediaDevices.getUserMedia({
      video: { facingMode: { ideal: "environment" }, width: { ideal: 640 }, height: { ideal: 480 } },
      audio: false,
    });
  } catch (e) {
    if (scanning === s) {
      scanning = null;
      post({ op: "act", action: "no-camera", name: (e && e.name) || "" });
    }
    return;
  }
  if (s.stopped) return s.stream.getTracks().forEach((t) => t.stop());
  video.srcObject = s.stream;
  try {
    await video.play();
  } catch (_) {}
  try {
    if ("BarcodeDetector" in self && (await BarcodeDetector.getSupportedFormats()).includes("qr_code")) {
      s.detector = new BarcodeDetector({ formats: ["qr_code"] });
    }
  } catch (_) {}
  if (!s.detector) await startReader();
  s.canvas = document.createElement("canvas");
  s.context = s.canvas.getContext("2d", { willReadFrequently: true });
  nextFrame(s);
}

function nextFrame(s) {
  if (scanning !== s) return;
  if (s.video.requestVideoFrameCallback) s.video.requestVideoFrameCallback(() => grab(s));
  else requestAnimationFrame(() => grab(s));
}

async function grab(s) {
  if (scanning !== s) return;
  const v = s.video;
  if (!v.isConnected) return stopScan();
  if (!v.videoWidth) return nextFrame(s);
  if (s.detector) {
    try {
      const codes = await s.detector.detect(v);
      return post({ op: "qr-scan", texts: codes.map((c) => c.rawValue) });
    } catch (_) {
      s.detector = null;
    }
  }
  // The middle square, where the code is held, at most 400 pixels a side (a version 11
  // code across it still has 5 pixels a module; rqrr's time grows with the pixels).
  const side = Math.min(v.videoWidth, v.videoHeight);
  const size = Math.min(side, 400);
  s.canvas.width = s.canvas.height = size;
  s.context.drawImage(v, (v.videoWidth - side) / 2, (v.videoHeight - side) / 2, side, side, 0, 0, size, size);
  const pixels = s.context.getImageData(0, 0, size, size).data.buffer;
  s.sent = performance.now();
  (await startReader()).postMessage({ pixels, width: size }, [pixels]);
}

// Each camera frame read, and the reading in the worker: figures for `make bench-qr`
// (User Timing entries; nothing leaves the phone).
function timed(name, ms) {
  try {
    performance.measure(name, { start: performance.now() - ms, duration: ms });
  } catch (_) {}
}

function scanned(p) {
  if (!scanning) return;
  if (scanning.sent) timed("qr-frame", performance.now() - scanning.sent);
  const bar = root.querySelector("progress[data-testid=qr-progress]");
  const said = root.querySelector("[data-testid=qr-count]");
  if (bar && p.needed) {
    bar.max = p.needed;
    bar.value = p.received;
  }
  if (said && p.text && said.textContent !== p.text) said.textContent = p.text;
  nextFrame(scanning);
}

// "Slet alt": every stored record and every setting, then the app starts afresh.
async function erase() {
  try {
    const db = await database();
    await new Promise((ok, fail) => {
      const tx = db.transaction("records", "readwrite", { durability: "strict" });
      tx.objectStore("records").clear();
      tx.oncomplete = ok;
      tx.onabort = () => fail(tx.error);
    });
    db.close();
    localStorage.clear();
  } catch (_) {}
  location.replace("/");
}

function receive(d) {
  if (d.erase) return erase();
  if (d.qr) return drawCode(d.qr);
  if (d.scan) return scanned(d.scan);
  if (d.error === "no-code") return;
  if (d.html !== undefined) show(d.html);
  if (d.store) store(d.store);
  if (d.share) share(d.share);
}

function localDate() {
  const d = new Date();
  const two = (n) => String(n).padStart(2, "0");
  return d.getFullYear() + "-" + two(d.getMonth() + 1) + "-" + two(d.getDate());
}

// The share sheet where the phone takes the file; a type it refuses (Android takes no
// .jbs or .json) goes as plain text; else a download.
async function share({ name, mime, bytes, quiet }) {
  let how = "downloaded";
  const files = [new File([bytes], name, { type: mime }), new File([bytes], name + ".txt", { type: "text/plain" })];
  const file = navigator.canShare && files.find((f) => navigator.canShare({ files: [f] }));
  if (file) {
    try {
      await navigator.share({ files: [file], title: name });
      how = "shared";
    } catch (e) {
      how = e && e.name === "AbortError" ? "cancelled" : "";
    }
  }
  if (!how) how = "downloaded";
  // The same download as src/platform/share.js (the calendar file's, in the first load);
  // this script loads only with the screen, so it cannot import that one.
  if (how === "downloaded") {
    const url = URL.createObjectURL(files[0]);
    const link = document.createElement("a");
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  }
  if (quiet) return;
  if (how !== "cancelled") {
    try {
      localStorage.setItem(exportedKey, localDate());
    } catch (_) {}
  }
  post({ op: "act", action: "shared", how });
}

function formData(form) {
  const out = {};
  if (form) for (const [k, v] of new FormData(form)) if (typeof v === "string") out[k] = v;
  return out;
}

async function takeFile(file, action = "file") {
  let bytes = null;
  try {
    // Enough to tell a file over 10 MB, never the whole of a huge one.
    bytes = new Uint8Array(await file.slice(0, MAX_FILE + 1).arrayBuffer());
  } catch (_) {}
  post({ op: "act", action, bytes });
}

function listen(el) {
  if (el.dataset.listening) return;
  el.dataset.listening = "1";
  el.addEventListener("submit", (e) => {
    e.preventDefault();
    const form = e.target;
    post({ op: "act", action: form.dataset.action, form: formData(form) });
  });
  el.addEventListener("change", (e) => {
    const t = e.target;
    if (t.type === "file") {
      if (t.files && t.files[0]) takeFile(t.files[0], t.dataset.kind === "other" ? "other-file" : "file");
    } else if (t.name === "scope" || t.name === "sealed" || t.name === "names") {
      post({ op: "act", action: "form", form: formData(t.form) });
    }
  });
  // "Det tager jeg med mig" is kept as it is typed.
  el.addEventListener("input", (e) => {
    if (e.target.name !== "takeaway") return;
    post({ op: "act", action: "takeaway", form: { takeaway: e.target.value } });
    // The printed copy follows the field (the worker does not draw the screen again).
    const printed = e.target.closest("section").querySelector(".print-only");
    if (printed) printed.textContent = e.target.value;
  });
  el.addEventListener("click", (e) => {
    const button = e.target.closest && e.target.closest("button[type=button][data-action]");
    if (!button) return;
    const action = button.dataset.action;
    if (action === "print") window.print();
    // A button in a form (e.g. "Vis som QR-kode") takes the form's fields along.
    else post({ op: "act", action, form: { ...formData(button.closest("form")), ...button.dataset } });
  });
  el.addEventListener("dragover", (e) => {
    if (e.target.closest && e.target.closest("[data-drop]")) e.preventDefault();
  });
  el.addEventListener("drop", (e) => {
    if (!(e.target.closest && e.target.closest("[data-drop]"))) return;
    e.preventDefault();
    const file = e.dataTransfer && e.dataTransfer.files[0];
    if (file) takeFile(file);
  });
}

// The app's database (src/store/db.rs: "jobbesoeg", version 1, store "records").
function database() {
  return new Promise((ok, fail) => {
    const req = indexedDB.open("jobbesoeg", 1);
    req.onsuccess = () => ok(req.result);
    req.onerror = () => fail(req.error);
  });
}

// Every record, as two lists in key order.
async function readRecords() {
  const db = await database();
  const store = db.transaction("records", "readonly").objectStore("records");
  const get = (req) => new Promise((ok, fail) => {
    req.onsuccess = () => ok(req.result);
    req.onerror = () => fail(req.error);
  });
  const [keys, values] = await Promise.all([get(store.getAllKeys()), get(store.getAll())]);
  db.close();
  return { keys, values };
}

// The merged programme's records in one strict transaction: all of them, or none.
async function writeRecords(keys, values) {
  const db = await database();
  await new Promise((ok, fail) => {
    const tx = db.transaction("records", "readwrite", { durability: "strict" });
    const store = tx.objectStore("records");
    keys.forEach((k, i) => store.put(values[i], k));
    tx.oncomplete = ok;
    tx.onabort = () => fail(tx.error);
  });
  db.close();
}

// `quiet`: a record of this screen's own (not the programme): nothing to read again.
async function store({ keys, values, quiet }) {
  let ok = true;
  try {
    await writeRecords(keys, values);
  } catch (_) {
    ok = false;
  }
  if (quiet) return;
  post({ op: "act", action: "stored", ok });
  if (ok && onStored) onStored();
}

export async function open(lang, key, stored, screen) {
  root = document.getElementById("exchange");
  if (!root) return;
  onStored = stored;
  exportedKey = key;
  if (!document.querySelector("link[href='/exchange.css']")) {
    const css = document.createElement("link");
    css.rel = "stylesheet";
    css.href = "/exchange.css";
    document.head.append(css);
  }
  listen(root);
  const { keys, values } = await readRecords();
  post({ op: "screen", keys, values, lang, screen });
}
