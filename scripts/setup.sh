#!/usr/bin/env bash
# Installs what building, serving and testing need, and skips whatever is
# already present at the right version. Sourced by ./run; safe to run twice.
# Everything comes from the package registries (crates.io, Debian, npm):
# nothing here downloads a prebuilt binary from anywhere else.
set -euo pipefail

# The wasm splitter Leptos's #[lazy] is made for (what cargo-leptos runs).
WASM_SPLIT_VERSION="0.2.4"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

say() { printf '[setup] %s\n' "$*"; }

# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock exactly:
# the JS glue and the wasm are generated as a pair.
locked_wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

ensure_wasm_target() {
  if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "wasm32 target present"
  else
    say "adding wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_apt_packages() {
  local missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  command -v pdftotext >/dev/null || missing+=(poppler-utils)
  # The printed plan in Arabic and Dutch (e2e/bilingual.test.mjs) needs a
  # font with Arabic letters; DejaVu Sans has them.
  [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
  if [ ${#missing[@]} -eq 0 ]; then
    say "chromium, chromedriver, poppler-utils, fonts-dejavu-core present"
    return
  fi
  say "installing from Debian: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

# cargo_tool BINARY CRATE VERSION [extra cargo install flags...]
ensure_cargo_tool() {
  local bin="$1" crate="$2" version="$3"
  shift 3
  if command -v "$bin" >/dev/null && "$bin" --version 2>/dev/null | grep -qF " $version"; then
    say "$crate $version present"
    return
  fi
  say "installing $crate $version (takes minutes on a cold machine)"
  cargo install "$crate" --version "$version" "$@"
}

# wasm-split-cli has no --version; cargo's install list knows it.
ensure_wasm_split() {
  if command -v wasm-split-cli >/dev/null &&
    cargo install --list | grep -qF "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
    say "wasm_split_cli_support $WASM_SPLIT_VERSION present"
    return
  fi
  say "installing wasm_split_cli_support $WASM_SPLIT_VERSION (about a minute)"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --locked --features build-binary
}

ensure_npm_packages() {
  # npm writes node_modules/.package-lock.json on every install; if it is
  # newer than the committed lockfile, what is installed is what is locked.
  if [ "$ROOT/node_modules/.package-lock.json" -nt "$ROOT/package-lock.json" ]; then
    say "npm packages present"
    return
  fi
  say "installing npm packages from package-lock.json"
  (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
}

setup_build() {
  ensure_wasm_target
  ensure_wasm_split
  # Without --locked: the crate's own lockfile pins a version the registry lacks.
  ensure_cargo_tool wasm-bindgen wasm-bindgen-cli "$(locked_wasm_bindgen_version)"
  ensure_npm_packages
  export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
}

setup_test() {
  setup_build
  ensure_apt_packages
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  setup_test
fi
