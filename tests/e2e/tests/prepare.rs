//! Preparing a visit (issue 4): every part of visit 1 filled in as a user does, all of it
//! there after a reload offline; the guide's words; the calendar file parses.

use e2e::{in_every_engine, Ctx, ElementQueryable, Engine, TestResult};

in_every_engine!(
    visit_1_prepared_in_full_survives_offline,
    the_calendar_file_parses,
);

/// A field by its `data-testid` (the form's own name for it).
async fn field(
    ctx: &Ctx,
    key: &str,
) -> Result<e2e::WebElement, Box<dyn std::error::Error + Send + Sync>> {
    Ok(ctx
        .driver
        .query(e2e::By::Css(format!("[data-testid='{key}']")))
        .first()
        .await?)
}

/// Sets a date or time picker's value as the phone's picker does (pickers are native
/// widgets that WebDriver cannot type into the same way in every engine).
async fn pick(ctx: &Ctx, key: &str, value: &str) -> TestResult {
    ctx.eval(&format!(
        "(() => {{ const i = document.querySelector(\"[data-testid='{key}']\"); i.value = '{value}'; \
         i.dispatchEvent(new Event('input', {{bubbles: true}})); return i.value; }})()"
    ))
    .await?;
    Ok(())
}

async fn value(ctx: &Ctx, key: &str) -> Result<String, Box<dyn std::error::Error + Send + Sync>> {
    let v = ctx
        .eval(&format!(
            "document.querySelector(\"[data-testid='{key}']\").value"
        ))
        .await?;
    Ok(v.as_str().unwrap_or_default().to_string())
}

