//! Phones that hold data keep all of it through an update. Today's release, kept as
//! `tests/fixtures/release-v1` (built from 4f29f8f), is served; a visit is filled in
//! through its screens; then the served folder is swapped for the release built from this
//! checkout (dist/) on the same origin. The new service worker waits, the user taps
//! "genindlæs", and every screen shows what was typed, offline.
//!
//! The ignored test at the end wrote `tests/fixtures/records-v1.json` (what today's app
//! stores) with the same steps; `tests/records_v1.rs` reads it natively.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use e2e::{in_every_engine, Ctx, Server, TestResult};

in_every_engine!(an_update_keeps_everything_typed);

type Res<T> = Result<T, Box<dyn std::error::Error + Send + Sync>>;

/// The app's caches, one per release version.
const CACHES: &str =
    "caches.keys().then(ks => ks.filter(k => k.startsWith('jobbesoeg-')).sort().join(','))";

/// Every IndexedDB record as [key, stored string], in key order (as `store::db` reads them).
const RECORDS: &str = "new Promise((ok, fail) => { \
     const open = indexedDB.open('jobbesoeg'); \
     open.onerror = () => fail(open.error); \
     open.onsuccess = () => { \
       const db = open.result; \
       const tx = db.transaction('records', 'readonly'); \
       const store = tx.objectStore('records'); \
       const keys = store.getAllKeys(); const values = store.getAll(); \
       tx.oncomplete = () => { db.close(); ok(keys.result.map((k, i) => [k, values.result[i]])); }; \
       tx.onerror = () => fail(tx.error); \
     }; })";

// What the user types. Quotes, a dash and æøå, so that a codec's escaping is exercised.
const TITLE: &str = "Et møde i en af de strategiske styregrupper";
const DESCRIPTION: &str = "Vi beslutter den nye vagtplan — \"endelig\", siger Ali.";
const PLACE: &str = "Rådhuset, lokale 2";
const ANSWERS: [&str; 6] = [
    "At lægge vagtplanen for sommeren; teamlederne deltager.",
    "Som kollega fra nabokommunen, der lærer med.",
    "At lade teamet tage beslutningen; mit fokus er at lytte.",
    "Hvordan gruppen reagerer, når weekenden kommer op.",
    "Hvordan man deler ledelse på tværs af afdelinger.",
    "Ærlige og venlige; vi spørger hellere end vi gætter.",
];
const FOCUS: &str = "Reaktioner på vagtplanen";
/// Intended emphasis 0–4 for the five styles, in the form's order.
const STYLES: [&str; 5] = [
    "vision",
    "contingent-recognition",
    "data-informed",
    "distributed",
    "relation-building",
];
const INTENDED: [u8; 5] = [3, 2, 1, 4, 2];
const INTENDED_TEXT: &str = "Give ordet videre";

/// The guest's notes, oldest first: text, "Jeg undrer mig over…", markers tapped.
const NOTES: [(&str, &str, &[&str]); 3] = [
    (
        "Jonas spørger: \"hvem tager weekenden?\"",
        "hvorfor ingen svarede straks",
        &[FOCUS, "Citat"],
    ),
    ("Tre nikker. Ingen siger noget.", "", &["Distribueret"]),
    (
        "Ali viser tallene for kvartalet; to kigger på telefonen.",
        "om tallene var sendt ud før mødet",
        &["Modstand"],
    ),
];
/// The note starred for the summary (index into `NOTES`).
const STARRED: usize = 0;
const HOST_Q1: &str = "At give ordet til teamet.";
const GUEST_Q1: &str = "Tre tog ordet uden at blive spurgt.";
const SHARED: &str = "At stille spørgsmål giver plads til andre.";

/// Today's release, as the phones in use have it.
fn release_v1() -> PathBuf {
    e2e::root().join("tests/fixtures/release-v1")
}

/// The same browser, on `server`'s origin.
fn on(ctx: &Ctx, server: &Server) -> Ctx {
    Ctx {
        server: server.clone(),
        base: server.base(),
        ..ctx.clone()
    }
}

