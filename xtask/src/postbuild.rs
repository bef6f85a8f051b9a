//! Trunk's post_build hook. Makes `trunk build --release` alone produce a deployable dist:
//! - moves trunk's inline bootstrap `<script type="module">` into a hashed file, so the
//!   Content-Security-Policy can say `script-src 'self'` with no inline exception;
//! - drops from wasm-bindgen's JavaScript glue the exported classes whose wasm exports
//!   index.html's wasm-opt params removed (wasm-streams' `IntoUnderlying*`, which leptos
//!   pulls in through server_fn and the app never uses: −0.3 KB brotli of the glue);
//! - renames the wasm's imports to short names (a, b, …) in the wasm and the glue:
//!   wasm-bindgen's carry a 16-digit hash each, which compresses badly (−4.7 KB brotli);
//!   updates the wasm's `integrity` in index.html;
//! - minifies the glue with esbuild (trunk leaves it as written: −1.7 KB brotli of the
//!   first load) and updates its `integrity` hash in index.html;
//! - fills the service worker's precache list and cache version from the built files.

use std::fs;
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::{files_below, Result};

const SW_FILE: &str = "sw.js";
const PRECACHE_MARK: &str = "self.__PRECACHE__";
const VERSION_MARK: &str = "__VERSION__";

pub fn run(dir: &Path, public_url: &str) -> Result<()> {
    let index_path = dir.join("index.html");
    let html = fs::read_to_string(&index_path).map_err(|e| format!("index.html: {e}"))?;
    let (mut html, scripts) = externalise_inline_scripts(&html, public_url);
    // trunk names them `<stem>_bg.wasm` and `<stem>.js`. The page's own wasm is the one
    // index.html names (the worker's is loaded by the worker and left as trunk made it).
    let wasm = files_below(dir)?
        .into_iter()
        .find(|f| f.ends_with("_bg.wasm") && html.contains(&format!("{public_url}{f}")));
    let mut glue_of_wasm = None;
    if let Some(wasm) = &wasm {
        let bytes = fs::read(dir.join(wasm)).map_err(|e| format!("{wasm}: {e}"))?;
        let exports = wasm_exports(&bytes).map_err(|e| format!("{wasm}: {e}"))?;
        let (bytes, renames) = minify_import_names(&bytes).map_err(|e| format!("{wasm}: {e}"))?;
        fs::write(dir.join(wasm), &bytes).map_err(|e| format!("{wasm}: {e}"))?;
        html = set_integrity(&html, &format!("{public_url}{wasm}"), &sri_sha384(&bytes));
        let glue = format!("{}.js", wasm.trim_end_matches("_bg.wasm"));
        glue_of_wasm = Some((glue, exports, renames));
    }
    for name in files_below(dir)? {
        let is_glue = name.ends_with(".js") && html.contains(&format!("{public_url}{name}"));
        if is_glue && !scripts.iter().any(|(s, _)| *s == name) {
            let path = dir.join(&name);
            if let Some((_, exports, renames)) = glue_of_wasm.as_ref().filter(|g| g.0 == name) {
                let glue = fs::read_to_string(&path).map_err(|e| format!("{name}: {e}"))?;
                let glue = drop_classes_without_exports(&glue, exports)
                    .and_then(|glue| rename_imports(&glue, renames))
                    .map_err(|e| format!("{name}: {e}"))?;
                fs::write(&path, glue).map_err(|e| format!("{name}: {e}"))?;
            }
            minify_js(&path)?;
            let bytes = fs::read(&path).map_err(|e| format!("{name}: {e}"))?;
            html = set_integrity(&html, &format!("{public_url}{name}"), &sri_sha384(&bytes));
        }
    }
    // The app's own small scripts, written with comments for people: the snippets the
    // glue imports (modules) and the IndexedDB writer worker (a classic script).
    for name in files_below(dir)? {
        if name.starts_with("snippets/") && name.ends_with(".js") {
            let path = dir.join(&name);
            minify_js(&path)?;
            // index.html preloads them with their hash.
            let bytes = fs::read(&path).map_err(|e| format!("{name}: {e}"))?;
            html = set_integrity(&html, &format!("{public_url}{name}"), &sri_sha384(&bytes));
        } else if name == "exchange.js" {
            minify_js(&dir.join(&name))?;
        } else if name == "writer.js" {
            minify_script(&dir.join(&name))?;
        }
    }
    for (name, body) in &scripts {
        fs::write(dir.join(name), body).map_err(|e| format!("{name}: {e}"))?;
    }
    fs::write(&index_path, html).map_err(|e| format!("index.html: {e}"))?;

    let sw_path = dir.join(SW_FILE);
    let sw = fs::read_to_string(&sw_path).map_err(|e| format!("{SW_FILE}: {e}"))?;
    let files: Vec<String> = files_below(dir)?
        .into_iter()
        .filter(|f| f != SW_FILE)
        .collect();
    let mut contents = Vec::with_capacity(files.len());
    for f in &files {
        contents.push((
            f.clone(),
            fs::read(dir.join(f)).map_err(|e| format!("{f}: {e}"))?,
        ));
    }
    let sw = fill_service_worker(&sw, public_url, &contents)?;
    fs::write(&sw_path, sw).map_err(|e| format!("{SW_FILE}: {e}"))?;
    // Part of the first load: its comments are for people reading public/sw.js.
    minify_script(&sw_path)?;
    println!(
        "postbuild: {} files precached, {} inline script(s) moved out",
        files.len(),
        scripts.len()
    );
    Ok(())
}

