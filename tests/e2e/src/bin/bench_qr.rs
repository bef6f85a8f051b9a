//! `make bench-qr`: figures, not a test. The exchange by QR code (issue 8) through a
//! camera path in Chromium:
//! 1. a 6 KB payload (a visit's notes, deflated, as "Vis som QR-kode" sends it unsealed)
//!    cut into parts by the app's encoder, filmed as a phone camera sees a screen
//!    (softened, grainy) at 10 and 15 codes a second, played into Chromium's fake camera;
//!    the receiving phone taps "Scan QR-kode": time to the first part read, to the whole
//!    payload merged, and the transfer rate (bytes / time from the first part);
//! 2. reading one camera frame in the QR reader worker (rqrr, WASM), p50/p95, and a frame
//!    there and back (page → reader → exchange worker → page);
//! 3. drawing the next code in the exchange worker (ur part + QR code + SVG path, WASM)
//!    while the receiving phone shows its merged visit as codes, p50/p95.
//!
//! Chromium finds no BarcodeDetector on Linux, so this is the iOS Safari path.

use std::time::{Duration, Instant};

use e2e::{camera, root, Ctx, Engine, Server, Session};
use jobbesoeg::core::exchange::{export, pack, Scope};
use jobbesoeg::core::model::{Note, ParticipantId, Programme};
use jobbesoeg::core::qr::{Code, Sender};
use jobbesoeg::core::time::Timestamp;

type Result<T> = std::result::Result<T, Box<dyn std::error::Error + Send + Sync>>;

/// Mette's visit 1 with notes of words in an irregular order, until deflated it is 6 KB.
fn payload() -> Vec<u8> {
    let me = ParticipantId("p-bench-mette".into());
    let mut p = Programme::new(me.clone(), ParticipantId("p-provisional-jonas".into()));
    p.me.name.set("Mette".into(), &me);
    p.partner.name.set("Jonas".into(), &me);
    p.set_first_host(&p.partner.id.clone(), &me);
    for i in 0.. {
        let text = format!("{i}: {}", e2e::meeting_words(12, 0x9e37_79b9 + i as u64));
        let mut note = Note::new(
            format!("n{i:03}"),
            Timestamp(1_805_000_000_000 + i * 60_000),
        );
        note.text.set(text, &me);
        p.visits[0].notes.push(note);
        let bytes = pack(&export(&p, Scope::Visit(0), Timestamp(1_805_000_000_000)));
        if bytes.len() >= 6_000 {
            return bytes;
        }
    }
    unreachable!()
}

fn percentile(values: &mut [f64], p: f64) -> f64 {
    values.sort_by(|a, b| a.total_cmp(b));
    values
        .get(((values.len() as f64 - 1.0) * p).round() as usize)
        .copied()
        .unwrap_or(f64::NAN)
}

async fn measures(ctx: &Ctx, name: &str) -> Result<Vec<f64>> {
    let got = ctx
        .eval(&format!(
            "performance.getEntriesByName('{name}').map(e => e.duration)"
        ))
        .await?;
    Ok(serde_json::from_value(got)?)
}

#[tokio::main]
async fn main() -> Result<()> {
    let payload = payload();
    let server = Server::start(&root().join("dist"))?;
    for codes_per_second in [10u32, 15] {
        for run in 1..=3 {
            let mut sender = Sender::new(&payload);
            let parts = sender.parts();
            let codes: Vec<Code> = (0..parts * 4).filter_map(|_| sender.next_code()).collect();
            let film =
                std::env::temp_dir().join(format!("jobbesoeg-bench-qr-{}.y4m", std::process::id()));
            camera::film(&codes, codes_per_second * 2, &film)?;
            let session =
                Session::start_with(Engine::Chromium, &camera::camera_flags(&film)).await?;
            let ctx = Ctx {
                engine: Engine::Chromium,
                driver: session.driver.clone(),
                base: server.base(),
                server: server.clone(),
            };
            let outcome = once(&ctx, payload.len(), parts, codes_per_second, run).await;
            session.quit().await;
            let _ = std::fs::remove_file(&film);
            outcome?;
        }
    }
    server.stop();
    Ok(())
}

async fn once(ctx: &Ctx, bytes: usize, parts: usize, rate: u32, run: u32) -> Result<()> {
    ctx.make_the_pair_as("Jonas", "Mette").await?;
    ctx.open("/del").await?;
    let scan = ctx.by_role("button", "Scan QR-kode").await?;
    ctx.tap(scan).await?;
    let start = Instant::now();
    let mut first = None;
    loop {
        let state = ctx
            .eval(
                "[(document.querySelector('progress[data-testid=qr-progress]') || {}).value || 0, \
                 (document.querySelector('[data-testid=exchange-result]') || {}).textContent || '']",
            )
            .await?;
        if first.is_none() && state[0].as_f64().unwrap_or(0.0) > 0.0 {
            first = Some(start.elapsed());
        }
        if !state[1].as_str().unwrap_or("").is_empty() {
            break;
        }
        if start.elapsed() > Duration::from_secs(60) {
            return Err("the payload did not come whole in 60 s".into());
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let whole = start.elapsed();
    let first = first.unwrap_or(whole);
    let from_first = (whole - first).as_secs_f64().max(0.001);
    let mut read = measures(ctx, "qr-read").await?;
    let mut frame = measures(ctx, "qr-frame").await?;
    println!(
        "BENCH qr-transfer codes/s={rate} run={run} payload={bytes}B parts={parts}: first part {:.2} s, \
         whole and merged {:.2} s after tapping Scan; {:.0} B/s from the first part; \
         frames read {} (rqrr in WASM p50 {:.1} ms, p95 {:.1} ms; there and back p50 {:.1} ms, p95 {:.1} ms)",
        first.as_secs_f64(),
        whole.as_secs_f64(),
        bytes as f64 / from_first,
        read.len(),
        percentile(&mut read, 0.5),
        percentile(&mut read, 0.95),
        percentile(&mut frame, 0.5),
        percentile(&mut frame, 0.95),
    );
    if rate == 10 && run == 1 {
        // The same visit shown again as codes: how long each code takes to draw.
        ctx.open("/del").await?;
        ctx.tap(
            ctx.by_role("checkbox", "Forsegl filen med en adgangsfrase (anbefales)")
                .await?,
        )
        .await?;
        ctx.until(
            "the warning about an unsealed file",
            "(document.querySelector('[data-testid=readable-warning]') || {}).textContent",
        )
        .await?;
        ctx.tap(ctx.by_role("button", "Se, hvad der sendes").await?)
            .await?;
        ctx.tap(ctx.by_role("button", "Vis som QR-kode").await?)
            .await?;
        ctx.heading("Lad din makker scanne koden").await?;
        tokio::time::sleep(Duration::from_secs(6)).await;
        let mut draw = measures(ctx, "qr-draw").await?;
        println!(
            "BENCH qr-draw: {} codes drawn in the exchange worker (WASM): p50 {:.1} ms, p95 {:.1} ms",
            draw.len(),
            percentile(&mut draw, 0.5),
            percentile(&mut draw, 0.95),
        );
    }
    Ok(())
}
