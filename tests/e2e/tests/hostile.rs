//! A partner's file can't hurt (issue 17), in Chromium: each class of bad file is picked
//! on "Del med din makker" as a user would. Each gets its Danish message, nothing stored
//! changes (the records are compared after a reload), and the screen still works: the
//! next file is picked on it. Then this phone's own file is restored only when asked,
//! and a good import is undone with "Fortryd import".

use e2e::{Ctx, Engine, TestResult};
use jobbesoeg::core::exchange::{export, with_checksum, Scope};
use jobbesoeg::core::model::{Note, ParticipantId, Programme};
use jobbesoeg::core::records;
use jobbesoeg::core::time::Timestamp;
use jobbesoeg::core::validate::{MAX_NOTES, MAX_VERSION};

#[tokio::test]
async fn chromium() {
    e2e::run(Engine::Chromium, bad_files_are_refused_and_change_nothing).await
}

type Failure = Box<dyn std::error::Error + Send + Sync>;

/// Every stored record, key → value, as JSON.
const RECORDS: &str = "new Promise((ok, fail) => {
  const open = indexedDB.open('jobbesoeg', 1);
  open.onerror = () => fail(open.error);
  open.onsuccess = () => {
    const store = open.result.transaction('records').objectStore('records');
    const keys = store.getAllKeys(), values = store.getAll();
    values.onsuccess = () => {
      open.result.close();
      ok(Object.fromEntries(keys.result.map((k, i) => [k, values.result[i]])));
    };
  };
})";

/// This phone's programme, from its stored records.
async fn stored(ctx: &Ctx) -> Result<(serde_json::Value, Programme), Failure> {
    let all = ctx.eval_async(RECORDS).await?;
    let map = all.as_object().ok_or("no records")?;
    let programme = records::assemble(
        map.iter()
            .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_string())),
    )?
    .ok_or("no programme stored")?;
    Ok((all, programme))
}

/// Picks `text` as a file on "Del med din makker"; returns what the screen says.
async fn pick(ctx: &Ctx, name: &str, text: &str) -> Result<String, Failure> {
    let path = std::env::temp_dir().join(format!("hostile-{}-{name}.json", std::process::id()));
    std::fs::write(&path, text)?;
    ctx.open("/del").await?;
    ctx.heading("Hent fra din makker").await?;
    ctx.driver
        .find(e2e::By::Css("input[type=file]"))
        .await?
        .send_keys(path.display().to_string())
        .await?;
    ctx.until(
        "what the screen says of the file",
        "(document.querySelector('[data-testid=exchange-error]') || {}).textContent \
         || (document.querySelector('[data-testid=exchange-result]') || {}).textContent",
    )
    .await?;
    let _ = std::fs::remove_file(&path);
    let said = ctx
        .eval(
            "(document.querySelector('[data-testid=exchange-error]') || {}).textContent \
             || document.querySelector('[data-testid=exchange-result]').textContent",
        )
        .await?;
    Ok(said.as_str().unwrap_or_default().to_string())
}

/// Jonas's half of visit 1, as his phone writes it, for Mette's phone (`mine`).
fn jonas_for(mine: &Programme) -> Programme {
    let j = ParticipantId("jonas0000000000000000000000000001".into());
    let mut p = Programme::new(j.clone(), mine.me.id.clone());
    p.me.name.set("Jonas".into(), &j);
    p.partner.name.set("Mette".into(), &j);
    p.visits[0].activity.title.set("Styregruppemøde".into(), &j);
    let mut note = Note::new("jonas-note-1".into(), Timestamp(1_805_000_000_000));
    note.text.set("Fra Jonas".into(), &j);
    p.visits[0].notes.push(note);
    p
}

