// No console_error_panic_hook: it formats panic messages for a console a user never
// sees, at ~0.7 KB brotli of the first-load budget. A panic still stops the app (abort).
fn main() {
    jobbesoeg::platform::mark("jobbesoeg-main");
    leptos::mount::mount_to_body(jobbesoeg::app::App);
}
