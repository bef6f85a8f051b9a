#!/usr/bin/env bash
# `make bench-start` (issue 15): the app's start-up against a bare Leptos 0.8 app
# (bench/reference), both release builds, in Chromium at 4× CPU. Prints figures (BENCH
# lines); asserts nothing about time. JOBBESOEG_BENCH_RUNS=N sets the runs (default 7).
set -euo pipefail
cd "$(dirname "$0")/.."
# Browsers only if missing (scripts/setup.sh test installs them with the drivers).
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  bash scripts/setup.sh build
else
  bash scripts/setup.sh test
fi
source scripts/env.sh
step "release build of the app → dist/"
bash scripts/build.sh >/dev/null
step "release build of the reference → bench/reference/dist/"
# The same trunk, tools and post-build hook as the app (bench/reference/Trunk.toml).
# Trunk copies every snippet in its shared wasm-bindgen folder (target/wasm-bindgen)
# into dist and preloads them: the app's must not come along.
rm -rf target/wasm-bindgen/release/snippets
(cd bench/reference && trunk build --release >/dev/null)
step "the benchmark (Chromium, 4× CPU)"
# The servers send brotli, as a static host does (the cold start on Slow 4G).
SERVE_BROTLI=1 cargo run --quiet --profile tools -p e2e --bin bench-start
