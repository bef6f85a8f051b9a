//! The end-to-end rig: the release build served on 127.0.0.1, driven over W3C WebDriver in
//! Chromium, Firefox ESR and WebKitGTK. Each scenario runs in every engine; an engine that
//! cannot run here prints `SKIPPED <engine>: <reason>`.

mod browser;
pub mod camera;
mod server;

use std::future::Future;
use std::time::{Duration, Instant};

pub use browser::{Engine, Session};
pub use server::Server;
pub use thirtyfour::prelude::*;

/// What a scenario returns: any error fails the test with its message.
pub type TestResult = Result<(), Box<dyn std::error::Error + Send + Sync>>;

/// Everything a scenario needs: the browser, the server, the app's address.
#[derive(Clone)]
pub struct Ctx {
    pub engine: Engine,
    pub driver: WebDriver,
    pub server: Server,
    /// The app's origin, e.g. `http://127.0.0.1:41234`, without a trailing slash.
    pub base: String,
}

/// The workspace root (two levels above this crate).
pub fn root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Runs `scenario` in `engine` against a fresh server and a fresh browser profile.
pub async fn run<F, Fut>(engine: Engine, scenario: F)
where
    F: FnOnce(Ctx) -> Fut,
    Fut: Future<Output = TestResult> + Send + 'static,
{
    if let Err(reason) = engine.available() {
        println!("SKIPPED {}: {reason}", engine.name());
        return;
    }
    let dist = std::env::var("JOBBESOEG_DIST")
        .map(Into::into)
        .unwrap_or_else(|_| root().join("dist"));
    let server = Server::start(&dist).unwrap_or_else(|e| panic!("static server: {e}"));
    let session = browser::Session::start(engine)
        .await
        .unwrap_or_else(|e| panic!("{}: {e}", engine.name()));
    let ctx = Ctx {
        engine,
        driver: session.driver.clone(),
        base: server.base(),
        server: server.clone(),
    };
    // A failed assertion panics inside the task; the browser is closed all the same.
    let outcome = tokio::spawn(scenario(ctx)).await;
    session.quit().await;
    server.stop();
    match outcome {
        Ok(Ok(())) => {}
        Ok(Err(e)) => panic!("{}: {e}", engine.name()),
        Err(panicked) => std::panic::resume_unwind(panicked.into_panic()),
    }
}

/// Declares one test per engine for each scenario: `in_every_engine!(a, b);` makes
/// `a::chromium`, `a::firefox`, `a::webkit`, …
#[macro_export]
macro_rules! in_every_engine {
    ($($scenario:ident),* $(,)?) => {$(
        mod $scenario {
            #[tokio::test]
            async fn chromium() { $crate::run($crate::Engine::Chromium, super::$scenario).await }
            #[tokio::test]
            async fn firefox() { $crate::run($crate::Engine::Firefox, super::$scenario).await }
            #[tokio::test]
            async fn webkit() { $crate::run($crate::Engine::WebKit, super::$scenario).await }
        }
    )*};
}

/// The phone's share sheet, as the test's: takes the file and keeps its name and bytes
/// in `window.__shared` (the share sheet is the phone's, not the app's).
pub const SHARE_SHEET: &str = "
Object.defineProperty(navigator, 'canShare', { configurable: true, value: () => true });
Object.defineProperty(navigator, 'share', { configurable: true, value: async (data) => {
  const f = data.files[0];
  window.__shared = { name: f.name, bytes: Array.from(new Uint8Array(await f.arrayBuffer())) };
} });";

/// How long a user would wait for something to appear before calling the app broken.
pub const PATIENCE: Duration = Duration::from_secs(20);

impl Ctx {
    /// Opens an app path, e.g. `/indstillinger`.
    pub async fn open(&self, path: &str) -> WebDriverResult<()> {
        self.driver.goto(format!("{}{path}", self.base)).await
    }

    /// Reloads through a navigation (geckodriver's refresh bypasses the service worker).
    pub async fn reload(&self) -> WebDriverResult<()> {
        let url = self.driver.current_url().await?;
        self.driver.goto(url.as_str()).await
    }

    /// Waits for a heading whose accessible name is exactly `text`.
    pub async fn heading(&self, text: &str) -> Result<WebElement, String> {
        self.by_role("heading", text).await
    }

