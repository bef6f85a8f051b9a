//! The static server as a real child process (`xtask serve`), so a test can stop it the
//! way a network goes away: the process is gone and the port refuses connections.

use std::io::{BufRead, BufReader};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

#[derive(Clone)]
pub struct Server {
    child: Arc<Mutex<Option<Child>>>,
    addr: SocketAddr,
}

impl Server {
    /// Starts `xtask serve DIST 0` and waits for the address it prints.
    pub fn start(dist: &Path) -> Result<Server, String> {
        if !dist.join("index.html").is_file() {
            return Err(format!(
                "{} has no index.html: build first (make test does)",
                dist.display()
            ));
        }
        let xtask = crate::root().join("target/tools/xtask");
        let mut child = Command::new(&xtask)
            .args(["serve", &dist.to_string_lossy(), "0"])
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .map_err(|e| {
                format!(
                    "{}: {e} (build it: cargo build --profile tools -p xtask)",
                    xtask.display()
                )
            })?;
        let stdout = child.stdout.take().ok_or("no stdout from the server")?;
        let mut line = String::new();
        BufReader::new(stdout)
            .read_line(&mut line)
            .map_err(|e| e.to_string())?;
        let addr = line
            .trim()
            .strip_prefix("listening on http://")
            .and_then(|a| a.parse().ok())
            .ok_or_else(|| format!("unexpected server output: {line:?}"))?;
        Ok(Server {
            child: Arc::new(Mutex::new(Some(child))),
            addr,
        })
    }

    pub fn base(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Kills the server process and waits until its port refuses connections.
    pub fn stop(&self) {
        let mut guard = self.child.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(mut child) = guard.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// True when nothing answers on the server's port any more.
    pub fn is_down(&self) -> bool {
        TcpStream::connect_timeout(&self.addr, Duration::from_millis(500)).is_err()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        // Only the last handle stops it; scenario clones come and go.
        if Arc::strong_count(&self.child) == 1 {
            self.stop();
        }
    }
}
