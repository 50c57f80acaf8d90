#!/bin/sh
# readoutdiff pair: readouts dropped into one folder become pairs.tsv, every
# readout in no pair is reported on standard error with the reason, an
# earlier pairs.tsv is kept as readouts arrive, and mistakes are exit 2.
. "$(dirname "$0")/common.sh"

D="$ROOT/tests/cli/fixtures/pair/distractors"
IN="$WORK/in"
mkdir -p "$IN/wire"
cp "$D/rubio-wang-call-us.txt" "$D/rubio-wang-call-prc.txt" "$D/rubio-wang-meeting-us.txt" \
    "$D/rubio-wang-meeting-prc.txt" "$D/wang-lavrov-prc.txt" "$IN/"
cp "$D/zhang-sullivan-dateline-prc.txt" "$IN/wire/"
printf 'Reading list\n\nArticles to read later, about the weather and the sea.\n' >"$IN/notes.md"
printf '\377\376R\000e\000a\000d\000' >"$IN/utf16.txt"

# ---- pairs.tsv, and every readout in no pair on standard error
expect_status "pair into a folder that does not exist: status 2" 2 "$BIN" pair "$IN" -o "$WORK/res/pairs.tsv"
mkdir -p "$WORK/res"
run "$BIN" pair "$IN" -o "$WORK/res/pairs.tsv"
expect_last_status "pair: status 0 though readouts are left unpaired" 0
if [ ! -s "$WORK/out" ] && [ "$(grep -c -v '^#' "$WORK/res/pairs.tsv")" -eq 2 ]; then pass "pair -o: two pairs written, nothing on standard output"; else fail "pair -o: two pairs written, nothing on standard output" "$(cat "$WORK/res/pairs.tsv")"; fi
expect_contains "pairs.tsv: the call with the call, paths relative to the file, date and reason" "$WORK/res/pairs.tsv" \
    "$(printf '2025-03-03-rubio-wang-yi\t../in/rubio-wang-call-us.txt\t../in/rubio-wang-call-prc.txt\t2025-03-03\tUS 2025-03-03, PRC 2025-03-04 (1 day); principals Rubio and Wang Yi; similarity ')"
expect_contains "pairs.tsv: the meeting of the same officials three days later with its own" "$WORK/res/pairs.tsv" \
    "$(printf '2025-03-06-rubio-wang-yi\t../in/rubio-wang-meeting-us.txt\t../in/rubio-wang-meeting-prc.txt\t2025-03-06\t')"
expect_contains "pairs.tsv lists a readout in no pair as a comment with its reason" "$WORK/res/pairs.tsv" \
    "$(printf '# unpaired\t../in/wang-lavrov-prc.txt\tPRC readout of 2024-02-16, Wang Yi (meeting): names no US official')"
expect_contains "stderr: a readout of a meeting with a third country" "$WORK/err" \
    "readoutdiff: unpaired: $IN/wang-lavrov-prc.txt: PRC readout of 2024-02-16, Wang Yi (meeting): names no US official the actor lexicon knows (a meeting with another country, or an official to add to actors.tsv)"
expect_contains "stderr: a PRC item dated by a dateline alone, in a subfolder, has no counterpart" "$WORK/err" \
    "readoutdiff: unpaired: $IN/wire/zhang-sullivan-dateline-prc.txt: PRC readout of 08-29 (no year), Zhang Youxia with Sullivan (meeting): no US readout within 3 days"
expect_contains "stderr: a file whose side cannot be told" "$WORK/err" \
    "readoutdiff: unpaired: $IN/notes.md: readout: side cannot be told (neither a US nor a PRC readout by its principal, speakers or wording)"
expect_contains "stderr: a file that cannot be read is reported, not the end of the run" "$WORK/err" \
    "readoutdiff: unpaired: $IN/utf16.txt: cannot be read: is UTF-16, not UTF-8 (convert it first, e.g. iconv -f UTF-16 -t UTF-8)"
expect_contains "stderr: the counts and the file" "$WORK/err" "pair: 8 readouts, 2 pairs, 0 alternatives, 4 unpaired; $WORK/res/pairs.tsv"