/// Fields are found by their edit key: `data-key` in the old release, `data-testid` in
/// this one (`:is(…)` matches either).
///
/// Sets a date or time picker as the phone's picker does (see prepare.rs).
async fn pick(ctx: &Ctx, key: &str, value: &str) -> TestResult {
    ctx.eval(&format!(
        "(() => {{ const i = document.querySelector(\":is([data-key='{key}'],[data-testid='{key}'])\"); i.value = '{value}'; \
         i.dispatchEvent(new Event('input', {{bubbles: true}})); return i.value; }})()"
    ))
    .await?;
    Ok(())
}

async fn field(ctx: &Ctx, key: &str) -> Res<e2e::WebElement> {
    Ok(ctx
        .driver
        .find(e2e::By::Css(format!(
            ":is([data-key='{key}'],[data-testid='{key}'])"
        )))
        .await?)
}

async fn value(ctx: &Ctx, key: &str) -> Res<String> {
    let v = ctx
        .eval(&format!(
            "(document.querySelector(\":is([data-key='{key}'],[data-testid='{key}'])\") || {{}}).value"
        ))
        .await?;
    Ok(v.as_str().unwrap_or_default().to_string())
}

async fn records(ctx: &Ctx) -> Res<Vec<(String, String)>> {
    Ok(serde_json::from_value(ctx.eval_async(RECORDS).await?)?)
}

/// The note's record that holds `text` (as the app stores it today).
async fn record_with(ctx: &Ctx, text: &str) -> Res<Option<String>> {
    let quoted = serde_json::to_string(text)?;
    let quoted = &quoted[1..quoted.len() - 1];
    Ok(records(ctx)
        .await?
        .into_iter()
        .find(|(k, v)| k.starts_with("note/") && v.contains(quoted))
        .map(|(_, v)| v))
}

/// Waits for "Gemt" after `step`; says what the page showed if it never came.
async fn saved(ctx: &Ctx, step: &str) -> TestResult {
    if let Err(e) = ctx.until_saved().await {
        let state = ctx
            .eval("(document.querySelector('[data-testid=save-state]') || {}).textContent")
            .await?;
        let url = ctx.driver.current_url().await?;
        return Err(format!("{step}: {e}; the save state reads {state} on {url}").into());
    }
    Ok(())
}

