#!/usr/bin/env bash
# Scores the release command with the three Python scorers of ../shared/eval, one line per
# scorer and corpus, in the form `cargo test --test real_text -- --nocapture` prints its own
# port of them; the two must agree to the count (docs/accuracy.md).
#
#   scripts/eval.sh            real: facts … flags … (score.py, real/*.json)
#                              real: mutations … flagged … sensitivity …   (mutate.py)
#                              real: figures … accounted … coverage …    (coverage.py)
#                              sample: … the same three on sample.json
#   scripts/eval.sh --halves   also `dev plans: …`, `held-out both: …`, split by
#                              tests/corpus/holdout.txt as the Rust test splits them
#
# PLANCHECK, as the scorers read it, names another command; by default the one built here.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
EVAL="$ROOT/../shared/eval"
halves=0
for arg in "$@"; do
  case "$arg" in
    --halves) halves=1 ;;
    *) echo "usage: scripts/eval.sh [--halves]; expected no other argument, found $arg" >&2; exit 2 ;;
  esac
done
if [ ! -f "$EVAL/score.py" ]; then
  echo "expected the scorers in $EVAL (shared/ beside the repository), found none" >&2
  exit 1
fi

cd "$ROOT"
cargo build --release --locked --bin plancheck >&2
export PLANCHECK="${PLANCHECK:-${CARGO_TARGET_DIR:-$ROOT/target}/release/plancheck --json}"

# One line per scorer: its last line (mutate.py prints its per-kind counts just before it).
scorers() {
  local label="$1"
  shift
  local s
  for s in score mutate coverage; do
    echo "$label: $(python3 "$EVAL/$s.py" "$@" | tail -n 1)"
  done
}

scorers real "$EVAL"/real/plans.json "$EVAL"/real/bulletins.json
scorers sample "$EVAL/sample.json"

if [ "$halves" = 1 ]; then
  split="$(mktemp -d)"
  trap 'rm -rf "$split"' EXIT
  # The halves as corpus files: the ids of holdout.txt (its # lines are comments) and the rest.
  python3 - "$EVAL/real" "$ROOT/tests/corpus/holdout.txt" "$split" <<'PY'
import json, sys
real, holdout, out = sys.argv[1:]
held = {l.strip() for l in open(holdout, encoding="utf-8") if l.strip() and not l.startswith("#")}
for f in ("plans", "bulletins"):
    cases = json.load(open(f"{real}/{f}.json", encoding="utf-8"))
    for half, keep in (("dev", False), ("held-out", True)):
        with open(f"{out}/{half}-{f}.json", "w", encoding="utf-8") as o:
            json.dump([c for c in cases if (c["id"] in held) == keep], o, ensure_ascii=False)
PY
  for half in dev held-out; do
    for file in plans bulletins; do
      scorers "$half $file" "$split/$half-$file.json"
    done
    scorers "$half both" "$split/$half-plans.json" "$split/$half-bulletins.json"
  done
fi
