#!/bin/sh
# Signals that must hold on any corpus pair, whatever the aligner's tuning: the
# side of each readout is detected (us.txt is "us", prc.txt is "prc", in either
# order); a readout compared with itself links every sentence to itself and
# nothing else; readouts of two unrelated meetings align far less than a true pair.
. "$(dirname "$0")/common.sh"

# sides.py REPORT.json: prints "LEFTSIDE RIGHTSIDE".
cat >"$WORK/sides.py" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
print(d["left"]["side"], d["right"]["side"])
EOF

# diagonal.py REPORT.json: the alignment is exactly sentence i <-> sentence i, for every i.
cat >"$WORK/diagonal.py" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
left = [s["id"] for s in d["left"]["sentences"]]
right = [s["id"] for s in d["right"]["sentences"]]
links = sorted((l["left"], l["right"]) for l in d["alignment"])
problems = []
if left != right:
    problems.append("left and right sentence ids differ: %s / %s" % (left, right))
off = [l for l in links if len(l[0]) != 1 or l[0] != l[1]]
if off:
    problems.append("links off the diagonal: %s" % off[:6])
missing = sorted(set(left) - {i for l in links for i in l[0]})
if missing:
    problems.append("sentences not linked: %s" % missing)
if len(links) != len(left):
    problems.append("%d links for %d sentences" % (len(links), len(left)))
if d["unmatched"]["left"] or d["unmatched"]["right"]:
    problems.append("unmatched: %s" % d["unmatched"])
print("; ".join(problems))
sys.exit(1 if problems else 0)
EOF

# coverage.py REPORT.json: the fraction of all sentences (both sides) that are in a link.
cat >"$WORK/coverage.py" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
total = len(d["left"]["sentences"]) + len(d["right"]["sentences"])
linked = len({i for l in d["alignment"] for i in l["left"]}) + len({i for l in d["alignment"] for i in l["right"]})
print("%.3f" % (linked / total))
EOF

# ---- sides

for dir in "$CORPUS"/*/; do
    pair=$(basename "$dir")
    "$BIN" compare --format json "$dir/us.txt" "$dir/prc.txt" >"$WORK/ab.json" 2>"$WORK/err"
    forward=$(python3 "$WORK/sides.py" "$WORK/ab.json" 2>&1)
    "$BIN" compare --format json "$dir/prc.txt" "$dir/us.txt" >"$WORK/ba.json" 2>"$WORK/err"
    backward=$(python3 "$WORK/sides.py" "$WORK/ba.json" 2>&1)
    if [ "$forward" = "us prc" ] && [ "$backward" = "prc us" ]; then
        pass "sides detected: $pair"
    else
        fail "sides detected: $pair" "us.txt prc.txt gave: $forward (want: us prc)" "prc.txt us.txt gave: $backward (want: prc us)"
    fi
done

# ---- a readout against itself

for dir in "$CORPUS"/*/; do
    for side in us prc; do
        run "$BIN" compare --force --format json "$dir/$side.txt" "$dir/$side.txt"
        if [ "$STATUS" -ne 0 ]; then
            fail "$side.txt against itself is the exact diagonal: $(basename "$dir")" "status $STATUS" "stderr: $(head -c 300 "$WORK/err")"
        elif problems=$(python3 "$WORK/diagonal.py" "$WORK/out" 2>&1); then
            pass "$side.txt against itself is the exact diagonal: $(basename "$dir")"
        else
            fail "$side.txt against itself is the exact diagonal: $(basename "$dir")" "$problems"
        fi
    done
done

# ---- unrelated meetings

# coverage LEFT RIGHT: prints the coverage of `compare LEFT RIGHT`.
coverage() {
    "$BIN" compare --format json "$1" "$2" >"$WORK/c.json" 2>"$WORK/err" && python3 "$WORK/coverage.py" "$WORK/c.json" 2>&1
}

# expect_low_coverage LEFT RIGHT TRUE_A TRUE_B: `compare LEFT RIGHT` covers at most
# half of the lower of the true pairs' coverages TRUE_A and TRUE_B.
expect_low_coverage() {
    got=$(coverage "$1" "$2")
    name="unrelated meetings align little: $(basename "$(dirname "$1")")/us.txt vs $(basename "$(dirname "$2")")/prc.txt"
    if python3 -c 'import sys; sys.exit(0 if float(sys.argv[1]) <= min(float(sys.argv[2]), float(sys.argv[3])) / 2 else 1)' "$got" "$3" "$4" 2>/dev/null; then
        pass "$name"
    else
        fail "$name" "coverage $got, true pairs cover $3 and $4 (want at most half the lower)"
    fi
}

# expect_unrelated A B: A's us.txt against B's prc.txt, and B's us.txt against A's prc.txt.
expect_unrelated() {
    a="$CORPUS/$1" b="$CORPUS/$2"
    true_a=$(coverage "$a/us.txt" "$a/prc.txt")
    true_b=$(coverage "$b/us.txt" "$b/prc.txt")
    expect_low_coverage "$a/us.txt" "$b/prc.txt" "$true_a" "$true_b"
    expect_low_coverage "$b/us.txt" "$a/prc.txt" "$true_a" "$true_b"
}

# An economic meeting against a defence meeting, and climate against defence.
expect_unrelated 2024-04-06-yellen-he-guangzhou 2024-05-31-austin-dong-singapore
expect_unrelated 2023-07-17-kerry-xie-beijing 2024-05-31-austin-dong-singapore