    /// Waits for an element of `role` (heading, link, button, radio, textbox …) whose
    /// accessible name (aria-label, its label, or its text less aria-hidden parts) is `name`.
    pub async fn by_role(&self, role: &str, name: &str) -> Result<WebElement, String> {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let found = self
                .driver
                .execute(
                    FIND_BY_ROLE,
                    vec![serde_json::json!(role), serde_json::json!(name)],
                )
                .await
                .map_err(|e| e.to_string())?;
            if !found.json().is_null() {
                return found.element().map_err(|e| e.to_string());
            }
            if Instant::now() > deadline {
                let shown = self
                    .eval("document.body.innerText")
                    .await
                    .unwrap_or_default();
                return Err(format!(
                    "no {role} named {name:?} on the page; it shows:\n{}",
                    shown.as_str().unwrap_or("")
                ));
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Taps an element as a thumb does: scrolled to the middle of the screen first, so
    /// that the fixed tab bar is not over it.
    pub async fn tap(&self, element: WebElement) -> TestResult {
        self.driver
            .execute(
                "arguments[0].scrollIntoView({block: 'center'});",
                vec![element.to_json()?],
            )
            .await?;
        element.click().await?;
        Ok(())
    }

    /// The first run as a user does it: Mette and Jonas, Jonas hosts visit 1.
    pub async fn make_the_pair(&self) -> TestResult {
        self.open("/").await?;
        self.heading("Velkommen til Jobbesøg").await?;
        self.by_role("textbox", "Dit navn")
            .await?
            .send_keys("Mette")
            .await?;
        self.by_role("textbox", "Din makkers navn")
            .await?
            .send_keys("Jonas")
            .await?;
        self.tap(self.by_role("radio", "Min makker").await?).await?;
        self.tap(self.by_role("button", "Kom i gang").await?)
            .await?;
        self.heading("Dit forløb").await?;
        Ok(())
    }

    /// The partner's first run: `me` and `partner` named, `me` hosting visit 1 (the
    /// welcome's default).
    pub async fn make_the_pair_as(&self, me: &str, partner: &str) -> TestResult {
        self.open("/").await?;
        self.heading("Velkommen til Jobbesøg").await?;
        self.by_role("textbox", "Dit navn")
            .await?
            .send_keys(me)
            .await?;
        self.by_role("textbox", "Din makkers navn")
            .await?
            .send_keys(partner)
            .await?;
        self.tap(self.by_role("button", "Kom i gang").await?)
            .await?;
        self.heading("Dit forløb").await?;
        Ok(())
    }

    /// Waits until the app says everything typed is on disk.
    pub async fn until_saved(&self) -> TestResult {
        self.until(
            "the app to say it has saved",
            "document.querySelector('[data-testid=save-state]').textContent === 'Gemt'",
        )
        .await
    }

    /// Waits for a `data-testid` element.
    pub async fn by_testid(&self, id: &str) -> WebDriverResult<WebElement> {
        self.driver
            .query(By::Css(format!("[data-testid='{id}']")))
            .wait(PATIENCE, Duration::from_millis(100))
            .first()
            .await
    }

    /// Evaluates a JavaScript expression until it is truthy, or fails after `PATIENCE`.
    pub async fn until(&self, what: &str, expr: &str) -> TestResult {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let ret = self
                .driver
                .execute(format!("return !!({expr});"), vec![])
                .await?;
            if ret.json().as_bool() == Some(true) {
                return Ok(());
            }
            if Instant::now() > deadline {
                return Err(format!("gave up waiting for {what} ({expr})").into());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Evaluates a JavaScript expression and returns its value.
    pub async fn eval(&self, expr: &str) -> WebDriverResult<serde_json::Value> {
        Ok(self
            .driver
            .execute(format!("return ({expr});"), vec![])
            .await?
            .json()
            .clone())
    }

    /// Runs an async JavaScript expression (a promise) and returns what it resolves to.
    pub async fn eval_async(&self, promise: &str) -> WebDriverResult<serde_json::Value> {
        let script = format!(
            "const done = arguments[arguments.length - 1];\
             Promise.resolve().then(() => {promise}).then(v => done(v), e => done({{error: String(e)}}));"
        );
        Ok(self
            .driver
            .execute_async(script, vec![])
            .await?
            .json()
            .clone())
    }

    /// Waits until the service worker controls the page: from then on the app works offline.
    pub async fn until_offline_ready(&self) -> TestResult {
        self.until(
            "the service worker to control the page",
            "navigator.serviceWorker && navigator.serviceWorker.controller",
        )
        .await
    }

    /// The accessibility check: axe-core on the current page, failing on any WCAG 2.x A/AA
    /// violation, with the rule, the help text and the elements in the message.
    pub async fn assert_accessible(&self) -> TestResult {
        let axe_path = root().join("node_modules/axe-core/axe.min.js");
        let axe = std::fs::read_to_string(&axe_path)
            .map_err(|e| format!("{}: {e} (run make test)", axe_path.display()))?;
        self.driver.execute(axe, vec![]).await?;
        let result = self
            .eval_async(
                "axe.run(document, {runOnly: {type: 'tag', values: \
                 ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})\
                 .then(r => r.violations.map(v => `${v.id}: ${v.help} — ${v.nodes.map(n => n.target.join(' ')).join(', ')}`))",
            )
            .await?;
        match result.as_array() {
            Some(v) if v.is_empty() => Ok(()),
            Some(v) => Err(format!(
                "axe found {} WCAG violation(s):\n  {}",
                v.len(),
                v.iter()
                    .filter_map(|x| x.as_str())
                    .collect::<Vec<_>>()
                    .join("\n  ")
            )
            .into()),
            None => Err(format!("axe did not run: {result}").into()),
        }
    }
}

/// Finds an element by role and accessible name, the way assistive technology names it.
const FIND_BY_ROLE: &str = r#"
const [role, name] = arguments;
const selectors = {
  heading: 'h1,h2,h3,h4,h5,h6,[role=heading]', link: 'a[href],[role=link]',
  button: 'button,[role=button],input[type=button],input[type=submit]',
  radio: 'input[type=radio],[role=radio]', checkbox: 'input[type=checkbox],[role=checkbox]',
  textbox: 'input:not([type]),input[type=text],input[type=search],textarea,[role=textbox]',
};
const text = (n) => n.nodeType === 3 ? n.nodeValue
  : (n.nodeType !== 1 || n.getAttribute('aria-hidden') === 'true') ? ''
  : [...n.childNodes].map(text).join('');
const accName = (el) => el.getAttribute('aria-label')
  || (el.labels && el.labels.length ? [...el.labels].map(text).join(' ') : text(el));
const norm = (s) => s.replace(/\s+/g, ' ').trim();
return [...document.querySelectorAll(selectors[role] || `[role="${role}"]`)]
  .find((el) => norm(accName(el)) === name) || null;
"#;

/// Copies the folder `from` into `to` (made if missing), sub-folders and all.
pub fn copy_dir(from: &std::path::Path, to: &std::path::Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}

/// A private copy of the built app, for a scenario that changes it (a new release).
pub fn copy_of_dist(ctx: &Ctx) -> Result<std::path::PathBuf, String> {
    let to = std::env::temp_dir().join(format!(
        "jobbesoeg-dist-{}-{}",
        ctx.engine.name(),
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&to);
    copy_dir(&dist(), &to).map_err(|e| format!("copying dist: {e}"))?;
    Ok(to)
}

/// The built app under test: `$JOBBESOEG_DIST`, else the workspace's dist/.
pub fn dist() -> std::path::PathBuf {
    std::env::var("JOBBESOEG_DIST")
        .map(Into::into)
        .unwrap_or_else(|_| root().join("dist"))
}

/// `count` Danish words from a meeting in a fixed, irregular order (`seed`): text that
/// deflates little, to fill several QR codes.
pub fn meeting_words(count: usize, seed: u64) -> String {
    const WORDS: [&str; 28] = [
        "formanden",
        "giver",
        "ordet",
        "til",
        "Ali",
        "som",
        "viser",
        "tallene",
        "for",
        "kvartalet",
        "to",
        "nikker",
        "én",
        "kigger",
        "på",
        "telefonen",
        "budgettet",
        "vagtplanen",
        "hvem",
        "tager",
        "weekenden",
        "spørger",
        "Jonas",
        "stille",
        "pause",
        "latter",
        "Sara",
        "noterer",
    ];
    let mut state = seed | 1;
    let mut out = Vec::with_capacity(count);
    for _ in 0..count {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        out.push(WORDS[(state % WORDS.len() as u64) as usize]);
    }
    out.join(" ")
}
