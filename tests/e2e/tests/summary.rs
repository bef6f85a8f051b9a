//! The May wrap-up (issue 9) on a phone that holds the whole programme (the partner's
//! complete file fetched on "Del med din makker"): printed to PDF through Chromium's
//! print (WebDriver Print, DevTools `Page.printToPDF` underneath), `pdftotext` of the
//! PDF has every section's heading and the partner's name, and each visit starts a page.
//! A star is kept; the other pair's summary file shows beside this pair's visits, and is
//! kept. Then "Slet alt" with the word typed leaves nothing in IndexedDB or localStorage.
//! Chromium only: the other drivers' print is not what a user's "Udskriv" does.

use e2e::{Ctx, Engine, TestResult};
use jobbesoeg::core::exchange::{export, read, summary_view, Scope};
use jobbesoeg::core::model::{FocusPoint, Note, ParticipantId, Programme, Style};
use jobbesoeg::core::time::{Clock, Date, Timestamp};
use thirtyfour::common::print::{PrintPage, PrintParameters};

#[tokio::test]
async fn chromium() {
    e2e::run(
        Engine::Chromium,
        the_wrap_up_prints_every_visit_on_its_own_pages,
    )
    .await
}

/// Jonas's phone after the programme: he hosts visit 1, Mette visit 2; all filled in.
fn jonas_complete() -> Programme {
    let j = ParticipantId("jonas".into());
    let mut p = Programme::new(j.clone(), ParticipantId("provisional-mette".into()));
    p.me.name.set("Jonas".into(), &j);
    p.partner.name.set("Mette".into(), &j);
    p.set_first_host(&j, &j);
    for (i, title) in ["Styregruppemøde", "Personalemøde"].into_iter().enumerate() {
        let v = &mut p.visits[i];
        v.activity.title.set(title.into(), &j);
        v.agreements
            .visit
            .date
            .set(Date::new(2027, 3 + i as u8, 10), &j);
        v.agreements.visit.start.set(Clock::new(9, 0, 0), &j);
        v.agreements.visit.end.set(Clock::new(11, 0, 0), &j);
        v.agreements.visit.place.set("Rådhuset".into(), &j);
        let mut point = FocusPoint {
            id: format!("f{i}"),
            ..FocusPoint::default()
        };
        point.text.set("Hvem tager ordet".into(), &j);
        v.alignment.focus_points.push(point);
        let mut note = Note::new(format!("n{i}"), Timestamp(1_805_000_000_000));
        note.text.set(format!("Note fra besøg {}", i + 1), &j);
        note.starred.set(true, &j);
        v.notes.push(note);
        let mut other = Note::new(format!("m{i}"), Timestamp(1_805_000_060_000));
        other.text.set(format!("Ikke stjernet {}", i + 1), &j);
        v.notes.push(other);
        for (n, s) in Style::ALL.into_iter().enumerate() {
            v.intended.set_emphasis(s, n as u8 % 5, &j);
            v.perceived.set_emphasis(s, (n as u8 + 1) % 5, &j);
        }
        v.reflection.host[0].set("At give ordet videre".into(), &j);
        v.reflection.guest[0].set("Tre spørgsmål til formanden".into(), &j);
        v.reflection
            .shared
            .set(format!("Fælles læring {}", i + 1), &j);
    }
    p
}

/// The other pair's phone: Anna hosts visit 1, Bo observes and stars one note.
fn anna_and_bo() -> Programme {
    let (a, b) = (ParticipantId("anna".into()), ParticipantId("bo".into()));
    let mut p = Programme::new(a.clone(), b.clone());
    p.me.name.set("Anna".into(), &a);
    p.partner.name.set("Bo".into(), &a);
    p.set_first_host(&a, &a);
    p.visits[0].activity.title.set("Budgetmøde".into(), &a);
    for (id, text, starred) in [
        ("k1", "Anna spørger først", true),
        ("k2", "Ikke til opsamlingen", false),
    ] {
        let mut note = Note::new(id.into(), Timestamp(1_805_000_000_000));
        note.text.set(text.into(), &b);
        note.starred.set(starred, &b);
        p.visits[0].notes.push(note);
    }
    p
}

