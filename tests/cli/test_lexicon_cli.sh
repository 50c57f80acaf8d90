#!/bin/sh
# The lexicon commands and --lexicons: `lexicon list` shows every file with its
# counts, `lexicon check` accepts the shipped lexicons and points at each error
# in a broken one as file:line:col, and `compare --lexicons DIR` uses a valid
# override (tone changes) and refuses an invalid one.
. "$(dirname "$0")/common.sh"

LEXICONS="$ROOT/corpus/lexicons"
GOLDEN="$ROOT/tests/cli/golden"
PAIR="$CORPUS/2023-11-15-biden-xi-woodside"
TAB=$(printf '\t')

# ---- lexicon list

run "$BIN" lexicon list
if [ "$STATUS" -eq 0 ] && [ "$(head -1 "$WORK/out")" = "lexicons: built in" ]; then
    pass "lexicon list: status 0, says the lexicons are built in"
else
    fail "lexicon list: status 0, says the lexicons are built in" "status $STATUS" "first line: $(head -1 "$WORK/out")" "stderr: $(head -c 300 "$WORK/err")"
fi
missing=""
for file in "$LEXICONS"/*.tsv; do
    grep -qE "^$(basename "$file"): [1-9][0-9]* " "$WORK/out" || missing="$missing $(basename "$file")"
done
if [ -z "$missing" ]; then
    pass "lexicon list: every lexicon file with a non-zero count"
else
    fail "lexicon list: every lexicon file with a non-zero count" "missing or zero:$missing" "got: $(tr '\n' '|' <"$WORK/out")"
fi
# The tone line counts terms per category, and the counts add up to the total.
tone_line=$(grep '^tone.tsv: ' "$WORK/out")
if echo "$tone_line" | python3 -c '
import re, sys
line = sys.stdin.read()
m = re.match(r"tone\.tsv: (\d+) terms \((.*)\)$", line.strip())
parts = dict((k, int(v)) for k, v in (p.rsplit(" ", 1) for p in m.group(2).split(", "))) if m else {}
sys.exit(0 if m and {"cooperative", "confrontational", "hedge"} <= set(parts) and sum(parts.values()) == int(m.group(1)) else 1)
' 2>/dev/null; then
    pass "lexicon list: tone.tsv counts per category add up"
else
    fail "lexicon list: tone.tsv counts per category add up" "got: $tone_line"
fi

# ---- lexicon check

expect_status "lexicon check corpus/lexicons: status 0" 0 "$BIN" lexicon check "$LEXICONS"
expect_contains "lexicon check corpus/lexicons: says they are valid" "$WORK/out" "$LEXICONS: lexicon files are valid"
if [ -s "$WORK/err" ]; then fail "lexicon check corpus/lexicons: nothing on stderr" "stderr: $(head -c 300 "$WORK/err")"; else pass "lexicon check corpus/lexicons: nothing on stderr"; fi

# A tone.tsv with a bad weight (line 2) and a missing column (line 3), checked
# from its parent directory so the messages are the same on every machine.
cp -r "$ROOT/tests/cli/fixtures/lexicons-broken" "$WORK/lexicons-broken"
(cd "$WORK" && "$BIN" lexicon check lexicons-broken >"$WORK/out" 2>"$WORK/err")
STATUS=$?
if [ "$STATUS" -eq 2 ] && [ ! -s "$WORK/out" ]; then
    pass "lexicon check, broken tone.tsv: status 2, nothing on stdout"
else
    fail "lexicon check, broken tone.tsv: status 2, nothing on stdout" "status $STATUS, stdout bytes $(wc -c <"$WORK/out")"
fi
if [ -s "$WORK/err" ] && ! grep -vqE '^readoutdiff: lexicons-broken/tone\.tsv:[0-9]+:[0-9]+: [^ ]' "$WORK/err"; then
    pass "lexicon check, broken tone.tsv: every message is file:line:col: problem"
else
    fail_text "lexicon check, broken tone.tsv: every message is file:line:col: problem" "$(cat "$WORK/err")"
fi
# A checker should report every error in one run, not one per run.
if cmp -s "$WORK/err" "$GOLDEN/lexicon_check_broken.txt"; then
    pass "lexicon check, broken tone.tsv: both errors reported (golden/lexicon_check_broken.txt)"
else
    fail_text "lexicon check, broken tone.tsv: both errors reported (golden/lexicon_check_broken.txt)" \
        "$(diff "$GOLDEN/lexicon_check_broken.txt" "$WORK/err")"
fi

# check_one NAME MESSAGE CONTENT: a tone.tsv holding CONTENT fails the check with MESSAGE.
check_one() {
    rm -rf "$WORK/lx" && mkdir "$WORK/lx"
    printf '%b' "$3" >"$WORK/lx/tone.tsv"
    expect_error "lexicon check, $1" 2 "readoutdiff: $WORK/lx/tone.tsv:$2" "$BIN" lexicon check "$WORK/lx"
}
HEADER='term\tcategory\tweight\tnote\n'
check_one "weight not a number" "2:25: weight 'abc' is not a number" "${HEADER}cooperation\tcooperative\tabc\t\n"
check_one "missing column" "2:1: expected 4 tab-separated columns (term, category, weight, note), found 2" "${HEADER}conflict\tconfrontational\n"
check_one "weight out of range" "2:25: weight 5.0 is outside [0, 1]" "${HEADER}cooperation\tcooperative\t5.0\t\n"
check_one "unknown category" "2:13: unknown category 'friendly' (expected one of: assertive, bleak, commitment, concern, confrontational, cooperative, demand, euphemism, hedge, hopeful, intensifier, negator, obligation, praise, reassurance, risk, threat, warning)" "${HEADER}cooperation\tfriendly\t0.5\t\n"
check_one "duplicate term" "3:1: duplicate term 'cooperation' in category 'cooperative'" "${HEADER}cooperation\tcooperative\t0.5\t\ncooperation\tcooperative\t0.5\t\n"
check_one "term finding another's words" "3:1: term 'committed to' finds the words of 'commit to' (line 2) in category 'commitment'" "${HEADER}commit to\tcommitment\t0.4\t\ncommitted to\tcommitment\t0.4\t\n"
check_one "bad header" "1:1: header row must be 'term<TAB>category<TAB>weight<TAB>note'" "wrong\theader\nx\ty\n"

rm -rf "$WORK/lx" && mkdir "$WORK/lx" && printf 'x\ty\n' >"$WORK/lx/bogus.tsv"
expect_error "lexicon check, unknown file name and no lexicon file" 2 \
    "readoutdiff: $WORK/lx/bogus.tsv: not a lexicon file name (known: abbreviations.tsv, segment_words.tsv, tone.tsv, topics.tsv, topic_terms.tsv, actors.tsv, characterization.tsv, cues.tsv, code_phrases.tsv, paraphrases.tsv)
readoutdiff: $WORK/lx: contains no lexicon files (.tsv files named as in corpus/lexicons/)" \
    "$BIN" lexicon check "$WORK/lx"
expect_error "lexicon check, missing directory" 2 "readoutdiff: $WORK/nowhere: lexicon directory cannot be opened" "$BIN" lexicon check "$WORK/nowhere"
expect_error "lexicon check without a directory" 2 "readoutdiff: lexicon check takes one directory (see 'readoutdiff --help')" "$BIN" lexicon check

# ---- compare --lexicons

# Override: the built-in tone.tsv with "cooperation" turned confrontational. The PRC
# readout of Woodside speaks of cooperation, so its tone must drop.
mkdir "$WORK/override"
sed "s/^cooperation${TAB}cooperative${TAB}[0-9.]*${TAB}/cooperation${TAB}confrontational${TAB}-0.8${TAB}/" "$LEXICONS/tone.tsv" >"$WORK/override/tone.tsv"
if grep -q "^cooperation${TAB}confrontational${TAB}-0.8${TAB}" "$WORK/override/tone.tsv"; then
    expect_status "lexicon check of the override: status 0" 0 "$BIN" lexicon check "$WORK/override"
    expect_contains "lexicon check of the override: says it is valid" "$WORK/out" "$WORK/override: lexicon files are valid"
    run "$BIN" lexicon list "$WORK/override"
    expect_contains "lexicon list DIR: names DIR over the built-in ones" "$WORK/out" "lexicons: $WORK/override over the built-in ones"

    "$BIN" compare --format json "$PAIR/us.txt" "$PAIR/prc.txt" >"$WORK/default.json" 2>"$WORK/err"
    run "$BIN" compare --format json --lexicons "$WORK/override" "$PAIR/us.txt" "$PAIR/prc.txt"
    if [ "$STATUS" -eq 0 ] && verdict=$(python3 -c '
import json, sys
default = json.load(open(sys.argv[1], encoding="utf-8"))
override = json.load(open(sys.argv[2], encoding="utf-8"))
before, after = default["tone"]["right"]["score"], override["tone"]["right"]["score"]
hits = [t for s in override["right"]["sentences"] for t in s["tone"]["terms"] if t["term"] == "cooperation"]
print("right tone %s -> %s; cooperation scored as %s" % (before, after, [(t["category"], t["weight"]) for t in hits]))
ok = after < before and hits and all(t["category"] == "confrontational" and t["weight"] == -0.8 for t in hits)
sys.exit(0 if ok else 1)
' "$WORK/default.json" "$WORK/out" 2>&1); then
        pass "compare --lexicons DIR: cooperation scored confrontational, PRC tone drops"
    else
        fail "compare --lexicons DIR: cooperation scored confrontational, PRC tone drops" "status $STATUS" "$verdict" "stderr: $(head -c 300 "$WORK/err")"
    fi
else
    fail "compare --lexicons DIR: building the override" "no 'cooperation<TAB>cooperative' line in $LEXICONS/tone.tsv"
fi

# An invalid override is refused before any report is written.
rm -rf "$WORK/lx" && mkdir "$WORK/lx"
printf 'term\tcategory\tweight\tnote\ncooperation\tcooperative\tabc\t\n' >"$WORK/lx/tone.tsv"
expect_error "compare --lexicons with a broken tone.tsv" 2 "readoutdiff: $WORK/lx/tone.tsv:2:25: weight 'abc' is not a number" \
    "$BIN" compare --lexicons "$WORK/lx" "$PAIR/us.txt" "$PAIR/prc.txt"
expect_error "compare --lexicons with a missing directory" 2 "readoutdiff: $WORK/nowhere: lexicon directory cannot be opened" \
    "$BIN" compare --lexicons "$WORK/nowhere" "$PAIR/us.txt" "$PAIR/prc.txt"
