#!/usr/bin/env bash
# Builds the deployable release into dist/ (installing the build tools if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh build
source scripts/env.sh
step "release build → dist/"
# The post_build hook runs xtask; build it first so its compile time shows up here.
cargo build --quiet --profile tools -p xtask
trunk build --release
