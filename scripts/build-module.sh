#!/usr/bin/env bash
# The engine as an ES module for other sites (module/README.md), in target/module/ or the folder
# given: amnesty.js, amnesty_bg.wasm, amnesty.d.ts and the example page index.html; then checks
# that amnesty.d.ts compiles with the TypeScript compiler against module/example/usage.ts.
# A release build for wasm32, `wasm-bindgen --target web`, then `wasm-opt -Oz` (binaryen 132 from
# npm: Debian's v108 breaks wasm-bindgen's output). Offline; run it again and it gives the same
# files. Never in dist/: the published page neither ships nor loads the module, so its size
# budget and reproducibility check stay the page's own.
#   scripts/build-module.sh [OUT]     (respects CARGO_TARGET_DIR)
set -euo pipefail
# A folder given is the caller's (relative to where the script was run from).
given="${1:-}"
[ -z "$given" ] || case "$given" in /*) ;; *) given="$PWD/$given" ;; esac
cd "$(dirname "$0")/.."

target="${CARGO_TARGET_DIR:-target}"
out="${given:-$target/module}"
wasm_opt="$PWD/tools/node_modules/.bin/wasm-opt"

fail() { printf 'build-module: %s\n' "$*" >&2; exit 1; }

[ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen 0.2.130" ] \
  || fail "needs the wasm-bindgen CLI 0.2.130 on PATH (scripts/setup.sh installs it)"
[ -x "$wasm_opt" ] || fail "needs wasm-opt from npm in tools/ (scripts/setup.sh installs it)"
"$wasm_opt" --version | grep -q 'version 132' || fail "needs wasm-opt version 132, not $("$wasm_opt" --version)"

# TypeScript, pinned in module/package.json: installed once, skipped when up to date.
if [ ! -d module/node_modules ] || [ module/package-lock.json -nt module/node_modules/.package-lock.json ]; then
  (cd module && npm ci --prefer-offline --no-audit --no-fund --loglevel=error)
fi

files="amnesty.d.ts amnesty.js amnesty_bg.wasm index.html"
# Only this script's own files are replaced: a folder holding anything else (a mistyped path, a
# site's own folder) is refused before anything is built, rather than emptied.
if [ -e "$out" ]; then
  [ -d "$out" ] || fail "$out is not a folder"
  for f in "$out"/* "$out"/.[!.]*; do
    [ -e "$f" ] || continue
    case " $files " in *" ${f##*/} "*) ;; *) fail "$out holds ${f##*/}: give a new or empty folder" ;; esac
  done
fi

. scripts/wasm-toolchain.sh
wasm_build cargo build --quiet --release --offline --locked --target wasm32-unknown-unknown -p amnesty-module --lib

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
wasm-bindgen --target web --out-name amnesty --out-dir "$staging" \
  "$target/wasm32-unknown-unknown/release/amnesty_module.wasm"
# The raw exports' types: not part of the module's interface.
rm -f "$staging/amnesty_bg.wasm.d.ts"
"$wasm_opt" -Oz "$staging/amnesty_bg.wasm" -o "$staging/amnesty_bg.wasm"
cp module/example/index.html "$staging/index.html"
# Everything wasm-bindgen wrote is copied below: a new kind of file (snippets/) must be seen here.
[ "$(cd "$staging" && LC_ALL=C ls -A | tr '\n' ' ')" = "$files " ] \
  || fail "wasm-bindgen wrote $(cd "$staging" && ls -A | tr '\n' ' '), not $files"

# The types compile, and a site's typical use of them type-checks (strict).
checks="$(mktemp -d)"
trap 'rm -rf "$staging" "$checks"' EXIT
cp "$staging/amnesty.d.ts" module/example/usage.ts "$checks/"
node module/node_modules/typescript/bin/tsc --noEmit --strict --target es2022 --module es2022 \
  --moduleResolution bundler --lib es2022,dom "$checks/usage.ts" \
  || fail "amnesty.d.ts does not type-check module/example/usage.ts"

mkdir -p "$out"
for f in $files; do cp "$staging/$f" "$out/$f"; done
printf 'build-module: %s\n' "$(cd "$out" && pwd)/{$(echo $files | tr ' ' ',')}"
