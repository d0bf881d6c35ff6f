#!/usr/bin/env bash
# The release build of the static page, in dist/: the rule pack as Rust, Trunk (with wasm-opt),
# then the finishing step (integrity-checked wasm, service worker, Content-Security-Policy,
# one-file edition, SHA256SUMS).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/tools/node_modules/.bin:$PATH"
# The rule pack as Rust (a no-op unless rules/pack.json changed).
cargo run --quiet --release --locked --bin amnesty-dist -- pack-data
trunk build --release --offline
cargo run --quiet --release --locked --bin amnesty-dist -- finish dist
