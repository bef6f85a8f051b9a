//! The app shell (issue 2): Danish first, the language switch, offline start, the manifest.
//! Every scenario runs in Chromium, Firefox and WebKit, and checks each page with axe.

use e2e::{in_every_engine, Ctx, TestResult};

in_every_engine!(
    opens_in_danish,
    the_language_choice_survives_a_reload,
    starts_offline_once_the_worker_controls_it,
    without_the_worker_it_does_not_start_offline,
    unknown_addresses_get_a_danish_not_found_page,
    addresses_link_deep_and_follow_back_and_forward,
    the_manifest_is_served_and_names_its_icons,
);

async fn opens_in_danish(ctx: Ctx) -> TestResult {
    ctx.open("/").await?;
    // First run: the welcome, asking for the two names.
    ctx.heading("Velkommen til Jobbesøg").await?;
    ctx.by_role("textbox", "Dit navn").await?;
    assert_eq!(ctx.eval("document.documentElement.lang").await?, "da");
    ctx.by_role("link", "Indstillinger").await?;
    ctx.assert_accessible().await
}

async fn choose_english(ctx: &Ctx) -> TestResult {
    ctx.by_role("link", "Indstillinger").await?.click().await?;
    ctx.heading("Indstillinger").await?;
    // Whether the browser promised to keep the data, in words.
    ctx.heading("Lagring").await?;
    let persist = ctx.by_testid("persist-status").await?.text().await?;
    assert!(persist.starts_with("Browseren har"), "{persist}");
    ctx.assert_accessible().await?;
    ctx.by_role("radio", "English").await?.click().await?;
    ctx.heading("Settings").await?;
    let status = ctx.by_testid("settings-status").await?.text().await?;
    assert_eq!(status, "Saved.");
    Ok(())
}

async fn the_language_choice_survives_a_reload(ctx: Ctx) -> TestResult {
    ctx.open("/").await?;
    choose_english(&ctx).await?;
    ctx.reload().await?;
    ctx.heading("Settings").await?;
    assert_eq!(ctx.eval("document.documentElement.lang").await?, "en");
    assert!(ctx.by_role("radio", "English").await?.is_selected().await?);
    ctx.by_role("link", "Overview").await?.click().await?;
    ctx.heading("Welcome to Jobbesøg").await?;
    ctx.assert_accessible().await
}

async fn starts_offline_once_the_worker_controls_it(ctx: Ctx) -> TestResult {
    ctx.open("/").await?;
    ctx.heading("Velkommen til Jobbesøg").await?;
    ctx.until_offline_ready().await?;
    choose_english(&ctx).await?;

    ctx.server.stop();
    assert!(ctx.server.is_down(), "the static server still answers");

    ctx.open("/").await?;
    ctx.heading("Welcome to Jobbesøg").await?;
    assert_eq!(ctx.eval("document.documentElement.lang").await?, "en");
    // A deep link opens offline too: every route is the one cached page.
    ctx.open("/indstillinger").await?;
    ctx.heading("Settings").await?;
    assert!(ctx.by_role("radio", "English").await?.is_selected().await?);
    ctx.assert_accessible().await
}

/// The negative control: the offline start above is the worker's doing.
async fn without_the_worker_it_does_not_start_offline(ctx: Ctx) -> TestResult {
    ctx.open("/").await?;
    ctx.heading("Velkommen til Jobbesøg").await?;
    ctx.until_offline_ready().await?;
    let removed = ctx
        .eval_async(
            "navigator.serviceWorker.getRegistrations()\
             .then(rs => Promise.all(rs.map(r => r.unregister())))\
             .then(() => caches.keys()).then(ks => Promise.all(ks.map(k => caches.delete(k))))\
             .then(() => navigator.serviceWorker.getRegistrations()).then(rs => rs.length)",
        )
        .await?;
    assert_eq!(removed, 0, "the worker could not be removed");
    ctx.server.stop();
    assert!(ctx.server.is_down());
    // The browser shows its own error page, which is not the app.
    let _ = ctx.open("/").await;
    let title = ctx.eval("document.title").await?;
    assert_ne!(
        title, "Jobbesøg",
        "the app started offline with no worker: the test proves nothing"
    );
    Ok(())
}

