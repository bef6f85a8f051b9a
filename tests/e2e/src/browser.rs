//! One engine's WebDriver server and browser session, each with a fresh profile.

use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::json;
use thirtyfour::prelude::*;
use thirtyfour::Capabilities;

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const FIREFOX: &str = "/usr/bin/firefox-esr";
const WEBKITDRIVER: &str = "/usr/bin/WebKitWebDriver";
const MINIBROWSER: &str = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    Chromium,
    Firefox,
    /// WebKitGTK: the engine of iOS Safari.
    WebKit,
}

fn geckodriver() -> Option<std::path::PathBuf> {
    let home = std::env::var_os("HOME").map(|h| Path::new(&h).join(".cargo/bin/geckodriver"));
    home.filter(|p| p.is_file()).or_else(|| {
        std::env::var_os("PATH")?
            .to_str()?
            .split(':')
            .map(|d| Path::new(d).join("geckodriver"))
            .find(|p| p.is_file())
    })
}

impl Engine {
    pub fn name(self) -> &'static str {
        match self {
            Engine::Chromium => "chromium",
            Engine::Firefox => "firefox",
            Engine::WebKit => "webkit",
        }
    }

    /// Why this engine cannot run here, if it cannot.
    pub fn available(self) -> Result<(), String> {
        let need = |p: &str| {
            if Path::new(p).is_file() {
                Ok(())
            } else {
                Err(format!("{p} is not installed"))
            }
        };
        match self {
            Engine::Chromium => need(CHROMIUM).and(need(CHROMEDRIVER)),
            Engine::Firefox => need(FIREFOX).and(
                geckodriver()
                    .map(|_| ())
                    .ok_or("geckodriver is not installed".into()),
            ),
            Engine::WebKit => {
                need(WEBKITDRIVER).and(need(MINIBROWSER))?;
                match std::env::var_os("DISPLAY") {
                    Some(_) => Ok(()),
                    None => Err("no X display: WebKitGTK's MiniBrowser has no headless mode (run under xvfb-run)".into()),
                }
            }
        }
    }

    fn driver_command(self, port: u16) -> Command {
        let mut cmd = match self {
            Engine::Chromium => Command::new(CHROMEDRIVER),
            Engine::Firefox => Command::new(geckodriver().unwrap_or_else(|| "geckodriver".into())),
            Engine::WebKit => Command::new(WEBKITDRIVER),
        };
        cmd.arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        cmd
    }

    /// `keep`: a profile kept from an earlier session to open again (Firefox otherwise
    /// gets a fresh one from geckodriver).
    /// `extra`: more command-line flags for Chromium (a fake camera).
    fn capabilities(self, profile: &Path, keep: bool, extra: &[String]) -> Capabilities {
        let mut caps = match self {
            Engine::Chromium => json!({
                "browserName": "chrome",
                "goog:chromeOptions": {
                    "binary": CHROMIUM,
                    "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                             "--no-first-run", "--disable-background-networking",
                             "--disable-component-update", "--disable-sync",
                             "--window-size=390,844",
                             format!("--user-data-dir={}", profile.display())]
                }
            }),
            Engine::Firefox => json!({
                "browserName": "firefox",
                "moz:firefoxOptions": {
                    "binary": FIREFOX,
                    "args": ["-headless", "--width=390", "--height=844"],
                    "prefs": {
                        "app.update.enabled": false,
                        "network.captive-portal-service.enabled": false,
                        "network.connectivity-service.enabled": false,
                        "browser.safebrowsing.malware.enabled": false,
                        "browser.safebrowsing.phishing.enabled": false,
                        "datareporting.policy.dataSubmissionEnabled": false,
                        "toolkit.telemetry.enabled": false,
                        "extensions.update.enabled": false
                    }
                }
            }),
            Engine::WebKit => json!({
                "browserName": "MiniBrowser",
                "webkitgtk:browserOptions": { "binary": MINIBROWSER, "args": ["--automation"] }
            }),
        };
        if let Some(args) = caps["goog:chromeOptions"]["args"].as_array_mut() {
            args.extend(extra.iter().map(|a| a.as_str().into()));
        }
        if keep && self == Engine::Firefox {
            if let Some(args) = caps["moz:firefoxOptions"]["args"].as_array_mut() {
                args.push("-profile".into());
                args.push(profile.display().to_string().into());
            }
        }
        match caps {
            serde_json::Value::Object(map) => map.into(),
            _ => Capabilities::new(),
        }
    }
}

