#!/usr/bin/env bash
# End-to-end: build the release bundle exactly as it ships (wasm-opt
# included: only this catches an optimiser that breaks the app), then drive
# it in headless Chromium with Playwright. The tests start and stop their
# own static server and browser.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
scripts/build.sh dist
node --test --test-concurrency=1 --test-reporter=tap e2e/
