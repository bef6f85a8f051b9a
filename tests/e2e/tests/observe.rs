//! The guest's live observation (issue 5): from a cold open to typing in at most two taps;
//! notes with markers and "Jeg undrer mig over…"; a judging word gets its hint; all of it
//! there after a reload offline; perceived leadership lists the notes as evidence.

use e2e::{in_every_engine, Ctx, Engine, TestResult};

in_every_engine!(
    observe_in_one_tap_and_keep_every_note,
    the_screen_stays_on_while_observing,
);

/// The visit's date set to today, as the pair agreed, through the date picker.
async fn visit_1_is_today(ctx: &Ctx) -> TestResult {
    ctx.open("/besoeg/1/aftaler").await?;
    ctx.heading("Aftaler om tid og sted").await?;
    ctx.eval(
        "(() => { const d = new Date(); \
           const iso = d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' \
             + String(d.getDate()).padStart(2, '0'); \
           const i = document.querySelector(\"[data-testid='agreements.visit.date']\"); \
           i.value = iso; i.dispatchEvent(new Event('input', {bubbles: true})); return iso; })()",
    )
    .await?;
    ctx.until_saved().await
}

/// The id (`note-text` or `note-wonder`) of the focused element.
async fn focused(ctx: &Ctx) -> Result<String, Box<dyn std::error::Error + Send + Sync>> {
    let id = ctx
        .eval("document.activeElement && document.activeElement.id")
        .await?;
    Ok(id.as_str().unwrap_or_default().to_string())
}

/// Types into the focused element, as the phone's keyboard does.
async fn type_here(ctx: &Ctx, text: &str) -> TestResult {
    ctx.driver.active_element().await?.send_keys(text).await?;
    Ok(())
}

async fn pressed(
    ctx: &Ctx,
    marker: &str,
) -> Result<bool, Box<dyn std::error::Error + Send + Sync>> {
    let button = ctx.by_role("button", marker).await?;
    Ok(button.attr("aria-pressed").await?.as_deref() == Some("true"))
}

/// The earlier notes as listed, newest first (their visible text).
async fn listed(ctx: &Ctx) -> Result<Vec<String>, Box<dyn std::error::Error + Send + Sync>> {
    let texts = ctx
        .eval("[...document.querySelectorAll('.notes .note .text')].map(e => e.textContent)")
        .await?;
    Ok(serde_json::from_value(texts)?)
}

