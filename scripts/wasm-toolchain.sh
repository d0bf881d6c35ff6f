# Sourced by the scripts that build wasm for the browser (the two pages, the engine-hook build,
# the ES module). The browser's wasm is built by a pinned nightly Rust that rebuilds the standard
# library with the release profile (-Zbuild-std) and stops at a panic without formatting its
# message (-Cpanic=immediate-abort; the release profile already aborts, and no page shows a
# panic's text): the one-case page's wasm is about 17 % smaller in brotli than stable Rust's
# (README, "Performance and size"). Only these builds use it: native builds, the command-line
# tool, clippy and every test build use the stable toolchain as before.
#   wasm_build CMD ARGS...   runs CMD (trunk or cargo) with the browser toolchain
WASM_TOOLCHAIN=nightly-2026-05-20
wasm_build() {
  RUSTUP_TOOLCHAIN="$WASM_TOOLCHAIN" \
  CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--cfg erase_components -Zunstable-options -Cpanic=immediate-abort" \
    "$@"
}