/// Minifies an ES module in place with esbuild (npm's, on PATH through scripts/env.sh).
fn minify_js(path: &Path) -> Result<()> {
    // Drops what the removed classes alone used (e.g. a ReadableStreamType table).
    esbuild(path, &["--format=esm", "--tree-shaking=true"])
}

/// Minifies a classic script (a worker's) in place, its top level kept as it is.
fn minify_script(path: &Path) -> Result<()> {
    esbuild(path, &[])
}

fn esbuild(path: &Path, options: &[&str]) -> Result<()> {
    let status = std::process::Command::new("esbuild")
        .arg(path)
        .args(options)
        .args([
            "--minify",
            "--target=es2020",
            "--allow-overwrite",
            "--log-level=warning",
        ])
        .arg(format!("--outfile={}", path.display()))
        .status()
        .map_err(|e| format!("esbuild (run scripts/setup.sh): {e}"))?;
    if !status.success() {
        return Err(format!("esbuild failed on {}", path.display()));
    }
    Ok(())
}

/// Reads an unsigned LEB128 number at `at`, moving `at` past it.
fn uleb(b: &[u8], at: &mut usize) -> Result<usize> {
    let (mut n, mut shift) = (0usize, 0);
    loop {
        let byte = *b.get(*at).ok_or("truncated wasm")?;
        *at += 1;
        n |= ((byte & 0x7f) as usize) << shift;
        if byte & 0x80 == 0 {
            return Ok(n);
        }
        shift += 7;
        if shift > 28 {
            return Err("bad LEB128 in wasm".into());
        }
    }
}

fn push_uleb(out: &mut Vec<u8>, mut n: usize) {
    loop {
        let byte = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// A wasm module's sections: (id, section start, payload start, end).
fn sections(wasm: &[u8]) -> Result<Vec<(u8, usize, usize, usize)>> {
    if wasm.get(..4) != Some(b"\0asm") || wasm.len() < 8 {
        return Err("not a wasm module".into());
    }
    let mut out = Vec::new();
    let mut at = 8;
    while at < wasm.len() {
        let (id, header) = (wasm[at], at);
        at += 1;
        let size = uleb(wasm, &mut at)?;
        if at + size > wasm.len() {
            return Err("truncated wasm".into());
        }
        out.push((id, header, at, at + size));
        at += size;
    }
    Ok(out)
}

/// A length-prefixed name at `at`, moving `at` past it.
fn name_at<'a>(b: &'a [u8], at: &mut usize) -> Result<&'a [u8]> {
    let len = uleb(b, at)?;
    let name = b.get(*at..*at + len).ok_or("truncated wasm")?;
    *at += len;
    Ok(name)
}

