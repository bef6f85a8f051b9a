//! The programme on the phone (issue 3): the first run makes the pair and both visits,
//! and everything is there after a reload and after a reload offline.

use e2e::{in_every_engine, Ctx, Engine, TestResult};

in_every_engine!(
    the_pair_and_both_visits_survive_reload_and_offline,
    the_welcome_asks_for_both_names,
    without_storage_it_says_so_and_keeps_working,
);

/// What the overview must show for Mette and Jonas, Jonas hosting visit 1.
async fn the_overview_shows_the_pair(ctx: &Ctx) -> TestResult {
    ctx.heading("Dit forløb").await?;
    let pair = ctx.by_testid("pair").await?.text().await?;
    assert_eq!(pair, "Makkerpar: Mette & Jonas");
    let first = ctx.by_testid("visit-card-1").await?.text().await?;
    assert!(first.contains("Vært: Jonas · Gæst: Mette"), "{first}");
    let second = ctx.by_testid("visit-card-2").await?.text().await?;
    assert!(second.contains("Vært: Mette · Gæst: Jonas"), "{second}");
    // The year, with the phases' statuses.
    ctx.heading("Marts · Jobbesøg 1").await?;
    ctx.heading("Maj · Fælles opsamling").await?;
    Ok(())
}

async fn the_pair_and_both_visits_survive_reload_and_offline(ctx: Ctx) -> TestResult {
    ctx.make_the_pair().await?;
    the_overview_shows_the_pair(&ctx).await?;
    // The app says when it is on disk; only then is a reload a fair test.
    ctx.until(
        "the pair to be saved",
        "document.querySelector('[data-testid=save-state]').textContent === 'Gemt'",
    )
    .await?;
    ctx.assert_accessible().await?;

    ctx.reload().await?;
    the_overview_shows_the_pair(&ctx).await?;

    // Visit 2's page: Mette hosts, and the guide's steps are listed.
    ctx.tap(ctx.by_testid("visit-card-2").await?).await?;
    ctx.heading("Jobbesøg 2").await?;
    ctx.heading("Trinene").await?;
    // The steps, each with its status; the prepared ones open their screen.
    ctx.until(
        "the first step, linked, not started",
        "document.querySelector('a[href=\"/besoeg/2/aktivitet\"]')?.innerText \
         .replace(/\\s+/g, ' ').trim() === 'Valg af ledelsesaktivitet Ikke startet'",
    )
    .await?;
    ctx.assert_accessible().await?;

    ctx.until_offline_ready().await?;
    ctx.server.stop();
    assert!(ctx.server.is_down(), "the static server still answers");
    ctx.open("/").await?;
    the_overview_shows_the_pair(&ctx).await?;
    ctx.open("/besoeg/1").await?;
    ctx.heading("Jobbesøg 1").await?;
    ctx.until(
        "visit 1's host and guest",
        "document.querySelector('main .roles')?.textContent === 'Vært: Jonas · Gæst: Mette'",
    )
    .await?;
    Ok(())
}

async fn the_welcome_asks_for_both_names(ctx: Ctx) -> TestResult {
    ctx.open("/").await?;
    ctx.by_role("textbox", "Dit navn")
        .await?
        .send_keys("Mette")
        .await?;
    ctx.tap(ctx.by_role("button", "Kom i gang").await?).await?;
    ctx.until(
        "the Danish message about the missing name",
        "document.querySelector('[role=alert].form-error').textContent === \
         'Skriv både dit og din makkers navn for at komme i gang.'",
    )
    .await?;
    // Nothing was created: the welcome is still there after a reload.
    ctx.reload().await?;
    ctx.heading("Velkommen til Jobbesøg").await?;
    Ok(())
}

/// Private browsing in some browsers: no IndexedDB. The app says so in Danish, keeps
/// working in memory, and never shows "Gemt".
async fn without_storage_it_says_so_and_keeps_working(ctx: Ctx) -> TestResult {
    if !matches!(ctx.engine, Engine::Chromium) {
        println!(
            "SKIPPED {}: hiding IndexedDB before the app starts needs Chromium's DevTools protocol",
            ctx.engine.name()
        );
        return Ok(());
    }
    ctx.driver
        .cdp()
        .send_raw(
            "Page.addScriptToEvaluateOnNewDocument",
            serde_json::json!({
                "source": "Object.defineProperty(window, 'indexedDB', { get: () => undefined });"
            }),
        )
        .await?;
    ctx.make_the_pair().await?;
    the_overview_shows_the_pair(&ctx).await?;
    let problem = ctx.by_testid("save-problem").await?.text().await?;
    assert!(
        problem.starts_with("Appen kan ikke gemme på denne telefon"),
        "{problem}"
    );
    let state = ctx.by_testid("save-state").await?.text().await?;
    assert_ne!(state, "Gemt", "it claimed to have saved without storage");
    ctx.assert_accessible().await
}
