//! A small static server for the built app on 127.0.0.1 only. It answers like a plain
//! static host would: files by path, `index.html` for app routes, 404 for missing files.
//! It prints `listening on http://127.0.0.1:PORT` once ready, so a test can wait for it.
//!
//! With `SERVE_BROTLI=1` (the benchmarks and Lighthouse) it answers a browser that
//! accepts brotli as a static host with precompressed files does: the body at brotli
//! quality 11, compressed once per file and kept. The tests get the plain bytes.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use crate::Result;

pub fn run(dir: &Path, port: u16) -> Result<()> {
    let root = dir
        .canonicalize()
        .map_err(|e| format!("{}: {e}", dir.display()))?;
    let listener =
        TcpListener::bind(("127.0.0.1", port)).map_err(|e| format!("port {port}: {e}"))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    println!("listening on http://{addr}");
    std::io::stdout().flush().map_err(|e| e.to_string())?;
    let brotli = std::env::var("SERVE_BROTLI").is_ok_and(|v| v == "1");
    let compressed: Compressed = Arc::default();
    for stream in listener.incoming().flatten() {
        let root = root.clone();
        let compressed = brotli.then(|| compressed.clone());
        std::thread::spawn(move || {
            // A broken connection concerns only that request.
            let _ = handle(stream, &root, compressed.as_ref());
        });
    }
    Ok(())
}

/// Each file's brotli body, by path, once compressed.
type Compressed = Arc<Mutex<HashMap<String, Arc<Vec<u8>>>>>;

fn handle(
    mut stream: TcpStream,
    root: &Path,
    compressed: Option<&Compressed>,
) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // Read the headers: only whether the browser accepts brotli matters here.
    let mut accepts_brotli = false;
    let mut line = String::new();
    while reader.read_line(&mut line)? > 2 {
        let lower = line.to_ascii_lowercase();
        if let Some(value) = lower.strip_prefix("accept-encoding:") {
            accepts_brotli = value.split(',').any(|e| e.trim().starts_with("br"));
        }
        line.clear();
    }
    let mut parts = request_line.split_whitespace();
    let method = parts.next().unwrap_or("");
    let target = parts.next().unwrap_or("/");
    let (status, content_type, cache, body) = match method {
        "GET" | "HEAD" => respond(root, target),
        _ => (
            "405 Method Not Allowed",
            "text/plain",
            "no-store",
            b"405".to_vec(),
        ),
    };
    let (body, encoding) = match compressed {
        Some(compressed) if accepts_brotli && status.starts_with("200") => {
            let key = target.split(['?', '#']).next().unwrap_or("/").to_string();
            let cached = compressed.lock().ok().and_then(|c| c.get(&key).cloned());
            let br = cached.or_else(|| {
                let br = Arc::new(brotli_of(&body)?);
                if let Ok(mut c) = compressed.lock() {
                    c.insert(key, br.clone());
                }
                Some(br)
            });
            match br {
                Some(br) => (
                    br.to_vec(),
                    "Content-Encoding: br\r\nVary: Accept-Encoding\r\n",
                ),
                None => (body, ""),
            }
        }
        _ => (body, ""),
    };
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\
         {encoding}Cache-Control: {cache}\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes())?;
    if method != "HEAD" {
        stream.write_all(&body)?;
    }
    stream.flush()
}

/// `body` at brotli quality 11, as a static host precompresses it.
fn brotli_of(body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &body[..], &mut out, &params).ok()?;
    Some(out)
}

/// Status, content type, cache policy and body for a request target.
pub fn respond(root: &Path, target: &str) -> (&'static str, &'static str, &'static str, Vec<u8>) {
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let Some(file) = resolve(root, path) else {
        return (
            "404 Not Found",
            "text/plain; charset=utf-8",
            "no-store",
            b"404".to_vec(),
        );
    };
    match std::fs::read(&file) {
        Ok(body) => {
            let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("");
            // A file named after its bytes never changes: kept for a year. Every other
            // file (the page, the service worker, wasm-bindgen's snippets, the workers'
            // scripts) may change under its name and is checked each time: WebKit kept
            // a year-old snippet in memory across an update, and the new version did
            // not start.
            let cache = if is_hashed(name) {
                "public, max-age=31536000, immutable"
            } else {
                "no-cache"
            };
            ("200 OK", content_type(name), cache, body)
        }
        Err(_) => (
            "404 Not Found",
            "text/plain; charset=utf-8",
            "no-store",
            b"404".to_vec(),
        ),
    }
}

