//! The exchange worker's figures (issue 7): a visit with 1,000 notes exported and sealed
//! (Argon2id 64 MiB × 3), then opened and merged into the partner's programme, in the
//! page of the release app (offline, from the service worker), median of 3.

use e2e::WebDriver;
use jobbesoeg::core::model::{ParticipantId, Programme};
use jobbesoeg::core::schema;

const SCRIPT: &str = "
const [mine, theirs, done] = arguments;
const worker = new Worker('/worker_loader.js', { type: 'module' });
const ready = new Promise((ok) => { worker.onmessage = (e) => e.data === 'ready' && ok(); });
const ask = (message) => new Promise((ok) => {
  worker.onmessage = (e) => { if (!e.data.progress) ok(e.data); };
  worker.postMessage(message);
});
(async () => {
  await ready;
  const seal = [], open = [];
  let size = 0, report = null;
  for (let i = 0; i < 3; i++) {
    let t = performance.now();
    const exported = await ask({ op: 'export', mine, scope: 'visit-1' });
    const sealed = await ask({ op: 'seal', text: exported.exported, passphrase: 'korrekt hest' });
    seal.push(performance.now() - t);
    size = sealed.sealed.length;
    t = performance.now();
    const opened = await ask({ op: 'open', bytes: sealed.sealed, passphrase: 'korrekt hest', mine: theirs });
    open.push(performance.now() - t);
    report = opened.merged ? opened.merged.report.new_notes : opened.error;
  }
  worker.terminate();
  done({ seal, open, size, report });
})().catch((e) => done({ error: String(e) }));
";

/// The same wasm, run on the page's own thread, which DevTools' CPU throttling does reach
/// (it does not reach workers): the worker's module is imported into the page, its
/// `postMessage` answers caught, its `onmessage` called directly.
const ON_PAGE: &str = "
const [mine, theirs, done] = arguments;
const answers = [];
const post = window.postMessage;
window.postMessage = (m) => answers.push(m);
const ask = (message) => {
  answers.length = 0;
  window.onmessage({ data: message });
  return answers.find((a) => !a.progress && !(a.screen && a.screen.busy));
};
(async () => {
  const worker = await import('/worker.js');
  await worker.default();
  const seal = [], open = [];
  let size = 0, report = null;
  for (let i = 0; i < 3; i++) {
    let t = performance.now();
    const exported = ask({ op: 'export', mine, scope: 'visit-1' });
    const sealed = ask({ op: 'seal', text: exported.exported, passphrase: 'korrekt hest' });
    seal.push(performance.now() - t);
    size = sealed.sealed.length;
    t = performance.now();
    const opened = ask({ op: 'open', bytes: sealed.sealed, passphrase: 'korrekt hest', mine: theirs });
    open.push(performance.now() - t);
    report = opened.merged ? opened.merged.report.new_notes : opened.error;
  }
  window.postMessage = post;
  // Kept for the largest-file step: the module is loaded (and its main run) once.
  window.__workerOnMessage = window.onmessage;
  window.onmessage = null;
  done({ seal, open, size, report });
})().catch((e) => { window.postMessage = post; done({ error: String(e) }); });
";

/// The largest readable file the caps allow (`core::validate`: 2,000 notes in each
/// visit), opened, checked and merged on the page's thread, throttled: the worker's
/// wasm imported into the page as in `ON_PAGE`.
const LARGEST: &str = "
const [file, theirs, done] = arguments;
const answers = [];
const post = window.postMessage;
window.postMessage = (m) => answers.push(m);
(async () => {
  const worker = await import('/worker.js');
  await worker.default();
  const handler = window.__workerOnMessage || window.onmessage;
  const ask = (message) => {
    answers.length = 0;
    handler({ data: message });
    return answers.find((a) => !a.progress && !(a.screen && a.screen.busy));
  };
  const bytes = new TextEncoder().encode(file);
  const open = [];
  let report = null;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const opened = ask({ op: 'open', bytes, passphrase: '', mine: theirs });
    open.push(performance.now() - t);
    report = opened.merged ? opened.merged.report.new_notes : opened.error;
  }
  window.postMessage = post;
  done({ open, size: bytes.length, report });
})().catch((e) => { window.postMessage = post; done({ error: String(e) }); });
";

/// The largest file the caps allow: a programme with the most notes in each visit.
fn largest(from: &Programme) -> String {
    use jobbesoeg::core::exchange::{export, Scope};
    use jobbesoeg::core::model::Note;
    use jobbesoeg::core::time::Timestamp;
    use jobbesoeg::core::validate::MAX_NOTES;
    let mut p = from.clone();
    let me = p.me.id.clone();
    for (v, visit) in p.visits.iter_mut().enumerate() {
        visit.notes.clear();
        for i in 0..MAX_NOTES {
            let mut note = Note::new(format!("big{v}-{i:05}"), Timestamp(i as i64));
            note.text.set(
                format!("Note {i}: formanden giver ordet til Ali, som spørger om tallene."),
                &me,
            );
            visit.notes.push(note);
        }
    }
    export(&p, Scope::All, Timestamp(1_806_000_000_000))
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
}

pub async fn bench(driver: &WebDriver, rate: u32, mine: &Programme) -> super::Result<()> {
    let j = ParticipantId("bench-jonas".into());
    let mut theirs = Programme::new(j.clone(), ParticipantId("tmp-mette".into()));
    theirs.me.name.set("Jonas".into(), &j);
    theirs.set_first_host(&j, &j);
    for (script, place) in [
        (SCRIPT, "in the worker, which DevTools does not throttle"),
        (ON_PAGE, "the worker's wasm on the page's thread, throttled"),
    ] {
        let out = driver
            .execute_async(
                script,
                vec![
                    serde_json::json!(schema::encode(mine)),
                    serde_json::json!(schema::encode(&theirs)),
                ],
            )
            .await?;
        let out = out.json();
        if out.get("error").is_some() {
            return Err(format!("the exchange benchmark failed ({place}): {out}").into());
        }
        let times = |key: &str| -> Vec<f64> {
            serde_json::from_value(out[key].clone()).unwrap_or_default()
        };
        println!(
            "BENCH export + seal a visit with {} notes ({} B sealed, Argon2id 64 MiB × 3, {place}): median {:.0} ms (3 runs) [CPU {rate}×]",
            super::NOTES,
            out["size"],
            median(times("seal"))
        );
        println!(
            "BENCH open + check + merge it into the partner's programme (new notes reported {}, {place}): median {:.0} ms (3 runs) [CPU {rate}×]",
            out["report"],
            median(times("open"))
        );
    }
    let out = driver
        .execute_async(
            LARGEST,
            vec![
                serde_json::json!(largest(mine)),
                serde_json::json!(schema::encode(&theirs)),
            ],
        )
        .await?;
    let out = out.json();
    if out.get("error").is_some() {
        return Err(format!("the largest-file benchmark failed: {out}").into());
    }
    let open: Vec<f64> = serde_json::from_value(out["open"].clone()).unwrap_or_default();
    println!(
        "BENCH open + check + merge the largest file the caps allow ({} B readable, new notes reported {}, on the page's thread, throttled): median {:.0} ms (3 runs) [CPU {rate}×]",
        out["size"],
        out["report"],
        median(open)
    );
    Ok(())
}
