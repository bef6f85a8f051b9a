#!/usr/bin/env bash
# Installs what is missing, and only that (idempotent). Prints what it installs.
#   scripts/setup.sh build   wasm32 target, trunk, wasm-bindgen-cli, npm tools (wasm-opt…)
#   scripts/setup.sh test    all of build, plus browsers, their drivers and Xvfb
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-build}
export PATH="$HOME/.cargo/bin:$PATH"

TRUNK_VERSION=0.21.14
GECKODRIVER_VERSION=0.37.1

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
have() { command -v "$1" >/dev/null 2>&1; }

apt_updated=""
apt_install() { # packages… (only the missing ones are installed)
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "installing Debian packages: ${missing[*]}"
  local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  if [ -z "$apt_updated" ]; then $sudo apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

if ! have cargo; then
  echo "setup: Rust (cargo) is missing: install rustup from your distribution, then run this again." >&2
  exit 1
fi

# The wasm-bindgen version the lock file pins (Cargo.toml says "=x.y.z").
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock
}

setup_build() {
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "installing the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "installing trunk $TRUNK_VERSION (about 11 minutes on 2 cores, once)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
  [ -f Cargo.lock ] || cargo generate-lockfile
  local wbg; wbg=$(wasm_bindgen_version)
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wbg" ]; then
    say "installing wasm-bindgen-cli $wbg (the lock's version)"
    # Not --locked: with it a yanked transitive dependency fails the install.
    cargo install wasm-bindgen-cli --version "$wbg" --force
  fi
  if ! have node || ! have npm; then apt_install nodejs npm; fi
  if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -x node_modules/.bin/esbuild ] \
     || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "installing npm tools (binaryen 132, esbuild, axe-core, lighthouse, bc-ur)"
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

setup_test() {
  # poppler-utils: pdftotext reads back the wrap-up printed to PDF (tests/e2e/tests/summary.rs).
  apt_install chromium chromium-driver firefox-esr webkit2gtk-driver xvfb xauth poppler-utils
  # The fuzz target runs where a nightly toolchain is (cargo-fuzz needs one); without
  # it the test command runs the target's corpus as a plain test and says so.
  if rustup toolchain list 2>/dev/null | grep -q '^nightly' && ! have cargo-fuzz; then
    say "installing cargo-fuzz (for the import fuzz target)"
    cargo install cargo-fuzz --locked
  fi
  if [ "$(geckodriver --version 2>/dev/null | head -n1 | awk '{print $2}')" != "$GECKODRIVER_VERSION" ]; then
    say "installing geckodriver $GECKODRIVER_VERSION"
    cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked
  fi
}

case "$mode" in
  build) setup_build ;;
  test) setup_build; setup_test ;;
  *) echo "usage: scripts/setup.sh build|test" >&2; exit 2 ;;
esac
say "$mode tools ready"