/// A running driver process and its browser session.
pub struct Session {
    pub driver: WebDriver,
    driver_process: Child,
    profile: std::path::PathBuf,
    /// Kept when the session ends, to start again in it.
    keep_profile: bool,
}

fn free_port() -> std::io::Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

impl Session {
    /// A session with a fresh profile, deleted when the session ends.
    pub async fn start(engine: Engine) -> Result<Session, String> {
        Session::open(engine, None, &[]).await
    }

    /// A fresh Chromium with more flags, e.g. a fake camera playing a film.
    pub async fn start_with(engine: Engine, flags: &[String]) -> Result<Session, String> {
        Session::open(engine, None, flags).await
    }

    /// A session in `profile`, which is kept: a later session in it finds the same data.
    pub async fn start_in(engine: Engine, profile: &Path) -> Result<Session, String> {
        std::fs::create_dir_all(profile).map_err(|e| e.to_string())?;
        Session::open(engine, Some(profile), &[]).await
    }

    async fn open(
        engine: Engine,
        kept: Option<&Path>,
        extra: &[String],
    ) -> Result<Session, String> {
        let port = free_port().map_err(|e| e.to_string())?;
        let mut driver_process = engine
            .driver_command(port)
            .spawn()
            .map_err(|e| format!("driver: {e}"))?;
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            if Instant::now() > deadline {
                let _ = driver_process.kill();
                return Err("the WebDriver server did not start within 20 s".into());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let profile = kept.map(Path::to_path_buf).unwrap_or_else(|| {
            std::env::temp_dir().join(format!("jobbesoeg-e2e-{}-{port}", std::process::id()))
        });
        let caps = engine.capabilities(&profile, kept.is_some(), extra);
        match WebDriver::new(format!("http://127.0.0.1:{port}"), caps).await {
            Ok(driver) => {
                let _ = driver.set_script_timeout(Duration::from_secs(30)).await;
                Ok(Session {
                    driver,
                    driver_process,
                    profile,
                    keep_profile: kept.is_some(),
                })
            }
            Err(e) => {
                let _ = driver_process.kill();
                Err(format!("could not start a browser session: {e}"))
            }
        }
    }

    pub async fn quit(mut self) {
        let _ = self.driver.clone().quit().await;
        let _ = self.driver_process.kill();
        let _ = self.driver_process.wait();
        if !self.keep_profile {
            let _ = std::fs::remove_dir_all(&self.profile);
        }
    }

    /// Kills the browser with SIGKILL, as a phone's system ends an app: no unload, no
    /// clean shutdown. Every process started with this session's profile dies at once;
    /// then the driver. Returns how many browser processes were killed.
    pub fn kill(mut self) -> usize {
        // No goodbye to a dead browser: thirtyfour would otherwise try to end the session
        // when the last handle is dropped, and block until its HTTP timeout.
        let _ = self.driver.clone().leak();
        let profile = self.profile.display().to_string();
        let pids: Vec<String> = std::fs::read_dir("/proc")
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|entry| {
                let pid = entry.file_name().to_str()?.parse::<u32>().ok()?;
                let cmdline = std::fs::read(entry.path().join("cmdline")).ok()?;
                let cmdline = String::from_utf8_lossy(&cmdline).replace('\0', " ");
                let is_driver = pid == self.driver_process.id();
                (cmdline.contains(&profile) && !is_driver).then(|| pid.to_string())
            })
            .collect();
        if !pids.is_empty() {
            // The shell's own `kill`: no procps needed on a fresh machine.
            let _ = Command::new("sh")
                .arg("-c")
                .arg(format!("kill -KILL {}", pids.join(" ")))
                .status();
        }
        let _ = self.driver_process.kill();
        let _ = self.driver_process.wait();
        pids.len()
    }
}
