#!/usr/bin/env bash
# Installs whatever is missing, builds the wasm, and serves the page at the address in
# wasm-pack.toml ([serve], http://127.0.0.1:8080 by default). Stop it with Ctrl-C.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ensure_build_tools
build_wasm
host="$(cfg serve host)"; port="$(cfg serve port)"
log "serving www/ at http://$host:$port/"
# Python's http.server maps .wasm to application/wasm, which streaming compilation needs.
exec python3 -m http.server --bind "$host" --directory "$ROOT/www" "$port"
