# article-lens: build, serve, test and ship. Every target that needs a tool
# runs `make setup` first, which installs only what is missing (see
# scripts/setup.sh), so each command works as written on a fresh machine.
#
#   make setup   install the toolchain pieces (idempotent)
#   make wasm    build www/pkg (release wasm + JS glue + .d.ts)
#   make serve   build and serve the page on http://127.0.0.1:8080
#   make dist    dist/: the page ready for any static host
#   make test    everything CI checks
#   make eval    score the CLI against ../shared's gold sets
#   make bench   the benchmarks

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

# npm's binaryen first: wasm-pack takes the first wasm-opt on PATH, and
# Debian's binaryen writes modules that fail at load (docs/SIZE.md).
# cargo's bin folder next: wasm-pack, wasm-bindgen and the test runner live there.
CARGO_BIN := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin
export PATH := $(CURDIR)/node_modules/.bin:$(CARGO_BIN):$(PATH)

# cargo caches what rustc told it about each target in target/.rustc_info.json,
# failures included. CI once failed because /dev/null had become a plain file
# (scripts/setup.sh now repairs that): rustc's probe read the text collected
# there as its source. A failed probe would stay cached after the repair;
# asking rustc afresh costs a fraction of a second per cargo run.
export CARGO_CACHE_RUSTC_INFO := 0

PORT ?= 8080
# Where `make test` collects the test runners' output for its closing summary.
TEST_LOG := target/test-output.log

.PHONY: help setup wasm serve dist test eval bench check-wasm-opt

help:
	@sed -n 's/^#   make /make /p' Makefile

setup:
	@scripts/setup.sh

# Fails fast when wasm-opt is missing or the wrong one: without it wasm-pack
# would skip optimization silently and exit 0.
check-wasm-opt:
	@scripts/check-wasm-opt.sh

wasm: setup check-wasm-opt
	# --mode no-install: use the wasm-bindgen that setup installed; never let
	# wasm-pack fetch or build its own (slow, or a network error here).
	wasm-pack build --release --target web --out-dir www/pkg --mode no-install
	# Load the optimized module in node and check parse() on a seed: a bad
	# wasm-opt shows up here, not first in the browser.
	node scripts/wasm-smoke.mjs

serve: wasm
	@echo "serving www/ on http://127.0.0.1:$(PORT)/ (Ctrl-C stops)"
	python3 -m http.server $(PORT) --bind 127.0.0.1 --directory www

# scripts/dist.mjs copies the page and www/pkg into dist/ (and writes the
# single-file dist/article-lens.html when it knows how).
dist: wasm
	node scripts/dist.mjs

test: setup
	@mkdir -p target && : > $(TEST_LOG)
	# Formatting and lints first: the cheapest failures.
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	# src/wasm.rs only compiles for wasm32: lint it there too.
	cargo clippy --target wasm32-unknown-unknown --lib --tests -- -D warnings
	# Unit, fixture, CLI, contract and doc tests, native.
	cargo test 2>&1 | tee -a $(TEST_LOG)
	# Every pub item documented, every intra-doc link resolves.
	RUSTDOCFLAGS=-Dwarnings cargo doc --no-deps
	# The release wasm the page loads, after wasm-opt, loaded once in node.
	$(MAKE) --no-print-directory wasm
	# The same module loaded by a real Chromium page (the browser is where a
	# bad wasm-opt or glue mismatch shows).
	node scripts/wasm-smoke.mjs --browser
	# The wasm boundary under node (tests/wasm_node.rs). wasm-pack exits 0
	# even when it runs nothing, so the summary below fails on "0 passed".
	@rm -f target/wasm-test.log
	wasm-pack test --node --mode no-install -- --test wasm_node 2>&1 | tee -a $(TEST_LOG) target/wasm-test.log
	@scripts/test-summary.sh target/wasm-test.log > /dev/null
	# The page's own unit tests (www/**/*.test.mjs) and the end-to-end tests
	# in headless Chromium (tests/e2e/), when there are any.
	files=$$(find $$(ls -d www tests/e2e 2>/dev/null) -path www/pkg -prune -o -type f \
	  \( -name '*.test.mjs' -o -name '*.test.js' -o -name '*_test.mjs' -o -name '*-test.mjs' -o -name 'test-*.mjs' \) \
	  -print 2>/dev/null | sort); \
	if [ -n "$$files" ]; then node --test $$files 2>&1 | tee -a $(TEST_LOG); \
	else echo "node --test: no *.test.mjs under www/ or tests/e2e/ yet"; fi
	# One closing line over all runners: "test: N passed, 0 failed".
	@scripts/test-summary.sh $(TEST_LOG)

eval:
	scripts/eval.sh

# cargo bench: the native benchmarks in benches/; the wasm one needs www/pkg.
bench: wasm
	nice -n 10 cargo bench
	if [ -f benches/wasm-bench.mjs ]; then nice -n 10 node benches/wasm-bench.mjs; fi
