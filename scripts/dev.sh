#!/usr/bin/env bash
# The developer loop (`./run dev`): a debug build without the splitter
# (feature `dev`: the split points in src/ui/lazy.rs call straight through),
# served at http://127.0.0.1:${PORT:-8080}, rebuilt when a file under src/,
# locales/ or style/ changes. No wasm-split-cli, wasm-opt or terser, so a UI
# change is on the page seconds after saving: reload the browser to see it.
# Tests keep using the release build (scripts/build.sh).
#
# Usage: scripts/dev.sh [OUT_DIR]   (default: dist-dev)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
OUT="${1:-dist-dev}"
PORT="${PORT:-8080}"
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
WASM="$TARGET_DIR/wasm32-unknown-unknown/debug/keukentafel.wasm"
WATCHED=(src locales style index.html build.rs Cargo.toml)

build() {
  local start stage
  start=$(date +%s%N)
  cargo build --target wasm32-unknown-unknown --bin keukentafel --features dev --quiet || return 1
  stage="$(mktemp -d)"
  wasm-bindgen --target web --no-typescript --out-dir "$stage" --out-name keukentafel "$WASM"
  node scripts/page.mjs "$stage" "$OUT" >/dev/null
  rm -rf "$stage"
  touch "$OUT/.built"
  echo "[dev] built in $(( ($(date +%s%N) - start) / 1000000 )) ms; reload the page"
}

changed() {
  find "${WATCHED[@]}" -newer "$OUT/.built" -print -quit 2>/dev/null
}

build
node scripts/serve.mjs "$OUT" "$PORT" &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null' EXIT INT TERM
echo "[dev] serving $OUT at http://127.0.0.1:$PORT (Ctrl-C stops)"
while sleep 1; do
  if [ -n "$(changed)" ]; then
    echo "[dev] change seen, building"
    build || { echo "[dev] build failed: fix it and save again"; touch "$OUT/.built"; }
  fi
done
