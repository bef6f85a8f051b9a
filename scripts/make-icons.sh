#!/usr/bin/env bash
# Renders the committed PNG icons with headless Chromium: from public/icons/icon.svg (also
# shipped, the favicon) and assets/icons/maskable.svg (art only, not shipped).
# A developer tool: run it after changing an SVG, then commit the PNGs.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
render() { # svg size out
  printf '<html><body style="margin:0"><img src="file://%s" width="%s" height="%s" style="display:block"></body></html>' \
    "$PWD/$1" "$2" "$2" > "$tmp/page.html"
  chromium --headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --user-data-dir="$tmp/profile" --hide-scrollbars --default-background-color=00000000 \
    --window-size="$2,$2" --screenshot="$PWD/$3" "file://$tmp/page.html" 2>/dev/null
}
for size in 192 512; do
  render public/icons/icon.svg "$size" "public/icons/icon-$size.png"
  render assets/icons/maskable.svg "$size" "public/icons/maskable-$size.png"
done
pngquant --force --ext .png --speed 1 16 public/icons/*.png
ls -l public/icons
