# Quality guards: the aligner and the signals against the corpus gold
# (readoutdiff eval), so a change that makes them worse fails the suite.
# Thresholds sit a little below the figures measured when they were set
# (README, "Alignment"), not at them, so noise in one pair does not fail CI.
. "$(dirname "$0")/common.sh"

"$BIN" eval "$CORPUS"/*/gold.json --worst 0 >"$WORK/eval" 2>"$WORK/err"
STATUS=$?
if [ "$STATUS" -eq 0 ]; then pass "eval runs on every gold file"; else fail "eval runs on every gold file" "status $STATUS: $(cat "$WORK/err")"; fi

# field N of the line starting with PREFIX
field() { grep "^$1" "$WORK/eval" | head -1 | awk -v n="$2" '{print $n}'; }
at_least() {  # NAME VALUE MINIMUM
    if awk -v v="$2" -v m="$3" 'BEGIN { exit !(v != "" && v + 0 >= m + 0) }'; then pass "$1 ($2 >= $3)"; else fail "$1" "got '$2', want at least $3"; fi
}
greater() {  # NAME A B
    if awk -v a="$2" -v b="$3" 'BEGIN { exit !(a + 0 > b + 0) }'; then pass "$1 ($2 > $3)"; else fail "$1" "$2 is not above $3"; fi
}

at_least "held-out alignment F1" "$(field 'micro readoutdiff (heldout)' 7)" 0.80
at_least "tune alignment F1" "$(field 'micro readoutdiff (tune)' 7)" 0.80
greater "held-out F1 beats the word-overlap baseline" "$(field 'micro readoutdiff (heldout)' 7)" "$(field 'micro word-overlap (heldout)' 7)"
greater "overall F1 beats the word-overlap baseline" "$(field 'micro readoutdiff (all)' 7)" "$(field 'micro word-overlap (all)' 7)"
at_least "held-out recall of unmatched sentences" "$(field 'micro readoutdiff (heldout)' 9)" 0.75

# A second annotator (gold-second.json) is scored against gold like the aligner:
# the gold itself as the second annotation agrees perfectly.
mkdir -p "$WORK/second"
cp -r "$CORPUS/2024-04-02-biden-xi-call" "$WORK/second/"
cp "$WORK/second/2024-04-02-biden-xi-call/gold.json" "$WORK/second/2024-04-02-biden-xi-call/gold-second.json"
run "$BIN" eval "$WORK/second/2024-04-02-biden-xi-call/gold.json" --worst 0
b_line=$(grep '^micro annotator-B (all)' "$WORK/out")
if [ "$STATUS" -eq 0 ] && [ "$(echo "$b_line" | awk '{print $5, $6, $7}')" = "1.000 1.000 1.000" ]; then
    pass "a second annotation identical to gold agrees with it (P, R, F1 1.000)"
else
    fail "a second annotation identical to gold agrees with it (P, R, F1 1.000)" "status $STATUS: $b_line"
fi
pair_f1=$(grep '^2024-04-02-biden-xi-call' "$WORK/out" | head -1 | awk '{print $5}')
on_b_f1=$(grep '^micro readoutdiff-on-B (all)' "$WORK/out" | awk '{print $7}')
if [ -n "$pair_f1" ] && [ "$pair_f1" = "$on_b_f1" ]; then pass "readoutdiff-on-B scores the aligner on the same pairs ($on_b_f1)"; else fail "readoutdiff-on-B scores the aligner on the same pairs" "pair F1 '$pair_f1', on-B F1 '$on_b_f1'"; fi
# Only its links are read: a file holding nothing else is a whole second annotation.
python3 -c 'import json, sys; print(json.dumps({"links": json.load(open(sys.argv[1]))["links"]}))' \
    "$WORK/second/2024-04-02-biden-xi-call/gold.json" >"$WORK/second/2024-04-02-biden-xi-call/gold-second.json"
run "$BIN" eval "$WORK/second/2024-04-02-biden-xi-call/gold.json" --worst 0
b_line=$(grep '^micro annotator-B (all)' "$WORK/out")
if [ "$STATUS" -eq 0 ] && [ "$(echo "$b_line" | awk '{print $5, $6, $7}')" = "1.000 1.000 1.000" ]; then
    pass "a second annotation of links only is read (P, R, F1 1.000)"
else
    fail "a second annotation of links only is read (P, R, F1 1.000)" "status $STATUS: $b_line $(cat "$WORK/err")"
fi
run "$BIN" eval "$CORPUS/2025-06-05-trump-xi-call/gold.json" --worst 0
if ! grep -q 'annotator-B' "$WORK/out"; then pass "no annotator-B rows without a gold-second.json"; else fail "no annotator-B rows without a gold-second.json"; fi
sed 's/"The two leaders had a candid/"Nothing starts like this/' "$WORK/second/2024-04-02-biden-xi-call/gold.json" >"$WORK/second/2024-04-02-biden-xi-call/gold-second.json"
expect_error "a second annotation with an unknown prefix is an error naming its file" 2 \
    "readoutdiff: $WORK/second/2024-04-02-biden-xi-call/gold-second.json: link 2: prefix 'Nothing starts like this and constructive exchange' starts no sentence of $WORK/second/2024-04-02-biden-xi-call/us.txt" \
    "$BIN" eval "$WORK/second/2024-04-02-biden-xi-call/gold.json" --worst 0

# Signals over all pairs: "13/16" style counts and P/R pairs.
ratio() { echo "$1" | awk -F/ '{ if ($2 > 0) print $1 / $2; else print 0 }'; }
all_line=$(grep '^all ' "$WORK/eval")
harsher=$(echo "$all_line" | awk '{print $3}')
asked=$(echo "$all_line" | awk '{print $4}')
sides=$(echo "$all_line" | awk '{print $5}')
at_least "more confrontational side agrees with gold ($harsher)" "$(ratio "$harsher")" 0.60
at_least "who asked agrees with gold ($asked)" "$(ratio "$asked")" 0.80
at_least "sides detected ($sides)" "$(ratio "$sides")" 1.0
for column in 6:characterization 7:omitted-topics 8:agreement-claims; do
    n=${column%%:*}
    name=${column#*:}
    pr=$(echo "$all_line" | awk -v n="$n" '{print $n}')
    at_least "$name precision" "${pr%/*}" 0.65
    at_least "$name recall" "${pr#*/}" 0.80
done

# Whichever side is given first: swapping the files mirrors the verdicts.
mirror() { case "$1" in left) echo right ;; right) echo left ;; *) echo "$1" ;; esac; }
for dir in "$CORPUS"/*/; do
    pair=$(basename "$dir")
    a=$("$BIN" compare "$dir/us.txt" "$dir/prc.txt" --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["tone"]["more_confrontational"], len(d["alignment"]))')
    b=$("$BIN" compare "$dir/prc.txt" "$dir/us.txt" --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["tone"]["more_confrontational"], len(d["alignment"]))')
    if [ "$(mirror "${a% *}") ${a#* }" = "$b" ]; then
        pass "$pair: swapping the files mirrors the harsher side and keeps the links"
    else
        fail "$pair: swapping the files mirrors the harsher side and keeps the links" "us,prc: $a; prc,us: $b"
    fi
done