async fn unknown_addresses_get_a_danish_not_found_page(ctx: Ctx) -> TestResult {
    ctx.open("/findes-ikke").await?;
    ctx.heading("Siden findes ikke").await?;
    ctx.assert_accessible().await?;
    ctx.by_role("link", "Gå til overblikket")
        .await?
        .click()
        .await?;
    ctx.heading("Velkommen til Jobbesøg").await?;
    Ok(())
}

/// The Danish addresses: a deep link opens its screen, a trailing slash is the same
/// address, a visit that does not exist is not found, and back and forward retrace the
/// links followed, with the focus on the new screen's heading.
async fn addresses_link_deep_and_follow_back_and_forward(ctx: Ctx) -> TestResult {
    ctx.open("/").await?;
    ctx.make_the_pair().await?;
    ctx.open("/besoeg/1/aktivitet").await?;
    ctx.heading("Valg af ledelsesaktivitet").await?;
    ctx.open("/indstillinger/").await?;
    ctx.heading("Indstillinger").await?;
    // The start page by its file name is the start page, at its own address.
    ctx.open("/index.html").await?;
    ctx.heading("Dit forløb").await?;
    ctx.until(
        "the address /",
        "location.pathname === '/' && \
         document.querySelector('nav a[aria-current=page]')?.textContent.includes('Overblik')",
    )
    .await?;
    for unknown in ["/besoeg/3", "/besoeg/3/roller", "/besoeg/1/noget"] {
        ctx.open(unknown).await?;
        ctx.heading("Siden findes ikke").await?;
    }

    ctx.open("/").await?;
    ctx.by_testid("visit-card-1").await?.click().await?;
    ctx.heading("Jobbesøg 1").await?;
    let heading_focused = "document.activeElement?.tagName === 'H1'";
    ctx.until("the heading to take the focus", heading_focused)
        .await?;
    let agreements = "Aftaler om tid og sted Ikke startet";
    ctx.by_role("link", agreements).await?.click().await?;
    ctx.heading("Aftaler om tid og sted").await?;
    ctx.until("the heading to take the focus", heading_focused)
        .await?;
    assert!(ctx.driver.current_url().await?.path() == "/besoeg/1/aftaler");

    ctx.driver.back().await?;
    ctx.heading("Jobbesøg 1").await?;
    ctx.driver.back().await?;
    ctx.by_testid("visit-card-1").await?;
    ctx.driver.forward().await?;
    ctx.heading("Jobbesøg 1").await?;
    ctx.driver.forward().await?;
    ctx.heading("Aftaler om tid og sted").await?;
    ctx.assert_accessible().await
}

async fn the_manifest_is_served_and_names_its_icons(ctx: Ctx) -> TestResult {
    ctx.open("/").await?;
    ctx.heading("Velkommen til Jobbesøg").await?;
    let href = ctx
        .eval("document.querySelector('link[rel=manifest]').href")
        .await?;
    let href = href.as_str().ok_or("no <link rel=manifest>")?.to_string();
    let manifest = ctx
        .eval_async(&format!("fetch({href:?}).then(r => r.json())"))
        .await?;
    assert_eq!(manifest["name"], "Jobbesøg");
    assert_eq!(manifest["lang"], "da");
    assert_eq!(manifest["display"], "standalone");
    let icons = manifest["icons"]
        .as_array()
        .ok_or("the manifest names no icons")?;
    for (size, purpose) in [
        ("192x192", "any"),
        ("512x512", "any"),
        ("192x192", "maskable"),
        ("512x512", "maskable"),
    ] {
        let icon = icons
            .iter()
            .find(|i| i["sizes"] == size && i["purpose"] == purpose)
            .ok_or(format!("no {purpose} icon of {size}"))?;
        let src = icon["src"].as_str().ok_or("an icon without src")?;
        let (w, h) = size.split_once('x').ok_or("bad size")?;
        // The icon loads as an image of the size the manifest claims.
        let dims = ctx
            .eval_async(&format!(
                "new Promise((ok, fail) => {{ const i = new Image(); i.onload = () => ok(i.naturalWidth + 'x' + i.naturalHeight); \
                 i.onerror = () => fail('cannot load {src}'); i.src = {src:?}; }})"
            ))
            .await?;
        assert_eq!(dims, format!("{w}x{h}"), "{src}");
    }
    Ok(())
}
