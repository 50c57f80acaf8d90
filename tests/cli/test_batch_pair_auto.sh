#!/bin/sh
# batch --pair auto: readouts in one folder are paired, compared and
# summarized; every readout in no pair is in every summary with its reason;
# --fail-on unpaired is a gate; OUTDIR/pairs.tsv keeps the pairs between
# runs; shards and merge carry the readouts in no pair once.
. "$(dirname "$0")/common.sh"

D="$ROOT/tests/cli/fixtures/pair/distractors"
IN="$WORK/readouts"
mkdir -p "$IN"
cp "$D"/rubio-wang-*.txt "$D/wang-lavrov-prc.txt" "$D/zhang-sullivan-dateline-prc.txt" "$IN/"
LAVROV="$IN/wang-lavrov-prc.txt"
LAVROV_REASON="PRC readout of 2024-02-16, Wang Yi (meeting): names no US official the actor lexicon knows (a meeting with another country, or an official to add to actors.tsv)"
ZHANG="$IN/zhang-sullivan-dateline-prc.txt"

run "$BIN" batch "$IN" --pair auto -o "$WORK/o1" --jobs 2
expect_last_status "batch --pair auto: status 0 without the gate, though readouts are unpaired" 0
expect_contains "the summary line counts the readouts in no pair" "$WORK/err" "batch: 2 pairs (0 unchanged, reused), 0 with gates tripped, 0 outliers, 0 unreadable; 2 readouts in no pair, 0 alternatives; $WORK/o1/summary.md"
expect_batch_output "reports of the found pairs" reports "$WORK/o1" "2025-03-03-rubio-wang-yi,2025-03-06-rubio-wang-yi" ""
expect_py "summary.jsonl: the pairs, then a line per readout in no pair with its reason" '
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1])]
pairs = [l for l in lines if "id" in l]
readouts = [l for l in lines if "unpaired" in l]
if [p["id"] for p in pairs] != ["2025-03-03-rubio-wang-yi", "2025-03-06-rubio-wang-yi"]: print("pairs:", [p.get("id") for p in pairs])
if lines[:2] != pairs: print("the pairs do not come first")
want = {sys.argv[2]: ("no_counterpart", None), sys.argv[3]: ("unknown_official", sys.argv[4])}
for r in readouts:
    standing, reason = want.pop(r["unpaired"], (None, None))
    if r["standing"] != standing: print("standing of", r["unpaired"], r["standing"])
    if reason and r["reason"] != reason: print("reason of", r["unpaired"], r["reason"])
    if r["side"] != "prc" or r["gates"] != [] or r["alternative_of"] is not None: print("fields of", r)
if want: print("missing:", sorted(want))
' "$WORK/o1/summary.jsonl" "$ZHANG" "$LAVROV" "$LAVROV_REASON"
expect_contains "summary.md: a table of the readouts in no pair, with the reason" "$WORK/o1/summary.md" "### Readouts in no pair"
expect_contains "summary.md: the third-country readout's row" "$WORK/o1/summary.md" "| PRC | 2024-02-16 | PRC readout of 2024-02-16, Wang Yi (meeting): names no US official the actor lexicon knows (a meeting with another country, or an official to add to actors.tsv) | — |"
expect_contains "summary.md: its headline counts them" "$WORK/o1/summary.md" "; 2 readouts in no pair, 0 alternatives"
expect_py "junit.xml: each readout in no pair a skipped test case with its reason" '
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
cases = {c.get("name"): c for c in root.iter("testcase") if c.get("classname") == "readoutdiff.readouts"}
suite = root.find("testsuite")
if sorted(cases) != sorted([sys.argv[2], sys.argv[3]]): print("cases:", sorted(cases))
skipped = cases.get(sys.argv[3]).find("skipped") if sys.argv[3] in cases else None
if skipped is None or skipped.get("message") != sys.argv[4]: print("skipped of lavrov:", None if skipped is None else skipped.get("message"))
if (suite.get("tests"), suite.get("skipped"), suite.get("failures")) != ("4", "2", "0"): print("suite:", suite.attrib)
' "$WORK/o1/junit.xml" "$ZHANG" "$LAVROV" "$LAVROV_REASON"
expect_contains "index.html: a section of the readouts in no pair" "$WORK/o1/index.html" "<h2 id=\"unpaired-h\">Readouts in no pair</h2>"
expect_contains "index.html: the reason, escaped" "$WORK/o1/index.html" "<td data-label=\"why\">$LAVROV_REASON</td>"
expect_contains "OUTDIR/pairs.tsv keeps the pairing, paths relative to OUTDIR" "$WORK/o1/pairs.tsv" \
    "$(printf '2025-03-03-rubio-wang-yi\t../readouts/rubio-wang-call-us.txt\t../readouts/rubio-wang-call-prc.txt\t2025-03-03\t')"

