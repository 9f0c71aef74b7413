#!/usr/bin/env bash
# Runs every test of the project, installing what is missing first (see scripts/lib.sh):
#   1. cargo test: unit tests and the data-driven integration tests on real plan excerpts;
#   2. the wasm boundary tests in node and in headless Chromium (each must run > 0 tests);
#   3. the release wasm build and its size budget, then the end-to-end test of the page in
#      headless Chromium;
#   4. the annotated-sample score (../shared/eval), printed for the record when present.
# Exits non-zero on the first failure. .ci/run calls this script.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ensure_tools
cd "$ROOT"
# Everything the runners print also goes to this log, from which the closing line is counted.
LOG="$(mktemp)"
trap 'rm -f "$LOG"' EXIT
exec > >(tee -a "$LOG") 2>&1

log "cargo test"
cargo test --all-targets --locked

if cargo clippy --version >/dev/null 2>&1; then
  log "cargo clippy"
  cargo clippy --all-targets --locked -- -D warnings
  cargo clippy --lib --target "$(cfg build rust_target)" --locked -- -D warnings
fi

# Runs the wasm tests in one environment and fails unless at least one test ran: a suite
# configured for the other environment is skipped with exit 0 and "0 passed".
wasm_tests() {
  local env="$1" out
  out="$(mktemp)"
  log "wasm-pack test ($env)"
  case "$env" in
    node) wasm-pack test --node --mode no-install 2>&1 | tee "$out" ;;
    chrome) WASM_BINDGEN_USE_BROWSER=1 wasm-pack test --headless --chrome \
              --chromedriver "$(cfg test chromedriver)" --mode no-install 2>&1 | tee "$out" ;;
    *) echo "unknown wasm test environment $env" >&2; return 1 ;;
  esac
  local status=${PIPESTATUS[0]}
  [ "$status" -eq 0 ] || return "$status"
  local ran
  ran="$(grep -oE 'test result: ok\. [0-9]+ passed' "$out" | awk '{ s += $4 } END { print s + 0 }')"
  rm -f "$out"
  if [ "$ran" -eq 0 ]; then
    echo "wasm tests in $env: 0 tests ran; expected at least one" >&2
    return 1
  fi
  log "wasm tests in $env: $ran passed"
}
for env in $(cfg test wasm_envs); do wasm_tests "$env"; done

build_wasm
# The size budget of the hardening issue: the wasm as served, gzip -9, in bytes. A change that
# crosses it fails here, not in a benchmark read later.
wasm="$(cfg build out_dir)/$(cfg build out_name)_bg.wasm"
budget="$(cfg build wasm_gzip_budget)"
gz="$(gzip -9c "$wasm" | wc -c)"
if [ "$gz" -gt "$budget" ]; then
  echo "wasm size: expected at most $budget bytes gzipped, found $gz" >&2
  exit 1
fi
log "wasm size: $(stat -c %s "$wasm") bytes raw, $gz gzipped (budget $budget)"
# Slicing a str by index links core's char-boundary panic and, through its message, the Debug
# formatting of chars and Unicode's printable tables (about 5 KB gzipped). The code slices with
# crate::text::sub and searches with crate::text::find_str instead; this keeps it so.
if grep -q "is not a char boundary" "$wasm"; then
  echo "wasm: expected no str slicing panic (use crate::text::sub, find_str, has_char), found its message" >&2
  exit 1
fi

log "end-to-end tests in headless Chromium"
node --test tests/e2e/

if [ -f "$ROOT/../shared/eval/score.py" ]; then
  log "annotated sample score (for the record; not a pass/fail gate)"
  cargo build --release --locked --bin plancheck >/dev/null 2>&1
  python3 "$ROOT/../shared/eval/score.py" "$ROOT/../shared/eval/sample.json" || true
fi
# One closing line over all runners: cargo and wasm-bindgen ("N passed") and node ("# pass N").
passed="$(grep -oE '(test result: ok\. [0-9]+ passed|^# pass [0-9]+)' "$LOG" | grep -oE '[0-9]+' | awk '{ s += $1 } END { print s + 0 }')"
echo "all: $passed passed, 0 failed"
