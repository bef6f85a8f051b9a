//! The joint reflection (issue 6): both partners write on one phone and each answer says
//! who wrote it; intended against perceived is shown only after the guest has rated, and
//! names the largest gap with its numbers; all of it there after a reload offline.

use e2e::{in_every_engine, Ctx, TestResult};

in_every_engine!(reflect_together_and_compare);

/// Taps emphasis `values` (0–4) for the five styles in `section` (intended or perceived).
async fn rate(ctx: &Ctx, section: &str, values: [u8; 5]) -> TestResult {
    let styles = [
        "vision",
        "contingent-recognition",
        "data-informed",
        "distributed",
        "relation-building",
    ];
    for (style, value) in styles.into_iter().zip(values) {
        let radio = ctx
            .driver
            .find(e2e::By::Css(format!(
                "input[data-testid='{section}.emphasis.{style}'][value='{value}']"
            )))
            .await?;
        ctx.tap(radio).await?;
    }
    ctx.until_saved().await
}

async fn text_of(
    ctx: &Ctx,
    selector: &str,
) -> Result<String, Box<dyn std::error::Error + Send + Sync>> {
    let v = ctx
        .eval(&format!(
            "(document.querySelector(\"{selector}\") || {{}}).textContent || ''"
        ))
        .await?;
    Ok(v.as_str().unwrap_or_default().to_string())
}

async fn reflect_together_and_compare(ctx: Ctx) -> TestResult {
    // Mette is the guest of visit 1; Jonas hosts it and says what he intends.
    ctx.make_the_pair().await?;
    ctx.open("/besoeg/1/intenderet").await?;
    ctx.heading("Intenderet ledelse").await?;
    rate(&ctx, "intended", [3, 2, 1, 4, 2]).await?;

    // Before the guest has rated, the comparison waits: the guest is not coloured by it.
    ctx.open("/besoeg/1/refleksion").await?;
    ctx.heading("Fælles læringsrefleksion").await?;
    ctx.until(
        "the comparison to wait for the guest",
        "document.body.textContent.includes('Gæsten vurderer først sin opfattede ledelse') && \
         !document.querySelector('.compare svg')",
    )
    .await?;

    // Either partner writes; each answer says who wrote it.
    ctx.tap(ctx.by_role("radio", "Jonas").await?).await?;
    ctx.by_role("textbox", "Hvad lykkes jeg med?")
        .await?
        .send_keys("At give ordet til teamet.")
        .await?;
    ctx.tap(ctx.by_role("radio", "Mette").await?).await?;
    ctx.by_role("textbox", "Hvad så jeg?")
        .await?
        .send_keys("Tre tog ordet uden at blive spurgt.")
        .await?;
    ctx.until_saved().await?;
    assert_eq!(
        text_of(&ctx, "[data-testid='by-reflection.host.0']").await?,
        "Skrevet af Jonas"
    );
    assert_eq!(
        text_of(&ctx, "[data-testid='by-reflection.guest.0']").await?,
        "Skrevet af Mette"
    );
    ctx.assert_accessible().await?;

    // The guest rates what she perceived; then both are revealed together.
    ctx.open("/besoeg/1/opfattet").await?;
    ctx.heading("Opfattet ledelse").await?;
    rate(&ctx, "perceived", [3, 1, 1, 1, 2]).await?;
    ctx.until_offline_ready().await?;
    ctx.server.stop();
    assert!(ctx.server.is_down());
    ctx.open("/besoeg/1/refleksion").await?;
    ctx.heading("Fælles læringsrefleksion").await?;
    ctx.tap(
        ctx.by_role("button", "Vis intenderet og opfattet ledelse")
            .await?,
    )
    .await?;
    ctx.until(
        "the chart",
        "document.querySelectorAll('.compare svg rect').length === 10",
    )
    .await?;
    assert_eq!(
        text_of(&ctx, "[data-testid=verdict]").await?,
        "Størst forskel: Distribueret ledelse — intenderet 4, opfattet 1. Samme vurdering: 3 af 5."
    );
    let numbers = ctx
        .eval("[...document.querySelectorAll('.style-compare')].map(s => s.querySelector('h3').textContent + ': ' + s.querySelector('.numbers').textContent)")
        .await?;
    let numbers: Vec<String> = serde_json::from_value(numbers)?;
    assert_eq!(
        numbers[3],
        "Distribueret ledelse: Intenderet: 4 · Opfattet: 1"
    );
    assert_eq!(numbers.len(), 5);
    // Offline, the answers and who wrote them are still there.
    assert_eq!(
        ctx.eval("document.querySelector(\"[data-testid='reflection.host.0']\").value")
            .await?
            .as_str(),
        Some("At give ordet til teamet.")
    );
    assert_eq!(
        text_of(&ctx, "[data-testid='by-reflection.guest.0']").await?,
        "Skrevet af Mette"
    );
    ctx.assert_accessible().await?;
    Ok(())
}
