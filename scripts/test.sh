#!/usr/bin/env bash
# Every test layer, in order of speed, each one's counts collected; ends
# with one line "N passed, N failed" over all layers. A failing layer does
# not stop the others, so one run shows everything that is wrong.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
OUT="$ROOT/target/test-logs"
mkdir -p "$OUT"

passed=0
failed=0
summary=()

# count_cargo LOG: sums "test result: ... N passed; M failed" lines.
count_cargo() {
  awk '/test result:/ { for (i = 1; i <= NF; i++) { if ($(i) ~ /^passed;?/) p += $(i-1); if ($(i) ~ /^failed;?/) f += $(i-1) } }
       END { printf "%d %d\n", p, f }' "$1"
}

# layer NAME COMMAND...: runs a layer, shows its output, records its counts.
# A command that fails without reporting a failed test counts as one failure.
layer() {
  local name="$1"; shift
  local log="$OUT/$name.log"
  echo
  echo "=== $name: $*"
  local rc=0
  # pipefail: the command's own failure is the pipeline's.
  "$@" 2>&1 | tee "$log" || rc=$?
  local p f
  read -r p f < <(count_layer "$name" "$log")
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  passed=$((passed + p)); failed=$((failed + f))
  summary+=("$(printf '%-12s %4d passed, %d failed' "$name" "$p" "$f")")
}

count_layer() {
  case "$1" in
    e2e) awk '/^# pass / { p = $3 } /^# fail / { f = $3 } END { printf "%d %d\n", p, f }' "$2" ;;
    fmt|clippy*) echo "0 0" ;;
    *) count_cargo "$2" ;;
  esac
}

layer fmt cargo fmt --all -- --check
layer clippy cargo clippy --all-targets -- -D warnings
layer clippy-wasm cargo clippy --target wasm32-unknown-unknown --lib --bins --test 'browser_*' -- -D warnings
layer clippy-example cargo clippy -p keukentafel-leptos-host --target wasm32-unknown-unknown --all-targets -- -D warnings
layer native cargo test --all-targets
# Component tests run without the splitter (feature `dev`: the split
# points are plain calls). Built as they ship, a test binary keeps the
# languages' split points in its function table, and their placeholder
# imports, which only scripts/build.sh resolves, stop it from loading.
layer browser cargo test --target wasm32-unknown-unknown --features dev --test 'browser_*'
# A Rust host's own Leptos page with the component in it (examples/leptos-host).
layer example cargo test -p keukentafel-leptos-host --target wasm32-unknown-unknown
layer e2e scripts/e2e.sh

echo
echo "=== summary"
printf '%s\n' "${summary[@]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