/// Everything a leader would have on the phone by the day after visit 1, typed in
/// through the screens: Mette observes Jonas (who hosts visit 1).
async fn fill_in_visit_1(ctx: &Ctx) -> TestResult {
    ctx.make_the_pair().await?;

    // §1: two criteria, the guide's example as the title, a description.
    ctx.open("/besoeg/1/aktivitet").await?;
    ctx.heading("Valg af ledelsesaktivitet").await?;
    for c in [
        "hvor du som vært skal stå på tæer",
        "hvor du indgår i grænsekrydsende samarbejde",
    ] {
        ctx.tap(ctx.by_role("checkbox", c).await?).await?;
    }
    ctx.tap(
        ctx.by_role("button", "et møde i en af de strategiske styregrupper")
            .await?,
    )
    .await?;
    ctx.until(
        "the example as the title",
        &format!("document.querySelector(\":is([data-key='activity.title'],[data-testid='activity.title'])\").value === '{TITLE}'"),
    )
    .await?;
    field(ctx, "activity.description")
        .await?
        .send_keys(DESCRIPTION)
        .await?;
    saved(ctx, "§1").await?;

    // §2: when and where.
    ctx.open("/besoeg/1/aftaler").await?;
    ctx.heading("Aftaler om tid og sted").await?;
    pick(ctx, "agreements.visit.date", "2027-03-10").await?;
    pick(ctx, "agreements.visit.start", "09:00").await?;
    pick(ctx, "agreements.visit.end", "11:00").await?;
    field(ctx, "agreements.visit.place")
        .await?
        .send_keys(PLACE)
        .await?;
    pick(ctx, "agreements.reflection.date", "2027-03-10").await?;
    pick(ctx, "agreements.reflection.start", "13:00").await?;
    saved(ctx, "§2").await?;

    // §3: the six answers and a focus point.
    ctx.open("/besoeg/1/forventninger").await?;
    ctx.heading("Forventningsafstemning").await?;
    for (n, answer) in ANSWERS.iter().enumerate() {
        field(ctx, &format!("alignment.answer.{n}"))
            .await?
            .send_keys(*answer)
            .await?;
    }
    ctx.by_role("textbox", "Nyt fokuspunkt")
        .await?
        .send_keys(FOCUS)
        .await?;
    ctx.tap(ctx.by_role("button", "Tilføj").await?).await?;
    ctx.until(
        "the new focus point",
        &format!("document.querySelector(\":is([data-key='alignment.focus.0'],[data-testid='alignment.focus.0'])\")?.value === '{FOCUS}'"),
    )
    .await?;
    saved(ctx, "§3").await?;

    // §6: what the host intends.
    ctx.open("/besoeg/1/intenderet").await?;
    ctx.heading("Intenderet ledelse").await?;
    for (style, emphasis) in STYLES.into_iter().zip(INTENDED) {
        let radio = ctx
            .driver
            .find(e2e::By::Css(format!(
                "input:is([data-key='intended.emphasis.{style}'],[data-testid='intended.emphasis.{style}'])[value='{emphasis}']"
            )))
            .await?;
        ctx.tap(radio).await?;
    }
    field(ctx, "intended.text.distributed")
        .await?
        .send_keys(INTENDED_TEXT)
        .await?;
    saved(ctx, "§6").await?;

    // The observation: three notes with markers and wonderings.
    ctx.open("/besoeg/1/observer").await?;
    ctx.heading("Observation").await?;
    for (n, (text, wonder, markers)) in NOTES.iter().enumerate() {
        if n > 0 {
            ctx.tap(ctx.by_role("button", "Ny note").await?).await?;
            ctx.until(
                "an empty note",
                "document.querySelector('#note-text').value === ''",
            )
            .await?;
        }
        ctx.driver
            .find(e2e::By::Id("note-text"))
            .await?
            .send_keys(*text)
            .await?;
        for marker in *markers {
            ctx.tap(ctx.by_role("button", marker).await?).await?;
        }
        if !wonder.is_empty() {
            ctx.by_role("textbox", "Jeg undrer mig over…")
                .await?
                .send_keys(*wonder)
                .await?;
        }
        saved(ctx, "a note").await?;
    }

    // A star on the first note, for the summary: waited for in IndexedDB (the summary's
    // buttons write without passing a form).
    let starred = NOTES[STARRED].0;
    let before = record_with(ctx, starred)
        .await?
        .ok_or("the note is not stored")?;
    ctx.open("/opsamling").await?;
    ctx.heading("Opsamling — Mette & Jonas").await?;
    let star = ctx
        .driver
        .find(e2e::By::XPath(
            "//li[contains(., 'Jonas spørger')]/button[contains(@class, 'star')]",
        ))
        .await?;
    ctx.tap(star).await?;
    let deadline = Instant::now() + e2e::PATIENCE;
    while record_with(ctx, starred).await?.as_deref() == Some(before.as_str()) {
        if Instant::now() > deadline {
            return Err("the star never reached IndexedDB".into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    // §5 together: each writes an answer, and one shared.
    ctx.open("/besoeg/1/refleksion").await?;
    ctx.heading("Fælles læringsrefleksion").await?;
    ctx.tap(ctx.by_role("radio", "Jonas").await?).await?;
    ctx.by_role("textbox", "Hvad lykkes jeg med?")
        .await?
        .send_keys(HOST_Q1)
        .await?;
    ctx.tap(ctx.by_role("radio", "Mette").await?).await?;
    ctx.by_role("textbox", "Hvad så jeg?")
        .await?
        .send_keys(GUEST_Q1)
        .await?;
    field(ctx, "reflection.shared")
        .await?
        .send_keys(SHARED)
        .await?;
    saved(ctx, "§5").await?;

    // The settings: a language tried and Danish chosen again (localStorage).
    ctx.open("/indstillinger").await?;
    ctx.heading("Indstillinger").await?;
    ctx.tap(ctx.by_role("radio", "English").await?).await?;
    ctx.heading("Settings").await?;
    ctx.tap(ctx.by_role("radio", "Dansk").await?).await?;
    ctx.heading("Indstillinger").await?;
    assert_eq!(
        ctx.by_testid("settings-status").await?.text().await?,
        "Gemt."
    );
    Ok(())
}

/// What a user would look for after the update, screen by screen.
async fn everything_typed_is_there(ctx: &Ctx) -> TestResult {
    ctx.open("/").await?;
    ctx.heading("Dit forløb").await?;
    assert_eq!(
        ctx.by_testid("pair").await?.text().await?,
        "Makkerpar: Mette & Jonas"
    );
    let first = ctx.by_testid("visit-card-1").await?.text().await?;
    assert!(first.contains("Vært: Jonas · Gæst: Mette"), "{first}");

    ctx.open("/besoeg/1/aktivitet").await?;
    ctx.heading("Valg af ledelsesaktivitet").await?;
    assert_eq!(value(ctx, "activity.title").await?, TITLE);
    assert_eq!(value(ctx, "activity.description").await?, DESCRIPTION);
    let ticked = ctx
        .eval("[...document.querySelectorAll(':is([data-key^=\"activity.criteria\"],[data-testid^=\"activity.criteria\"])')].map(i => i.checked)")
        .await?;
    assert_eq!(ticked, serde_json::json!([true, false, false, true]));

    ctx.open("/besoeg/1/aftaler").await?;
    ctx.heading("Aftaler om tid og sted").await?;
    for (key, want) in [
        ("agreements.visit.date", "2027-03-10"),
        ("agreements.visit.start", "09:00"),
        ("agreements.visit.end", "11:00"),
        ("agreements.visit.place", PLACE),
        ("agreements.reflection.date", "2027-03-10"),
        ("agreements.reflection.start", "13:00"),
    ] {
        assert_eq!(value(ctx, key).await?, want, "{key}");
    }

    ctx.open("/besoeg/1/forventninger").await?;
    ctx.heading("Forventningsafstemning").await?;
    for (n, answer) in ANSWERS.iter().enumerate() {
        assert_eq!(value(ctx, &format!("alignment.answer.{n}")).await?, *answer);
    }
    assert_eq!(value(ctx, "alignment.focus.0").await?, FOCUS);

    ctx.open("/besoeg/1/intenderet").await?;
    ctx.heading("Intenderet ledelse").await?;
    for (style, emphasis) in STYLES.into_iter().zip(INTENDED) {
        let checked = ctx
            .eval(&format!(
                "document.querySelector(\":is([data-key='intended.emphasis.{style}'],[data-testid='intended.emphasis.{style}'])[value='{emphasis}']\").checked"
            ))
            .await?;
        assert_eq!(checked, true, "{style} at {emphasis}");
    }
    assert_eq!(
        value(ctx, "intended.text.distributed").await?,
        INTENDED_TEXT
    );

    // Every note, newest first, each with its wondering and markers on its button.
    ctx.open("/besoeg/1/observer").await?;
    ctx.heading("Observation").await?;
    ctx.by_role("heading", &format!("Dine noter ({})", NOTES.len()))
        .await?;
    let listed: Vec<String> = serde_json::from_value(
        ctx.eval("[...document.querySelectorAll('.notes .note .text')].map(e => e.textContent)")
            .await?,
    )?;
    let typed: Vec<&str> = NOTES.iter().rev().map(|n| n.0).collect();
    assert_eq!(listed, typed);
    let labels: Vec<String> = serde_json::from_value(
        ctx.eval("[...document.querySelectorAll('.notes button.note')].map(e => e.textContent)")
            .await?,
    )?;
    for ((_, wonder, markers), label) in NOTES.iter().rev().zip(&labels) {
        for part in markers.iter().chain([wonder]) {
            assert!(label.contains(part), "{part:?} on the note {label:?}");
        }
    }

    // The star is kept, and only on the note starred.
    ctx.open("/opsamling").await?;
    ctx.heading("Opsamling — Mette & Jonas").await?;
    // The heading comes at once; the visits once the wrap-up's own records are read.
    ctx.until(
        "the notes with their stars",
        "document.querySelector('[id^=\"star-0-\"]')",
    )
    .await?;
    let stars: Vec<(String, String)> = serde_json::from_value(
        ctx.eval(
            "[...document.querySelectorAll('[id^=\"star-0-\"]')].map(b => \
             [b.parentElement.textContent, b.getAttribute('aria-pressed')])",
        )
        .await?,
    )?;
    assert_eq!(stars.len(), NOTES.len(), "{stars:?}");
    for (text, pressed) in &stars {
        let want = text.contains(NOTES[STARRED].0);
        assert_eq!(pressed == "true", want, "the star on {text:?}");
    }

    ctx.open("/besoeg/1/refleksion").await?;
    ctx.heading("Fælles læringsrefleksion").await?;
    assert_eq!(value(ctx, "reflection.host.0").await?, HOST_Q1);
    assert_eq!(value(ctx, "reflection.guest.0").await?, GUEST_Q1);
    assert_eq!(value(ctx, "reflection.shared").await?, SHARED);
    let by = ctx
        .eval("[...document.querySelectorAll(':is([data-by],[data-testid^=\"by-\"])')].map(e => e.textContent).join('|')")
        .await?;
    let by = by.as_str().unwrap_or_default();
    assert!(
        by.contains("Skrevet af Jonas") && by.contains("Skrevet af Mette"),
        "{by}"
    );

    // The language chosen is kept.
    ctx.open("/indstillinger").await?;
    ctx.heading("Indstillinger").await?;
    assert!(ctx.by_role("radio", "Dansk").await?.is_selected().await?);
    Ok(())
}

/// Swaps what `dir` serves for the release in `new` (on the same origin and port).
fn release(dir: &Path, new: &Path) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            std::fs::remove_dir_all(path)?;
        } else {
            std::fs::remove_file(path)?;
        }
    }
    e2e::copy_dir(new, dir)
}

