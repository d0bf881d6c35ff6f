#!/usr/bin/env bash
# Sets up the build tools, makes the release build, and serves it at http://127.0.0.1:8080/
# exactly as a static host would.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
./scripts/build.sh
exec node tools/serve.mjs dist "${PORT:-8080}" /
