#!/usr/bin/env bash
# Runs Lighthouse (mobile preset) with Debian's Chromium against the served release build
# and prints the category scores. A benchmark: it prints figures, it asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
source scripts/env.sh
mkdir -p .cache
# Brotli, as a static host serves the files (xtask serve compresses once per file).
SERVE_BROTLI=1 target/tools/xtask serve dist 0 > .cache/lighthouse-server.txt &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 100); do grep -q listening .cache/lighthouse-server.txt && break; sleep 0.1; done
url=$(sed -n 's/^listening on //p' .cache/lighthouse-server.txt)/
step "Lighthouse (mobile) on $url"
CHROME_PATH=/usr/bin/chromium lighthouse "$url" --quiet \
  --only-categories=performance,accessibility,best-practices,seo \
  --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --user-data-dir=$(mktemp -d)" \
  --output=json --output-path=.cache/lighthouse.json
node -e '
const r = require("./.cache/lighthouse.json");
for (const c of Object.values(r.categories)) console.log(`${c.title.padEnd(16)} ${Math.round(c.score * 100)}`);
const a = r.audits;
for (const k of ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "interactive"])
  if (a[k]) console.log(`${a[k].title.padEnd(28)} ${a[k].displayValue}`);
for (const c of Object.values(r.categories)) for (const ref of c.auditRefs)
  if (ref.weight > 0 && a[ref.id].score !== null && a[ref.id].score < 1) console.log(`  below 100 in ${c.title}: ${ref.id} (${a[ref.id].score})`);
'
