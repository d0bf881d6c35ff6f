#!/usr/bin/env bash
# The page with the engine's JSON entry point `decide_case_file` (feature `engine-hook`), in
# target/dist-engine-hook/, built the way the published page is (release profile, wasm-opt), for
# the parity tests and the in-page benchmark. The published page leaves the entry point out.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/tools/node_modules/.bin:$PATH"
. scripts/wasm-toolchain.sh
wasm_build trunk build --release --offline --features engine-hook --dist target/dist-engine-hook
node tools/drop-unused-exports.mjs target/dist-engine-hook
# The same finishing step as the published page: its words files and start-up script.
cargo run --quiet --release --locked -p amnesty-dist -- finish target/dist-engine-hook
