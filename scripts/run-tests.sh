#!/usr/bin/env bash
# Sets up and runs every test: formatting, lints, the rules (unit, legal case table, property
# tests, locales, command-line tool), the app's component tests in headless Chromium, the release
# build and its size budget, the end-to-end browser tests against it (including hosting under
# sub-paths, offline use and the one-file edition), and a second clean build for reproducibility.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh --tests
export PATH="$PWD/tools/node_modules/.bin:$PATH"

step() { printf '\n== %s\n' "$*"; }

step "format"
cargo fmt --all -- --check

step "lints (native, every crate and target)"
cargo clippy --workspace --all-targets --locked -- -D warnings
step "lints (browser app and its component tests, wasm32)"
cargo clippy --locked --target wasm32-unknown-unknown --features web --lib --bins -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown --features web,embedded-words --test web_components -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown --features engine-hook --lib --bins -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown --features batch-page --lib --bins -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown -p amnesty-batch --features worker --bins -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown -p amnesty-module -- -D warnings

step "rules (provisions, legal case table, properties), words, command-line tool"
cargo test --workspace --locked

step "app components (wasm-bindgen-test, headless Chromium)"
WASM_BINDGEN_TEST_TIMEOUT=180 cargo test --locked --target wasm32-unknown-unknown --features web,embedded-words --test web_components

step "release build of the page"
./scripts/build.sh

step "size budget: what a first visit downloads (brotli) against tools/size-budget.json"
node tools/size-report.mjs dist --check tools/size-budget.json

step "the same page with the engine's JSON entry point, for the parity tests"
./scripts/build-engine-hook.sh

step "end-to-end: journeys, privacy, accessibility, CLI parity, hosting, offline, one-file edition"
(cd tests/e2e && node --test --test-concurrency=1 --test-reporter=spec)

step "reproducible build: a second clean build gives byte-identical files"
./scripts/check-reproducible.sh

printf '\nAll tests passed.\n'
