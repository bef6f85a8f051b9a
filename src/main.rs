// No console_error_panic_hook: it formats panic messages for a console a user never
// sees, at ~0.7 KB brotli of the first-load budget. A panic still stops the app (abort).
// Talc instead of Rust's default dlmalloc: 0.9 KB brotli less of the first load.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    jobbesoeg::platform::mark("jobbesoeg-main");
    // index.html's shell gives way to the app.
    if let Some(shell) = jobbesoeg::platform::element("#shell") {
        shell.remove();
    }
    leptos::mount::mount_to_body(jobbesoeg::app::App);
}
