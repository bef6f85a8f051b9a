//! Benchmark, not a test (`make bench-store`): 1,000 notes written one by one to IndexedDB
//! with strict durability, as the guest types them, then the start-up read of all of them.
//! Prints figures; asserts nothing about time.
#![cfg(target_arch = "wasm32")]

use jobbesoeg::core::model::{Note, ParticipantId, Programme};
use jobbesoeg::core::records::note_key;
use jobbesoeg::store::db::Db;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const NOTES: usize = 1_000;

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

#[wasm_bindgen_test]
async fn bench_1000_notes() {
    let db = Db::open().await.unwrap();
    db.clear().await.unwrap();
    let me = ParticipantId("bench".into());
    let mut p = Programme::new(me.clone(), ParticipantId("partner".into()));
    p.me.name.set("Jonas".into(), &me);
    db.save_all(&p).await.unwrap();

    let start = jobbesoeg::core::time::Timestamp(1_804_000_000_000);
    let mut writes = Vec::with_capacity(NOTES);
    for i in 0..NOTES {
        let id = format!("n{i:04}");
        let mut note = Note::new(
            id.clone(),
            jobbesoeg::core::time::Timestamp(start.0 + i as i64 * 7_000),
        );
        note.text.set(format!("Observation {i}: formanden giver ordet videre til to deltagere, som svarer på forslaget."), &me);
        p.visits[0].notes.push(note);
        let t0 = now_ms();
        db.save_record(&p, &note_key(0, &id)).await.unwrap();
        writes.push(now_ms() - t0);
    }
    writes.sort_by(f64::total_cmp);

    let mut loads = Vec::new();
    for _ in 0..5 {
        let t0 = now_ms();
        let db = Db::open().await.unwrap();
        let loaded = db.load().await.unwrap().unwrap();
        loads.push(now_ms() - t0);
        assert_eq!(loaded.visits[0].notes.len(), NOTES);
        db.close();
    }
    loads.sort_by(f64::total_cmp);

    // The same read without IndexedDB: parsing and assembling the records.
    let stored = jobbesoeg::core::records::split(&p);
    let mut assembles = Vec::new();
    for _ in 0..5 {
        let records = stored.clone();
        let t0 = now_ms();
        let back = jobbesoeg::core::records::assemble(records)
            .unwrap()
            .unwrap();
        assembles.push(now_ms() - t0);
        assert_eq!(back.visits[0].notes.len(), NOTES);
    }
    assembles.sort_by(f64::total_cmp);
    db.clear().await.unwrap();

    let lines = [
        format!(
            "BENCH durable write per note ({NOTES} notes, strict): p50 {:.1} ms, p95 {:.1} ms, max {:.1} ms",
            percentile(&writes, 0.5),
            percentile(&writes, 0.95),
            writes[writes.len() - 1]
        ),
        format!(
            "BENCH start-up read with {NOTES} notes (open + load): median {:.1} ms, max {:.1} ms (5 runs)",
            percentile(&loads, 0.5),
            loads[loads.len() - 1]
        ),
        format!(
            "BENCH of which parsing and assembling {NOTES} notes' records: median {:.1} ms (5 runs)",
            percentile(&assembles, 0.5),
        ),
    ];
    for line in &lines {
        console_log!("{line}");
    }
    // Also on the page, where `make bench-store` reads them in interactive mode.
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        if let (Ok(pre), Some(body)) = (document.create_element("pre"), document.body()) {
            pre.set_id("bench");
            pre.set_text_content(Some(&lines.join("\n")));
            let _ = body.append_child(&pre);
        }
    }
}
