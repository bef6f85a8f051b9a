//! `make bench-start` (issue 15): the app's start-up against a bare Leptos 0.8 CSR app
//! (`bench/reference/`: a heading, a paragraph, a counter), both release builds served on
//! 127.0.0.1 by the e2e server, in Chromium at 4× CPU (DevTools
//! `Emulation.setCPUThrottlingRate`). Figures, not a test: nothing here asserts a time.
//!
//! What is measured, app and reference alternating in one run, median of `RUNS`:
//! 1. the warm offline start, served by the service worker with the server stopped:
//!    navigation start to the frame after the first content is drawn — the app's
//!    `jobbesoeg-ready` (the overview with the stored programme, or with an empty database
//!    the welcome), the reference's `reference-ready` — in a new browser process opened
//!    on the same profile, and on a reload in that process; the app with 0 and with 1,000
//!    notes stored;
//! 2. the cold start on a fresh profile under DevTools' "Slow 4G" preset (CDP
//!    `Network.emulateNetworkConditions`: 562.5 ms latency, 1.44 Mbit/s down, 675 kbit/s
//!    up): first-contentful-paint, and the ready mark.
//!
//! `JOBBESOEG_BENCH_RUNS` sets the number of runs (default 7, at least 5 for the figures).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use e2e::{root, Engine, Server, Session, WebDriver};
use jobbesoeg::core::model::{Note, ParticipantId, Programme};
use jobbesoeg::core::records;
use jobbesoeg::core::time::Timestamp;
use serde_json::{json, Value};

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

const RATE: u32 = 4;
const NOTES: usize = 1_000;

/// DevTools' "Slow 4G" (and puppeteer's `PredefinedNetworkConditions['Slow 4G']`):
/// 150 ms RTT × 3.75, 1.6 Mbit/s × 0.9 down, 750 kbit/s × 0.9 up, in bytes per second.
const SLOW_4G_LATENCY_MS: f64 = 150.0 * 3.75;
const SLOW_4G_DOWN: f64 = 1.6 * 1000.0 * 1000.0 / 8.0 * 0.9;
const SLOW_4G_UP: f64 = 750.0 * 1000.0 / 8.0 * 0.9;

/// One build as the benchmark starts it.
struct Target {
    label: &'static str,
    dist: PathBuf,
    /// The marks' prefix: `jobbesoeg` or `reference` (`-main`, `-ready`).
    prefix: &'static str,
    /// Notes stored before the warm starts (the app only).
    notes: usize,
    /// The kept browser profile of the warm starts.
    profile: PathBuf,
    /// Where it was served when the service worker installed (the same origin later).
    base: String,
}

/// What one start left in the page: milliseconds from navigation start.
#[derive(Default, Clone)]
struct Sample {
    /// The document's response (from the service worker when warm).
    doc: f64,
    /// The page's wasm file fetched.
    wasm: f64,
    /// `main()` entered: the wasm compiled and instantiated.
    main: f64,
    /// The app's programme read from IndexedDB (`jobbesoeg-loaded`), or -1.
    loaded: f64,
    /// The frame after the first content (`*-ready`).
    ready: f64,
    /// first-contentful-paint, or -1 if the browser reported none.
    fcp: f64,
}

const READ_SAMPLE: &str = "const [prefix] = arguments;
const at = (n) => { const e = performance.getEntriesByName(n)[0]; return e ? e.startTime : -1; };
const ready = at(prefix + '-ready');
if (ready < 0) return null;
const nav = performance.getEntriesByType('navigation')[0];
const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'));
return [nav ? nav.responseEnd : -1, wasm ? wasm.responseEnd : -1, at(prefix + '-main'),
        at('jobbesoeg-loaded'), ready, at('first-contentful-paint')];";

