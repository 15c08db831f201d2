#!/usr/bin/env bash
# ./run fuzz [SECONDS]: runs every fuzz target in fuzz/ for its share of
# SECONDS (600 in total unless given), one after the other in one process
# each (libFuzzer's default: one job, one worker), so it takes one core of
# a shared machine. Prints each target's executions, executions per
# second, coverage and crashes; exits non-zero if any target crashed (the
# input is kept in fuzz/artifacts/<target>/; `cargo +nightly fuzz run
# <target> <file>` replays it).
#
# The corpus grows in fuzz/corpus/<target>/ (not tracked) from the seeds in
# fuzz/seeds/<target>/ and tests/fixtures/. cargo-fuzz needs a nightly
# toolchain (libFuzzer's instrumentation); it is installed from crates.io
# with `cargo install --locked` when missing.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOTAL="${1:-600}"
TARGETS=(import_file stored_draft legacy_move merge)
PER=$((TOTAL / ${#TARGETS[@]}))
[ "$PER" -ge 1 ] || { echo "fuzz: give at least ${#TARGETS[@]} seconds" >&2; exit 2; }

say() { printf '[fuzz] %s\n' "$*"; }

rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
if ! command -v cargo-fuzz >/dev/null; then
  say "installing cargo-fuzz from crates.io"
  cargo install cargo-fuzz --locked
fi

# Its own target directory: the fuzz build's flags differ from the app's.
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}/fuzz"
# No sanitizer: the crate forbids unsafe code, so AddressSanitizer would
# mostly slow the search; debug assertions and overflow checks stay on.
FLAGS=(--sanitizer none --debug-assertions --target-dir "$TARGET_DIR")
cd "$ROOT/fuzz"
cargo +nightly fuzz build "${FLAGS[@]}"

LOGS="$ROOT/fuzz/logs"
mkdir -p "$LOGS"
summary=()
crashed=0
for t in "${TARGETS[@]}"; do
  mkdir -p "corpus/$t" "artifacts/$t"
  seeds=("seeds/$t")
  extra=()
  case "$t" in
    import_file | stored_draft)
      seeds+=("$ROOT/tests/fixtures")
      extra=(-dict=import.dict)
      ;;
    # Small seeds would keep inputs short for minutes (libFuzzer grows
    # the length slowly): longer edit sequences and key lists at once.
    merge) extra=(-max_len=512 -len_control=0) ;;
    # 512 here cut the corpus's longer key lists (coverage fell 509 → 492).
    legacy_move) extra=(-max_len=4096 -len_control=0) ;;
  esac
  before=$(find "artifacts/$t" -type f | wc -l)
  say "$t: ${PER} s"
  # -timeout: an input that takes 10 s is a hang to report, not to wait for.
  set +e
  cargo +nightly fuzz run "${FLAGS[@]}" "$t" "corpus/$t" "${seeds[@]}" -- \
    -max_total_time="$PER" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    "${extra[@]}" >"$LOGS/$t.log" 2>&1
  status=$?
  set -e
  after=$(find "artifacts/$t" -type f | wc -l)
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$LOGS/$t.log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$LOGS/$t.log" | tail -1)
  cov=$(grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+' "$LOGS/$t.log" | tail -1)
  found=$((after - before))
  [ "$status" -eq 0 ] && [ "$found" -eq 0 ] || crashed=1
  summary+=("$(printf '%-13s %6s s  %10s execs  %7s execs/s  %-32s  %s new crash(es), exit %s' \
    "$t" "$PER" "${execs:-?}" "${rate:-?}" "${cov:-cov: ?}" "$found" "$status")")
done

say "summary (logs in fuzz/logs/):"
printf '  %s\n' "${summary[@]}"
if [ "$crashed" -ne 0 ]; then
  say "a target crashed or failed: see its log and fuzz/artifacts/"
  exit 1
fi
say "no crashes"
