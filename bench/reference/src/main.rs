//! The start-up benchmark's reference (`make bench-start`, issue 15): a bare Leptos 0.8 CSR
//! app — a heading, a paragraph, a counter button — built and served as the app is (same
//! profile, wasm-opt flags, allocator, post-build hook, a cache-first service worker).

use leptos::prelude::*;

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

#[component]
fn App() -> impl IntoView {
    let (count, set_count) = signal(0);
    view! {
        <h1>"Reference"</h1>
        <p>"A bare Leptos app: what any Leptos app costs to start."</p>
        <button on:click=move |_| set_count.update(|n| *n += 1)>"Clicked " {count} " times"</button>
    }
}

fn main() {
    mark("reference-main");
    leptos::mount::mount_to_body(App);
    // As the app: the service worker is registered from the wasm, after the mount.
    if let Some(window) = web_sys::window() {
        let _ = window.navigator().service_worker().register("/sw.js");
    }
    // The frame after the first content is in the DOM, as the app's `jobbesoeg-ready`.
    request_animation_frame(|| mark("reference-ready"));
}
