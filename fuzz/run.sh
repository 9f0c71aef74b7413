#!/usr/bin/env bash
# Fuzzes plancheck with cargo-fuzz (libFuzzer). See docs/fuzzing.md.
#
#   fuzz/run.sh                        # both targets, 10 million executions each
#   fuzz/run.sh structured 1000000     # one target, a given number of executions
#   fuzz/run.sh prose 0 600            # one target, unlimited executions, at most 600 s
#   fuzz/run.sh cmin                   # minimise both committed corpora in place
#   fuzz/run.sh repro prose FILE       # run one input (a crash artifact, say) and show the panic
#
# Installs only what is missing: the nightly toolchain and cargo-fuzz at the pinned version.
# One process per target, in the foreground (no -jobs/-workers: those make libFuzzer write to
# ./fuzz-N.log, which two targets run at once would share). Its output goes to the terminal
# and to fuzz/logs/<target>.log. It stops at the first crash, which is what we want to know.
#
# Build flags: no sanitizer (-s none: the crate has no unsafe code, so ASan would only slow it
# down), debug assertions and overflow checks on (-a: an overflow that would panic in a debug
# build is a crash here too), and no compare tracing (--no-trace-compares: the generator of
# `structured` and the dictionary of `prose` supply the vocabulary, at 2–3× the speed).
set -euo pipefail

CARGO_FUZZ_VERSION=0.13.2
TOOLCHAIN=nightly
BUILD_FLAGS=(-s none -a --no-trace-compares)
MAX_LEN_structured=1024
MAX_LEN_prose=1024

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
cd "$root"

if ! rustup toolchain list | grep -q "^$TOOLCHAIN"; then
    rustup toolchain install "$TOOLCHAIN" --profile minimal
fi
if [ "$(cargo fuzz --version 2>/dev/null || true)" != "cargo-fuzz $CARGO_FUZZ_VERSION" ]; then
    cargo install cargo-fuzz --version "=$CARGO_FUZZ_VERSION" --locked
fi

targets=(structured prose)
what="${1:-all}"

max_len() { local v="MAX_LEN_$1"; echo "${!v}"; }

extra_args() {
    # The prose target starts from excerpts of the seed plans and uses a dictionary.
    if [ "$1" = prose ]; then
        if [ -d ../shared/seeds ] && [ ! -d fuzz/seeds/prose ]; then
            python3 fuzz/seeds/make_prose_seeds.py ../shared/seeds >&2
        fi
        echo "-dict=fuzz/prose.dict"
    fi
}

seed_dirs() {
    if [ "$1" = prose ] && [ -d fuzz/seeds/prose ]; then echo fuzz/seeds/prose; fi
}

fuzz() {
    local target="$1" runs="$2" max_time="$3"
    # libFuzzer's -runs=0 replays the corpus only; unlimited is -1.
    [ "$runs" = 0 ] && runs=-1
    mkdir -p "fuzz/corpus/$target" fuzz/logs
    local extra seeds
    extra="$(extra_args "$target")"
    seeds="$(seed_dirs "$target")"
    local start=$SECONDS status=0
    set +e # the pipeline's first status is the fuzzer's; the filter's is not an error
    # New inputs go to the committed corpus (the first directory); seeds are only read.
    # shellcheck disable=SC2086
    cargo +"$TOOLCHAIN" fuzz run "${BUILD_FLAGS[@]}" "$target" "fuzz/corpus/$target" $seeds -- \
        -runs="$runs" -max_total_time="$max_time" \
        -max_len="$(max_len "$target")" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 $extra \
        2>&1 | tee "fuzz/logs/$target.log" | grep --line-buffered -E "pulse|DONE|stat::|panicked|invariant|SUMMARY"
    local codes=("${PIPESTATUS[@]}")
    set -e
    status=${codes[0]}
    echo "== $target: exit $status after $((SECONDS - start)) s; log in fuzz/logs/$target.log"
    grep -E "DONE|stat::|panicked|invariant broken|Test unit written" "fuzz/logs/$target.log" | tail -12 || true
    return "$status"
}

cmin() {
    local target="$1"
    cargo +"$TOOLCHAIN" fuzz cmin "${BUILD_FLAGS[@]}" "$target" "fuzz/corpus/$target" -- \
        -max_len="$(max_len "$target")" -timeout=10
    echo "== $target corpus: $(find "fuzz/corpus/$target" -type f | wc -l) files, $(du -sh --apparent-size "fuzz/corpus/$target" | cut -f1)"
}

case "$what" in
    all) for t in "${targets[@]}"; do fuzz "$t" "${2:-10000000}" "${3:-0}"; done ;;
    structured | prose) fuzz "$what" "${2:-10000000}" "${3:-0}" ;;
    cmin) for t in "${targets[@]}"; do cmin "$t"; done ;;
    repro)
        target="${2:?target}" file="${3:?file}"
        cargo +"$TOOLCHAIN" fuzz run "${BUILD_FLAGS[@]}" "$target" "$file"
        ;;
    *) echo "usage: fuzz/run.sh [all|structured|prose|cmin|repro] …" >&2; exit 2 ;;
esac
