#!/usr/bin/env bash
# Builds the deployable release into dist/ (installing the build tools if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh build
source scripts/env.sh
step "release build → dist/"
# The post_build hook runs xtask; build it first so its compile time shows up here.
cargo build --quiet --profile tools -p xtask
# wasm-bindgen names the JS snippets' folder after the package's version: a folder left
# from an earlier version would be shipped in dist/ too.
rm -rf target/wasm-bindgen/release/snippets
trunk build --release