async fn fill_visit_1(ctx: &Ctx) -> TestResult {
    ctx.make_the_pair().await?;
    // §1: the four criteria in the guide's words, two ticked; an example as the title.
    ctx.open("/besoeg/1/aktivitet").await?;
    ctx.heading("Valg af ledelsesaktivitet").await?;
    for c in [
        "hvor du som vært skal stå på tæer",
        "hvor du er nysgerrig på, hvordan andre opfatter din ledelse",
        "hvor du afprøver nye ledelsesmæssige strategier",
        "hvor du indgår i grænsekrydsende samarbejde",
    ] {
        ctx.by_role("checkbox", c).await?;
    }
    ctx.tap(
        ctx.by_role("checkbox", "hvor du som vært skal stå på tæer")
            .await?,
    )
    .await?;
    ctx.tap(
        ctx.by_role("checkbox", "hvor du indgår i grænsekrydsende samarbejde")
            .await?,
    )
    .await?;
    ctx.tap(
        ctx.by_role("button", "et møde i en af de strategiske styregrupper")
            .await?,
    )
    .await?;
    assert_eq!(
        value(ctx, "activity.title").await?,
        "Et møde i en af de strategiske styregrupper"
    );
    field(ctx, "activity.description")
        .await?
        .send_keys("Vi beslutter den nye vagtplan.")
        .await?;
    ctx.assert_accessible().await?;

    // §2: time and place; a gentle warning for May, gone for March.
    ctx.open("/besoeg/1/aftaler").await?;
    ctx.heading("Aftaler om tid og sted").await?;
    pick(ctx, "agreements.visit.date", "2027-05-03").await?;
    ctx.until(
        "the warning about the wrap-up",
        "document.querySelector('[data-testid=date-warning]').textContent.startsWith('Det er vigtigt')",
    )
    .await?;
    pick(ctx, "agreements.visit.date", "2027-03-10").await?;
    ctx.until(
        "no warning",
        "document.querySelector('[data-testid=date-warning]').textContent === ''",
    )
    .await?;
    pick(ctx, "agreements.visit.start", "09:00").await?;
    pick(ctx, "agreements.visit.end", "11:00").await?;
    field(ctx, "agreements.visit.place")
        .await?
        .send_keys("Rådhuset, lokale 2")
        .await?;
    pick(ctx, "agreements.reflection.date", "2027-03-10").await?;
    pick(ctx, "agreements.reflection.start", "13:00").await?;
    ctx.assert_accessible().await?;

    // §3: the six questions verbatim, each answered; a focus point added.
    ctx.open("/besoeg/1/forventninger").await?;
    ctx.heading("Forventningsafstemning").await?;
    let questions = [
        "Hvad er formålet med aktiviteten, og hvem deltager i aktiviteten?",
        "Hvordan skal gæsten præsenteres for deltagerne før og under aktiviteten?",
        "Hvad er værtens ledelsesopgave i aktiviteten, og hvad er værtens læringsfokus?",
        "Er der noget konkret under aktiviteten, som værten ønsker at gæsten særligt lægger mærke til (fx reaktioner, relationer, modstand mm.)?",
        "Hvad vil gæst og vært hver især og sammen blive klogere på ift. ledelse og grænsekrydsende samarbejde?",
        "Hvordan er gæst og vært overfor hinanden under besøget, så besøget bliver en god oplevelse for begge?",
    ];
    for (n, q) in questions.iter().enumerate() {
        ctx.by_role("textbox", q)
            .await?
            .send_keys(format!("Svar {}", n + 1))
            .await?;
    }
    ctx.by_role("textbox", "Nyt fokuspunkt")
        .await?
        .send_keys("hvem tager ordet")
        .await?;
    ctx.tap(ctx.by_role("button", "Tilføj").await?).await?;
    ctx.until(
        "the new focus point",
        "document.querySelector(\"[data-testid='alignment.focus.0']\")?.value === 'hvem tager ordet'",
    )
    .await?;
    // The keyboard is back in the empty field, ready for the next point.
    ctx.until(
        "the cursor in the new-point field",
        "document.activeElement?.dataset.testid === 'new-focus' && document.activeElement.value === ''",
    )
    .await?;
    // Each point is announced by its own name, not as the section's heading.
    let first = ctx.by_role("textbox", "Fokuspunkt 1").await?;
    assert_eq!(
        first.prop("value").await?.as_deref(),
        Some("hvem tager ordet")
    );
    ctx.by_role("button", "Fjern Fokuspunkt 1").await?;
    ctx.assert_accessible().await?;

    // §4: the roles.
    ctx.open("/besoeg/1/roller").await?;
    ctx.heading("Jeres roller under jobbesøgene").await?;
    let text = ctx.eval("document.querySelector('main').innerText").await?;
    assert!(text
        .as_str()
        .unwrap_or_default()
        .contains("en flue på væggen"));
    ctx.assert_accessible().await?;

    // §6: distributed leadership at 4, and what the host intends.
    ctx.open("/besoeg/1/intenderet").await?;
    ctx.heading("Intenderet ledelse").await?;
    let four = ctx
        .driver
        .query(e2e::By::Css(
            "[data-testid='intended.emphasis.distributed'][value='4']",
        ))
        .first()
        .await?;
    ctx.tap(four).await?;
    field(ctx, "intended.text.distributed")
        .await?
        .send_keys("Give ordet videre")
        .await?;
    ctx.assert_accessible().await?;
    ctx.until_saved().await
}

