#!/usr/bin/env bash
# A release a municipality's web team can take: the release build in a
# versioned folder with EMBED.md (the snippet and the exact policies), and
# the same as one archive.
#
#   release/keukentafel-<version>/          copy this folder to the web server
#   release/keukentafel-<version>.tar.gz
#
# Needs the tools scripts/setup.sh installs on PATH (./run package does that).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
VERSION="$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)"
NAME="keukentafel-$VERSION"
OUT="release/$NAME"
scripts/build.sh "$OUT"
# The example host pages' policies, as the web team must set them.
node --input-type=module -e "
import { DIRECT_CSP, iframeHostCsp, frameCsp } from './scripts/examples.mjs';
import { readFileSync, writeFileSync } from 'node:fs';
const text = readFileSync('scripts/embed/EMBED.md', 'utf8')
  .replaceAll('__VERSION__', '$VERSION')
  .replaceAll('__DIRECT_CSP__', DIRECT_CSP)
  .replaceAll('__IFRAME_HOST_CSP__', iframeHostCsp('https://intake.example.nl'))
  .replaceAll('__FRAME_CSP__', frameCsp('https://www.example.nl'));
writeFileSync('$OUT/EMBED.md', text);
"
tar -czf "release/$NAME.tar.gz" -C release "$NAME"
echo "[package] $OUT/ and release/$NAME.tar.gz"
