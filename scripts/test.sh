#!/usr/bin/env bash
# Every test layer: lints, native tests, browser tests in three engines, the release build
# and its size budget, that the same source builds the same dist/ in another folder,
# end-to-end tests in three engines. Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
# A clean build of every layer takes several GB; say so plainly before the disk runs out.
free_kb=$(df -Pk . | awk 'NR==2 {print $4}')
if [ "${free_kb:-0}" -lt 8000000 ]; then
  echo "WARNING: only $((free_kb / 1024)) MB free here; a clean run of every test needs about 6 GB" >&2
fi
source scripts/env.sh
mkdir -p target
log=target/test-output.log
: > "$log"
# Each runner's output is also kept, to add up the counts at the end.
counted() { "$@" 2>&1 | tee -a "$log"; }

step "format and lints"
cargo fmt --all --check
cargo clippy --quiet --workspace --all-targets -- -D warnings
cargo clippy --quiet -p jobbesoeg --target wasm32-unknown-unknown --all-targets -- -D warnings

step "layer 1/3: native tests (pure core, tools)"
counted cargo test -p jobbesoeg -p xtask

step "fuzzing the import path (bounded)"
# Bytes through open → unseal → parse → validate → merge, 60 s, from the corpus in the
# repository (new finds are kept there). The corpus also runs as a plain test above.
if rustup toolchain list 2>/dev/null | grep -q '^nightly' && command -v cargo-fuzz >/dev/null; then
  cargo +nightly fuzz run import fuzz/corpus/import -- \
    -max_total_time=60 -rss_limit_mb=4096 -timeout=20 2>&1 | tail -n 5
else
  echo "SKIPPED fuzz: no nightly toolchain or cargo-fuzz here; its corpus ran as a test" | tee -a "$log"
fi

step "layer 2/3: browser tests (wasm-bindgen-test) in Chromium, Firefox, WebKitGTK"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
unset CHROMEDRIVER GECKODRIVER SAFARIDRIVER
wasm_tests() { cargo test --target wasm32-unknown-unknown --test browser; }
CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_WEBDRIVER_JSON=tests/webdriver/chromium.json \
  counted wasm_tests
GECKODRIVER="$(command -v geckodriver)" WASM_BINDGEN_TEST_WEBDRIVER_JSON=tests/webdriver/firefox.json \
  counted wasm_tests
# MiniBrowser has no headless mode: it gets a virtual display.
SAFARIDRIVER=/usr/bin/WebKitWebDriver WASM_BINDGEN_TEST_WEBDRIVER_JSON=tests/webdriver/webkit.json \
  counted xvfb-run -a bash -c "$(declare -f wasm_tests); wasm_tests"

step "release build and first-load size budget"
bash scripts/build.sh
target/tools/xtask size dist

step "reproducible: the same source builds the same dist/ in another folder"
bash scripts/reproducible.sh

step "layer 3/3: end-to-end tests of the release build in Chromium, Firefox, WebKitGTK"
# One browser at a time: two cores. xvfb gives WebKit its display.
counted xvfb-run -a cargo test -p e2e --tests -- --test-threads=1 --show-output

step "all test layers passed"
grep -h '^SKIPPED' "$log" || true
awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
     END { printf "%d passed, %d failed\n", p, f }' "$log"
