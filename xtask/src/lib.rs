//! Build tools for Jobbesøg, as a library so each step is tested natively.

pub mod postbuild;
pub mod serve;
pub mod size;

/// Errors are reported to the developer as text and a failing exit code.
pub type Result<T> = std::result::Result<T, String>;

/// Every regular file below `dir`, as paths relative to it with `/` separators, sorted.
pub fn files_below(dir: &std::path::Path) -> Result<Vec<String>> {
    fn walk(root: &std::path::Path, dir: &std::path::Path, out: &mut Vec<String>) -> Result<()> {
        let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        for entry in entries {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.is_dir() {
                walk(root, &path, out)?;
            } else if let Ok(rel) = path.strip_prefix(root) {
                let parts: Vec<_> = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect();
                out.push(parts.join("/"));
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out)?;
    out.sort();
    Ok(out)
}
