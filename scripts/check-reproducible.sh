#!/usr/bin/env bash
# Two clean builds of the same commit must produce byte-identical files: builds dist/ (the
# one-case page and the batch page, as scripts/build.sh does) again from an empty target folder
# into a second folder, and compares every file.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/tools/node_modules/.bin:$PATH"
second="$(mktemp -d)"
trap 'rm -rf "$second"' EXIT
CARGO_TARGET_DIR="$second/target" AMNESTY_DIST="$second/dist" ./scripts/build.sh >/dev/null
if diff -r dist "$second/dist"; then
  echo "reproducible: the two builds are byte-identical ($(find dist -type f | wc -l) files)"
else
  echo "NOT reproducible: the files above differ between two clean builds" >&2
  exit 1
fi