/// Whether a file name carries the hash of its bytes, as the build names them:
/// `jobbesoeg-0123456789abcdef.js`, `…_bg.wasm`, `main-….css`, `boot-….js`.
fn is_hashed(name: &str) -> bool {
    let stem = name.split('.').next().unwrap_or("");
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-').is_some_and(|(_, hash)| {
        (8..=16).contains(&hash.len()) && hash.bytes().all(|b| b.is_ascii_hexdigit())
    })
}

/// The file for a URL path: never outside `root`; app routes (no extension) get index.html.
fn resolve(root: &Path, path: &str) -> Option<PathBuf> {
    let mut file = root.to_path_buf();
    for seg in path.split('/').filter(|s| !s.is_empty()) {
        if seg == ".." || seg == "." || seg.contains('\\') || seg.contains('%') {
            return None;
        }
        file.push(seg);
    }
    if file.is_file() {
        return Some(file);
    }
    let last = path.rsplit('/').next().unwrap_or("");
    (!last.contains('.')).then(|| root.join("index.html"))
}

fn content_type(name: &str) -> &'static str {
    match name.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "webmanifest" => "application/manifest+json",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A site of its own per test: tests run in parallel, and a shared one raced.
    fn site(test: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("xtask-serve-{}-{test}", std::process::id()));
        std::fs::create_dir_all(dir.join("icons")).unwrap();
        std::fs::write(dir.join("index.html"), "<html>").unwrap();
        std::fs::write(dir.join("app_bg.wasm"), b"\0asm").unwrap();
        std::fs::write(dir.join("icons/i.png"), b"png").unwrap();
        dir
    }

    #[test]
    fn a_brotli_body_decompresses_to_the_file() {
        let file: Vec<u8> = (0..50_000u32)
            .flat_map(|n| (n % 251).to_le_bytes())
            .collect();
        let br = brotli_of(&file).unwrap();
        assert!(br.len() < file.len() / 4);
        let mut back = Vec::new();
        brotli::BrotliDecompress(&mut &br[..], &mut back).unwrap();
        assert_eq!(back, file);
    }

    #[test]
    fn files_are_served_with_their_type() {
        let root = site("types");
        let (status, ty, _, body) = respond(&root, "/app_bg.wasm");
        assert_eq!(
            (status, ty, body.as_slice()),
            ("200 OK", "application/wasm", &b"\0asm"[..])
        );
        assert_eq!(respond(&root, "/icons/i.png?v=1").1, "image/png");
    }

    #[test]
    fn app_routes_get_the_page_and_missing_files_404() {
        let root = site("routes");
        assert_eq!(respond(&root, "/indstillinger").3, b"<html>");
        assert_eq!(respond(&root, "/missing.js").0, "404 Not Found");
    }

    #[test]
    fn only_files_named_after_their_bytes_are_kept_for_a_year() {
        for hashed in [
            "jobbesoeg-0123456789abcdef.js",
            "jobbesoeg-0123456789abcdef_bg.wasm",
            "main-c30172c560fc2cfa.css",
            "boot-9a527faf.js",
        ] {
            assert!(is_hashed(hashed), "{hashed}");
        }
        for changing in [
            "index.html",
            "sw.js",
            "exchange.js",
            "worker_bg.wasm",
            "worker_loader.js",
            "writer.js",
            "share.js",
            "manifest.webmanifest",
            "icon-192.png",
        ] {
            assert!(!is_hashed(changing), "{changing}");
        }
    }

    #[test]
    fn nothing_outside_the_root_is_served() {
        let root = site("outside");
        assert_eq!(respond(&root, "/../etc/passwd").0, "404 Not Found");
        assert_eq!(respond(&root, "/%2e%2e/x.txt").0, "404 Not Found");
    }
}
