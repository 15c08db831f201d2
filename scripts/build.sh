#!/usr/bin/env bash
# The release bundle, exactly as it ships:
#   cargo (wasm32, release, with relocations)
#   -> wasm-split-cli: cuts the wasm at every #[lazy] function (src/ui/lazy.rs)
#      into the part the first screen needs and chunks loaded on demand
#   -> wasm-bindgen on the first part (the JS glue)
#   -> scripts/drop-stream-classes.mjs: wasm-streams' unused exported classes out
#   -> wasm-opt -Oz on every wasm file, terser on the JS
#   -> scripts/minify-imports.mjs: short import names in the first part and glue
#   -> scripts/page.mjs: a content-hashed asset folder and index.html with
#      preload hints.
# Trunk cannot do this (it runs wasm-bindgen straight after cargo), so the
# release build is this script; see docs/performance.md.
#
# Usage: scripts/build.sh [OUT_DIR]   (default: dist)
# Needs the tools scripts/setup.sh installs on PATH.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
OUT="${1:-dist}"
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
WASM="$TARGET_DIR/wasm32-unknown-unknown/release/keukentafel.wasm"
# Features rustc 1.88+ emits for wasm32 by default; wasm-opt must accept them.
WASM_OPT_FEATURES=(--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext
  --enable-reference-types --enable-multivalue --enable-mutable-globals)

echo "[build] cargo build --release (wasm32)"
cargo build --release --target wasm32-unknown-unknown --bin keukentafel --quiet

STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT

echo "[build] wasm-split-cli"
wasm-split-cli "$WASM" "$STAGE" --out-name keukentafel >/dev/null

echo "[build] wasm-bindgen"
# --keep-lld-exports: the chunks link against the first part's exports.
wasm-bindgen --target web --no-typescript --keep-lld-exports \
  --out-dir "$STAGE" --out-name keukentafel "$STAGE/keukentafel.wasm"
rm "$STAGE/keukentafel.wasm"

echo "[build] drop the stream classes"
node scripts/drop-stream-classes.mjs "$STAGE"

echo "[build] wasm-opt -Oz"
pids=()
for f in "$STAGE"/*.wasm; do
  # The producers and target-features sections are notes for linkers and
  # tools, not for the browser: ~0.3 KB brotli of the first load, ~0.1 KB
  # of each chunk.
  wasm-opt -Oz "${WASM_OPT_FEATURES[@]}" --strip-producers --strip-target-features "$f" -o "$f" &
  pids+=($!)
done
for pid in "${pids[@]}"; do wait "$pid"; done

echo "[build] terser"
# The glue is 42 KB of readable JS; minified it is 2 KB less over the wire.
for f in "$STAGE"/*.js; do
  terser "$f" --module --compress --mangle --output "$f"
done

echo "[build] import names"
node scripts/minify-imports.mjs "$STAGE"

echo "[build] page"
node scripts/page.mjs "$STAGE" "$OUT"

# The loader, the iframe host script and the service worker page.mjs wrote
# (stable names, outside the hashed folder): minified too, as the embed
# loader is in a host page's first load.
for f in "$OUT"/*.js; do
  terser "$f" --module --compress --mangle --output "$f"
done