async fn visit_1_prepared_in_full_survives_offline(ctx: Ctx) -> TestResult {
    fill_visit_1(&ctx).await?;
    ctx.until_offline_ready().await?;
    ctx.server.stop();
    assert!(ctx.server.is_down());

    ctx.open("/besoeg/1/aktivitet").await?;
    ctx.heading("Valg af ledelsesaktivitet").await?;
    assert_eq!(
        value(&ctx, "activity.title").await?,
        "Et møde i en af de strategiske styregrupper"
    );
    assert_eq!(
        value(&ctx, "activity.description").await?,
        "Vi beslutter den nye vagtplan."
    );
    let ticked = ctx
        .eval("[...document.querySelectorAll('[data-testid^=\"activity.criteria\"]')].map(i => i.checked)")
        .await?;
    assert_eq!(ticked, serde_json::json!([true, false, false, true]));

    ctx.open("/besoeg/1/aftaler").await?;
    ctx.heading("Aftaler om tid og sted").await?;
    assert_eq!(value(&ctx, "agreements.visit.date").await?, "2027-03-10");
    assert_eq!(value(&ctx, "agreements.visit.start").await?, "09:00");
    assert_eq!(value(&ctx, "agreements.visit.end").await?, "11:00");
    assert_eq!(
        value(&ctx, "agreements.visit.place").await?,
        "Rådhuset, lokale 2"
    );
    assert_eq!(value(&ctx, "agreements.reflection.start").await?, "13:00");

    ctx.open("/besoeg/1/forventninger").await?;
    ctx.heading("Forventningsafstemning").await?;
    for n in 0..6 {
        assert_eq!(
            value(&ctx, &format!("alignment.answer.{n}")).await?,
            format!("Svar {}", n + 1)
        );
    }
    assert_eq!(value(&ctx, "alignment.focus.0").await?, "hvem tager ordet");

    ctx.open("/besoeg/1/intenderet").await?;
    ctx.heading("Intenderet ledelse").await?;
    let four = ctx
        .eval("document.querySelector(\"[data-testid='intended.emphasis.distributed'][value='4']\").checked")
        .await?;
    assert_eq!(four, true);
    assert_eq!(
        value(&ctx, "intended.text.distributed").await?,
        "Give ordet videre"
    );

    // The visit's steps show what was done.
    ctx.open("/besoeg/1").await?;
    ctx.heading("Trinene").await?;
    let steps = ctx
        .eval("document.querySelector('.steps').innerText")
        .await?;
    assert!(
        steps.as_str().unwrap_or_default().contains("Færdig"),
        "{steps}"
    );
    Ok(())
}

async fn the_calendar_file_parses(ctx: Ctx) -> TestResult {
    if !matches!(ctx.engine, Engine::Chromium) {
        println!(
            "SKIPPED {}: catching the downloaded calendar file needs Chromium's DevTools protocol",
            ctx.engine.name()
        );
        return Ok(());
    }
    let dir = std::env::temp_dir().join(format!("jobbesoeg-ics-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir)?;
    ctx.driver
        .cdp()
        .send_raw(
            "Browser.setDownloadBehavior",
            serde_json::json!({ "behavior": "allow", "downloadPath": dir.to_str().unwrap_or_default() }),
        )
        .await?;
    ctx.make_the_pair().await?;
    ctx.open("/besoeg/1/aftaler").await?;
    ctx.heading("Aftaler om tid og sted").await?;
    pick(&ctx, "agreements.visit.date", "2027-03-10").await?;
    pick(&ctx, "agreements.visit.start", "09:00").await?;
    field(&ctx, "agreements.visit.place")
        .await?
        .send_keys("Rådhuset")
        .await?;
    ctx.until_saved().await?;
    ctx.tap(ctx.by_role("button", "Føj til kalender").await?)
        .await?;
    let file = dir.join("jobbesoeg-1.ics");
    // The download is done once the file is there whole: Chromium may show the file
    // before it has written all of it.
    let deadline = std::time::Instant::now() + e2e::PATIENCE;
    let text = loop {
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        if text.trim_end().ends_with("END:VCALENDAR") {
            break text;
        }
        if std::time::Instant::now() > deadline {
            return Err(format!("no whole calendar file was downloaded: {text:?}").into());
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    };
    let _ = std::fs::remove_dir_all(&dir);
    let cal = ical::IcalParser::new(text.as_bytes())
        .next()
        .ok_or("no calendar in the file")??;
    assert_eq!(cal.events.len(), 1, "only the visit has a date and a start");
    let prop = |name: &str| {
        cal.events[0]
            .properties
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.value.clone())
            .unwrap_or_default()
    };
    assert_eq!(prop("DTSTART"), "20270310T090000");
    assert_eq!(prop("DTEND"), "20270310T100000");
    assert_eq!(prop("LOCATION"), "Rådhuset");
    assert!(prop("SUMMARY").starts_with("Jobbesøg 1"));
    Ok(())
}
