//! The exchange worker (issue 7) in real browsers: the release build's worker seals a
//! visit with the default Argon2id (64 MiB × 3) while the page keeps drawing frames, opens
//! it with the passphrase and merges it into the partner's programme, and tells a wrong
//! passphrase and a changed byte apart. Works offline from the service worker's cache.
//! A worker that dies while sealing is noticed by the screen, which says so in Danish,
//! starts a new one and seals with it.

use e2e::{in_every_engine, Ctx, TestResult};
use jobbesoeg::core::model::{Note, ParticipantId, Programme};
use jobbesoeg::core::schema;
use jobbesoeg::core::time::Timestamp;

in_every_engine!(
    the_worker_seals_opens_and_merges_without_freezing_the_page,
    a_worker_that_dies_while_sealing_is_started_again_and_the_screen_says_so
);

/// Mette's phone (she hosts visit 1, with a focus point and a note) and Jonas's.
fn phones() -> (Programme, Programme) {
    let (m, j) = (ParticipantId("mette".into()), ParticipantId("jonas".into()));
    let mut mette = Programme::new(m.clone(), ParticipantId("tmp-j".into()));
    mette.me.name.set("Mette".into(), &m);
    mette.partner.name.set("Jonas".into(), &m);
    mette.set_first_host(&m, &m);
    mette.visits[0].alignment.answers[3].set("Reaktioner på planen".into(), &m);
    let mut note = Note::new("n1".into(), Timestamp(1_805_000_000_000));
    note.text.set("Ali spørger om vagtplanen".into(), &m);
    mette.visits[0].notes.push(note);
    let mut jonas = Programme::new(j.clone(), ParticipantId("tmp-m".into()));
    jonas.me.name.set("Jonas".into(), &j);
    jonas.partner.name.set("Mette".into(), &j);
    jonas.set_first_host(&jonas.partner.id.clone(), &j);
    (mette, jonas)
}

const SCRIPT: &str = "
const [mette, jonas, done] = arguments;
const meta = document.querySelector('meta[name=jobbesoeg-worker]');
const worker = new Worker(meta ? meta.content : '/worker_loader.js', { type: 'module' });
const progress = [];
worker.onerror = (e) => done({ error: 'worker: ' + (e.message || e.type) });
const ready = new Promise((ok) => { worker.onmessage = (e) => e.data === 'ready' && ok(); });
const ask = (message) => new Promise((ok) => {
  worker.onmessage = (e) => e.data.progress ? progress.push(e.data.progress) : ok(e.data);
  worker.postMessage(message);
});
(async () => {
  const out = {};
  await ready;
  const exported = await ask({ op: 'export', mine: mette, scope: 'visit-1' });
  out.readable = exported.exported.slice(0, 40);
  // Frames the page draws while the worker derives the key and seals.
  let frames = 0, sealing = true;
  const tick = () => { if (sealing) { frames++; requestAnimationFrame(tick); } };
  requestAnimationFrame(tick);
  const t0 = performance.now();
  const sealed = await ask({ op: 'seal', text: exported.exported, passphrase: 'korrekt hest' });
  out.sealMs = Math.round(performance.now() - t0);
  sealing = false;
  out.frames = frames;
  out.sealedLength = sealed.sealed.length;
  out.magic = String.fromCharCode(...sealed.sealed.slice(0, 8));
  out.wrong = (await ask({ op: 'open', bytes: sealed.sealed, passphrase: 'forkert', mine: jonas })).error;
  const changed = sealed.sealed.slice(); changed[changed.length - 5] ^= 1;
  out.changed = (await ask({ op: 'open', bytes: changed, passphrase: 'korrekt hest', mine: jonas })).error;
  const t1 = performance.now();
  const opened = await ask({ op: 'open', bytes: sealed.sealed, passphrase: 'korrekt hest', mine: jonas });
  out.openMs = Math.round(performance.now() - t1);
  out.error = opened.error || null;
  out.report = opened.merged ? opened.merged.report : null;
  out.merged = opened.merged ? opened.merged.programme : '';
  out.progress = progress;
  worker.terminate();
  done(out);
})().catch((e) => done({ error: String(e) }));
";

async fn the_worker_seals_opens_and_merges_without_freezing_the_page(ctx: Ctx) -> TestResult {
    let (mette, jonas) = phones();
    // The app opened once, so its service worker has cached the worker too; then offline.
    ctx.open("/").await?;
    ctx.heading("Velkommen til Jobbesøg").await?;
    ctx.until_offline_ready().await?;
    ctx.server.stop();
    assert!(ctx.server.is_down());
    ctx.reload().await?;
    ctx.heading("Velkommen til Jobbesøg").await?;
    let out = ctx
        .driver
        .execute_async(
            SCRIPT,
            vec![
                serde_json::json!(schema::encode(&mette)),
                serde_json::json!(schema::encode(&jonas)),
            ],
        )
        .await?;
    let out = out.json();
    assert_eq!(out["error"], serde_json::Value::Null, "{out}");
    assert_eq!(
        out["readable"],
        "{\"format\":\"jobbesoeg-export\",\"version\":1"
    );
    assert_eq!(out["magic"], "JBSEALED");
    assert_eq!(out["wrong"], "wrong-passphrase");
    assert_eq!(out["changed"], "tampered");
    // What arrived, and nothing else: Mette's note and her answer to question 4.
    assert_eq!(
        out["report"],
        serde_json::json!({
            "new_notes": 1, "changed_notes": 0, "answers": 1, "activity": false,
            "agreements": false, "focus_points": 0, "leadership": false, "hosts": false,
            "partner_name": false, "my_name": false
        }),
        "{out}"
    );
    let merged = schema::decode(out["merged"].as_str().unwrap_or_default())?;
    assert_eq!(merged.partner.id, ParticipantId("mette".into()));
    assert_eq!(
        merged.visits[0].notes[0].text.value,
        "Ali spørger om vagtplanen"
    );
    assert!(out["progress"]
        .as_array()
        .is_some_and(|p| p.iter().any(|s| s == "deriving")));
    // The page drew frames while the key was derived: the screen did not freeze.
    let frames = out["frames"].as_u64().unwrap_or(0);
    assert!(frames >= 2, "the page drew {frames} frames while sealing");
    println!(
        "{}: sealed {} B in {} ms (Argon2id 64 MiB × 3 in the worker, {frames} frames drawn meanwhile); opened and merged in {} ms",
        ctx.engine.name(),
        out["sealedLength"],
        out["sealMs"],
        out["openMs"]
    );
    Ok(())
}

