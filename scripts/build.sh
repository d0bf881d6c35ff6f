#!/usr/bin/env bash
# The release build of the static pages, in dist/ (or $AMNESTY_DIST): the one-case page by Trunk
# (with wasm-opt), without the wasm-streams classes Leptos links and nothing calls
# (tools/drop-unused-exports.mjs), its glue minified (tools/minify-glue.mjs), the batch page into dist/batch/ (scripts/build-batch.sh),
# then the finishing step for both (integrity-checked wasm, service worker,
# Content-Security-Policy, the batch page's worker under hashed names, one-file edition, SHA256SUMS).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/tools/node_modules/.bin:$PATH"
dist="${AMNESTY_DIST:-dist}"
. scripts/wasm-toolchain.sh
wasm_build trunk build --release --offline --dist "$dist"
node tools/drop-unused-exports.mjs "$dist"
node tools/minify-glue.mjs "$dist"
AMNESTY_DIST="$dist" ./scripts/build-batch.sh
cargo run --quiet --release --locked -p amnesty-dist -- finish "$dist"
