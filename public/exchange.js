// The edge in the page of the screen the exchange worker draws: "Del med din makker"
// (issue 7). The exchange worker (src/bin/worker.rs,
// `sharing::Sharing`) draws the screen and decides; this script shows its HTML, passes
// the user's actions on, reads picked or dropped files, hands files to the share sheet
// (or downloads them), and reads and writes the stored records through the page's store
// (never the database itself): the worker gets them as they are stored, and what an
// imported file brings is stored in one transaction before the page reads the programme
// again. Loaded on demand by src/platform/exchange.js;
// precached for offline use.
const MAX_FILE = 10 * 1024 * 1024;
// A worker that has work and says nothing for this long is taken for dead (Argon2id
// takes seconds on a slow phone, and each step sends word first).
const SILENCE = 30000;
let worker = null;
let ready = null;
let root = null;
let onStored = null;
let records = null;
let exportedKey = "";
let lang = "da";
// The messages the worker has not answered yet, oldest first: it answers each once, in
// order (src/worker_protocol.rs).
let asked = [];
let silence = 0;
// Workers started again without an answer between: one that cannot start is not
// started for ever.
let restarts = 0;

function start() {
  if (!ready) {
    const w = new Worker("/worker_loader.js", { type: "module" });
    worker = w;
    ready = new Promise((ok) => {
      w.addEventListener("message", function hello(e) {
        if (e.data === "ready") {
          w.removeEventListener("message", hello);
          w.addEventListener("message", (m) => heard(w, m.data));
          ok(w);
        }
      });
    });
    // A Rust panic (RuntimeError: unreachable) or memory running out (RangeError) ends
    // the worker's wasm: the browser reports it here.
    w.addEventListener("error", (e) => {
      e.preventDefault();
      died(w);
    });
  }
  return ready;
}

function post(message) {
  start().then((w) => {
    if (w !== worker) return;
    asked.push(message);
    w.postMessage(message);
    listenFor(w);
  });
}

function listenFor(w) {
  clearTimeout(silence);
  if (asked.length) silence = setTimeout(() => died(w), SILENCE);
}

function heard(w, d) {
  if (w !== worker) return;
  // Word of progress, or the waiting screen, comes before the answer.
  if (!d.progress && !(d.screen && d.screen.busy)) {
    asked.shift();
    restarts = 0;
  }
  listenFor(w);
  receive(d);
}

// The worker died (or went silent) with `asked[0]` in hand: a new one, and the screen
// drawn again from what is stored, saying what failed (the new worker tells from the
// message, less its bytes, what the user was doing). Nothing was stored for it.
async function died(w) {
  if (w !== worker) return;
  clearTimeout(silence);
  w.terminate();
  const { bytes, ...stopped } = asked[0] || {};
  asked = [];
  worker = ready = null;
  if (++restarts > 3) return;
  const { keys, values } = await records.readRecords();
  post({ op: "screen", keys, values, lang, stopped });
}

