#!/usr/bin/env bash
# Builds the release and serves it on http://127.0.0.1:${1:-8080} (Ctrl-C stops it).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
step() { :; }
exec target/tools/xtask serve dist "${1:-8080}"