# ---- the gate
run "$BIN" batch "$IN" --pair auto -o "$WORK/o1" --fail-on unpaired
expect_last_status "--fail-on unpaired: status 1 when a readout is in no pair" 1
expect_contains "the reports of unchanged pairs are reused" "$WORK/err" "batch: 2 pairs (2 unchanged, reused)"
expect_py "summary.jsonl and junit.xml name the gate on each readout in no pair" '
import json, sys, xml.etree.ElementTree as ET
for l in open(sys.argv[1]):
    r = json.loads(l)
    if "unpaired" in r and r["gates"] != ["unpaired"]: print("gates of", r["unpaired"], r["gates"])
root = ET.parse(sys.argv[2]).getroot()
failures = [c for c in root.iter("testcase") if c.find("failure") is not None]
if len(failures) != 2: print("failures:", len(failures))
if not any(f.find("failure").get("message") == "gate unpaired tripped: " + sys.argv[3] for f in failures): print("no failure names the reason")
' "$WORK/o1/summary.jsonl" "$WORK/o1/junit.xml" "$LAVROV_REASON"
expect_contains "summary.md marks the gate" "$WORK/o1/summary.md" "| **unpaired** |"
cp "$D/rubio-wang-meeting-prc.txt" "$IN/rubio-wang-meeting-prc-copy.txt"
mkdir "$WORK/us"
cat >"$WORK/us/sullivan-zhang.txt" <<'EOF'
---
title: "Readout of National Security Advisor Jake Sullivan's Meeting with Vice Chairman Zhang Youxia"
date: '2024-08-28'
---

National Security Advisor Jake Sullivan met with Vice Chairman of the Central Military Commission Zhang Youxia of the People's Republic of China in Beijing, and raised the PRC's activity in the Taiwan Strait.
EOF
cp "$WORK/us/sullivan-zhang.txt" "$IN/"
mv "$LAVROV" "$WORK/"
run "$BIN" batch "$IN" --pair auto -o "$WORK/o1" --fail-on unpaired
expect_last_status "once every readout has its counterpart, the gate passes (an alternative does not trip it)" 0
expect_contains "the readout that arrived pairs with the dateline-only item" "$WORK/o1/pairs.tsv" \
    "$(printf '2024-08-28-sullivan-zhang-youxia\t../readouts/sullivan-zhang.txt\t../readouts/zhang-sullivan-dateline-prc.txt\t')"
expect_contains "a second copy of a readout is an alternative in summary.md" "$WORK/o1/summary.md" \
    "| PRC | 2025-03-06 | PRC readout of 2025-03-06, Wang Yi with Rubio (meeting): another PRC readout of the meeting of pair 2025-03-06-rubio-wang-yi ($IN/rubio-wang-meeting-prc.txt) | alternative |"

# ---- usage
expect_error "--fail-on unpaired needs --pair auto" 2 \
    "readoutdiff: --fail-on 'unpaired' needs --pair auto (only then are readouts left out of pairs) (see 'readoutdiff --help')" \
    "$BIN" batch "$IN" -o "$WORK/o2" --fail-on unpaired
expect_error "--pair takes auto only" 2 \
    "readoutdiff: --pair takes 'auto' (pair the readouts found under CORPUS), not 'folders' (see 'readoutdiff --help')" \
    "$BIN" batch "$IN" -o "$WORK/o2" --pair folders
expect_error "--window needs --pair auto" 2 "readoutdiff: --window needs --pair auto (see 'readoutdiff --help')" \
    "$BIN" batch "$IN" -o "$WORK/o2" --window 5
expect_no_path "no OUTDIR after a usage error" "$WORK/o2"

# ---- shards and merge: each readout in no pair once
mv "$WORK/wang-lavrov-prc.txt" "$IN/"
"$BIN" batch "$IN" --pair auto -o "$WORK/whole" >/dev/null 2>&1
"$BIN" batch "$IN" --pair auto -o "$WORK/s1" --shard 1/2 >/dev/null 2>&1
"$BIN" batch "$IN" --pair auto -o "$WORK/s2" --shard 2/2 >/dev/null 2>&1
run "$BIN" merge -o "$WORK/merged" "$WORK/s1" "$WORK/s2"
expect_last_status "merge of --pair auto shards: status 0" 0
expect_same_files "merged summaries are those of one run" "$WORK/whole" "$WORK/merged" summary.jsonl summary.md junit.xml index.html

# ---- OUTDIR inside the readouts folder: its summary.md is no readout
"$BIN" batch "$IN" --pair auto -o "$IN/reports" >/dev/null 2>&1
run "$BIN" batch "$IN" --pair auto -o "$IN/reports"
if [ "$STATUS" -eq 0 ] && ! grep -q '"unpaired":"[^"]*reports/' "$IN/reports/summary.jsonl"; then pass "batch --pair auto does not read its own OUTDIR inside the corpus"; else fail "batch --pair auto does not read its own OUTDIR inside the corpus" "status $STATUS" "$(grep reports/ "$IN/reports/summary.jsonl" | head -2)"; fi