function show(html) {
  root = document.getElementById("exchange") || root;
  if (!root) return;
  const focused = document.activeElement && root.contains(document.activeElement) ? document.activeElement.id : "";
  root.innerHTML = html;
  const again = focused && document.getElementById(focused);
  const alert = root.querySelector("[role=alert]:not(:empty), [role=status]");
  const field = root.querySelector("input[type=password]");
  const heading = root.querySelector("[data-focus]");
  if (again) again.focus();
  else if (field) field.focus();
  else if (heading) heading.focus();
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
// exchange worker. One frame at a time, so the camera's preview never waits. A watchdog
// stops the camera when the screen is gone or hidden, and starts a reader that died.
let showing = null;
let scanning = null;
let reader = null;

function startReader() {
  if (!reader) {
    const w = new Worker("/scanner_loader.js", { type: "module" });
    const started = new Promise((ok) => {
      w.addEventListener("message", function hello(e) {
        if (!(e.data && e.data.ready)) return;
        w.removeEventListener("message", hello);
        w.addEventListener("message", (m) => {
          if (!scanning) return;
          timed("qr-read", m.data.ms);
          post({ op: "qr-scan", texts: m.data.texts, id: m.data.id });
        });
        ok(w);
      });
    });
    // A reader that crashed (a frame it could not read) or never started: a new one.
    w.addEventListener("error", () => {
      w.terminate();
      reader = null;
      if (scanning) scanning.sent = 0;
    });
    reader = { worker: w, started };
  }
  return reader.started;
}

function follow() {
  const svg = root.querySelector("svg[data-qr]");
  if (!svg) showing = null;
  else if (!showing || showing.svg !== svg) {
    showing = { svg, parts: Number(svg.dataset.parts), asked: 0, paused: false };
    // Codes that change many times a second flicker: slowest first for those who ask the
    // system for less motion (the slider still goes faster).
    const speed = root.querySelector("input[name=speed]");
    if (speed && matchMedia("(prefers-reduced-motion: reduce)").matches) speed.value = speed.min;
    showSpeed();
    // Codes shown count as sent, as a shared file does.
    try {
      localStorage.setItem(exportedKey, localDate());
    } catch (_) {}
    nextCode(showing);
  }
  const video = root.querySelector("video[data-scan]");
  if (!video) stopScan();
  else if (!scanning || scanning.video !== video) startScan(video);
}

function showSpeed() {
  const speed = root.querySelector("input[name=speed]");
  const out = root.querySelector("output[for=speed]");
  if (speed && out) out.textContent = speed.value;
}

function nextCode(shown) {
  if (showing !== shown) return;
  if (!shown.svg.isConnected) return (showing = null);
  if (shown.paused) return;
  shown.asked = performance.now();
  post({ op: "qr-next" });
}

function drawCode(qr) {
  const shown = showing;
  if (!shown) return;
  if (qr.ms !== undefined) timed("qr-draw", qr.ms);
  shown.svg.setAttribute("viewBox", "0 0 " + qr.side + " " + qr.side);
  shown.svg.querySelector("path").setAttribute("d", qr.d);
  if (shown.parts < 2) return;
  const speed = root.querySelector("input[name=speed]");
  const wait = 1000 / Math.max(1, Number(speed ? speed.value : 15));
  setTimeout(() => nextCode(shown), Math.max(0, wait - (performance.now() - shown.asked)));
}

function pause(button) {
  if (!showing) return;
  showing.paused = !showing.paused;
  button.setAttribute("aria-pressed", String(showing.paused));
  if (!showing.paused) nextCode(showing);
}

function stopScan() {
  if (!scanning) return;
  if (scanning.stream) scanning.stream.getTracks().forEach((t) => t.stop());
  clearInterval(scanning.watchdog);
  scanning.stopped = true;
  scanning = null;
}

async function startScan(video) {
  stopScan();
  // `id`: the frame being read; an answer for another (one the watchdog gave up) is dropped.
  const s = { video, stream: null, stopped: false, detector: null, sent: 0, id: 0 };
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
  s.watchdog = setInterval(() => watch(s), 500);
  video.srcObject = s.stream;
  try {
    await video.play();
  } catch (_) {}
  try {
    if ("BarcodeDetector" in self && (await BarcodeDetector.getSupportedFormats()).includes("qr_code")) {
      s.detector = new BarcodeDetector({ formats: ["qr_code"] });
    }
  } catch (_) {}
  s.canvas = document.createElement("canvas");
  s.context = s.canvas.getContext("2d", { willReadFrequently: true });
  nextFrame(s);
}

// The screen gone (another page) or hidden (another app): the camera off. A frame
// unanswered for 3 s (a reader that died): the next one.
function watch(s) {
  if (scanning !== s) return clearInterval(s.watchdog);
  if (!s.video.isConnected || document.hidden) return stopScan();
  if (s.sent && performance.now() - s.sent > 3000) {
    s.id++;
    s.sent = 0;
    nextFrame(s);
  }
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
  s.sent = performance.now();
  const id = ++s.id;
  if (s.detector) {
    try {
      const codes = await s.detector.detect(v);
      if (scanning === s) post({ op: "qr-scan", texts: codes.map((c) => c.rawValue), id });
      return;
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
  (await startReader()).postMessage({ pixels, width: size, id }, [pixels]);
}

// Each camera frame read, and the reading in the worker: figures for `make bench-qr`
// (User Timing entries; nothing leaves the phone).
function timed(name, ms) {
  try {
    performance.measure(name, { start: performance.now() - ms, duration: ms });
  } catch (_) {}
}

// The bar follows every part; the words (read out by screen readers) every quarter.
function scanned(p) {
  if (!scanning || p.id !== scanning.id) return;
  if (scanning.sent) timed("qr-frame", performance.now() - scanning.sent);
  scanning.sent = 0;
  const bar = root.querySelector("progress[data-testid=qr-progress]");
  const said = root.querySelector("[data-testid=qr-count]");
  if (bar && p.needed) {
    bar.max = p.needed;
    bar.value = p.received;
  }
  const quarter = p.needed ? Math.floor((4 * p.received) / p.needed) : 0;
  if (said && p.text && (said.dataset.quarter !== String(quarter) || !p.received)) {
    said.dataset.quarter = quarter;
    if (said.textContent !== p.text) said.textContent = p.text;
  }
  nextFrame(scanning);
}

// Back from another app to the scan screen: the camera again.
document.addEventListener("visibilitychange", () => {
  if (!document.hidden && root && root.isConnected) follow();
});

function receive(d) {
  if (d.qr) return drawCode(d.qr);
  if (d.scan) return scanned(d.scan);
  if (d.error === "no-code") return;
  // The answers' shapes: src/worker_protocol/answers.rs (`FromWorker`).
  const screen = d.screen || {};
  if (screen.html !== undefined) show(screen.html);
  if (screen.store || d.store) store(screen.store || d.store);
  if (screen.share || d.share) share(screen.share || d.share);
}

function localDate() {
  const d = new Date();
  const two = (n) => String(n).padStart(2, "0");
  return d.getFullYear() + "-" + two(d.getMonth() + 1) + "-" + two(d.getDate());
}

// The share sheet where the phone takes the file; a type it refuses (Android takes no
// .jbs or .json) goes as plain text; else a download.
async function share({ name, mime, bytes }) {
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

async function takeFile(file) {
  let bytes = null;
  try {
    // Enough to tell a file over 10 MB, never the whole of a huge one.
    bytes = new Uint8Array(await file.slice(0, MAX_FILE + 1).arrayBuffer());
  } catch (_) {}
  post({ op: "act", action: "file", bytes });
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
      if (t.files && t.files[0]) takeFile(t.files[0]);
    } else if (t.name === "scope" || t.name === "sealed" || t.name === "names") {
      post({ op: "act", action: "form", form: formData(t.form) });
    }
  });
  el.addEventListener("input", (e) => {
    if (e.target.name === "speed") showSpeed();
  });
  el.addEventListener("click", (e) => {
    const button = e.target.closest && e.target.closest("button[type=button][data-action]");
    if (!button) return;
    const action = button.dataset.action;
    if (action === "pause") pause(button);
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

async function store({ keys, values, remove }) {
  let ok = true;
  try {
    await records.writeRecords(keys, values, remove || []);
  } catch (_) {
    ok = false;
  }
  post({ op: "act", action: "stored", ok });
  if (ok && onStored) onStored();
}

// `store`: the page's store (src/store/db.rs, `for_script`), the one client of the
// database: {readRecords(), writeRecords(keys, values, remove)}.
export async function open(language, key, stored, store) {
  root = document.getElementById("exchange");
  if (!root) return;
  lang = language;
  onStored = stored;
  records = store;
  exportedKey = key;
  if (!document.querySelector("link[href='/exchange.css']")) {
    const css = document.createElement("link");
    css.rel = "stylesheet";
    css.href = "/exchange.css";
    document.head.append(css);
  }
  listen(root);
  const { keys, values } = await records.readRecords();
  post({ op: "screen", keys, values, lang });
}
