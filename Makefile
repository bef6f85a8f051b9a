# The README's two commands: `make serve` and `make test`. Both install what is missing.
PORT ?= 8080

.PHONY: serve test build size reproducible lighthouse bench-store bench-qr bench-start

serve:    ## build the release and serve it on http://127.0.0.1:$(PORT)
	@bash scripts/serve.sh $(PORT)

test:     ## install test tools, run every test layer
	@bash scripts/test.sh

build:    ## the deployable release in dist/
	@bash scripts/build.sh

size: build  ## every first-load asset raw / gzip / brotli, checked against size-budget.toml
	@target/tools/xtask size dist

reproducible: build  ## builds a copy of the source in another folder; fails unless both dist/ are the same
	@bash scripts/reproducible.sh

lighthouse:  ## Lighthouse scores (mobile) of the release build
	@bash scripts/lighthouse.sh

bench-store:  ## in Chromium at 1× and 4× CPU: 1,000 notes written one by one (p50/p95), start-up read, offline app start with 1,000 notes
	@bash scripts/bench-store.sh

bench-qr:  ## in Chromium with a fake camera: a 6 KB payload by animated QR code (time, bytes/s), a frame read and a code drawn in WASM (p50/p95)
	@bash scripts/bench-qr.sh

bench-start:  ## in Chromium at 4× CPU: warm offline start (0 and 1,000 notes) and cold first paint on Slow 4G, against a bare Leptos app (bench/reference)
	@bash scripts/bench-start.sh