async fn bad_files_are_refused_and_change_nothing(ctx: Ctx) -> TestResult {
    ctx.make_the_pair().await?;
    ctx.open("/besoeg/1/observer").await?;
    ctx.until(
        "the cursor in the note",
        "document.activeElement && document.activeElement.id === 'note-text'",
    )
    .await?;
    ctx.driver
        .active_element()
        .await?
        .send_keys("Min egen note")
        .await?;
    ctx.until_saved().await?;
    let (before, mine) = stored(&ctx).await?;
    let good = jonas_for(&mine);
    let now = Timestamp(1_806_000_000_000);

    // A date with a non-ASCII character, the checksum made to fit: the worker used to die.
    let mut value = serde_json::from_str::<serde_json::Value>(&export(&good, Scope::All, now))?;
    value["programme"]["visits"][0]["agreements"]["visit"]["date"] =
        serde_json::json!({"value": "2027-0é-10", "version": 1, "by": good.me.id.0});
    let broken_date = with_checksum(&value["programme"]);

    let spoilt = |spoil: &dyn Fn(&mut Programme)| {
        let mut p = good.clone();
        spoil(&mut p);
        export(&p, Scope::All, now)
    };
    let cases: Vec<(&str, String, &str)> = vec![
        (
            "a date with a non-ASCII character",
            broken_date,
            "Det er ikke en fil fra Jobbesøg, eller den er gået i stykker.",
        ),
        (
            "a note id with a slash",
            spoilt(&|p| p.visits[0].notes[0].id = "a/b".into()),
            "Filen indeholder et id, som Jobbesøg ikke selv laver.",
        ),
        (
            "the same note id twice",
            spoilt(&|p| {
                let copy = p.visits[0].notes[0].clone();
                p.visits[0].notes.push(copy);
            }),
            "Filen har to noter eller fokuspunkter med samme id.",
        ),
        (
            "a version that pins a field",
            spoilt(&|p| p.visits[0].activity.title.version = MAX_VERSION + 1),
            "Filen har versionsnumre langt over dine.",
        ),
        (
            "more notes than a visit holds",
            spoilt(&|p| {
                for i in 0..=MAX_NOTES {
                    let mut n = Note::new(format!("x{i}"), Timestamp(i as i64));
                    n.text.value = "x".into();
                    p.visits[1].notes.push(n);
                }
            }),
            "Filen har flere noter eller fokuspunkter, end Jobbesøg tager imod",
        ),
    ];
    for (what, file, message) in &cases {
        let said = pick(&ctx, &what.replace(' ', "-"), file).await?;
        assert!(said.contains(message), "{what}: {said}");
        assert!(
            said.ends_with("Dine data er ikke ændret."),
            "{what}: {said}"
        );
        let alert = ctx.by_testid("exchange-error").await?;
        assert_eq!(
            alert.attr("role").await?.as_deref(),
            Some("alert"),
            "{what}"
        );
        ctx.reload().await?;
        ctx.heading("Hent fra din makker").await?;
        assert_eq!(
            stored(&ctx).await?.0,
            before,
            "{what}: the stored data changed"
        );
        println!("{what}: refused, nothing changed");
    }

    // This phone's own file is not merged as the partner's: asked first, then left alone.
    let own = export(&mine, Scope::All, now);
    let said = pick(&ctx, "own", &own).await?;
    assert!(said.starts_with("Det er din egen fil"), "{said}");
    ctx.by_role("button", "Gendan fra sikkerhedskopi").await?;
    ctx.assert_accessible().await?;
    ctx.tap(ctx.by_role("button", "Tilbage").await?).await?;
    ctx.heading("Hent fra din makker").await?;
    assert_eq!(stored(&ctx).await?.0, before, "the own file changed data");

    // A good file, then "Fortryd import": everything as before, after a reload too.
    let said = pick(&ctx, "good", &export(&good, Scope::Visit(0), now)).await?;
    assert!(said.contains("1 ny note"), "{said}");
    assert!(said.contains("aktiviteten opdateret"), "{said}");
    let (merged, _) = stored(&ctx).await?;
    assert_ne!(merged, before, "the good file was not stored");
    ctx.assert_accessible().await?;
    ctx.tap(ctx.by_role("button", "Fortryd import").await?)
        .await?;
    ctx.until(
        "the import to be undone",
        "/fortrudt/.test((document.querySelector('[data-testid=exchange-result]') || {}).textContent)",
    )
    .await?;
    let deadline = std::time::Instant::now() + e2e::PATIENCE;
    while stored(&ctx).await?.0 != before {
        if std::time::Instant::now() > deadline {
            return Err("the import was not undone in IndexedDB".into());
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    ctx.reload().await?;
    ctx.heading("Hent fra din makker").await?;
    assert_eq!(stored(&ctx).await?.0, before);
    Ok(())
}
