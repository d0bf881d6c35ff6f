#!/usr/bin/env bash
# The batch page (a caseload from a spreadsheet) into dist/batch/: the page's wasm (the app with
# `--features batch-page`) and its Web Worker's (amnesty-batch, with the spreadsheet readers),
# built by Trunk from pages/batch/index.html. Run it after the one-case page's `trunk build`
# (which empties dist/) and before `amnesty-dist finish dist` (tools/dist), which finishes both
# pages (policy, integrity, the worker's hashed names, words, service workers, SHA256SUMS).
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
