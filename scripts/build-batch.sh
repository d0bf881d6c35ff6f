#!/usr/bin/env bash
# The batch page (a caseload from a spreadsheet) into dist/batch/: the page's wasm (the app with
# `--features batch-page`) and its Web Worker's (amnesty-batch, with the spreadsheet readers),
# built by Trunk from pages/batch/index.html. Run it after the one-case page's `trunk build`
# (which empties dist/) and before `amnesty-dist finish dist` (tools/dist), which finishes both
# pages (policy, integrity, the worker's hashed names, words, service workers, SHA256SUMS). As
# for the one-case page, the wasm-streams exports nothing calls are dropped from the page
# (tools/drop-unused-exports.mjs) and the page's and the worker's glue minified
# (tools/minify-glue.mjs): −3.9 KB brotli of what the batch page loads.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/tools/node_modules/.bin:$PATH"
# AMNESTY_DIST: another folder than dist/ (as the browser tests take it).
dist="${AMNESTY_DIST:-dist}"
if [ ! -f "$dist/index.html" ]; then
  echo "build-batch.sh: build the one-case page into $dist/ first (trunk build --release --offline)" >&2
  exit 2
fi
. scripts/wasm-toolchain.sh
wasm_build trunk build pages/batch/index.html --release --offline --dist "$dist/batch" --public-url ./
# As the one-case page: the wasm-streams classes nothing calls out, then the glue minified.
node tools/drop-unused-exports.mjs "$dist/batch"
node tools/minify-glue.mjs --batch "$dist/batch"
