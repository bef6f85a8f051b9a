//! Two phones swap their halves of visit 1 by sealed file (issue 7), in each engine:
//! Mette (guest) writes a note, Jonas (host) chooses the activity; each shares a sealed
//! file from "Del med din makker", the other picks it with the file picker, types the
//! passphrase and sees the report; then both phones show the same visit. The share sheet
//! is the phone's, not the app's: here it hands the file to the test.

use e2e::{in_every_engine, Ctx, Session, TestResult};

in_every_engine!(host_and_guest_swap_sealed_files_and_hold_the_same_visit);

const PASS: &str = "korrekt hest batteri";

/// Shares visit 1 sealed from "Del med din makker"; returns the file's path.
async fn share(
    ctx: &Ctx,
    who: &str,
) -> Result<std::path::PathBuf, Box<dyn std::error::Error + Send + Sync>> {
    ctx.open("/del").await?;
    ctx.heading("Del med din makker").await?;
    ctx.tap(ctx.by_role("button", "Se, hvad der sendes").await?)
        .await?;
    ctx.heading("Det her forlader din telefon").await?;
    ctx.assert_accessible().await?;
    let pass = ctx
        .driver
        .find(e2e::By::Css("input[type=password]"))
        .await?;
    pass.send_keys(PASS).await?;
    ctx.driver.execute(e2e::SHARE_SHEET, vec![]).await?;
    ctx.tap(ctx.by_role("button", "Del filen").await?).await?;
    ctx.until(
        "the file to be shared",
        "document.querySelector('[data-testid=exchange-result]') && window.__shared",
    )
    .await?;
    let result = ctx.by_testid("exchange-result").await?.text().await?;
    assert!(result.contains("Filen er delt"), "{result}");
    let shared = ctx.eval("window.__shared").await?;
    let name = shared["name"].as_str().unwrap_or_default().to_string();
    assert!(
        name.starts_with(&format!("jobbesoeg-besoeg-1-{who}-")) && name.ends_with(".jbs"),
        "{name}"
    );
    let bytes: Vec<u8> = serde_json::from_value(shared["bytes"].clone())?;
    assert_eq!(&bytes[..8], b"JBSEALED", "the file is sealed");
    let path = std::env::temp_dir().join(format!(
        "{}-{}-{name}",
        ctx.engine.name(),
        std::process::id()
    ));
    std::fs::write(&path, bytes)?;
    Ok(path)
}

/// Picks `file` with the file picker, opens it with the passphrase; returns the report.
async fn fetch(
    ctx: &Ctx,
    file: &std::path::Path,
) -> Result<String, Box<dyn std::error::Error + Send + Sync>> {
    ctx.open("/del").await?;
    ctx.heading("Hent fra din makker").await?;
    ctx.assert_accessible().await?;
    let picker = ctx.driver.find(e2e::By::Css("input[type=file]")).await?;
    picker.send_keys(file.display().to_string()).await?;
    ctx.by_role("button", "Åbn filen").await?;
    let pass = ctx
        .driver
        .find(e2e::By::Css("input[type=password]"))
        .await?;
    pass.send_keys(PASS).await?;
    ctx.tap(ctx.by_role("button", "Åbn filen").await?).await?;
    ctx.until(
        "the report of what came in",
        "(document.querySelector('[data-testid=exchange-result]') || {}).textContent",
    )
    .await?;
    Ok(ctx.by_testid("exchange-result").await?.text().await?)
}

/// Visit 1 as the phone's preview of a file shows it: the activity and every note.
async fn visit_1(ctx: &Ctx) -> Result<String, Box<dyn std::error::Error + Send + Sync>> {
    ctx.open("/del").await?;
    ctx.tap(ctx.by_role("button", "Se, hvad der sendes").await?)
        .await?;
    let preview = ctx.by_testid("preview").await?;
    let items = preview.find_all(e2e::By::Css(":scope > li")).await?;
    Ok(items
        .last()
        .ok_or("no visit in the preview")?
        .text()
        .await?)
}

async fn host_and_guest_swap_sealed_files_and_hold_the_same_visit(mette: Ctx) -> TestResult {
    // Mette's phone: Jonas hosts visit 1, she observes and writes a note.
    mette.make_the_pair().await?;
    mette.open("/besoeg/1/observer").await?;
    mette
        .until(
            "the cursor in the note",
            "document.activeElement && document.activeElement.id === 'note-text'",
        )
        .await?;
    mette
        .driver
        .active_element()
        .await?
        .send_keys("Formanden giver ordet til Ali")
        .await?;
    mette.until_saved().await?;

    // Jonas's phone, a browser profile of its own: he hosts and chooses the activity.
    let session = Session::start(mette.engine).await?;
    let jonas = Ctx {
        driver: session.driver.clone(),
        ..mette.clone()
    };
    let outcome = async {
        jonas.make_the_pair_as("Jonas", "Mette").await?;
        jonas.open("/besoeg/1/aktivitet").await?;
        jonas
            .tap(
                jonas
                    .by_role("button", "et møde i en af de strategiske styregrupper")
                    .await?,
            )
            .await?;
        jonas.until_saved().await?;

        // Each shares visit 1 sealed; the other fetches it.
        let from_jonas = share(&jonas, "jonas").await?;
        let report = fetch(&mette, &from_jonas).await?;
        assert!(report.contains("Hentet og flettet ind"), "{report}");
        // It says what arrived (Jonas's activity), and no answers: none were written.
        assert!(report.contains("aktiviteten opdateret"), "{report}");
        assert!(!report.contains("svar"), "{report}");
        let from_mette = share(&mette, "mette").await?;
        let report = fetch(&jonas, &from_mette).await?;
        assert!(report.contains("1 ny note"), "{report}");
        // The same file again brings nothing new.
        let report = fetch(&jonas, &from_mette).await?;
        assert!(report.contains("Intet nyt"), "{report}");

        // Both phones hold the same visit.
        let (on_mettes, on_jonass) = (visit_1(&mette).await?, visit_1(&jonas).await?);
        assert!(
            on_mettes.contains("Et møde i en af de strategiske styregrupper"),
            "{on_mettes}"
        );
        assert!(
            on_mettes.contains("Formanden giver ordet til Ali"),
            "{on_mettes}"
        );
        assert_eq!(on_mettes, on_jonass);
        // And the overview says the file went today.
        jonas.open("/").await?;
        let last = jonas.by_testid("last-exported").await?.text().await?;
        assert_eq!(last, "Sidst eksporteret: i dag");
        for f in [from_jonas, from_mette] {
            let _ = std::fs::remove_file(f);
        }
        TestResult::Ok(())
    }
    .await;
    session.quit().await;
    outcome
}
