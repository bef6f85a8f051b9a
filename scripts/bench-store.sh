#!/usr/bin/env bash
# `make bench-store`: the store and start-up benchmark in Chromium at 1× and 4× CPU
# throttling. Prints figures (BENCH lines); asserts nothing about time.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
source scripts/env.sh
bash scripts/build.sh >/dev/null
# The wasm benchmark, built and served by wasm-bindgen-test-runner in interactive mode.
wasm=$(cargo test --release --target wasm32-unknown-unknown --test bench_store --no-run 2>&1 \
  | grep -o 'target/wasm32-unknown-unknown/release/deps/bench_store-[0-9a-f]*\.wasm' | tail -n1)
[ -n "$wasm" ] || { echo "bench-store: the wasm benchmark did not build" >&2; exit 1; }
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
NO_HEADLESS=1 WASM_BINDGEN_TEST_ADDRESS="127.0.0.1:$port" wasm-bindgen-test-runner "$wasm" \
  >target/bench-harness.log 2>&1 &
harness=$!
trap 'kill $harness 2>/dev/null || true' EXIT
for _ in $(seq 100); do
  grep -q 'available at' target/bench-harness.log && break
  sleep 0.2
done
cargo run --quiet --release -p e2e --bin bench-store -- "http://127.0.0.1:$port"
