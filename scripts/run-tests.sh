#!/usr/bin/env bash
# Sets up and runs every test: formatting, lints, the rules (unit, legal case table, property
# tests, locales, command-line tool), the browser build, and the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh --tests
export PATH="$PWD/tools/node_modules/.bin:$PATH"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "format"
cargo fmt --all -- --check

step "lints (native, all targets)"
cargo clippy --all-targets --locked -- -D warnings
step "lints (browser app, wasm32)"
cargo clippy --locked --target wasm32-unknown-unknown --features web --lib --bins -- -D warnings

step "rules, legal cases, properties, locales, command-line tool"
cargo test --locked

step "release build of the browser app"
trunk build --release --offline

printf '\n\033[1mAll tests passed.\033[0m\n'