# ---- without -o: pairs.tsv on standard output, paths as found
run "$BIN" pair "$IN" --jobs 1
if [ "$STATUS" -eq 0 ] && grep -q "$(printf '\t%s/rubio-wang-call-us.txt\t' "$IN")" "$WORK/out"; then pass "pair without -o: pairs.tsv on standard output, paths as found"; else fail "pair without -o: pairs.tsv on standard output, paths as found" "status $STATUS" "$(head -5 "$WORK/out")"; fi

# ---- the year of a dateline comes from readouts of the same officials
mkdir "$IN/us"
cat >"$IN/us/sullivan-zhang.txt" <<'EOF'
---
title: "Readout of National Security Advisor Jake Sullivan's Meeting with Vice Chairman Zhang Youxia"
date: '2024-08-28'
---

National Security Advisor Jake Sullivan met with Vice Chairman of the Central Military Commission Zhang Youxia of the People's Republic of China in Beijing.

The two sides discussed military-to-military communication, and Mr. Sullivan raised the PRC's activity in the Taiwan Strait and the South China Sea.
EOF
run "$BIN" pair "$IN" -o "$WORK/dateline.tsv"
expect_contains "a dateline's year from the US readout of the same officials a day before" "$WORK/dateline.tsv" \
    "$(printf '2024-08-28-sullivan-zhang-youxia\tin/us/sullivan-zhang.txt\tin/wire/zhang-sullivan-dateline-prc.txt\t2024-08-28\tUS 2024-08-28, PRC 2024-08-29 (dateline, year from readouts of the same officials) (1 day)')"
rm -r "$IN/us"

# ---- the same readouts give the same file, whatever the number of jobs
"$BIN" pair "$IN" -o "$WORK/j1.tsv" --jobs 1 2>/dev/null
"$BIN" pair "$IN" -o "$WORK/j2.tsv" --jobs 2 2>/dev/null
if cmp -s "$WORK/j1.tsv" "$WORK/j2.tsv"; then pass "pairs.tsv is the same for --jobs 1 and 2"; else fail "pairs.tsv is the same for --jobs 1 and 2" "$(diff "$WORK/j1.tsv" "$WORK/j2.tsv" | head -5)"; fi

