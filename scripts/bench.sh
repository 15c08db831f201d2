#!/usr/bin/env bash
# The performance benchmark of issue 6 (`./run bench`, which installs the
# tools first): the native criterion benches of plan building, rendering,
# export, serialising and parsing; then the release build exactly as it
# ships, served on 127.0.0.1 and driven in headless Chromium. Prints one
# table (figures, budgets, pass/over, and every first-load file raw / gzip
# / brotli). It reports and does not fail on timing.
#
#   BENCH_RUNS=N        cold loads per time-to-interactive figure (default 7)
#   BENCH_SKIP_NATIVE=1 skip the criterion benches (their rows show n/a)
#   BENCH_SKIP_BUILD=1  use the dist/ that is there
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
OUT="$ROOT/bench/out"
mkdir -p "$OUT"
TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"

native_args=()
if [ "${BENCH_SKIP_NATIVE:-0}" != 1 ]; then
  echo "[bench] native criterion benches (cargo bench)"
  cargo bench --bench plan --bench format -- --warm-up-time 1 --measurement-time 3 2>&1 \
    | tee "$OUT/criterion.log" | grep -E '^(plan|format)/|time:' || true
  # criterion's own record of each bench: the median, in nanoseconds.
  node -e '
    const fs = require("fs");
    const dir = process.argv[1];
    const ms = (id) => {
      try {
        return JSON.parse(fs.readFileSync(`${dir}/${id}/new/estimates.json`, "utf8")).median.point_estimate / 1e6;
      } catch { return null; }
    };
    const out = {
      plan_build_render_large: ms("plan/build_render_large"),
      export_html_large: ms("plan/export_html_large"),
      to_json_large: ms("format/to_json_large"),
      from_json_large: ms("format/from_json_large"),
      migrate_v1_typical: ms("format/migrate_v1-typical"),
    };
    fs.writeFileSync(process.argv[2], JSON.stringify(out, null, 2));
  ' "$TARGET/criterion" "$OUT/native.json"
  native_args=(--native "$OUT/native.json")
fi

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  echo "[bench] release build (scripts/build.sh: split, wasm-opt -Oz)"
  scripts/build.sh "${KT_DIST:-dist}"
fi

node bench/run.mjs --runs "${BENCH_RUNS:-7}" --json "$OUT/result.json" "${native_args[@]}"
