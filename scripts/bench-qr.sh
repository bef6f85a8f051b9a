#!/usr/bin/env bash
# `make bench-qr`: the exchange by animated QR code through Chromium's fake camera.
# Prints figures (BENCH lines); asserts nothing about time.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
source scripts/env.sh
bash scripts/build.sh >/dev/null
cargo run --quiet --release -p e2e --bin bench-qr