/// The exchange worker's death, as the page sees it. A release build has no way to make
/// its worker panic or run out of memory on purpose (and should have none), so this
/// simulates what the browser does then: when the page hands the worker "Del filen",
/// the `error` event the browser fires on the `Worker` object for an uncaught wasm trap
/// (`RuntimeError: unreachable`) is dispatched on it, in the middle of the seal. What is
/// tested is the page's side: it hears the event, ends that worker, starts a new one and
/// redraws the screen. That a real trap fires `error` is the browsers' documented
/// behaviour, not tested here.
const KILL_WHILE_SEALING: &str = "
const Real = window.Worker;
window.__workers = [];
window.Worker = function (url, options) {
  const w = new Real(url, options);
  window.__workers.push(String(url));
  if (String(url).includes('worker_loader')) {
    const send = w.postMessage.bind(w);
    w.postMessage = (message, transfer) => {
      send(message, transfer);
      if (message && message.action === 'share' && !window.__killed) {
        window.__killed = true;
        w.dispatchEvent(new ErrorEvent('error', { message: 'RuntimeError: unreachable' }));
      }
    };
  }
  return w;
};";

/// The share sheet, as the test's (as in `exchange.rs`).
const SHARE_SHEET: &str = "
Object.defineProperty(navigator, 'canShare', { configurable: true, value: () => true });
Object.defineProperty(navigator, 'share', { configurable: true, value: async (data) => {
  const f = data.files[0];
  window.__shared = { name: f.name, magic: String.fromCharCode(...new Uint8Array(await f.arrayBuffer()).slice(0, 8)) };
} });";

async fn share_sealed(ctx: &Ctx) -> TestResult {
    ctx.tap(ctx.by_role("button", "Se, hvad der sendes").await?)
        .await?;
    ctx.heading("Det her forlader din telefon").await?;
    let pass = ctx
        .driver
        .find(e2e::By::Css("input[type=password]"))
        .await?;
    pass.send_keys("korrekt hest batteri").await?;
    ctx.tap(ctx.by_role("button", "Del filen").await?).await?;
    Ok(())
}

async fn a_worker_that_dies_while_sealing_is_started_again_and_the_screen_says_so(
    ctx: Ctx,
) -> TestResult {
    ctx.make_the_pair().await?;
    // Before the screen's script starts its worker: the page is not loaded again, the
    // overview's card leads to the screen.
    ctx.driver.execute(KILL_WHILE_SEALING, vec![]).await?;
    ctx.driver.execute(SHARE_SHEET, vec![]).await?;
    ctx.tap(ctx.by_testid("share-card").await?).await?;
    ctx.heading("Del med din makker").await?;
    let started = ctx
        .eval("window.__workers || 'the page was loaded again'")
        .await?;
    assert!(started.is_array(), "{started}");
    share_sealed(&ctx).await?;
    if let Err(e) = ctx
        .until(
            "the screen to say the helper stopped",
            "(document.querySelector('[data-testid=exchange-error]') || {}).textContent",
        )
        .await
    {
        let shown = ctx
            .eval("[window.__killed, window.__workers, document.querySelector('main').innerText]")
            .await?;
        return Err(format!("{e}; killed, workers, shown: {shown}").into());
    }
    let said = ctx.by_testid("exchange-error").await?.text().await?;
    assert_eq!(
        said,
        "Filen kunne ikke laves: appens hjælper stoppede. Den er startet igen — prøv igen. \
         Dine data er ikke ændret."
    );
    let alert = ctx.by_testid("exchange-error").await?;
    assert_eq!(alert.attr("role").await?.as_deref(), Some("alert"));
    assert_eq!(
        ctx.eval("window.__shared || null").await?,
        serde_json::Value::Null
    );
    // A new worker drew that screen; it seals as the first one would have.
    let workers = ctx
        .eval("window.__workers.filter((u) => u.includes('worker_loader')).length")
        .await?;
    assert_eq!(workers, 2, "one worker died, one was started");
    ctx.tap(ctx.by_role("button", "Tilbage").await?).await?;
    share_sealed(&ctx).await?;
    ctx.until("the file to be shared", "window.__shared")
        .await?;
    let result = ctx.by_testid("exchange-result").await?.text().await?;
    assert!(result.contains("Filen er delt"), "{result}");
    assert_eq!(ctx.eval("window.__shared.magic").await?, "JBSEALED");
    Ok(())
}