/// The export names of a wasm module (its export section, id 7).
pub fn wasm_exports(wasm: &[u8]) -> Result<Vec<String>> {
    let mut names = Vec::new();
    for (id, _, start, _) in sections(wasm)? {
        if id == 7 {
            let mut at = start;
            for _ in 0..uleb(wasm, &mut at)? {
                names.push(String::from_utf8_lossy(name_at(wasm, &mut at)?).into_owned());
                at += 1; // the export's kind
                uleb(wasm, &mut at)?; // its index
            }
        }
    }
    Ok(names)
}

/// The `n`th short name: a, b, …, Z, ba, bb, … (letters only: a plain JS property key).
fn short_name(mut n: usize) -> String {
    const LETTERS: &[u8; 52] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut out = vec![LETTERS[n % 52]];
    n /= 52;
    while n > 0 {
        out.push(LETTERS[n % 52]);
        n /= 52;
    }
    String::from_utf8(out).expect("ASCII")
}

/// (old name, new name) of each renamed import.
pub type Renames = Vec<(String, String)>;

/// Renames the module's function imports to short names (wasm-bindgen's carry a hash:
/// `__wbg_matchMedia_b53687d22ec43649`; their glue says which to rename how). Returns
/// the new module and the (old, new) names; everything but the import names is kept.
pub fn minify_import_names(wasm: &[u8]) -> Result<(Vec<u8>, Renames)> {
    let mut out = wasm[..8].to_vec();
    let mut renames = Vec::new();
    let mut copied = 8;
    for (id, header, start, end) in sections(wasm)? {
        if id != 2 {
            continue;
        }
        let mut at = start;
        let count = uleb(wasm, &mut at)?;
        let mut body = Vec::new();
        push_uleb(&mut body, count);
        for n in 0..count {
            let module = name_at(wasm, &mut at)?;
            let old = String::from_utf8_lossy(name_at(wasm, &mut at)?).into_owned();
            if wasm.get(at) != Some(&0) {
                return Err(format!("import {old} is not a function"));
            }
            let descriptor_start = at;
            at += 1;
            uleb(wasm, &mut at)?; // its type
                                  // A snippet's function that needs no conversion is imported straight from its
                                  // JS module under its own (short, hashless) name: it keeps that name.
            let new = if module.starts_with(b"./snippets/") {
                old.clone()
            } else {
                short_name(n)
            };
            push_uleb(&mut body, module.len());
            body.extend(module);
            push_uleb(&mut body, new.len());
            body.extend(new.as_bytes());
            body.extend(&wasm[descriptor_start..at]);
            if new != old {
                renames.push((old, new));
            }
        }
        if at != end {
            return Err("unexpected bytes after the imports".into());
        }
        out.extend(&wasm[copied..header]);
        out.push(2);
        push_uleb(&mut out, body.len());
        out.extend(body);
        copied = end;
    }
    out.extend(&wasm[copied..]);
    Ok((out, renames))
}

/// Renames the imports in wasm-bindgen's glue, where each import name is a key of the
/// imports object and appears exactly once (checked: anything else is an error).
pub fn rename_imports(glue: &str, renames: &[(String, String)]) -> Result<String> {
    let is_ident = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    let mut out = glue.to_string();
    for (old, new) in renames {
        let found: Vec<usize> = out
            .match_indices(old.as_str())
            .map(|(i, _)| i)
            .filter(|&i| {
                !out[..i].ends_with(is_ident) && !out[i + old.len()..].starts_with(is_ident)
            })
            .collect();
        match found[..] {
            [at] => out.replace_range(at..at + old.len(), new),
            _ => {
                return Err(format!(
                    "import {old} appears {} times in the glue, not once",
                    found.len()
                ))
            }
        }
    }
    Ok(out)
}