# ---- an earlier pairs.tsv: kept as is when nothing new arrives; a pair
# written by hand is kept while no readout it does not list fits better; a
# new readout that fits better takes its place.
cp "$WORK/res/pairs.tsv" "$WORK/before.tsv"
run "$BIN" pair "$IN" -o "$WORK/res/pairs.tsv"
if cmp -s "$WORK/before.tsv" "$WORK/res/pairs.tsv" && ! grep -q 'changed:' "$WORK/err"; then pass "a second run over the same readouts changes nothing"; else fail "a second run over the same readouts changes nothing" "$(diff "$WORK/before.tsv" "$WORK/res/pairs.tsv" | head -5)"; fi
seen=$(cd "$IN" && for f in *.txt *.md wire/*.txt; do printf '# unpaired\t../in/%s\tseen\n' "$f"; done)
printf 'by-hand\t../in/rubio-wang-call-us.txt\t../in/rubio-wang-meeting-prc.txt\n%s\n' "$seen" >"$WORK/res/pairs.tsv"
run "$BIN" pair "$IN" -o "$WORK/res/pairs.tsv"
expect_contains "a pair written by hand is kept, under its id" "$WORK/res/pairs.tsv" \
    "$(printf 'by-hand\t../in/rubio-wang-call-us.txt\t../in/rubio-wang-meeting-prc.txt\t')"
cp "$D/rubio-wang-call-prc.txt" "$IN/rubio-wang-call-prc-copy.txt"
printf 'one\t../in/rubio-wang-call-us.txt\t../in/rubio-wang-meeting-prc.txt\n%s\n' "$seen" >"$WORK/res/pairs.tsv"
run "$BIN" pair "$IN" -o "$WORK/res/pairs.tsv"
expect_contains "a new readout that fits a kept pair better takes the place of the member it beats" "$WORK/res/pairs.tsv" \
    "$(printf 'one\t../in/rubio-wang-call-us.txt\t../in/rubio-wang-call-prc-copy.txt\t')"
expect_contains "the change is reported on standard error" "$WORK/err" \
    "readoutdiff: changed: pair one: PRC readout $IN/rubio-wang-meeting-prc.txt replaced by $IN/rubio-wang-call-prc-copy.txt, which fits better"
rm "$IN/rubio-wang-call-prc-copy.txt"

# ---- stable as readouts arrive: half a stream first, then the rest
if "$(dirname "$BIN")/generate_stream" 400 5 "$WORK/stream" >/dev/null 2>&1; then
    mkdir "$WORK/arrive"
    ls "$WORK/stream/readouts" | sort | awk 'NR % 2 == 1' | while read -r f; do cp "$WORK/stream/readouts/$f" "$WORK/arrive/"; done
    "$BIN" pair "$WORK/arrive" -o "$WORK/arrive.tsv" 2>/dev/null
    cp "$WORK/arrive.tsv" "$WORK/first.tsv"
    cp "$WORK/stream/readouts/"* "$WORK/arrive/"
    run "$BIN" pair "$WORK/arrive" -o "$WORK/arrive.tsv"
    expect_py "every pair of the first run is still there, or its change is reported" '
import sys
first = [l.split("\t")[:3] for l in open(sys.argv[1]) if not l.startswith("#")]
second = {l.split("\t")[0]: l.split("\t")[1:3] for l in open(sys.argv[2]) if not l.startswith("#")}
changes = [l for l in open(sys.argv[3]) if "changed: pair " in l]
for pid, us, prc in first:
    if second.get(pid) == [us, prc]:
        continue
    if not any("pair " + pid + ":" in c or "pair " + pid + " " in c for c in changes):
        print("pair %s changed without a report: %s -> %s" % (pid, [us, prc], second.get(pid)))
' "$WORK/first.tsv" "$WORK/arrive.tsv" "$WORK/err"
else
    fail "generate_stream builds a stream" "$(dirname "$BIN")/generate_stream missing or failed (make all builds it)"
fi

# ---- mistakes: exit 2, one line, no file written
expect_error "pair without a folder" 2 "readoutdiff: pair needs at least one folder of readouts (see 'readoutdiff --help')" "$BIN" pair
expect_error "pair of a missing folder" 2 "readoutdiff: $WORK/nowhere: no such folder" "$BIN" pair "$WORK/nowhere" -o "$WORK/none.tsv"
expect_no_path "no pairs.tsv after an error" "$WORK/none.tsv"
mkdir "$WORK/empty"
expect_error "pair of a folder without readouts" 2 \
    "readoutdiff: $WORK/empty: no readouts found (looked for .txt and .md files, in subfolders too)" "$BIN" pair "$WORK/empty"
expect_error "--window out of range" 2 "readoutdiff: --window must be between 0 and 366 days, not -1 (see 'readoutdiff --help')" \
    "$BIN" pair "$IN" --window -1
printf 'one\tonly-two-columns\n' >"$WORK/bad.tsv"
cp "$WORK/bad.tsv" "$WORK/bad-before.tsv"
expect_error "an earlier pairs.tsv that is not one" 2 \
    "readoutdiff: $WORK/bad.tsv:1:1: expected id<TAB>us<TAB>prc[<TAB>date[<TAB>reason]], found 2 columns" \
    "$BIN" pair "$IN" -o "$WORK/bad.tsv"
if cmp -s "$WORK/bad.tsv" "$WORK/bad-before.tsv"; then pass "the bad pairs.tsv is left as it was"; else fail "the bad pairs.tsv is left as it was"; fi
run "$BIN" pair --help
if [ "$STATUS" -eq 0 ] && grep -q -- "--window" "$WORK/out" && grep -q "Usage: readoutdiff pair DIR" "$WORK/out"; then pass "pair --help"; else fail "pair --help" "$(head -3 "$WORK/out")"; fi
