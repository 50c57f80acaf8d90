#!/bin/sh
# batch in CI (issue 15): a corpus without pairs and a gate without the
# --baseline it needs are usage errors; an internal error in one pair is that
# pair's error row and exit status 3; summaries and gate failures name the
# sides US and PRC (in either order); summary.jsonl's only_here and omits.
. "$(dirname "$0")/common.sh"

BALI=2022-11-14-biden-xi-bali
LOOKED="no readout pairs found: looked for pairs.tsv, and for subfolders each holding one us.* and one prc.* readout"

# ---- nothing to compare

mkdir "$WORK/empty"
expect_error "an empty corpus folder: status 2, the layouts looked for" 2 "readoutdiff: $WORK/empty: $LOOKED" \
    "$BIN" batch "$WORK/empty" -o "$WORK/out-empty"
expect_no_path "an empty corpus folder: no OUTDIR created" "$WORK/out-empty"
expect_error "one pair's folder instead of its parent: says so" 2 \
    "readoutdiff: $CORPUS/$BALI: $LOOKED (this folder holds them itself: give its parent folder)" \
    "$BIN" batch "$CORPUS/$BALI" -o "$WORK/out-one"

# ---- gates that need a baseline

batch_copy_pairs "$WORK/c" "$BALI"
expect_error "--fail-on outlier without --baseline: a usage error" 2 \
    "readoutdiff: --fail-on 'outlier' needs --baseline FILE (outliers are measured against it) (see 'readoutdiff --help')" \
    "$BIN" batch "$WORK/c" -o "$WORK/out-gate" --fail-on outlier
expect_no_path "--fail-on outlier without --baseline: no OUTDIR created" "$WORK/out-gate"

# ---- sides named US and PRC

# The same pair twice: in the folder layout (US left) and from a manifest with PRC left.
mkdir "$WORK/sides"
cp "$CORPUS/$BALI/us.txt" "$CORPUS/$BALI/prc.txt" "$WORK/sides/"
printf 'us-left\tus.txt\tprc.txt\t2022-11-14\nprc-left\tprc.txt\tus.txt\t2022-11-14\n' >"$WORK/sides/pairs.tsv"
run "$BIN" batch "$WORK/sides" -o "$WORK/out-sides" --jobs 2 --fail-on omitted:technology
expect_last_status "omitted:technology trips: status 1" 1
expect_py "summary.jsonl: omits is what a side leaves out, only_here (and the deprecated omitted) what it raises alone" '
import json, sys
for line in open(sys.argv[1]):
    r = json.loads(line)
    rep = json.load(open(sys.argv[2] + "/" + r["id"] + ".json"))
    for name, other in (("left", "right"), ("right", "left")):
        s = r[name]
        if s["only_here"] != rep["emphasis"]["omitted"][name]: print(r["id"], name, "only_here", s["only_here"])
        if s["omitted"] != s["only_here"]: print(r["id"], name, "omitted differs from only_here")
        if s["omits"] != rep["emphasis"]["omitted"][other]: print(r["id"], name, "omits", s["omits"])
    if r["left"]["side"] == r["right"]["side"]: print(r["id"], "sides", r["left"]["side"])
' "$WORK/out-sides/summary.jsonl" "$WORK/out-sides"
for id in us-left prc-left; do
    expect_contains "$id: summary.md says the US readout omits technology" "$WORK/out-sides/summary.md" \
        "| **omitted:technology: US omits technology (raised by PRC)** |"
    run grep -c 'message="gate omitted:technology tripped: US omits technology (raised by PRC)"' "$WORK/out-sides/junit.xml"
    if [ "$(cat "$WORK/out")" = "2" ]; then pass "$id: junit.xml failure names the side"; else fail "$id: junit.xml failure names the side" "$(grep failure "$WORK/out-sides/junit.xml")"; fi
done
expect_contains "summary.md: columns by side" "$WORK/out-sides/summary.md" "| pair | date | tone US | tone PRC | gap | coverage | harsher | only US | only PRC | sides | gates |"
expect_py "summary.md and index.html: the US column holds the US readout in either order" '
import json, sys
rows = {r["id"]: r for r in map(json.loads, open(sys.argv[1] + "/summary.jsonl"))}
md = open(sys.argv[1] + "/summary.md").read().splitlines()
cells = {l.split(" | ")[0][2:]: l.split(" | ") for l in md if l.startswith("| us-left") or l.startswith("| prc-left")}
if cells["us-left"][2:10] != cells["prc-left"][2:10]: print("rows differ:", cells["us-left"][2:10], cells["prc-left"][2:10])
us = rows["prc-left"]["right"]
if abs(float(cells["prc-left"][2]) - us["tone"]) > 0.006: print("tone US cell", cells["prc-left"][2], "US tone", us["tone"])
if cells["prc-left"][9] != "detected": print("sides cell", cells["prc-left"][9])
html = open(sys.argv[1] + "/index.html").read()
for h in ("tone US", "tone PRC", "only US", "only PRC"):
    if ">" + h + "<" not in html: print("index.html lacks the heading", h)
