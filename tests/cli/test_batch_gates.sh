#!/bin/sh
# batch, part 2: --fail-on gates (what trips, where it shows: exit status,
# summary.jsonl, summary.md, junit.xml; syntax errors with their column) and
# --baseline (outliers against an earlier summary.jsonl; a file that is not one).
. "$(dirname "$0")/common.sh"

# Four corpus pairs and "self": a readout against a copy of itself with one
# more line end (no tone gap, no topic on one side only, the same
# characterization); a byte-identical copy is refused without --force.
C="$WORK/c"
batch_copy_pairs "$C" 2022-11-14-biden-xi-bali 2023-06-19-blinken-wang-beijing 2023-11-15-biden-xi-woodside 2024-04-02-biden-xi-call
mkdir "$C/self"
cp "$CORPUS/2022-11-14-biden-xi-bali/us.txt" "$C/self/us.txt"
{ cat "$CORPUS/2022-11-14-biden-xi-bali/us.txt"; echo; } >"$C/self/prc.txt"

run "$BIN" batch "$C" -o "$WORK/plain" --jobs 2
expect_last_status "no gate: status 0" 0
expect_batch_output "no gate: summary.jsonl valid" jsonl "$WORK/plain" 2022-11-14-biden-xi-bali,2023-06-19-blinken-wang-beijing,2023-11-15-biden-xi-woodside,2024-04-02-biden-xi-call,self
got=$(batch_rows "$WORK/plain/summary.jsonl" 'r = by_id["self"]; print(r["tone_gap"], r["left"]["omitted"] + r["right"]["omitted"], r["characterization_changed"])')
if [ "$got" = "0.0 [] False" ]; then pass "self pair: no tone gap, no one-sided topic, characterization unchanged"; else fail "self pair: no tone gap, no one-sided topic, characterization unchanged" "got: $got"; fi

# gate_run NAME WANT_STATUS GATE...: a run with each GATE as --fail-on; checks the
# status, that each row's gates are exactly those a python predicate over the
# row in the plain run gives (TRIPS, set by the caller), and the summaries.
gate_run() {
    gr_name=$1 gr_want=$2
    shift 2
    for gr_gate in "$@"; do set -- "$@" --fail-on "$gr_gate"; shift; done
    rm -rf "$WORK/gated" && cp -rp "$WORK/plain" "$WORK/gated"
    run "$BIN" batch "$C" -o "$WORK/gated" --jobs 2 "$@"
    expect_last_status "$gr_name: status $gr_want" "$gr_want"
    expect_py "$gr_name: each row's gates are the expressions its scores trip" '
import json, sys
plain = {r["id"]: r for r in map(json.loads, open(sys.argv[1]))}
gated = {r["id"]: r for r in map(json.loads, open(sys.argv[2]))}
gates = sys.argv[5::2]
def trips(g, r):
    return eval(sys.argv[3])
for i, r in sorted(plain.items()):
    want = [g for g in gates if trips(g, r)]
    if gated.get(i, {}).get("gates") != want:
        print("%s: gates %r, expected %r (tone_gap %r, omitted %r/%r, characterization_changed %r)" % (i, gated.get(i, {}).get("gates"), want,
              r["tone_gap"], r["left"]["omitted"], r["right"]["omitted"], r["characterization_changed"]))
' "$WORK/plain/summary.jsonl" "$WORK/gated/summary.jsonl" "$TRIPS" "$@"
    n=$(batch_rows "$WORK/gated/summary.jsonl" 'print(sum(1 for r in rows if r["gates"]))')
    expect_contains "$gr_name: the closing line counts $n pairs with gates tripped" "$WORK/err" "batch: 5 pairs (5 unchanged, reused), $n with gates tripped"
    expect_batch_output "$gr_name: summary.md shows the gates tripped" md "$WORK/gated"
    expect_batch_output "$gr_name: junit.xml has a failure per gate tripped" junit "$WORK/gated"
}

# Each gated run starts from a copy of the plain run: its pairs are reused and
# the gates are checked again on the reused rows.
TRIPS='r["tone_gap"] > 0'
gate_run "--fail-on 'tone_gap>0'" 1 'tone_gap>0'
tripped=$(batch_rows "$WORK/gated/summary.jsonl" 'print(" ".join(r["id"] for r in rows if r["gates"]))')
if [ "$tripped" = "2022-11-14-biden-xi-bali 2023-06-19-blinken-wang-beijing 2023-11-15-biden-xi-woodside 2024-04-02-biden-xi-call" ]; then
    pass "--fail-on 'tone_gap>0': trips on the four real pairs, not on self"
else
    fail "--fail-on 'tone_gap>0': trips on the four real pairs, not on self" "tripped: $tripped"
fi

TRIPS='r["coverage"] < 0'
gate_run "--fail-on 'coverage<0'" 0 'coverage<0'

TRIPS='r["tone_gap"] > 0.15'
gate_run "--fail-on 'tone_gap > 0.15' (spaces)" 1 'tone_gap > 0.15'

