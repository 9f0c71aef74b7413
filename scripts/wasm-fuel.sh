#!/usr/bin/env bash
# Counts the wasm instructions that one analysis executes, phase by phase, with wasmtime's
# fuel: a deterministic measure of the core as wasm, unlike timings on a shared machine. It
# builds bench/wasm-fuel (the core without its JS boundary, at opt-level "z" with the same
# wasm-opt flags as the release wasm) and runs it in wasmtime from PyPI, pinned below.
#
#   scripts/wasm-fuel.sh                 # the three seeds
#   scripts/wasm-fuel.sh FILE...         # any texts
#
# It measures the core only: the conversion of the Report into JS objects, about a fifth of
# the time in Chromium, happens outside it (scripts/bench.sh measures that).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
WASMTIME_PYPI=50.0.1
cd "$ROOT"
ensure_rust_target >/dev/null; ensure_npm_tools >/dev/null
py="$ROOT/.tools/python"
# The module has no __version__; its installed metadata says which version it is.
if ! PYTHONPATH="$py" python3 -c "import importlib.metadata as m, sys; sys.exit(m.version('wasmtime') != '$WASMTIME_PYPI')" 2>/dev/null; then
    python3 -m pip install --quiet --upgrade --target "$py" "wasmtime==$WASMTIME_PYPI" >&2
fi
out="$ROOT/target/wasm-fuel"
CARGO_TARGET_DIR="$out" cargo build -q --release --target "$(cfg build rust_target)" \
    --manifest-path bench/wasm-fuel/Cargo.toml
# shellcheck disable=SC2046
wasm-opt $(cfg build wasm_opt_flags) "$out/$(cfg build rust_target)/release/plancheck_wasm_fuel.wasm" \
    -o "$out/core.wasm"
if [ $# -eq 0 ]; then set -- "$ROOT"/../shared/seeds/*.txt; fi
PYTHONPATH="$py" python3 bench/wasm-fuel/count.py "$out/core.wasm" "$@"
