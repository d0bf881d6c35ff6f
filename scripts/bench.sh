#!/usr/bin/env bash
# The size and speed report (a benchmark, not a test): every file of dist/ raw, gzip and brotli and
# what a first visit downloads; the page's load and keystroke times in throttled headless Chromium;
# decisions per second natively (criterion) and in the page (the engine-hook build, which adds
# the JSON entry point to the same page). Written to target/bench-report.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh --tests
./scripts/build.sh
./scripts/build-engine-hook.sh
cargo bench --locked -p amnesty-rules --bench decisions -- --noplot >/dev/null
# A 10,000-row caseload natively (criterion prints its own figures).
cargo bench --locked -p amnesty-batch --bench batch -- --noplot 2>/dev/null | grep -E "^batch of|time:|thrpt:" > target/bench-batch-native.txt || true
native=$(node -e '
  const fs = require("fs");
  const n = fs.readdirSync("examples/cases").filter((f) => f.endsWith(".json")).length;
  const e = JSON.parse(fs.readFileSync("target/criterion/decide/all examples, from bytes/new/estimates.json"));
  console.log(Math.round(n / (e.mean.point_estimate / 1e9)).toLocaleString("en"));')
{
  echo "## Sizes of dist/"
  echo
  node tools/size-report.mjs dist
  echo
  echo "## Speed"
  echo
  node tools/bench-page.mjs dist 7
  echo
  echo "Engine natively (criterion, parse + validate + decide of every example case): **$native decisions/s**."
  echo
  echo "## A caseload of 10,000 rows"
  echo
  echo "Natively (criterion: read, decide, write the results):"
  echo
  echo '```'
  cat target/bench-batch-native.txt
  echo '```'
  echo
  node tools/bench-batch.mjs dist 5
} | tee target/bench-report.md
