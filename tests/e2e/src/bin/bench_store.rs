//! `make bench-store`: figures, not a test. In Chromium at 1× and 4× CPU throttling
//! (DevTools `Emulation.setCPUThrottlingRate`):
//! 1. the wasm store benchmark (`tests/bench_store.rs`, served by wasm-bindgen-test-runner
//!    in interactive mode at the URL given as argument): 1,000 notes written one by one
//!    with strict durability, p50/p95/max, and the store's start-up read;
//! 2. the release app's offline start with 1,000 notes stored: navigation start to the
//!    frame after the overview has its data (`performance.mark("jobbesoeg-ready")`),
//!    served by the service worker with the server stopped; median of 7;
//! 3. typing a note on the observation screen with those 1,000 notes stored, a keystroke
//!    every 150 ms as a quick typist: keystroke (the key event's time) to the next frame
//!    (`requestAnimationFrame`, just before the paint), and keystroke to "Gemt" on screen
//!    (the note's record committed with strict durability);
//! 4. the exchange worker with those 1,000 notes: export + seal, and open + merge into the
//!    partner's programme (`exchange.rs`).

use std::time::{Duration, Instant};

use e2e::{root, Engine, Server, Session, WebDriver};
use jobbesoeg::core::model::{Note, ParticipantId, Programme};
use jobbesoeg::core::records;
use jobbesoeg::core::time::Timestamp;
use serde_json::json;

#[path = "bench_store/exchange.rs"]
mod exchange;

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

const NOTES: usize = 1_000;
const STARTS: usize = 7;

#[tokio::main]
async fn main() -> Result<()> {
    let harness = std::env::args()
        .nth(1)
        .ok_or("usage: bench-store <URL of the wasm-bindgen-test harness>")?;
    for rate in [1, 4] {
        let session = Session::start(Engine::Chromium).await?;
        let result = bench(&session.driver, rate, &harness).await;
        session.quit().await;
        result?;
    }
    Ok(())
}

async fn bench(driver: &WebDriver, rate: u32, harness: &str) -> Result<()> {
    // The throttle stays with the tab across navigations.
    driver
        .cdp()
        .send_raw("Emulation.setCPUThrottlingRate", json!({ "rate": rate }))
        .await?;
    // `JOBBESOEG_BENCH=typing` runs only the app's parts (start-up and typing).
    if std::env::var("JOBBESOEG_BENCH").as_deref() != Ok("typing") {
        store(driver, rate, harness).await?;
    }
    let server = start_up(driver, rate).await?;
    typing(driver, rate, &server).await?;
    exchange::bench(driver, rate, &programme_with_notes()).await
}

