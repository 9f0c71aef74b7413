#!/usr/bin/env bash
# Builds dist/plancheck.html: the whole page in one HTML file (JS, CSS and the wasm inlined)
# that works when opened from disk, with no network. Installs what is missing, builds the
# wasm, then bundles with scripts/offline.mjs (node, no dependencies). README: "Offline single file".
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ensure_build_tools
build_wasm
log "bundling dist/plancheck.html"
node "$ROOT/scripts/offline.mjs" --out dist/plancheck.html