async fn observe_in_one_tap_and_keep_every_note(ctx: Ctx) -> TestResult {
    // Mette is the guest of visit 1 (Jonas hosts); his focus point from question 4.
    ctx.make_the_pair().await?;
    visit_1_is_today(&ctx).await?;
    ctx.open("/besoeg/1/forventninger").await?;
    ctx.by_role("textbox", "Nyt fokuspunkt")
        .await?
        .send_keys("Reaktioner på vagtplanen")
        .await?;
    ctx.tap(ctx.by_role("button", "Tilføj").await?).await?;
    ctx.until_saved().await?;
    ctx.until_offline_ready().await?;

    // A cold open of the app: one tap on "Observér nu", and the cursor is in the note.
    ctx.open("/").await?;
    ctx.heading("Dit forløb").await?;
    ctx.tap(ctx.by_testid("observe-now").await?).await?;
    ctx.heading("Observation").await?;
    ctx.until(
        "the cursor in the note",
        "document.activeElement && document.activeElement.id === 'note-text'",
    )
    .await?;
    ctx.by_role("button", "Reaktioner på vagtplanen").await?;
    ctx.until(
        "the guest's role in a line",
        "document.querySelector('.reminder').textContent === \
         'Flue på væggen: nysgerrig, ikke vurderende.'",
    )
    .await?;

    // A note, stamped as it begins; markers tapped without leaving the field.
    type_here(&ctx, "Jonas spørger: hvem tager weekenden?").await?;
    let stamp = ctx.by_testid("note-stamp").await?.text().await?;
    assert!(
        stamp.len() >= 13 && stamp.ends_with("· +0 min"),
        "stamp {stamp:?} should read like 10:42 · +0 min"
    );
    for marker in ["Reaktioner på vagtplanen", "Citat"] {
        ctx.tap(ctx.by_role("button", marker).await?).await?;
        assert!(pressed(&ctx, marker).await?, "{marker} is pressed");
    }
    if ctx.engine == Engine::Chromium {
        // The marker did not take the focus: the keyboard stays up.
        assert_eq!(focused(&ctx).await?, "note-text");
    }
    ctx.tap(ctx.by_role("button", "Citat").await?).await?;
    assert!(
        !pressed(&ctx, "Citat").await?,
        "a second tap takes Citat off"
    );

    // "Jeg undrer mig over…": a judging word gets a gentle hint, never a block.
    ctx.tap(ctx.by_role("textbox", "Jeg undrer mig over…").await?)
        .await?;
    type_here(&ctx, "det var godt").await?;
    ctx.until(
        "the hint about the judging word",
        "document.querySelector('#judging-wonder').textContent.includes('godt') && \
         document.querySelector('#judging-wonder').textContent.includes('Beskriv hellere')",
    )
    .await?;

    // The next note.
    ctx.tap(ctx.by_role("button", "Ny note").await?).await?;
    ctx.until(
        "an empty note with the cursor in it",
        "document.activeElement.id === 'note-text' && document.activeElement.value === ''",
    )
    .await?;
    // A note that does not exist yet cannot be deleted: no "Slet note" to tap.
    let delete_shown = "[...document.querySelectorAll('button')].some(b => \
         b.textContent.trim() === 'Slet note' && b.getClientRects().length > 0)";
    assert_eq!(
        ctx.eval(delete_shown).await?,
        false,
        "Slet note on an empty note"
    );
    type_here(&ctx, "Tre nikker. Ingen siger noget.").await?;
    ctx.until("Slet note once the note exists", delete_shown)
        .await?;
    ctx.tap(ctx.by_role("button", "Distribueret").await?)
        .await?;
    ctx.until_saved().await?;
    assert_eq!(
        listed(&ctx).await?,
        ["Jonas spørger: hvem tager weekenden?"]
    );
    ctx.assert_accessible().await?;

    // Offline, the app opens again with every note.
    ctx.server.stop();
    assert!(ctx.server.is_down());
    ctx.reload().await?;
    ctx.heading("Observation").await?;
    ctx.by_role("heading", "Dine noter (2)").await?;
    assert_eq!(
        listed(&ctx).await?,
        [
            "Tre nikker. Ingen siger noget.",
            "Jonas spørger: hvem tager weekenden?"
        ]
    );
    // The first note's button reads its stamp, text, wonder and marker.
    let first = ctx
        .driver
        .find(e2e::By::XPath(
            "//button[contains(@class, 'note')][contains(., 'Jonas spørger')]",
        ))
        .await?;
    let label = first.text().await?;
    for part in ["· +0 min", "det var godt", "Reaktioner på vagtplanen"] {
        assert!(
            label.contains(part),
            "{part:?} in the note's button {label:?}"
        );
    }

    // Opened again, deleted, and brought back with "Fortryd".
    ctx.tap(first).await?;
    ctx.until(
        "the note in the field",
        "document.querySelector('#note-text').value === 'Jonas spørger: hvem tager weekenden?'",
    )
    .await?;
    assert!(pressed(&ctx, "Reaktioner på vagtplanen").await?);
    ctx.tap(ctx.by_role("button", "Slet note").await?).await?;
    ctx.by_role("heading", "Dine noter (1)").await?;
    ctx.tap(ctx.by_role("button", "Fortryd").await?).await?;
    ctx.until(
        "the note back in the field",
        "document.querySelector('#note-text').value === 'Jonas spørger: hvem tager weekenden?'",
    )
    .await?;
    ctx.until_saved().await?;

    // Perceived leadership: the style's notes are the evidence.
    ctx.open("/besoeg/1/opfattet").await?;
    ctx.heading("Opfattet ledelse").await?;
    ctx.until(
        "the tagged note as evidence under its style",
        "[...document.querySelectorAll('fieldset')].some(f => \
           f.querySelector('legend').textContent === 'Distribueret ledelse' && \
           f.querySelector('.evidence') && \
           f.querySelector('.evidence').textContent.includes('Tre nikker'))",
    )
    .await?;
    ctx.assert_accessible().await?;
    Ok(())
}

/// The screen is kept on while the guest observes (Screen Wake Lock), and let go after.
async fn the_screen_stays_on_while_observing(ctx: Ctx) -> TestResult {
    if ctx.engine != Engine::Chromium {
        println!(
            "SKIPPED {}: watching the wake lock from before the app starts needs Chromium's \
             DevTools protocol",
            ctx.engine.name()
        );
        return Ok(());
    }
    // Headless Chromium refuses wake locks unless the page may have one.
    ctx.driver
        .cdp()
        .send_raw(
            "Browser.setPermission",
            serde_json::json!({
                "permission": { "name": "screen-wake-lock" },
                "setting": "granted"
            }),
        )
        .await?;
    // Every request the app makes, and the lock it got, seen from the page.
    ctx.driver
        .cdp()
        .send_raw(
            "Page.addScriptToEvaluateOnNewDocument",
            serde_json::json!({ "source": "
                window.__wake = { requests: [], sentinel: null };
                const request = navigator.wakeLock.request.bind(navigator.wakeLock);
                navigator.wakeLock.request = async (type) => {
                  window.__wake.requests.push(type);
                  const sentinel = await request(type);
                  window.__wake.sentinel = sentinel;
                  return sentinel;
                };" }),
        )
        .await?;
    ctx.make_the_pair().await?;
    ctx.open("/besoeg/1/observer").await?;
    ctx.heading("Observation").await?;
    ctx.until(
        "the screen kept on",
        "window.__wake.requests.includes('screen') && window.__wake.sentinel && \
         !window.__wake.sentinel.released",
    )
    .await?;
    // Leaving the observation lets the screen sleep again.
    ctx.tap(ctx.by_role("link", "← Jobbesøg 1").await?).await?;
    ctx.heading("Jobbesøg 1").await?;
    ctx.until(
        "the screen let go",
        "window.__wake.sentinel.released === true",
    )
    .await?;
    Ok(())
}
