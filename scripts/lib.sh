#!/usr/bin/env bash
# Shared helpers for the project's scripts. Source it; do not run it.
#
# - `cfg SECTION KEY` reads one value from wasm-pack.toml, the single source of the tool
#   versions and build settings.
# - `ensure_tools` installs whatever is missing, idempotently and at pinned versions, from
#   the registries this machine reaches (crates.io, npm, Debian). Every step first checks
#   whether the exact version is already there, so a warm run costs well under a second.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/.tools"            # npm-installed tools (git-ignored)
export WASM_PACK_CACHE="${WASM_PACK_CACHE:-$HOME/.cache/.wasm-pack}"
# The npm-installed tools (wasm-opt, playwright-core) come first, ahead of any Debian copy.
export PATH="$TOOLS/node_modules/.bin:$PATH"
export NODE_PATH="$TOOLS/node_modules${NODE_PATH:+:$NODE_PATH}"

cfg() {
  local section="$1" key="$2"
  awk -v s="[$section]" -v k="$key" '
    /^[[:space:]]*\[/ { insec = ($0 == s) ; next }
    insec && $0 ~ "^[[:space:]]*" k "[[:space:]]*=" {
      sub(/^[^=]*=[[:space:]]*"/, ""); sub(/".*$/, ""); print; found = 1; exit
    }
    END { if (!found) exit 1 }' "$ROOT/wasm-pack.toml" \
    || { echo "wasm-pack.toml: missing [$section] $key" >&2; return 1; }
}

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# `have_version CMD VERSION` is true when CMD is on PATH and prints VERSION in --version.
have_version() { command -v "$1" >/dev/null 2>&1 && "$1" --version 2>/dev/null | grep -qF "$2"; }

ensure_rust_target() {
  local t; t="$(cfg build rust_target)"
  rustup target list --installed | grep -qx "$t" || { log "rustup target add $t"; rustup target add "$t"; }
}

ensure_wasm_pack() {
  local v; v="$(cfg tools wasm_pack)"
  have_version wasm-pack "$v" || { log "cargo install wasm-pack $v"; cargo install wasm-pack --version "$v" --locked; }
  mkdir -p "$WASM_PACK_CACHE"
}

ensure_wasm_bindgen() {
  local v locked; v="$(cfg tools wasm_bindgen_cli)"
  # The CLI must match the library exactly, or wasm-bindgen refuses the module.
  locked="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock" 2>/dev/null || true)"
  if [ -n "$locked" ] && [ "$locked" != "$v" ]; then
    echo "Cargo.lock has wasm-bindgen $locked but wasm-pack.toml pins $v; make them equal" >&2; return 1
  fi
  # No --locked: the CLI's own lockfile pins a webpki-roots version this mirror does not serve.
  have_version wasm-bindgen "$v" || { log "cargo install wasm-bindgen-cli $v"; cargo install wasm-bindgen-cli --version "$v"; }
}

ensure_npm_tools() {
  local b p; b="$(cfg tools binaryen_npm)"; p="$(cfg tools playwright_core_npm)"
  if [ ! -x "$TOOLS/node_modules/.bin/wasm-opt" ] || ! grep -q "\"version\": \"$b\"" "$TOOLS/node_modules/binaryen/package.json" 2>/dev/null \
     || ! grep -q "\"version\": \"$p\"" "$TOOLS/node_modules/playwright-core/package.json" 2>/dev/null; then
    log "npm install binaryen@$b playwright-core@$p"
    mkdir -p "$TOOLS"
    npm install --silent --no-audit --no-fund --prefix "$TOOLS" "binaryen@$b" "playwright-core@$p" >/dev/null
  fi
}

# Chromium and its driver for the browser tests, and a CJK font so that screenshots show
# Chinese rather than boxes (a fresh machine has none).
ensure_chromium() {
  local c d font; c="$(cfg test chromium)"; d="$(cfg test chromedriver)"; font="$(cfg test cjk_font_deb)"
  if [ ! -x "$c" ] || [ ! -x "$d" ] || ! dpkg -s "$font" >/dev/null 2>&1; then
    log "apt-get install chromium chromium-driver $font"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium chromium-driver "$font" >/dev/null
  fi
}

ensure_build_tools() { ensure_rust_target; ensure_wasm_pack; ensure_wasm_bindgen; ensure_npm_tools; }
ensure_tools() { ensure_build_tools; ensure_chromium; }

# Builds the wasm package into the configured out dir, optimised with the pinned wasm-opt.
build_wasm() {
  local out name; out="$(cfg build out_dir)"; name="$(cfg build out_name)"
  log "wasm-pack build → $out"
  ( cd "$ROOT" && wasm-pack build --mode no-install --profile wasm-release --target "$(cfg build target)" \
      --out-dir "$out" --out-name "$name" >&2 )
  local wasm="$ROOT/$out/${name}_bg.wasm"
  # shellcheck disable=SC2046
  wasm-opt $(cfg build wasm_opt_flags) "$wasm" -o "$wasm.opt" && mv "$wasm.opt" "$wasm"
  rm -f "$ROOT/$out/.gitignore"
}