/// Removes from wasm-bindgen's (unminified) glue each `export class` that calls a wasm
/// export the module no longer has, with its `Symbol.dispose` line and its
/// FinalizationRegistry. Fails if anything left still calls a missing export.
pub fn drop_classes_without_exports(glue: &str, exports: &[String]) -> Result<String> {
    let missing = |js: &str| -> Option<String> {
        js.match_indices("wasm.").find_map(|(i, _)| {
            let name: String = js[i + 5..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '$')
                .collect();
            let preceded = js[..i]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.');
            (!preceded && !name.is_empty() && !exports.contains(&name)).then_some(name)
        })
    };
    let mut out = glue.to_string();
    let mut from = 0;
    while let Some(start) = out[from..].find("export class ").map(|i| from + i) {
        let class: String = out[start + "export class ".len()..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '$')
            .collect();
        let Some(end) = out[start..].find("\n}\n").map(|i| start + i + 3) else {
            return Err(format!("class {class}: no closing brace at the line start"));
        };
        if missing(&out[start..end]).is_none() {
            from = end;
            continue;
        }
        out.replace_range(start..end, "");
        let dispose = format!(
            "if (Symbol.dispose) {class}.prototype[Symbol.dispose] = {class}.prototype.free;\n"
        );
        out = out.replacen(&dispose, "", 1);
        let registry = format!("const {class}Finalization = ");
        if let Some(at) = out.find(&registry) {
            let end = out[at..].find(";\n").map_or(out.len(), |i| at + i + 2);
            out.replace_range(at..end, "");
        }
        if out.contains(&class) {
            return Err(format!("class {class} is still named after its removal"));
        }
        from = start;
    }
    match missing(&out) {
        Some(name) => Err(format!(
            "the glue calls wasm.{name}, which the wasm does not export"
        )),
        None => Ok(out),
    }
}

