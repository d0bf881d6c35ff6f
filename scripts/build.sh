#!/usr/bin/env bash
# The release build of the static page, in dist/: Trunk (with wasm-opt), then the finishing step
# (Content-Security-Policy for the inline start-up script).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/tools/node_modules/.bin:$PATH"
trunk build --release --offline
cargo run --quiet --release --locked --bin amnesty-dist -- csp dist
