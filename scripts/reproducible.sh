#!/usr/bin/env bash
# The same source builds the same dist/ in any folder. Run after scripts/build.sh: copies
# the source (git's tracked and untracked-but-not-ignored files, as they are on disk) to
# a new folder elsewhere, builds the release there with a target dir of its own (nothing
# cached from this one, so every crate is compiled again: a few minutes), and compares
# both dist/ trees by file name and bytes. Fails and names the files if they differ.
#   KEEP_COPY=1  keeps the copy (its path is printed) to look into a difference.
set -euo pipefail
cd "$(dirname "$0")/.."
here=$PWD
if [ ! -f dist/index.html ]; then
  echo "reproducible.sh: no dist/ here; run scripts/build.sh first" >&2
  exit 1
fi
copy=$(mktemp -d "${TMPDIR:-/tmp}/jobbesoeg-repro.XXXXXX")
if [ -z "${KEEP_COPY:-}" ]; then trap 'rm -rf "$copy"' EXIT; fi

echo "reproducible: building a copy of the source in $copy"
git ls-files -z --cached --others --exclude-standard \
  | tar --null --files-from=- --ignore-failed-read -cf - \
  | tar -xf - -C "$copy"
# The npm tools (wasm-opt, esbuild) are installed tools, not source: the same ones.
ln -s "$here/node_modules" "$copy/node_modules"
# Its own target dir, even if CARGO_TARGET_DIR points elsewhere; no network.
(cd "$copy" && CARGO_TARGET_DIR="$copy/target" CARGO_NET_OFFLINE=true bash scripts/build.sh)

# Names and bytes, both ways: a file only in one tree is a difference too.
if diff_out=$(diff -rq dist "$copy/dist" 2>&1); then
  echo "reproducible: dist/ is the same, name for name and byte for byte ($(find dist -type f | wc -l) files)"
else
  echo "NOT REPRODUCIBLE: the same source built in $copy gives another dist/:" >&2
  printf '%s\n' "$diff_out" | sed "s|$copy/dist|<copy>/dist|g; s|^|  |" >&2
  echo "(KEEP_COPY=1 bash scripts/reproducible.sh keeps the copy to compare)" >&2
  exit 1
fi