# A topic that one side raises alone in the fewest pairs (so some pairs do not trip).
TOPIC=$(batch_rows "$WORK/plain/summary.jsonl" '
from collections import Counter
n = Counter(t for r in rows for t in set(r["left"]["omitted"] + r["right"]["omitted"]))
print(min(sorted(n), key=lambda t: n[t]))')
TRIPS='g[len("omitted:"):] in r["left"]["omitted"] + r["right"]["omitted"]'
gate_run "--fail-on omitted:$TOPIC" 1 "omitted:$TOPIC"

TRIPS='bool(r["left"]["omitted"] + r["right"]["omitted"])'
gate_run "--fail-on omitted:any" 1 "omitted:any"

TRIPS='r["characterization_changed"]'
gate_run "--fail-on characterization_changed" 1 characterization_changed

TRIPS='r["tone_gap"] > 0.2 if g == "tone_gap>0.2" else r["characterization_changed"]'
gate_run "two gates, tone_gap>0.2 and characterization_changed" 1 'tone_gap>0.2' characterization_changed

# ---- gate syntax errors: status 2, one line with the column, nothing written

gate_error() {
    expect_error_line "--fail-on '$1': status 2, one line naming column $2" 2 "readoutdiff: --fail-on '$1': column $2: " \
        "$BIN" batch "$C" -o "$WORK/never" --fail-on "$1"
}
gate_error 'tone_gap>>1' 9
gate_error 'tone_gap>' 10
gate_error 'bogus>1' 1
gate_error 'omitted:' 9
gate_error 'tone_gap>1x' 11
gate_error 'characterization_changed>1' 25
gate_error '>1' 1
# The meeting and the finer subjects name counterpart sections, not topics a side can omit.
gate_error 'omitted:meeting' 9
gate_error 'omitted:debt' 9
expect_error_line "a bad gate after a good one: status 2, names the bad one" 2 "readoutdiff: --fail-on 'coverage<<0.5': column 9: " \
    "$BIN" batch "$C" -o "$WORK/never" --fail-on 'tone_gap>0.6' --fail-on 'coverage<<0.5'
expect_no_path "bad gates: no OUTDIR created" "$WORK/never"

# ---- --baseline

# The plain run as its own baseline: with 5 rows no value can lie 2 sample sd
# from their mean (at most (n-1)/sqrt(n) = 1.79 sd), so nothing is an outlier.
run "$BIN" batch "$C" -o "$WORK/gated" --jobs 2 --baseline "$WORK/plain/summary.jsonl"
expect_last_status "--baseline of the same 5 pairs: status 0" 0
got=$(batch_rows "$WORK/gated/summary.jsonl" 'print(sum(len(r["outliers"]) for r in rows))')
if [ "$got" = "0" ]; then pass "--baseline of the same 5 pairs: no outliers"; else fail "--baseline of the same 5 pairs: no outliers" "outliers: $got"; fi

# A baseline where every tone gap is tiny (0.0 and 0.01): any tone gap from
# 0.0192 up is 2 sd or more above its mean 0.005.
python3 -c '
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])][:2]
for r, gap in zip(rows, (0.0, 0.01)):
    r["tone_gap"] = gap
    print(json.dumps(r))
' "$WORK/plain/summary.jsonl" >"$WORK/tiny-gaps.jsonl"
run "$BIN" batch "$C" -o "$WORK/gated" --jobs 2 --baseline "$WORK/tiny-gaps.jsonl"
expect_last_status "--baseline with tone gaps 0.0 and 0.01: status 0 (outliers alone do not fail)" 0
expect_py "--baseline with tone gaps 0.0 and 0.01: a tone_gap outlier exactly for the pairs with a gap >= 0.0192" '
import json, sys
for r in map(json.loads, open(sys.argv[1])):
    flagged = any(o.startswith("tone_gap") for o in r["outliers"])
    if flagged != (r["tone_gap"] >= 0.0192): print("%s: tone_gap %r, outliers %r" % (r["id"], r["tone_gap"], r["outliers"]))
' "$WORK/gated/summary.jsonl"
n=$(batch_rows "$WORK/gated/summary.jsonl" 'print(sum(1 for r in rows if r["outliers"]))')
if [ "$n" -ge 4 ]; then pass "--baseline with tiny gaps: outliers non-empty for the real pairs"; else fail "--baseline with tiny gaps: outliers non-empty for the real pairs" "$n rows with outliers"; fi
expect_contains "--baseline with tiny gaps: the closing line counts the outliers" "$WORK/err" "with gates tripped, $n outliers"
expect_batch_output "--baseline with tiny gaps: summary.md shows the outliers" md "$WORK/gated"
expect_contains "--baseline with tiny gaps: junit.xml mentions an outlier" "$WORK/gated/junit.xml" "outlier: tone_gap"
run "$BIN" batch "$C" -o "$WORK/gated" --jobs 2 --baseline "$WORK/tiny-gaps.jsonl" --fail-on outlier
expect_last_status "--baseline with tiny gaps and --fail-on outlier: status 1" 1
expect_py "--fail-on outlier: trips exactly on the pairs with outliers" '
import json, sys
for r in map(json.loads, open(sys.argv[1])):
    if r["gates"] != (["outlier"] if r["outliers"] else []): print("%s: gates %r, outliers %r" % (r["id"], r["gates"], r["outliers"]))
' "$WORK/gated/summary.jsonl"

# Baselines that cannot be used: status 2, one line naming the file, nothing written.
cp "$CORPUS/2022-11-14-biden-xi-bali/us.txt" "$WORK/readout.txt"
echo '{"id": "x", "tone_gap": 0.1}' >"$WORK/other.jsonl"
head -1 "$WORK/plain/summary.jsonl" >"$WORK/one-row.jsonl"
for case in "a readout:$WORK/readout.txt" "a JSON line that is not a summary line:$WORK/other.jsonl" \
    "a summary of one pair:$WORK/one-row.jsonl" "a missing file:$WORK/missing.jsonl" "a pair's JSON report:$WORK/plain/self.json"; do
    expect_error_line "--baseline ${case%%:*}: status 2, one line naming the file" 2 "readoutdiff: ${case#*:}" \
        "$BIN" batch "$C" -o "$WORK/never2" --baseline "${case#*:}"
done
expect_no_path "unusable baselines: no OUTDIR created" "$WORK/never2"