/// A Subresource Integrity value: `sha384-<base64>`.
pub fn sri_sha384(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let digest = sha2::Sha384::digest(bytes);
    let mut out = String::from("sha384-");
    for chunk in digest.chunks(3) {
        let n = chunk.iter().fold(0u32, |n, b| n << 8 | *b as u32) << (8 * (3 - chunk.len()));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ABC[(n >> (18 - 6 * i)) as usize & 63] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Sets the `integrity` attribute of the tag whose `href` is `href`.
pub fn set_integrity(html: &str, href: &str, integrity: &str) -> String {
    let Some(at) = html.find(href) else {
        return html.to_string();
    };
    let tag_start = html[..at].rfind('<').unwrap_or(0);
    let tag_end = at + html[at..].find('>').unwrap_or(html.len() - at);
    let tag = &html[tag_start..tag_end];
    let Some(attr) = tag.find("integrity=") else {
        return html.to_string();
    };
    let value_start = tag_start + attr + "integrity=".len();
    let rest = &html[value_start..tag_end];
    let (quote, value_len) = match rest.chars().next() {
        Some(q @ ('"' | '\'')) => (Some(q), rest[1..].find(q).map_or(rest.len(), |n| n + 2)),
        _ => (None, rest.find([' ', '>']).unwrap_or(rest.len())),
    };
    let value = match quote {
        Some(q) => format!("{q}{integrity}{q}"),
        None => integrity.to_string(),
    };
    format!(
        "{}{value}{}",
        &html[..value_start],
        &html[value_start + value_len..]
    )
}

/// First 16 hex digits of SHA-256: enough to tell builds apart.
fn short_hash(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Replaces each inline `<script …>body</script>` with one that loads `boot-<hash>.js`.
/// Returns the new HTML and the files to write.
pub fn externalise_inline_scripts(html: &str, public_url: &str) -> (String, Vec<(String, String)>) {
    let mut out = String::with_capacity(html.len());
    let mut files = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let Some(tag_end) = rest[start..].find('>').map(|i| start + i) else {
            break;
        };
        let Some(close) = rest[tag_end..].find("</script>").map(|i| tag_end + i) else {
            break;
        };
        let open_tag = &rest[start..=tag_end];
        let body = &rest[tag_end + 1..close];
        out.push_str(&rest[..start]);
        if open_tag.contains("src=") || body.trim().is_empty() {
            out.push_str(&rest[start..close + "</script>".len()]);
        } else {
            let name = format!("boot-{}.js", short_hash(body.as_bytes()));
            // Trunk's minifier writes `type=module` without quotes.
            let bare = open_tag.replace(['"', '\''], "");
            let module = if bare.contains("type=module") {
                " type=\"module\""
            } else {
                ""
            };
            out.push_str(&format!(
                "<script{module} src=\"{public_url}{name}\"></script>"
            ));
            files.push((name, body.trim().to_string() + "\n"));
        }
        rest = &rest[close + "</script>".len()..];
    }
    out.push_str(rest);
    (out, files)
}

/// Puts the precache list (every built file but the worker) and a version derived from
/// the files' contents into the worker, so each release gets its own cache.
pub fn fill_service_worker(
    sw: &str,
    public_url: &str,
    files: &[(String, Vec<u8>)],
) -> Result<String> {
    if !sw.contains(PRECACHE_MARK) || !sw.contains(VERSION_MARK) {
        return Err(format!("{SW_FILE} lacks {PRECACHE_MARK} or {VERSION_MARK}"));
    }
    let mut hasher = Sha256::new();
    let mut urls = Vec::with_capacity(files.len());
    for (path, bytes) in files {
        hasher.update(path.as_bytes());
        hasher.update([0]);
        hasher.update(short_hash(bytes).as_bytes());
        urls.push(format!("\"{public_url}{path}\""));
    }
    let version: String = hasher
        .finalize()
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect();
    Ok(sw
        .replace(PRECACHE_MARK, &format!("[{}]", urls.join(", ")))
        .replace(VERSION_MARK, &version))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK_HTML: &str = r#"<html><head><link rel="modulepreload" href="/app-1.js"><script type="module">
import init, * as bindings from '/app-1.js';
const wasm = await init({ module_or_path: '/app-1_bg.wasm' });
</script></head><body><script src="/keep.js"></script></body></html>"#;

    #[test]
    fn the_inline_bootstrap_moves_to_a_hashed_module_file() {
        let (html, files) = externalise_inline_scripts(TRUNK_HTML, "/");
        assert_eq!(files.len(), 1);
        let (name, body) = &files[0];
        assert!(name.starts_with("boot-") && name.ends_with(".js"), "{name}");
        assert!(body.starts_with("import init"));
        assert!(html.contains(&format!(
            "<script type=\"module\" src=\"/{name}\"></script>"
        )));
        assert!(
            !html.contains("import init"),
            "the inline code must be gone: {html}"
        );
    }

    #[test]
    fn a_minified_module_script_stays_a_module() {
        let (html, files) =
            externalise_inline_scripts("<script type=module>import x from '/a.js';</script>", "/");
        assert_eq!(
            html,
            format!("<script type=\"module\" src=\"/{}\"></script>", files[0].0)
        );
    }

    #[test]
    fn scripts_with_a_src_are_left_alone() {
        let (html, _) = externalise_inline_scripts(TRUNK_HTML, "/");
        assert!(html.contains(r#"<script src="/keep.js"></script>"#));
    }

    #[test]
    fn the_same_script_always_gets_the_same_name() {
        let (_, a) = externalise_inline_scripts(TRUNK_HTML, "/");
        let (_, b) = externalise_inline_scripts(TRUNK_HTML, "/");
        assert_eq!(a, b);
    }

    #[test]
    fn sri_values_match_known_digests() {
        // `printf abc | openssl dgst -sha384 -binary | base64`
        assert_eq!(
            sri_sha384(b"abc"),
            "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn"
        );
    }

    #[test]
    fn the_integrity_of_the_named_file_is_replaced_quoted_or_not() {
        let html = "<link href=/a.js integrity=sha384-OLD rel=modulepreload>\
                    <link href=/b.js integrity=\"sha384-KEEP\">";
        let out = set_integrity(html, "/a.js", "sha384-NEW");
        assert_eq!(
            out,
            "<link href=/a.js integrity=sha384-NEW rel=modulepreload>\
             <link href=/b.js integrity=\"sha384-KEEP\">"
        );
        let quoted = set_integrity(&out, "/b.js", "sha384-X");
        assert!(
            quoted.ends_with("<link href=/b.js integrity=\"sha384-X\">"),
            "{quoted}"
        );
    }

    /// A wasm module with one function and the given exports (of function 0).
    fn module_exporting(names: &[&str]) -> Vec<u8> {
        let mut exports = vec![names.len() as u8];
        for n in names {
            exports.push(n.len() as u8);
            exports.extend(n.as_bytes());
            exports.extend([0, 0]);
        }
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        wasm.extend([1, 4, 1, 0x60, 0, 0]); // type: () -> ()
        wasm.extend([3, 2, 1, 0]); // function 0 has type 0
        wasm.push(7);
        wasm.push(exports.len() as u8);
        wasm.extend(exports);
        wasm.extend([10, 4, 1, 2, 0, 0x0b]); // its body: end
        wasm
    }

    #[test]
    fn the_export_names_are_read_from_the_module() {
        let wasm = module_exporting(&["main", "__wbindgen_start"]);
        assert_eq!(wasm_exports(&wasm).unwrap(), ["main", "__wbindgen_start"]);
        assert!(wasm_exports(b"<html>").is_err());
    }

    /// A wasm module that imports the given functions from `./m_bg.js` and exports `main`.
    fn module_importing(names: &[&str]) -> Vec<u8> {
        let mut imports = vec![names.len() as u8];
        for n in names {
            imports.push(b"./m_bg.js".len() as u8);
            imports.extend(b"./m_bg.js");
            imports.push(n.len() as u8);
            imports.extend(n.as_bytes());
            imports.extend([0, 0]); // a function of type 0
        }
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        wasm.extend([1, 4, 1, 0x60, 0, 0]);
        wasm.push(2);
        wasm.push(imports.len() as u8);
        wasm.extend(imports);
        wasm.extend([3, 2, 1, 0]);
        let f = names.len() as u8; // the module's own function comes after the imports
        wasm.extend([7, 8, 1, 4, b'm', b'a', b'i', b'n', 0, f]);
        wasm.extend([10, 4, 1, 2, 0, 0x0b]);
        wasm
    }

    #[test]
    fn imports_get_short_names_and_the_rest_of_the_module_stays() {
        let wasm = module_importing(&["__wbg_now_0123456789abcdef", "__wbg_log_fedcba9876543210"]);
        let (out, renames) = minify_import_names(&wasm).unwrap();
        assert_eq!(
            renames,
            [
                ("__wbg_now_0123456789abcdef".into(), "a".into()),
                ("__wbg_log_fedcba9876543210".into(), "b".into())
            ]
        );
        assert_eq!(out, module_importing(&["a", "b"]));
        assert_eq!(wasm_exports(&out).unwrap(), ["main"]);
    }

    #[test]
    fn short_names_are_letters_and_distinct() {
        let names: Vec<String> = (0..3000).map(short_name).collect();
        assert_eq!(&names[..3], ["a", "b", "c"]);
        assert_eq!(names[52], "ab");
        let distinct: std::collections::HashSet<_> = names.iter().collect();
        assert_eq!(distinct.len(), names.len());
        assert!(names
            .iter()
            .all(|n| n.chars().all(|c| c.is_ascii_alphabetic())));
    }

    #[test]
    fn the_glue_gets_the_same_renames() {
        let glue = "const import0 = {\n    __wbg_now_1: function() {},\n    __wbg_now_12: function() {},\n};";
        let renames = [
            ("__wbg_now_1".to_string(), "a".to_string()),
            ("__wbg_now_12".to_string(), "b".to_string()),
        ];
        assert_eq!(
            rename_imports(glue, &renames).unwrap(),
            "const import0 = {\n    a: function() {},\n    b: function() {},\n};"
        );
    }

    #[test]
    fn an_import_missing_from_the_glue_or_named_twice_is_an_error() {
        let renames = [("__wbg_x_1".to_string(), "a".to_string())];
        assert!(rename_imports("{ __wbg_y_1: f }", &renames).is_err());
        assert!(rename_imports("{ __wbg_x_1: f, g: __wbg_x_1 }", &renames).is_err());
    }

    const GLUE: &str = "export class Gone {
    free() {
        const ptr = this.__destroy_into_raw();
        wasm.__wbg_gone_free(ptr, 0);
    }
}
if (Symbol.dispose) Gone.prototype[Symbol.dispose] = Gone.prototype.free;

export class Kept {
    free() {
        wasm.__wbg_kept_free(this.__wbg_ptr, 0);
    }
}
function f() {
    wasm.__wbindgen_start();
}
const GoneFinalization = (typeof FinalizationRegistry === 'undefined')
    ? { register: () => {}, unregister: () => {} }
    : new FinalizationRegistry(ptr => wasm.__wbg_gone_free(ptr, 1));
const KeptFinalization = 1;
export { initSync, __wbg_init as default };
";

    #[test]
    fn a_class_whose_wasm_exports_are_gone_is_dropped_whole() {
        let exports = [
            "__wbg_kept_free".to_string(),
            "__wbindgen_start".to_string(),
        ];
        let out = drop_classes_without_exports(GLUE, &exports).unwrap();
        assert!(!out.contains("Gone"), "{out}");
        assert!(out.starts_with("\nexport class Kept {"), "{out}");
        assert!(out.contains("const KeptFinalization = 1;\n"), "{out}");
        assert!(out.contains("wasm.__wbindgen_start();"), "{out}");
    }

    #[test]
    fn with_every_export_present_the_glue_is_unchanged() {
        let exports: Vec<String> = ["__wbg_gone_free", "__wbg_kept_free", "__wbindgen_start"]
            .map(String::from)
            .into();
        assert_eq!(drop_classes_without_exports(GLUE, &exports).unwrap(), GLUE);
    }

    #[test]
    fn a_call_to_a_missing_export_outside_a_class_is_an_error() {
        let exports = ["__wbg_kept_free".to_string()];
        let err = drop_classes_without_exports(GLUE, &exports).unwrap_err();
        assert!(err.contains("wasm.__wbindgen_start"), "{err}");
    }

    fn sw_template() -> &'static str {
        "const VERSION = \"__VERSION__\";\nconst PRECACHE = self.__PRECACHE__;\n"
    }

    #[test]
    fn the_worker_lists_every_file_under_the_public_url() {
        let files = vec![
            ("index.html".into(), b"a".to_vec()),
            ("icons/i.png".into(), b"b".to_vec()),
        ];
        let sw = fill_service_worker(sw_template(), "/", &files).unwrap();
        assert!(
            sw.contains(r#"const PRECACHE = ["/index.html", "/icons/i.png"];"#),
            "{sw}"
        );
        assert!(!sw.contains("__VERSION__"));
    }

    #[test]
    fn the_cache_version_changes_when_any_file_changes() {
        let a = vec![("app.wasm".to_string(), b"one".to_vec())];
        let b = vec![("app.wasm".to_string(), b"two".to_vec())];
        let sa = fill_service_worker(sw_template(), "/", &a).unwrap();
        let sb = fill_service_worker(sw_template(), "/", &b).unwrap();
        assert_ne!(sa, sb);
        assert_eq!(sa, fill_service_worker(sw_template(), "/", &a).unwrap());
    }

    #[test]
    fn a_worker_without_the_marks_is_an_error_not_a_silent_empty_cache() {
        assert!(fill_service_worker("self.addEventListener()", "/", &[]).is_err());
    }
}
