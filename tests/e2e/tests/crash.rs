//! The crash test (issue 5): the guest types, the browser is killed with SIGKILL at a
//! random moment while typing and saving, and opens again in the same profile. Every note
//! that showed "Gemt" must be there, complete. 20 rounds per engine.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use e2e::{dist, Ctx, Engine, Server, Session, TestResult};

/// Rounds per engine; `JOBBESOEG_CRASH_ROUNDS` may ask for more (never fewer than 20 in CI).
fn rounds_wanted() -> usize {
    std::env::var("JOBBESOEG_CRASH_ROUNDS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(20)
}

#[tokio::test]
async fn chromium() {
    crash_rounds(Engine::Chromium).await
}

#[tokio::test]
async fn firefox() {
    crash_rounds(Engine::Firefox).await
}

#[tokio::test]
async fn webkit() {
    println!(
        "SKIPPED webkit: WebKitWebDriver gives MiniBrowser an ephemeral (in-memory) website \
         data store per session, so a killed browser's profile cannot be opened again"
    );
}

/// A small xorshift generator, seeded from the clock and printed, so a failing round can
/// be told apart and the moments vary from run to run.
struct Dice(u64);

impl Dice {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

/// Every note's text on the observation screen: the earlier notes and the open one.
async fn note_texts(ctx: &Ctx) -> Result<Vec<String>, Box<dyn std::error::Error + Send + Sync>> {
    let texts = ctx
        .eval(
            "[...document.querySelectorAll('.notes .note .text')].map(e => e.textContent)\
             .concat([document.querySelector('#note-text').value])",
        )
        .await?;
    Ok(serde_json::from_value(texts)?)
}

async fn crash_rounds(engine: Engine) {
    if let Err(reason) = engine.available() {
        println!("SKIPPED {}: {reason}", engine.name());
        return;
    }
    let server = Server::start(&dist()).unwrap_or_else(|e| panic!("static server: {e}"));
    let profile = std::env::temp_dir().join(format!(
        "jobbesoeg-crash-{}-{}",
        engine.name(),
        std::process::id()
    ));
    let seed = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(1, |d| d.as_nanos() as u64)
        | 1;
    println!("{}: crash test seed {seed}", engine.name());
    let result = rounds(engine, &server, &profile, Dice(seed)).await;
    server.stop();
    let _ = std::fs::remove_dir_all(&profile);
    if let Err(e) = result {
        panic!("{} (seed {seed}): {e}", engine.name());
    }
}

async fn rounds(
    engine: Engine,
    server: &Server,
    profile: &std::path::Path,
    mut dice: Dice,
) -> TestResult {
    let rounds = rounds_wanted();
    let mut saved: Vec<String> = Vec::new();
    let more = " Ali svarer, at tallene kommer i morgen, og skriver det på tavlen.";
    for round in 0..=rounds {
        let t = std::time::Instant::now();
        let session = Session::start_in(engine, profile).await?;
        let started = t.elapsed();
        let ctx = Ctx {
            engine,
            driver: session.driver.clone(),
            base: server.base(),
            server: server.clone(),
        };
        if round == 0 {
            ctx.make_the_pair().await?;
        }
        ctx.open("/besoeg/1/observer").await?;
        ctx.heading("Observation").await?;
        ctx.until(
            "the cursor in the note",
            "document.activeElement && document.activeElement.id === 'note-text'",
        )
        .await?;
        // Every note that showed "Gemt" before the browser was killed is here, complete.
        let texts = note_texts(&ctx).await?;
        for note in &saved {
            if !texts.iter().any(|t| t.starts_with(note.as_str())) {
                return Err(format!(
                    "round {round}: the note {note:?} showed \"Gemt\" and is lost; found {texts:?}"
                )
                .into());
            }
        }
        if round == rounds {
            println!(
                "  last start: all there after {:.1} s",
                t.elapsed().as_secs_f64()
            );
            session.quit().await;
            break;
        }
        // A new note, typed until the app says "Gemt".
        let text = format!("Note {round}: Hun beder Ali om tallene fra i går.");
        let field = ctx.driver.active_element().await?;
        field.send_keys(&text).await?;
        ctx.until_saved().await?;
        saved.push(text);
        // Then on typing, and the browser killed at a random moment while it types and saves.
        let cut = 1 + dice.below(more.len() as u64 - 1) as usize;
        let cut = (cut..more.len())
            .find(|i| more.is_char_boundary(*i))
            .unwrap_or(more.len());
        let rest = more[..cut].to_string();
        let typing = tokio::spawn(async move { field.send_keys(rest).await });
        tokio::time::sleep(Duration::from_millis(dice.below(150))).await;
        let killed = session.kill();
        let _ = typing.await;
        println!(
            "  round {round}: browser up in {:.1} s, round {:.1} s, killed while typing {cut} more characters",
            started.as_secs_f64(),
            t.elapsed().as_secs_f64()
        );
        if killed == 0 {
            return Err(format!("round {round}: no browser process to kill").into());
        }
    }
    println!(
        "{}: {} rounds, every note that showed \"Gemt\" was there after SIGKILL",
        engine.name(),
        saved.len()
    );
    Ok(())
}