if "Solid: US; dashed: PRC" not in html: print("index.html chart legend does not name the sides")
' "$WORK/out-sides"
expect_batch_output "sides: summary.md passes the contract" md "$WORK/out-sides"
expect_batch_output "sides: junit.xml passes the contract" junit "$WORK/out-sides"

# ---- an internal error in one pair: its error row, the others compared, exit status 3

# A pair too big for the memory left by ulimit -v meets std::bad_alloc. ASan
# reserves terabytes of address space, so this cannot run under make asan.
if [ -n "${ASAN_OPTIONS:-}" ]; then
    skip "an internal error in one pair: status 3" "ulimit -v cannot run under AddressSanitizer"
else
    mkdir -p "$WORK/oom/big"
    batch_copy_pairs "$WORK/oom" "$BALI"
    yes 'The two sides held talks on trade, climate and military channels. China firmly opposes interference.' | head -c 8000000 >"$WORK/oom/big/us.txt"
    yes 'The United States raised concerns about Taiwan and fentanyl with the PRC side today.' | head -c 8000000 >"$WORK/oom/big/prc.txt"
    run sh -c 'ulimit -v 400000 && exec "$@"' sh "$BIN" batch "$WORK/oom" -o "$WORK/out-oom" --jobs 1
    expect_last_status "an internal error in one pair: status 3" 3
    expect_contains "an internal error in one pair: one line naming the pair" "$WORK/err" "readoutdiff: pair big: internal error: out of memory"
    expect_contains "an internal error in one pair: the closing line counts it" "$WORK/err" ", 0 unreadable, 1 internal error; "
    expect_py "an internal error in one pair: its row says internal error, the other pair is compared" '
import json, sys
rows = {r["id"]: r for r in map(json.loads, open(sys.argv[1]))}
if rows["big"]["error"] != "internal error: out of memory" or rows["big"]["error_kind"] != "internal": print("big:", rows["big"]["error"], rows["big"]["error_kind"])
if rows["2022-11-14-biden-xi-bali"]["error"] is not None: print("bali:", rows["2022-11-14-biden-xi-bali"]["error"])
' "$WORK/out-oom/summary.jsonl"
    expect_contains "an internal error in one pair: junit.xml marks it internal" "$WORK/out-oom/junit.xml" 'type="internal"'
    run sh -c 'ulimit -v 400000 && exec "$@"' sh "$BIN" compare --max-bytes 20000000 "$WORK/oom/big/us.txt" "$WORK/oom/big/prc.txt"
    if [ "$STATUS" -eq 3 ] && [ "$(cat "$WORK/err")" = "readoutdiff: internal error: out of memory" ] && [ ! -s "$WORK/out" ]; then
        pass "compare out of memory: one line, status 3"
    else
        fail "compare out of memory: one line, status 3" "status $STATUS" "stderr: $(head -c 300 "$WORK/err")"
    fi
fi

# ---- temporaries of other runs

# A temporary named after a live process (another batch or compare writing
# into OUTDIR) stays; one named after a process that is gone is removed.
mkdir -p "$WORK/tmpdir"
sleep 60 &
live=$!
sh -c 'exit 0' &
gone=$!
wait "$gone"
: >"$WORK/tmpdir/.readoutdiff-$live-0-1.tmp"
: >"$WORK/tmpdir/.readoutdiff-$gone-0-1.tmp"
run "$BIN" batch "$WORK/c" -o "$WORK/tmpdir"
left=$(ls -A "$WORK/tmpdir" | grep '^\.readoutdiff-' | tr '\n' ' ')
kill "$live" 2>/dev/null
if [ "$STATUS" -eq 0 ] && [ "$left" = ".readoutdiff-$live-0-1.tmp " ]; then
    pass "batch removes the temporaries of gone processes only"
else
    fail "batch removes the temporaries of gone processes only" "status $STATUS" "left: $left"
fi
