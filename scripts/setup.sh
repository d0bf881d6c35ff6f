#!/usr/bin/env bash
# Installs everything the build and the tests need, skipping what is already present.
# Versions are pinned; see "Toolchain" in the README for why each one.
#   scripts/setup.sh          build tools (wasm target, Trunk, wasm-bindgen, wasm-opt)
#   scripts/setup.sh --tests  also the browser and test tools (Chromium, brotli, npm packages)
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# The browser's wasm is built by a pinned nightly that rebuilds the standard library for size
# (scripts/wasm-toolchain.sh); the standard library's sources and their crates are fetched once.
. scripts/wasm-toolchain.sh
if ! rustup run "$WASM_TOOLCHAIN" rustc --print sysroot >/dev/null 2>&1 \
  || [ ! -d "$(rustup run "$WASM_TOOLCHAIN" rustc --print sysroot)/lib/rustlib/src/rust/library" ] \
  || [ ! -d "$(rustup run "$WASM_TOOLCHAIN" rustc --print sysroot)/lib/rustlib/wasm32-unknown-unknown" ]; then
  say "installing Rust $WASM_TOOLCHAIN with its sources and the wasm32 target (the browser's build)"
  rustup toolchain install "$WASM_TOOLCHAIN" --profile minimal --component rust-src --target wasm32-unknown-unknown
fi
cargo "+$WASM_TOOLCHAIN" fetch --quiet --target wasm32-unknown-unknown -Zbuild-std=std,panic_abort

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing Trunk $TRUNK_VERSION (about 10 minutes on 2 cores)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 5 minutes)"
  # Not --locked: the crates mirror can lag behind the CLI's own lock file.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

npm_install() { # dir
  if [ ! -d "$1/node_modules" ] || [ "$1/package-lock.json" -nt "$1/node_modules/.package-lock.json" ]; then
    say "installing npm packages in $1"
    (cd "$1" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}
# wasm-opt 132 from npm: Debian's binaryen (v108) builds a page that stays blank.
npm_install tools

if [ "${1:-}" = "--tests" ]; then
  missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  command -v brotli >/dev/null || missing+=(brotli)
  # The printout tests read the PDF's text.
  command -v pdftotext >/dev/null || missing+=(poppler-utils)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]} from Debian"
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
    $SUDO apt-get install -y "${missing[@]}" || { $SUDO apt-get update && $SUDO apt-get install -y "${missing[@]}"; }
  fi
  if [ -f tests/e2e/package.json ]; then npm_install tests/e2e; fi
fi
