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

    fn capabilities(self, profile: &Path) -> Capabilities {
        let caps = match self {
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
}

fn free_port() -> std::io::Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

impl Session {
    pub async fn start(engine: Engine) -> Result<Session, String> {
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
        let profile =
            std::env::temp_dir().join(format!("jobbesoeg-e2e-{}-{port}", std::process::id()));
        let caps = engine.capabilities(&profile);
        match WebDriver::new(format!("http://127.0.0.1:{port}"), caps).await {
            Ok(driver) => {
                let _ = driver.set_script_timeout(Duration::from_secs(30)).await;
                Ok(Session {
                    driver,
                    driver_process,
                    profile,
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
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}
