//! A new release never swaps code under an open page: it waits, says "Ny version —
//! genindlæs", and takes over when the user taps.

use e2e::{copy_of_dist, in_every_engine, Ctx, Server, TestResult};

in_every_engine!(a_new_version_waits_for_the_users_word);

const CACHES: &str =
    "caches.keys().then(ks => ks.filter(k => k.startsWith('jobbesoeg-')).join(','))";

async fn a_new_version_waits_for_the_users_word(ctx: Ctx) -> TestResult {
    let dir = copy_of_dist(&ctx)?;
    let server = Server::start(&dir)?;
    ctx.driver.goto(format!("{}/", server.base())).await?;
    ctx.heading("Velkommen til Jobbesøg").await?;
    ctx.until_offline_ready().await?;
    let old_cache = ctx.eval_async(CACHES).await?;
    let old_cache = old_cache.as_str().ok_or("no cache")?.to_string();

    // Release a new version: the worker's version changes, as a new build's would.
    let sw_path = dir.join("sw.js");
    let sw = std::fs::read_to_string(&sw_path)?;
    let version = old_cache.trim_start_matches("jobbesoeg-");
    std::fs::write(&sw_path, sw.replace(version, &format!("{version}-next")))?;
    ctx.eval_async(
        "navigator.serviceWorker.getRegistration().then(r => r.update()).then(() => true)",
    )
    .await?;

    let banner = ctx.by_testid("update-banner").await?;
    let shown = banner
        .text()
        .await?
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert_eq!(shown, "Ny version — genindlæs");
    // Nothing was swapped yet: the page still runs on the old version's cache.
    assert_eq!(
        ctx.eval_async(CACHES).await?,
        format!("jobbesoeg-{version},jobbesoeg-{version}-next").as_str()
    );
    ctx.assert_accessible().await?;

    ctx.eval("(window.__before_update = true)").await?;
    ctx.by_role("button", "genindlæs").await?.click().await?;
    ctx.until(
        "the page to reload on the new version",
        "window.__before_update === undefined && document.querySelector('h1')",
    )
    .await?;
    ctx.heading("Velkommen til Jobbesøg").await?;
    let deadline = std::time::Instant::now() + e2e::PATIENCE;
    while ctx.eval_async(CACHES).await? != format!("jobbesoeg-{version}-next").as_str() {
        if std::time::Instant::now() > deadline {
            return Err(
                format!("caches after the update: {}", ctx.eval_async(CACHES).await?).into(),
            );
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(
        ctx.eval("document.querySelector('[data-testid=update-banner]') === null")
            .await?
            == true
    );
    server.stop();
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}
