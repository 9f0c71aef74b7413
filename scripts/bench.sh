#!/usr/bin/env bash
# Benchmarks the analyzer natively, as wasm in node and in headless Chromium, on the seeds
# ×1/×10/×100, and reports the wasm size raw and gzipped. It only measures: the figures are
# recorded in docs/performance.md by hand, never asserted.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ensure_tools
cd "$ROOT"
seeds="${1:-$ROOT/../shared/seeds}"
echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1)"
log "native"
cargo run --release --locked -q --example bench -- "$seeds"
build_wasm
wasm="$(cfg build out_dir)/$(cfg build out_name)_bg.wasm"
echo
echo "wasm size: $(stat -c %s "$wasm") bytes raw, $(gzip -9c "$wasm" | wc -c) bytes gzip -9"
node scripts/bench-wasm.mjs "$seeds"
