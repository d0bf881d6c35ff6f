#!/usr/bin/env bash
# Sets up and runs every test: formatting, lints, the scripts the build adds (Node), the crates'
# tests (the rules with the legal case table and property tests, words, spreadsheets, the
# command-line tool, the module, the build tool), the app's component tests in headless Chromium,
# the release build and its size budget, the end-to-end browser tests against it (including
# hosting under sub-paths, offline use and the one-file edition), and a second clean build for
# reproducibility.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh --tests
export PATH="$PWD/tools/node_modules/.bin:$PATH"

step() { printf '\n== %s\n' "$*"; }

step "format"
cargo fmt --all -- --check

step "lints (native, every crate, target and feature)"
cargo clippy --workspace --all-targets --all-features --locked -- -D warnings
# The batch page's protocol alone, as the page uses it (without the spreadsheet crates).
cargo clippy --locked -p amnesty-batch --no-default-features -- -D warnings
step "lints (the pages, their worker and component tests, and the module, wasm32)"
wasm() { cargo clippy --locked --target wasm32-unknown-unknown "$@" -- -D warnings; }
wasm -p amnesty --lib --bins
wasm -p amnesty --features batch-page --lib --bins
wasm -p amnesty --features engine-hook --lib --bins
wasm -p amnesty --features embedded-words,batch-page --test web_components
wasm -p amnesty-batch --features worker --bins
wasm -p amnesty-module

step "the scripts the build adds (tools/dist/js), in Node"
node --test tools/dist/test/*.test.mjs

step "rules (provisions, legal case table, properties), words, spreadsheets, command-line tool, module, build tool"
cargo test --workspace --locked

step "app components (wasm-bindgen-test, headless Chromium)"
WASM_BINDGEN_TEST_TIMEOUT=180 cargo test --locked --target wasm32-unknown-unknown --features embedded-words,batch-page --test web_components

step "release build of the pages"
./scripts/build.sh
node tools/dist/test/check-dist.mjs dist

step "size budget: what a first visit downloads (brotli) against tools/size-budget.json"
node tools/size-report.mjs dist --check tools/size-budget.json

step "the same page with the engine's JSON entry point, for the parity tests"
./scripts/build-engine-hook.sh

step "end-to-end: journeys, privacy, accessibility, CLI parity, hosting, offline, one-file edition"
(cd tests/e2e && node --test --test-concurrency=1 --test-reporter=spec)

step "reproducible build: a second clean build gives byte-identical files"
./scripts/check-reproducible.sh

printf '\nAll tests passed.\n'
