//! `xtask`: the project's native build tools.
//!
//! - `postbuild [DIR]`  trunk's post_build hook: external bootstrap script, minified glue,
//!   file names from the final bytes, service-worker precache list. DIR defaults to
//!   `$TRUNK_STAGING_DIR`.
//! - `size [DIR]`       prints every first-load asset raw / gzip / brotli; warns over the aim,
//!   fails over the limit.
//! - `serve [DIR] [PORT]` serves DIR on 127.0.0.1 (PORT 0 picks a free one).

use std::path::PathBuf;
use std::process::ExitCode;

use xtask::{postbuild, serve, size};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let arg = |i: usize| args.get(i).map(String::as_str);
    let result = match arg(0) {
        Some("postbuild") => {
            let dir = arg(1)
                .map(PathBuf::from)
                .or_else(|| std::env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from));
            let public_url = std::env::var("TRUNK_PUBLIC_URL").unwrap_or_else(|_| "/".into());
            match dir {
                Some(dir) => postbuild::run(&dir, &public_url),
                None => Err("postbuild: no directory given and TRUNK_STAGING_DIR unset".into()),
            }
        }
        Some("size") => size::run(
            &PathBuf::from(arg(1).unwrap_or("dist")),
            &size::budget_file(),
        ),
        Some("serve") => {
            let dir = PathBuf::from(arg(1).unwrap_or("dist"));
            let port = arg(2).and_then(|p| p.parse().ok()).unwrap_or(8080);
            serve::run(&dir, port)
        }
        _ => Err("usage: xtask postbuild [DIR] | size [DIR] | serve [DIR] [PORT]".into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}
