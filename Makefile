# The README's two commands: `make serve` and `make test`. Both install what is missing.
PORT ?= 8080

.PHONY: serve test build size lighthouse bench-store

serve:    ## build the release and serve it on http://127.0.0.1:$(PORT)
	@bash scripts/serve.sh $(PORT)

test:     ## install test tools, run every test layer
	@bash scripts/test.sh

build:    ## the deployable release in dist/
	@bash scripts/build.sh

size: build  ## every first-load asset raw / gzip / brotli, checked against size-budget.toml
	@target/tools/xtask size dist

lighthouse:  ## Lighthouse scores (mobile) of the release build
	@bash scripts/lighthouse.sh

bench-store:  ## 1,000 notes written to IndexedDB one by one in Chromium; prints p50/p95 and start-up read
	@bash scripts/setup.sh test
	@CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner CHROMEDRIVER=/usr/bin/chromedriver \
	  WASM_BINDGEN_TEST_WEBDRIVER_JSON=tests/webdriver/chromium.json WASM_BINDGEN_TEST_TIMEOUT=300 \
	  cargo test --release --target wasm32-unknown-unknown --test bench_store -- --nocapture 2>&1 | grep -E '^BENCH|test result'
