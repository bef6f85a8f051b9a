//! Two phones swap visit 1 by animated QR code (issue 8), through a real camera path. In
//! each engine Mette's phone shows visit 1 sealed as codes; the test reads every code the
//! screen draws (the SVG itself), films them as a phone camera would see them (softened,
//! grainy, 10 codes a second) and plays the film into Jonas's phone: a Chromium whose
//! camera is that film (`--use-file-for-fake-video-capture`). Jonas scans, types the
//! passphrase and has Mette's note. Without a camera, the scan screen says so and offers
//! the file.

use std::collections::BTreeSet;

use e2e::{in_every_engine, Ctx, Engine, Session, TestResult};
use jobbesoeg::core::qr::Code;

in_every_engine!(a_visit_shown_as_codes_is_filmed_scanned_and_merged);

const PASS: &str = "korrekt hest batteri";
type Failure = Box<dyn std::error::Error + Send + Sync>;

/// A long note: enough words to fill several codes even deflated.
fn long_note() -> String {
    format!("Ordret: {}", e2e::meeting_words(260, 0x2545_f491_4f6c_dd1d))
}

/// Every distinct code the screen draws while `parts × 3` of them go by.
async fn read_codes(ctx: &Ctx) -> Result<(usize, Vec<Code>), Failure> {
    ctx.until(
        "the first code",
        "(document.querySelector('svg[data-qr] path') || {getAttribute(){}}).getAttribute('d')",
    )
    .await?;
    let parts: usize = ctx
        .eval("document.querySelector('svg[data-qr]').dataset.parts")
        .await?
        .as_str()
        .unwrap_or("0")
        .parse()?;
    let mut seen = BTreeSet::new();
    let mut codes = Vec::new();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(40);
    while codes.len() < parts * 3 && std::time::Instant::now() < deadline {
        let shown = ctx
            .eval(
                "[document.querySelector('svg[data-qr]').getAttribute('viewBox'), \
                 document.querySelector('svg[data-qr] path').getAttribute('d')]",
            )
            .await?;
        let (view, d) = (
            shown[0].as_str().unwrap_or(""),
            shown[1].as_str().unwrap_or(""),
        );
        if seen.insert(d.to_string()) {
            let side: usize = view.rsplit(' ').next().unwrap_or("0").parse()?;
            codes.push(Code::from_path(side, d).ok_or("a code the app drew is not a code")?);
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    Ok((parts, codes))
}

async fn a_visit_shown_as_codes_is_filmed_scanned_and_merged(mette: Ctx) -> TestResult {
    // Mette's phone: she is the guest of visit 1 and writes a long note.
    mette.make_the_pair().await?;
    mette.open("/besoeg/1/observer").await?;
    mette
        .until(
            "the cursor in the note",
            "document.activeElement && document.activeElement.id === 'note-text'",
        )
        .await?;
    let note = long_note();
    mette
        .driver
        .active_element()
        .await?
        .send_keys(&note)
        .await?;
    mette.until_saved().await?;

    // She shows visit 1, sealed, as codes.
    mette.open("/del").await?;
    mette
        .tap(mette.by_role("button", "Se, hvad der sendes").await?)
        .await?;
    mette.heading("Det her forlader din telefon").await?;
    mette
        .driver
        .find(e2e::By::Css("input[type=password]"))
        .await?
        .send_keys(PASS)
        .await?;
    mette
        .tap(mette.by_role("button", "Vis som QR-kode").await?)
        .await?;
    mette.heading("Lad din makker scanne koden").await?;
    let (parts, codes) = read_codes(&mette).await?;
    assert!(parts > 1, "a long note makes more than one code ({parts})");
    assert!(
        codes.len() >= parts * 2,
        "the code changes: {} seen",
        codes.len()
    );
    mette.assert_accessible().await?;
    // "Pause" holds the code still until it is pressed again.
    mette.tap(mette.by_role("button", "Pause").await?).await?;
    let pressed = "document.querySelector('[data-action=pause]').getAttribute('aria-pressed')";
    assert_eq!(mette.eval(pressed).await?, "true");
    let code = "document.querySelector('svg[data-qr] path').getAttribute('d')";
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let held = mette.eval(code).await?;
    tokio::time::sleep(std::time::Duration::from_millis(700)).await;
    assert_eq!(
        mette.eval(code).await?,
        held,
        "the code changed while paused"
    );
    mette.tap(mette.by_role("button", "Pause").await?).await?;
    assert_eq!(mette.eval(pressed).await?, "false");
    mette
        .until(
            "the code to change again",
            &format!("{code} !== {}", serde_json::to_string(&held)?),
        )
        .await?;

    // Her phone has no camera (no fake one here): the scan says so and offers the file.
    mette.tap(mette.by_role("button", "Færdig").await?).await?;
    mette
        .tap(mette.by_role("button", "Scan QR-kode").await?)
        .await?;
    mette
        .until(
            "the camera's message",
            "/kamera/i.test((document.querySelector('[data-testid=exchange-error]') || {}).textContent)",
        )
        .await?;
    mette
        .until(
            "the file picker offered instead",
            "(document.querySelector('label[for=file]') || {}).textContent === 'Vælg fil'",
        )
        .await?;
    mette.assert_accessible().await?;

    // Jonas's phone: a Chromium whose rear camera films Mette's screen.
    let film_path = std::env::temp_dir().join(format!(
        "jobbesoeg-qr-{}-{}.y4m",
        mette.engine.name(),
        std::process::id()
    ));
    e2e::camera::film(&codes, 20, &film_path)?;
    let flags = e2e::camera::camera_flags(&film_path);
    if let Err(reason) = Engine::Chromium.available() {
        println!("SKIPPED scanning (Jonas's phone is a Chromium): {reason}");
        return Ok(());
    }
    let session = Session::start_with(Engine::Chromium, &flags).await?;
    let jonas = Ctx {
        engine: Engine::Chromium,
        driver: session.driver.clone(),
        ..mette.clone()
    };
    let outcome = async {
        jonas.make_the_pair_as("Jonas", "Mette").await?;
        jonas.open("/del").await?;
        jonas.tap(jonas.by_role("button", "Scan QR-kode").await?).await?;
        jonas.heading("Scan din makkers kode").await?;
        jonas.assert_accessible().await?;
        // The parts come in (the bar moves) until the sealed payload asks for its passphrase.
        let read = jonas
            .until(
                "a part to be read",
                "(document.querySelector('progress[data-testid=qr-progress]') || {}).value > 0 \
                 || document.querySelector('input[type=password]')",
            )
            .await;
        if let Err(e) = read {
            let camera = jonas
                .eval(
                    "(v => v ? [v.readyState, v.videoWidth, v.videoHeight] : 'no video')\
                     (document.querySelector('video[data-scan]')) + ' ' + document.body.innerText \
                     + performance.getEntriesByType('measure').map(e => e.name + ' ' + e.duration.toFixed(1)).join(', ')",
                )
                .await?;
            return Err(format!("{e}; the camera: {camera}").into());
        }
        jonas.by_role("button", "Åbn filen").await?;
        jonas
            .driver
            .find(e2e::By::Css("input[type=password]"))
            .await?
            .send_keys(PASS)
            .await?;
        jonas.tap(jonas.by_role("button", "Åbn filen").await?).await?;
        jonas
            .until(
                "the report of what came in",
                "(document.querySelector('[data-testid=exchange-result]') || {}).textContent",
            )
            .await?;
        let report = jonas.by_testid("exchange-result").await?.text().await?;
        assert!(report.contains("1 ny note"), "{report}");
        // The note is on Jonas's phone, whole.
        jonas.open("/del").await?;
        jonas
            .tap(jonas.by_role("button", "Se, hvad der sendes").await?)
            .await?;
        let preview = jonas.by_testid("preview").await?.text().await?;
        assert!(preview.contains(&note), "{preview}");
        TestResult::Ok(())
    }
    .await;
    session.quit().await;
    let _ = std::fs::remove_file(&film_path);
    outcome
}
