#!/usr/bin/env bash
# The release build of the static page, in dist/: Trunk (with wasm-opt),
# then the finishing step (integrity-checked wasm, service worker, Content-Security-Policy,
# one-file edition, SHA256SUMS).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/tools/node_modules/.bin:$PATH"
trunk build --release --offline
cargo run --quiet --release --locked --bin amnesty-dist -- finish dist