#[tokio::main]
async fn main() -> Result<()> {
    let runs: usize = std::env::var("JOBBESOEG_BENCH_RUNS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(7);
    let app_dist = root().join("dist");
    let reference_dist = root().join("bench/reference/dist");
    let tmp = std::env::temp_dir();
    let pid = std::process::id();
    let target = |label, dist: &Path, prefix, notes| Target {
        label,
        dist: dist.to_path_buf(),
        prefix,
        notes,
        profile: tmp.join(format!("jobbesoeg-bench-start-{pid}-{prefix}-{notes}")),
        base: String::new(),
    };
    let mut warm = vec![
        target("app, 0 notes", &app_dist, "jobbesoeg", 0),
        target("app, 1,000 notes", &app_dist, "jobbesoeg", NOTES),
        target("reference", &reference_dist, "reference", 0),
    ];
    let result = run(&mut warm, runs).await;
    for t in &warm {
        let _ = std::fs::remove_dir_all(&t.profile);
    }
    result
}

async fn run(warm: &mut [Target], runs: usize) -> Result<()> {
    for t in warm.iter_mut() {
        t.base = install(t).await?;
    }
    // [target][0 = new browser process, 1 = reload]
    let mut samples = vec![[Vec::new(), Vec::new()]; warm.len()];
    for round in 0..runs {
        // Alternating, and in the other order every second round.
        let order: Vec<usize> = if round % 2 == 0 {
            (0..warm.len()).collect()
        } else {
            (0..warm.len()).rev().collect()
        };
        for i in order {
            let t = &warm[i];
            let session = Session::start_in(Engine::Chromium, &t.profile).await?;
            let measured = async {
                throttle(&session.driver).await?;
                let first = start(&session.driver, t, Duration::from_secs(30)).await?;
                let again = start(&session.driver, t, Duration::from_secs(30)).await?;
                Ok::<_, Box<dyn std::error::Error>>((first, again))
            }
            .await;
            session.quit().await;
            let (first, again) = measured?;
            samples[i][0].push(first);
            samples[i][1].push(again);
        }
        eprintln!("bench-start: warm round {} of {runs} done", round + 1);
    }
    let reference = warm.len() - 1;
    for (kind, name) in [(0, "new browser process, same profile"), (1, "reload")] {
        println!("Warm offline start ({name}), served by the service worker with the server stopped, navigation start to the frame after the first content; median of {runs} [CPU {RATE}×]:");
        for (t, s) in warm.iter().zip(&samples) {
            println!("{}", phases(t, &s[kind]));
        }
        let r = median(samples[reference][kind].iter().map(|s| s.ready));
        for (t, s) in warm.iter().zip(&samples).take(reference) {
            let m = median(s[kind].iter().map(|s| s.ready));
            let goal = if t.notes == 0 { 1.3 } else { 1.5 };
            println!(
                "BENCH warm offline start ({name}), {}: median {m:.0} ms, reference {r:.0} ms, app/reference {:.2}× (goal ≤ {goal}×) [CPU {RATE}×, {runs} runs]",
                t.label,
                m / r
            );
        }
    }
    cold(&warm[0].dist, &warm[reference].dist, runs).await
}

/// First visit on the target's kept profile: the service worker installs and takes
/// control, the app's notes are stored; then the server stops for good.
async fn install(t: &Target) -> Result<String> {
    let _ = std::fs::remove_dir_all(&t.profile);
    let server = Server::start(&t.dist)?;
    let base = server.base();
    let session = Session::start_in(Engine::Chromium, &t.profile).await?;
    let done = async {
        session.driver.goto(format!("{base}/")).await?;
        if t.notes > 0 {
            seed(&session.driver, t.notes).await?;
        }
        for _ in 0..200 {
            session.driver.goto(format!("{base}/")).await?;
            let ret = session
                .driver
                .execute("return !!navigator.serviceWorker.controller;", vec![])
                .await?;
            if ret.json().as_bool() == Some(true) {
                return Ok(());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Err::<(), Box<dyn std::error::Error>>(
            format!("{}: the service worker never took control", t.label).into(),
        )
    }
    .await;
    session.quit().await;
    server.stop();
    done?;
    Ok(base)
}

/// Stores a programme with `notes` notes in IndexedDB, as the app's records.
async fn seed(driver: &WebDriver, notes: usize) -> Result<()> {
    let me = ParticipantId("bench-me".into());
    let mut p = Programme::new(me.clone(), ParticipantId("bench-partner".into()));
    p.me.name.set("Mette".into(), &me);
    p.partner.name.set("Jonas".into(), &me);
    p.set_first_host(&p.partner.id.clone(), &me);
    for i in 0..notes {
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
            vec![json!(records::split(&p))],
        )
        .await?;
    if seeded.json() != "ok" {
        return Err(format!("seeding IndexedDB failed: {:?}", seeded.json()).into());
    }
    Ok(())
}

/// 4× CPU throttling on the session's tab; it stays across navigations.
async fn throttle(driver: &WebDriver) -> Result<()> {
    driver
        .cdp()
        .send_raw("Emulation.setCPUThrottlingRate", json!({ "rate": RATE }))
        .await?;
    Ok(())
}

/// Opens the target's page and waits for its ready mark.
async fn start(driver: &WebDriver, t: &Target, patience: Duration) -> Result<Sample> {
    driver.goto(format!("{}/", t.base)).await?;
    let deadline = Instant::now() + patience;
    loop {
        let got = driver
            .execute(READ_SAMPLE, vec![json!(t.prefix)])
            .await?
            .json()
            .clone();
        if let Some(v) = got.as_array() {
            let n = |i: usize| v.get(i).and_then(Value::as_f64).unwrap_or(-1.0);
            return Ok(Sample {
                doc: n(0),
                wasm: n(1),
                main: n(2),
                loaded: n(3),
                ready: n(4),
                fcp: n(5),
            });
        }
        if Instant::now() > deadline {
            return Err(format!("{}: no {}-ready mark", t.label, t.prefix).into());
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// The cold start: a fresh profile each time, the server up, Slow 4G.
async fn cold(app: &Path, reference: &Path, runs: usize) -> Result<()> {
    let servers = [Server::start(app)?, Server::start(reference)?];
    let targets = [
        Target {
            label: "app (first run, 0 notes)",
            dist: app.to_path_buf(),
            prefix: "jobbesoeg",
            notes: 0,
            profile: PathBuf::new(),
            base: servers[0].base(),
        },
        Target {
            label: "reference",
            dist: reference.to_path_buf(),
            prefix: "reference",
            notes: 0,
            profile: PathBuf::new(),
            base: servers[1].base(),
        },
    ];
    let mut samples = [Vec::new(), Vec::new()];
    for round in 0..runs {
        let order = if round % 2 == 0 { [0, 1] } else { [1, 0] };
        for i in order {
            let session = Session::start(Engine::Chromium).await?;
            let measured = async {
                throttle(&session.driver).await?;
                let cdp = session.driver.cdp();
                cdp.send_raw("Network.enable", json!({})).await?;
                cdp.send_raw(
                    "Network.emulateNetworkConditions",
                    json!({
                        "offline": false,
                        "latency": SLOW_4G_LATENCY_MS,
                        "downloadThroughput": SLOW_4G_DOWN,
                        "uploadThroughput": SLOW_4G_UP,
                    }),
                )
                .await?;
                let mut s = start(&session.driver, &targets[i], Duration::from_secs(90)).await?;
                // The paint entry is queued after the frame is presented.
                for _ in 0..50 {
                    if s.fcp >= 0.0 {
                        break;
                    }
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    s = start_again(&session.driver, &targets[i], s).await?;
                }
                Ok::<_, Box<dyn std::error::Error>>(s)
            }
            .await;
            session.quit().await;
            samples[i].push(measured?);
        }
        eprintln!("bench-start: cold round {} of {runs} done", round + 1);
    }
    for s in &servers {
        s.stop();
    }
    println!("Cold start, fresh profile, DevTools' Slow 4G (562.5 ms latency, 1.44 Mbit/s down, 675 kbit/s up), files sent uncompressed by the e2e server; median of {runs} [CPU {RATE}×]:");
    for (t, s) in targets.iter().zip(&samples) {
        println!("{}", phases(t, s));
    }
    let fcp = |s: &[Sample]| median(s.iter().map(|s| s.fcp));
    let ready = |s: &[Sample]| median(s.iter().map(|s| s.ready));
    let (af, rf) = (fcp(&samples[0]), fcp(&samples[1]));
    let (ar, rr) = (ready(&samples[0]), ready(&samples[1]));
    println!(
        "BENCH cold first-contentful-paint (Slow 4G): app {af:.0} ms, reference {rf:.0} ms, app/reference {:.2}× [CPU {RATE}×, {runs} runs]",
        af / rf
    );
    println!(
        "BENCH cold first content drawn (ready mark, Slow 4G): app (welcome) {ar:.0} ms, reference {rr:.0} ms, app/reference {:.2}× [CPU {RATE}×, {runs} runs]",
        ar / rr
    );
    Ok(())
}

/// Reads the marks again without navigating (for a late paint entry).
async fn start_again(driver: &WebDriver, t: &Target, before: Sample) -> Result<Sample> {
    let got = driver
        .execute(READ_SAMPLE, vec![json!(t.prefix)])
        .await?
        .json()
        .clone();
    let fcp = got
        .as_array()
        .and_then(|v| v.get(5))
        .and_then(Value::as_f64)
        .unwrap_or(-1.0);
    Ok(Sample { fcp, ..before })
}

fn median(values: impl Iterator<Item = f64>) -> f64 {
    let mut v: Vec<f64> = values.filter(|x| *x >= 0.0).collect();
    if v.is_empty() {
        return f64::NAN;
    }
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// One target's medians, phase by phase.
fn phases(t: &Target, s: &[Sample]) -> String {
    let m = |f: fn(&Sample) -> f64| median(s.iter().map(f));
    let ready: Vec<String> = s.iter().map(|s| format!("{:.0}", s.ready)).collect();
    format!(
        "  {:<28} document {:>5.0} | wasm fetched {:>5.0} | main() {:>5.0} | data read {:>5.0} | FCP {:>5.0} | ready {:>5.0} ms  (ready each run: {})",
        t.label,
        m(|s| s.doc),
        m(|s| s.wasm),
        m(|s| s.main),
        m(|s| s.loaded),
        m(|s| s.fcp),
        m(|s| s.ready),
        ready.join(", ")
    )
}