async fn an_update_keeps_everything_typed(ctx: Ctx) -> TestResult {
    let dir = std::env::temp_dir().join(format!(
        "jobbesoeg-upgrade-{}-{}",
        ctx.engine.name(),
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    e2e::copy_dir(&release_v1(), &dir)?;
    let server = Server::start(&dir)?;
    let ctx = on(&ctx, &server);

    fill_in_visit_1(&ctx).await?;
    ctx.until_offline_ready().await?;
    let old = ctx.eval_async(CACHES).await?;
    let old = old.as_str().ok_or("no cache")?.to_string();
    let old_version = old
        .strip_prefix("jobbesoeg-")
        .ok_or("no cache")?
        .to_string();
    let stored_before = records(&ctx).await?;
    assert!(stored_before.len() >= 1 + 2 * 7 + NOTES.len());

    // The new release, on the same origin: the folder now holds the build of this
    // checkout. Built from the same code as the fixture, its worker is byte-identical,
    // and a browser sees no update; it is then marked as a new version (as update.rs
    // does) so that the swap is still made for real.
    release(&dir, &e2e::dist())?;
    let sw_path = dir.join("sw.js");
    if std::fs::read(&sw_path)? == std::fs::read(release_v1().join("sw.js"))? {
        println!("NOTE: dist/ is today's release; its cache version is marked as a new one");
        let sw = std::fs::read_to_string(&sw_path)?;
        std::fs::write(
            &sw_path,
            sw.replace(&old_version, &format!("{old_version}-next")),
        )?;
    }
    ctx.eval_async(
        "navigator.serviceWorker.getRegistration().then(r => r.update()).then(() => true)",
    )
    .await?;
    let banner = ctx.by_testid("update-banner").await?;
    let shown = banner.text().await?;
    assert_eq!(
        shown.split_whitespace().collect::<Vec<_>>().join(" "),
        "Ny version — genindlæs"
    );
    ctx.eval("(window.__before_update = true)").await?;
    ctx.tap(ctx.by_role("button", "genindlæs").await?).await?;
    ctx.until(
        "the page to reload on the new version",
        "window.__before_update === undefined && document.querySelector('h1')",
    )
    .await?;

    // The new version controls the page: its cache is the only one left.
    let deadline = Instant::now() + e2e::PATIENCE;
    let new = loop {
        let caches = ctx.eval_async(CACHES).await?;
        let caches = caches.as_str().unwrap_or_default().to_string();
        if !caches.is_empty() && !caches.contains(',') && caches != old {
            break caches;
        }
        if Instant::now() > deadline {
            return Err(format!("caches after the update: {caches} (before: {old})").into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    println!("cache {old} → {new}");
    ctx.until(
        "the new worker in control, none waiting",
        "navigator.serviceWorker.controller",
    )
    .await?;
    assert_eq!(
        ctx.eval_async(
            "navigator.serviceWorker.getRegistration().then(r => !r.waiting && !r.installing)"
        )
        .await?,
        true
    );

    // Nothing stored was lost; and on the day, offline, every screen shows it.
    let stored_after = records(&ctx).await?;
    for (key, _) in &stored_before {
        assert!(
            stored_after.iter().any(|(k, _)| k == key),
            "{key} is gone after the update"
        );
    }
    server.stop();
    assert!(server.is_down());
    everything_typed_is_there(&ctx).await?;
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}