const HEADINGS: [&str; 6] = [
    "Valg af ledelsesaktivitet",
    "Aftaler om tid og sted",
    "Forventningsafstemning",
    "Observation",
    "Intenderet og opfattet ledelse",
    "Fælles læringsrefleksion",
];

async fn the_wrap_up_prints_every_visit_on_its_own_pages(ctx: Ctx) -> TestResult {
    ctx.make_the_pair().await?;
    // Jonas's whole programme comes in as a readable file, picked with the file picker.
    let file = std::env::temp_dir().join(format!("summary-{}-jonas.json", std::process::id()));
    std::fs::write(
        &file,
        export(&jonas_complete(), Scope::All, Timestamp(1_806_000_000_000)),
    )?;
    ctx.open("/del").await?;
    ctx.heading("Hent fra din makker").await?;
    ctx.driver
        .find(e2e::By::Css("input[type=file]"))
        .await?
        .send_keys(file.display().to_string())
        .await?;
    ctx.until(
        "the report of what came in",
        "(document.querySelector('[data-testid=exchange-result]') || {}).textContent",
    )
    .await?;
    let _ = std::fs::remove_file(&file);

    ctx.open("/opsamling").await?;
    ctx.heading("Opsamling — Mette & Jonas").await?;
    ctx.by_role("button", "Udskriv eller gem som PDF").await?;
    ctx.assert_accessible().await?;
    // Two charts on one page, each named by a caption of its own.
    assert_eq!(
        ctx.eval(
            "[...document.querySelectorAll('svg[aria-labelledby]')]\
             .map(s => s.getAttribute('aria-labelledby') + '=' + \
             (document.getElementById(s.getAttribute('aria-labelledby')) || {}).tagName).join(' ')"
        )
        .await?,
        "chart-caption-0=FIGCAPTION chart-caption-1=FIGCAPTION"
    );
    // A backup is offered before "Slet alt".
    ctx.by_role("link", "Gem en sikkerhedskopi først").await?;
    // What Mette takes with her, kept as she types it.
    ctx.by_role(
        "textbox",
        "Hvad tager du med dig fra jobbesøgene ind i din egen ledelse?",
    )
    .await?
    .send_keys(TAKEAWAY)
    .await?;
    let deadline = std::time::Instant::now() + e2e::PATIENCE;
    while ctx.eval_async(KEPT).await?.as_str() != Some(TAKEAWAY) {
        if std::time::Instant::now() > deadline {
            return Err("what she takes with her never reached IndexedDB".into());
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let pdf = ctx
        .driver
        .print_page(PrintParameters {
            page: PrintPage {
                width: 21.0,
                height: 29.7,
            },
            background: true,
            ..PrintParameters::default()
        })
        .await?;
    assert!(pdf.starts_with(b"%PDF"), "not a PDF");
    let path = std::env::temp_dir().join(format!("summary-{}.pdf", std::process::id()));
    std::fs::write(&path, &pdf)?;
    let out = std::process::Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .map_err(|e| format!("pdftotext (scripts/setup.sh installs poppler-utils): {e}"))?;
    let _ = std::fs::remove_file(&path);
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    let pages: Vec<&str> = text
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .collect();
    assert!(text.contains("Jonas"), "the partner's name:\n{text}");
    for heading in HEADINGS {
        assert_eq!(
            text.matches(heading).count(),
            2,
            "{heading} once per visit:\n{text}"
        );
    }
    // Each visit starts a page of its own: visit 2's heading opens a later page.
    let page_of = |what: &str| pages.iter().position(|p| p.contains(what));
    let (one, two) = (page_of("Jobbesøg 1 ·"), page_of("Jobbesøg 2 ·"));
    assert!(
        one.is_some() && two > one,
        "visits on pages {one:?} and {two:?}:\n{text}"
    );
    let first_line = pages[two.unwrap_or(0)]
        .trim_start()
        .lines()
        .next()
        .unwrap_or("");
    assert!(
        first_line.starts_with("Jobbesøg 2 ·"),
        "page {two:?} opens with {first_line:?}"
    );
    assert!(
        text.contains("Det tager jeg med mig") && text.contains(TAKEAWAY),
        "{text}"
    );
    // The starred notes on paper, the others not.
    assert!(text.contains("Note fra besøg 2"), "a starred note:\n{text}");
    assert!(
        !text.contains("Ikke stjernet"),
        "an unstarred note:\n{text}"
    );
    // No navigation on paper, and no "Slet alt".
    assert!(
        !text.contains("Indstillinger"),
        "the tab bar is printed:\n{text}"
    );
    assert!(
        !text.contains("Slet alt"),
        "the delete form is printed:\n{text}"
    );

    // A star tapped is stored: it is still there when the summary opens again.
    let star = ctx.driver.find(e2e::By::Id("star-0-m0")).await?;
    assert_eq!(star.attr("aria-pressed").await?.as_deref(), Some("false"));
    ctx.tap(star).await?;
    ctx.until(
        "the star to show",
        "document.getElementById('star-0-m0').getAttribute('aria-pressed') === 'true'",
    )
    .await?;
    // What the other pair would get follows the star at once.
    ctx.until(
        "the starred note in our summary",
        "document.querySelector('[data-testid=our-summary]').textContent.includes('Ikke stjernet 1')",
    )
    .await?;
    let deadline = std::time::Instant::now() + e2e::PATIENCE;
    while !ctx.eval_async(STARRED).await?.as_bool().unwrap_or(false) {
        if std::time::Instant::now() > deadline {
            return Err("the star never reached IndexedDB".into());
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    ctx.open("/opsamling").await?;
    ctx.heading("Opsamling — Mette & Jonas").await?;
    ctx.until(
        "the star after opening again",
        "(document.getElementById('star-0-m0') || {getAttribute: () => ''}).getAttribute('aria-pressed') === 'true'",
    )
    .await?;

    // Two pairs in May: the other pair's summary file, fetched, shows beside ours, and
    // is still there when the wrap-up opens again.
    let other = std::env::temp_dir().join(format!("summary-{}-anna.json", std::process::id()));
    std::fs::write(
        &other,
        export(&anna_and_bo(), Scope::Summary, Timestamp(1_806_000_000_000)),
    )?;
    ctx.driver
        .find(e2e::By::Id("other-file"))
        .await?
        .send_keys(other.display().to_string())
        .await?;
    ctx.until(
        "the other pair's visits, or a problem said",
        "document.querySelector('[data-testid=other-pair]') || (document.querySelector('[data-testid=pairs-error]') || {}).textContent",
    )
    .await?;
    let problem = ctx.by_testid("pairs-error").await?.text().await?;
    assert_eq!(problem, "", "the other pair's file was refused");
    for round in 0..2 {
        let column = ctx.by_testid("other-pair").await?.text().await?;
        assert!(
            column.contains("Det andet makkerpar: Anna & Bo — kun til læsning"),
            "{column}"
        );
        assert!(column.contains("Budgetmøde") && column.contains("Anna spørger først"));
        assert!(!column.contains("Ikke til opsamlingen"), "{column}");
        if round == 0 {
            ctx.open("/opsamling").await?;
            ctx.heading("To makkerpar").await?;
            assert_eq!(
                ctx.eval("document.getElementById('takeaway').value")
                    .await?,
                TAKEAWAY
            );
        }
    }
    ctx.assert_accessible().await?;
    let _ = std::fs::remove_file(&other);

    // Our summary for the other pair: the file holds what our cards show, nothing else.
    ctx.driver.execute(e2e::SHARE_SHEET, vec![]).await?;
    ctx.tap(ctx.by_role("button", "Del vores opsamling").await?)
        .await?;
    ctx.until("the summary file to be shared", "window.__shared")
        .await?;
    let shared = ctx.eval("window.__shared").await?;
    let bytes: Vec<u8> = serde_json::from_value(shared["bytes"].clone())?;
    let sent = read(std::str::from_utf8(&bytes)?)?.programme;
    assert_eq!(
        sent,
        summary_view(&sent),
        "the file holds more than the cards"
    );
    let column = ctx.by_testid("our-summary").await?.text().await?;
    let mut texts = vec![sent.me.name.value.clone(), sent.partner.name.value.clone()];
    for v in &sent.visits {
        texts.push(v.activity.title.value.clone());
        texts.extend(v.notes.iter().map(|n| n.text.value.clone()));
        texts.push(v.reflection.shared.value.clone());
    }
    assert!(
        texts.iter().any(|t| t.contains("Note fra besøg")),
        "{texts:?}"
    );
    for text in texts.iter().filter(|t| !t.trim().is_empty()) {
        assert!(
            column.contains(text.trim()),
            "{text:?} is in the file but not on the screen:\n{column}"
        );
    }
    // Visit 1's second note was starred above; visit 2's was not, and does not go.
    assert!(column.contains("Ikke stjernet 1"), "{column}");
    assert!(!column.contains("Ikke stjernet 2"), "{column}");

    // The end of the programme: "Slet alt" wants the word typed, then leaves nothing.
    let records = ctx.eval_async(RECORDS).await?;
    assert!(
        records.as_u64() > Some(10),
        "the programme is stored: {records}"
    );
    ctx.by_role("textbox", "Skriv SLET for at bekræfte")
        .await?
        .send_keys("SLE")
        .await?;
    ctx.tap(ctx.by_role("button", "Slet alt på denne telefon").await?)
        .await?;
    ctx.until(
        "the word to be asked for",
        "(document.querySelector('[data-testid=erase-error]') || {}).textContent === 'Skriv SLET for at bekræfte'",
    )
    .await?;
    assert_eq!(
        ctx.eval_async(RECORDS).await?,
        records,
        "nothing deleted yet"
    );
    ctx.by_role("textbox", "Skriv SLET for at bekræfte")
        .await?
        .send_keys("SLET")
        .await?;
    ctx.tap(ctx.by_role("button", "Slet alt på denne telefon").await?)
        .await?;
    ctx.heading("Velkommen til Jobbesøg").await?;
    assert_eq!(
        ctx.eval_async(RECORDS).await?,
        0,
        "records left in IndexedDB"
    );
    assert_eq!(
        ctx.eval("localStorage.length").await?,
        0,
        "localStorage not empty"
    );
    Ok(())
}

/// How many records the app's IndexedDB store holds.
const RECORDS: &str = "new Promise((ok, fail) => {
  const open = indexedDB.open('jobbesoeg', 1);
  open.onerror = () => fail(open.error);
  open.onsuccess = () => {
    const req = open.result.transaction('records').objectStore('records').count();
    req.onsuccess = () => { open.result.close(); ok(req.result); };
  };
})";

/// Whether note m0 of visit 1 is stored starred.
const STARRED: &str = "new Promise((ok, fail) => {
  const open = indexedDB.open('jobbesoeg', 1);
  open.onerror = () => fail(open.error);
  open.onsuccess = () => {
    const req = open.result.transaction('records').objectStore('records').get('note/0/m0');
    req.onsuccess = () => { open.result.close(); ok(String(req.result).includes('\"starred\":{\"value\":true')); };
  };
})";

const TAKEAWAY: &str = "At spørge før jeg svarer.";

/// What is kept of "Det tager jeg med mig".
const KEPT: &str = "new Promise((ok, fail) => {
  const open = indexedDB.open('jobbesoeg', 1);
  open.onerror = () => fail(open.error);
  open.onsuccess = () => {
    const req = open.result.transaction('records').objectStore('records').get('takeaway');
    req.onsuccess = () => { open.result.close(); ok(req.result ? JSON.parse(req.result).text : null); };
  };
})";