/// Runs the wasm benchmark page and prints its BENCH lines.
async fn store(driver: &WebDriver, rate: u32, harness: &str) -> Result<()> {
    driver.goto(harness).await?;
    let deadline = Instant::now() + Duration::from_secs(900);
    let output = loop {
        let text = driver
            .execute(
                "const o = document.getElementById('output'); const b = document.getElementById('bench'); \
                 return (o ? o.textContent : '') + '\\n' + (b ? b.textContent : '');",
                vec![],
            )
            .await?
            .json()
            .as_str()
            .unwrap_or_default()
            .to_string();
        if text.contains("test result") {
            break text;
        }
        if Instant::now() > deadline {
            return Err(format!("the store benchmark did not finish:\n{text}").into());
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    };
    for line in output.lines().filter(|l| l.contains("BENCH")) {
        let line = line.trim_start_matches(|c: char| c != 'B');
        println!("{line} [CPU {rate}×]");
    }
    if !output.contains("1 passed") {
        return Err(format!("the store benchmark failed:\n{output}").into());
    }
    Ok(())
}

/// A programme with `NOTES` notes, as the records the app stores.
fn records_with_notes() -> Vec<(String, String)> {
    records::split(&programme_with_notes())
}

/// Mette's programme with `NOTES` notes in visit 1 (Jonas hosts it).
fn programme_with_notes() -> Programme {
    let me = ParticipantId("bench-me".into());
    let mut p = Programme::new(me.clone(), ParticipantId("bench-partner".into()));
    p.me.name.set("Mette".into(), &me);
    p.partner.name.set("Jonas".into(), &me);
    p.set_first_host(&p.partner.id.clone(), &me);
    for i in 0..NOTES {
        let mut note = Note::new(
            format!("n{i:04}"),
            Timestamp(1_804_671_720_000 + i as i64 * 7_000),
        );
        note.text.set(
            format!("Observation {i}: formanden giver ordet videre til to deltagere."),
            &me,
        );
        p.visits[0].notes.push(note);
    }
    p
}

/// Seeds IndexedDB through the page, then starts the app offline `STARTS` times.
async fn start_up(driver: &WebDriver, rate: u32) -> Result<Server> {
    let server = Server::start(&root().join("dist"))?;
    driver.goto(format!("{}/", server.base())).await?;
    let seeded = driver
        .execute_async(
            "const [records, done] = arguments;
             const open = indexedDB.open('jobbesoeg', 1);
             open.onupgradeneeded = () => open.result.createObjectStore('records');
             open.onerror = () => done('open: ' + open.error);
             open.onsuccess = () => {
               const tx = open.result.transaction('records', 'readwrite');
               const store = tx.objectStore('records');
               for (const [k, v] of records) store.put(v, k);
               tx.oncomplete = () => { open.result.close(); done('ok'); };
               tx.onerror = () => done('put: ' + tx.error);
             };",
            vec![json!(records_with_notes())],
        )
        .await?;
    if seeded.json() != "ok" {
        return Err(format!("seeding IndexedDB failed: {:?}", seeded.json()).into());
    }
    // Offline from here: the service worker serves the app.
    let mut controlled = false;
    for _ in 0..200 {
        driver.goto(format!("{}/", server.base())).await?;
        let ret = driver
            .execute("return !!navigator.serviceWorker.controller;", vec![])
            .await?;
        if ret.json().as_bool() == Some(true) {
            controlled = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    if !controlled {
        return Err("the service worker never took control".into());
    }
    server.stop();
    let mut times = Vec::new();
    let mut phases = Vec::new();
    for _ in 0..STARTS {
        driver.goto(format!("{}/", server.base())).await?;
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let t = driver
                .execute(
                    "const m = performance.getEntriesByName('jobbesoeg-ready')[0]; \
                     return m ? m.startTime : null;",
                    vec![],
                )
                .await?;
            if let Some(ms) = t.json().as_f64() {
                times.push(ms);
                let marks = driver
                    .execute(
                        "return ['jobbesoeg-main', 'jobbesoeg-loaded'].map(n => \
                         Math.round(performance.getEntriesByName(n)[0]?.startTime ?? -1));",
                        vec![],
                    )
                    .await?;
                phases.push(marks.json().clone());
                break;
            }
            if Instant::now() > deadline {
                return Err("the app never showed the stored programme".into());
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
    println!("  (main started, programme loaded) per start, ms: {phases:?} [CPU {rate}×]");
    times.sort_by(f64::total_cmp);
    println!(
        "BENCH app start offline with {NOTES} notes (navigation to data on screen): median {:.0} ms, min {:.0} ms, max {:.0} ms ({STARTS} starts) [CPU {rate}×]",
        times[STARTS / 2],
        times[0],
        times[STARTS - 1]
    );
    Ok(server)
}

fn summary(name: &str, mut samples: Vec<f64>, rate: u32) -> String {
    if samples.is_empty() {
        return format!("BENCH {name}: no samples [CPU {rate}×]");
    }
    samples.sort_by(f64::total_cmp);
    let at = |p: f64| samples[((samples.len() as f64 - 1.0) * p).round() as usize];
    format!(
        "BENCH {name}: p50 {:.1} ms, p95 {:.1} ms, max {:.1} ms ({} keystrokes, {NOTES} notes stored) [CPU {rate}×]",
        at(0.5),
        at(0.95),
        at(1.0),
        samples.len()
    )
}

/// Types a note on the observation screen, offline, with the notes stored by `start_up`.
async fn typing(driver: &WebDriver, rate: u32, server: &Server) -> Result<()> {
    driver
        .goto(format!("{}/besoeg/1/observer", server.base()))
        .await?;
    let deadline = Instant::now() + Duration::from_secs(30);
    while driver
        .execute(
            "return document.activeElement && document.activeElement.id === 'note-text';",
            vec![],
        )
        .await?
        .json()
        .as_bool()
        != Some(true)
    {
        if Instant::now() > deadline {
            return Err("the observation screen never had the cursor in the note".into());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    driver
        .execute(
            "const b = window.__bench = { screen: [], durable: [], disk: [], handler: [], t0: 0, t1: 0 };
             new PerformanceObserver(list => {
               for (const m of list.getEntriesByName('jobbesoeg-durable')) {
                 if (b.tDisk) { b.disk.push(m.startTime - b.tDisk); b.tDisk = 0; }
               }
             }).observe({ type: 'mark' });
             document.addEventListener('keydown', e => { b.tDisk = e.timeStamp; b.tKey = e.timeStamp; }, true);
             b.put = [];
             const post = Worker.prototype.postMessage;
             Worker.prototype.postMessage = function (...args) {
               if (b.tKey) b.put.push(performance.now() - b.tKey);
               b.tKey = 0;
               return post.apply(this, args);
             };
             document.addEventListener('keydown', e => { b.t0 = e.timeStamp; }, true);
             b.dispatch = [];
             window.addEventListener('input', () => {
               b.t1 = performance.now();
               b.dispatch.push(b.t1 - b.t0);
             }, true);
             window.addEventListener('input', () => { b.handler.push(performance.now() - b.t1); });
             document.addEventListener('input', () => {
               const t0 = b.t0;
               requestAnimationFrame(() => b.screen.push(performance.now() - t0));
             }, true);
             const state = document.querySelector('[data-testid=save-state]');
             new MutationObserver(() => {
               if (state.textContent === 'Gemt' && b.t0) {
                 b.durable.push(performance.now() - b.t0);
                 b.t0 = 0;
               }
             }).observe(state, { childList: true, subtree: true, characterData: true });",
            vec![],
        )
        .await?;
    // Keys as the phone's keyboard sends them (DevTools `Input.dispatchKeyEvent`), not
    // WebDriver's Send Keys: that runs its own scripts in the page around every key,
    // which at 4× throttling would be counted as the app's time.
    // Three sentences: ~150 keystrokes, enough for a steady 95th percentile.
    let typed = "Formanden giver ordet til Ali, som viser tallene. To kigger på telefonen. \
                 Lederen spørger: Hvad siger I til det? Der bliver stille, så svarer Mette.";
    for c in typed.chars() {
        let key = c.to_string();
        for kind in ["keyDown", "keyUp"] {
            let mut event = json!({ "type": kind, "key": key });
            if kind == "keyDown" {
                event["text"] = json!(key);
            }
            driver
                .cdp()
                .send_raw("Input.dispatchKeyEvent", event)
                .await?;
        }
        tokio::time::sleep(Duration::from_millis(150)).await;
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    let in_note = driver
        .execute("return document.querySelector('#note-text').value;", vec![])
        .await?;
    if in_note.json().as_str() != Some(typed) {
        return Err(format!("the keys did not reach the note: {:?}", in_note.json()).into());
    }
    let got = driver
        .execute(
            "const b = window.__bench; return [b.screen, b.durable, b.handler, b.disk, b.put, b.dispatch];",
            vec![],
        )
        .await?;
    type Samples = (Vec<f64>, Vec<f64>, Vec<f64>, Vec<f64>, Vec<f64>, Vec<f64>);
    let (screen, durable, handler, disk, put, dispatch): Samples =
        serde_json::from_value(got.json().clone())?;
    println!(
        "{}",
        summary(
            "keystroke to its input event (the browser's own part)",
            dispatch,
            rate
        )
    );
    println!(
        "{}",
        summary(
            "keystroke to the record sent to the writer worker",
            put,
            rate
        )
    );
    println!(
        "{}",
        summary(
            "keystroke to its write committed (strict durability, in the writer worker)",
            disk,
            rate
        )
    );
    println!(
        "{}",
        summary("the app's input handler per keystroke", handler, rate)
    );
    // The same kind of write from plain JavaScript on the same page, for comparison: what
    // the browser itself takes to commit one record with strict durability here.
    let raw = driver
        .execute_async(
            "const done = arguments[0];
             const open = indexedDB.open('jobbesoeg', 1);
             open.onsuccess = async () => {
               const db = open.result; const times = [];
               for (let i = 0; i < 30; i++) {
                 const t0 = performance.now();
                 await new Promise((ok, fail) => {
                   const tx = db.transaction('records', 'readwrite', { durability: 'strict' });
                   tx.objectStore('records').put('x'.repeat(300), 'bench/raw');
                   tx.oncomplete = ok; tx.onerror = fail;
                 });
                 times.push(performance.now() - t0);
                 await new Promise(r => setTimeout(r, 50));
               }
               const tx = db.transaction('records', 'readwrite');
               tx.objectStore('records').delete('bench/raw');
               tx.oncomplete = () => { db.close(); done(times); };
             };
             open.onerror = () => done([]);",
            vec![],
        )
        .await?;
    let raw: Vec<f64> = serde_json::from_value(raw.json().clone())?;
    println!(
        "{}",
        summary(
            "plain JS put + strict commit on this page (for comparison)",
            raw,
            rate
        )
    );
    println!(
        "{}",
        summary("keystroke to next frame while saving", screen, rate)
    );
    println!(
        "{}",
        summary("keystroke to note durable (\"Gemt\")", durable, rate)
    );
    server.stop();
    Ok(())
}
