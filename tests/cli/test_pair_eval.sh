#!/bin/sh
# Pairing precision and recall (tools/pair_eval.py): the White House readouts
# and the real pairs of ../shared/corpus-real with the distractors of
# tests/cli/fixtures/pair/distractors, shuffled into one folder under two
# seeds (skipped where the real readouts are absent); the written corpus
# flattened into one folder; a generated stream. Targets: precision 1.00,
# recall at least 0.95, every readout in no pair with its reason; on the
# real readouts and the corpus, every readout also as the truth says
# (alternatives, unpaired).
. "$(dirname "$0")/common.sh"

# eval_set NAME ARGS...: pair_eval.py with ARGS passes.
eval_set() {
    es_name=$1
    shift
    es_out=$(python3 "$ROOT/tools/pair_eval.py" --bin "$BIN" "$@" 2>&1)
    es_status=$?
    if [ "$es_status" -eq 0 ]; then pass "$es_name: $(printf '%s\n' "$es_out" | head -1 | sed 's/^pairing [a-z]* *//')"; else fail_text "$es_name" "$es_out"; fi
}

if have_real_pairs "pairing on the real readouts and distractors"; then
    eval_set "pairing the real readouts and distractors (seed 17)" --sets real --seed 17 --strict
    eval_set "pairing the real readouts and distractors (seed 4)" --sets real --seed 4 --strict
fi
eval_set "pairing the written corpus, flattened" --sets corpus --strict
eval_set "pairing a generated stream of 2,000 readouts" --sets stream --stream-size 2000 --seed 17 --check
eval_set "pairing another generated stream" --sets stream --stream-size 1000 --seed 3 --check

# Without the real readouts, the real set says so and is no failure.
run python3 "$ROOT/tools/pair_eval.py" --bin "$BIN" --sets real --real "$WORK/absent" --check
if [ "$STATUS" -eq 0 ] && grep -q "^pairing real: skipped, ../shared/corpus-real is absent" "$WORK/out"; then pass "pair_eval: the real set is skipped with a message where the real readouts are absent"; else fail "pair_eval: the real set is skipped with a message where the real readouts are absent" "status $STATUS" "$(cat "$WORK/out")"; fi
