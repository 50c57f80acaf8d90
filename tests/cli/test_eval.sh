# readoutdiff eval: it runs on every gold file and on the real pairs, reads a
# second annotator, and refuses gold that no longer fits the segmentation.
# Quality guards apply to the tune split only, a little below the figures
# measured when they were set, so noise in one pair does not fail CI.
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

# Guards on the tune split only: figures on heldout, external and real pairs
# are reports (README, "How well it agrees"), never floors a change must meet.
at_least "tune alignment F1" "$(field 'micro readoutdiff (tune)' 7)" 0.75
greater "tune F1 beats the word-overlap baseline" "$(field 'micro readoutdiff (tune)' 7)" "$(field 'micro word-overlap (tune)' 7)"
for split in heldout external; do
    if grep -q "^micro readoutdiff ($split)" "$WORK/eval"; then pass "eval reports the $split split"; else fail "eval reports the $split split"; fi
done

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

# Signals on the tune split: "13/16" style counts and P/R pairs.
ratio() { echo "$1" | awk -F/ '{ if ($2 > 0) print $1 / $2; else print 0 }'; }
tune_line=$(grep '^total (tune) ' "$WORK/eval")
at_least "readout sides on tune pairs ($(echo "$tune_line" | awk '{print $6}'))" "$(ratio "$(echo "$tune_line" | awk '{print $6}')")" 1.0
at_least "who asked on tune pairs" "$(ratio "$(echo "$tune_line" | awk '{print $5}')")" 0.9

# The real block: every signal against both annotators, with their agreement.
if have_real_pairs "eval --real scores the real pairs against both annotators"; then
    run "$BIN" eval --real "$REAL_PAIRS" --real-gold "$ROOT/corpus/real-gold"
    missing=""
    for row in "harsher side" "meeting words exact (sides)" "agreement claims P/R" "speaker sides" "readout sides" \
               "same-point links F1 (P/R)" "counterparts F1 (P/R)"; do
        grep -q "^$row " "$WORK/out" || missing="$missing '$row'"
    done
    if [ "$STATUS" -eq 0 ] && [ -z "$missing" ] && grep -q 'B~A (ceiling)' "$WORK/out" && grep -q '^real ([0-9]* pairs)' "$WORK/out"; then
        pass "eval --real scores the real pairs against both annotators"
    else
        fail "eval --real scores the real pairs against both annotators" "status $STATUS, rows missing:$missing" "$(head -c 300 "$WORK/err")"
    fi
    # Each block gives the spread of its figures over redraws of its pairs, an interval around the pooled figure.
    spread=$(grep -A14 '^real ([0-9]* pairs)' "$WORK/out" | grep 'readoutdiff~A, 95% of redraws' | sed -n 's/.*links F1 \([0-9.]*\)-\([0-9.]*\);.*/\1 \2/p')
    pooled=$(grep -A14 '^real ([0-9]* pairs)' "$WORK/out" | grep '^same-point links F1' | awk '{print $5}')
    if [ -n "$spread" ] && awk -v lo="${spread% *}" -v hi="${spread#* }" -v f="$pooled" 'BEGIN { exit !(lo <= f && f <= hi && lo < hi) }'; then
        pass "eval --real gives each figure's spread over redraws of the pairs (links F1 $pooled in $spread)"
    else
        fail "eval --real gives each figure's spread over redraws of the pairs" "spread '$spread', pooled '$pooled'"
    fi
    # A segmentation that moved under the gold is an error, never a quiet misscore.
    cp -r "$ROOT/corpus/real-gold" "$WORK/real-gold"
    sed -i 's/"3": "Mr. Sullivan stressed"/"3": "Somebody else said"/' "$WORK/real-gold/2024-01-27-bangkok-sullivan-wangyi/A.json"
    expect_error "a real gold whose sentences no longer match the segmentation is an error naming it" 2 \
        "readoutdiff: $WORK/real-gold/2024-01-27-bangkok-sullivan-wangyi/A.json: US sentence 3 starts 'Somebody else said' in the gold but 'mr. sullivan stressed' in $REAL_PAIRS/2024-01-27-bangkok-sullivan-wangyi/us.txt (the segmentation has changed)" \
        "$BIN" eval --real "$REAL_PAIRS" --real-gold "$WORK/real-gold"
fi
# The PRC sides of the written pairs, annotated by two annotators (tune): the same scoring, in the repository.
run python3 "$ROOT/tools/whitehouse_eval.py" --bin "$BIN" --real "$ROOT/corpus/pairs" --gold "$ROOT/corpus/prc-gold/A" \
    --second "$ROOT/corpus/prc-gold/B" --label "PRC sides of the written pairs"
if [ "$STATUS" -eq 0 ] && grep -q "^PRC sides of the written pairs (tune, 46 readouts, two annotators)$" "$WORK/out" &&
    grep -q "^  speaker sides  *[01]\.[0-9][0-9] [0-9]*/820$" "$WORK/out" && grep -q "^  meeting words exact  *[0-9]*/46$" "$WORK/out"; then
    pass "whitehouse_eval --label scores the 46 annotated PRC sides of the written tune pairs against two annotators"
else
    fail "whitehouse_eval --label scores the 46 annotated PRC sides of the written tune pairs against two annotators" "status $STATUS: $(cat "$WORK/out") $(head -c 300 "$WORK/err")"
fi
# The White House readouts' annotations (tune): speakers, agreements and meeting words.
if ls "$REAL_WHITEHOUSE"/*.md >/dev/null 2>&1; then
    run python3 "$ROOT/tools/whitehouse_eval.py" --bin "$BIN"
    if [ "$STATUS" -eq 0 ] && grep -q "^  speaker sides  *[01]\.[0-9][0-9] [0-9]*/199$" "$WORK/out" &&
        grep -q "^  agreement claims P/R  *[01]\.[0-9][0-9]/[01]\.[0-9][0-9]$" "$WORK/out" &&
        grep -q "^  meeting words exact  *[0-9]*/19$" "$WORK/out"; then
        pass "whitehouse_eval scores speakers, agreements and meeting words on the 19 annotated readouts"
    else
        fail "whitehouse_eval scores speakers, agreements and meeting words on the 19 annotated readouts" "status $STATUS: $(cat "$WORK/out") $(head -c 300 "$WORK/err")"
    fi
    cp -r "$ROOT/corpus/real-gold/whitehouse" "$WORK/wh-gold"
    moved=$(ls "$WORK/wh-gold"/2023-11-15-*.json)
    sed -i '0,/"The two leaders"/s//"Somebody else said"/' "$moved"
    run python3 "$ROOT/tools/whitehouse_eval.py" --bin "$BIN" --gold "$WORK/wh-gold"
    if [ "$STATUS" -eq 2 ] && grep -q "^$moved: the segmentation of .* has changed" "$WORK/err"; then
        pass "whitehouse_eval: an annotation whose sentences no longer match the segmentation is an error naming it"
    else
        fail "whitehouse_eval: an annotation whose sentences no longer match the segmentation is an error naming it" "status $STATUS: $(head -c 300 "$WORK/err")"
    fi
    # Annotations without speakers (as for the archive readouts) and a second annotator: here the same files, so the ceiling is perfect.
    mkdir -p "$WORK/wh-nospeakers"
    for f in "$ROOT"/corpus/real-gold/whitehouse/*.json; do
        python3 -c 'import json,sys; g=json.load(open(sys.argv[1])); g.pop("speakers"); json.dump(g, open(sys.argv[2], "w"))' "$f" "$WORK/wh-nospeakers/$(basename "$f")"
    done
    run python3 "$ROOT/tools/whitehouse_eval.py" --bin "$BIN" --gold "$WORK/wh-nospeakers" --second "$WORK/wh-nospeakers"
    if [ "$STATUS" -eq 0 ] && grep -q "^White House readouts (tune, 19 readouts, two annotators)$" "$WORK/out" &&
        ! grep -q "speaker sides" "$WORK/out" && grep -q "^    agreement claims P/R   1.00/1.00$" "$WORK/out" &&
        grep -q "^    meeting words exact    19/19$" "$WORK/out"; then
        pass "whitehouse_eval: annotations without speakers, and a second annotator scored against the first"
    else
        fail "whitehouse_eval: annotations without speakers, and a second annotator scored against the first" "status $STATUS: $(cat "$WORK/out") $(head -c 300 "$WORK/err")"
    fi
else
    skip "whitehouse_eval scores the annotated White House readouts" "../shared/corpus-real/whitehouse absent"
fi
# The archive readouts' texts come from a clone of the public archive; without one, one line and status 2.
run sh "$ROOT/tools/archive_readouts.sh" "$WORK/no-such-clone" "$WORK/archive"
if [ "$STATUS" -eq 2 ] && [ "$(cat "$WORK/err")" = "archive_readouts.sh: $WORK/no-such-clone: not a git directory holding commit 737ca03a271adc205c67766074ec8d0070f7ad95 of brian14708/wh-briefings" ] &&
    [ ! -e "$WORK/archive" ]; then
    pass "archive_readouts.sh without a clone of the archive: one line naming it, status 2, nothing written"
else
    fail "archive_readouts.sh without a clone of the archive: one line naming it, status 2, nothing written" "status $STATUS: $(head -c 300 "$WORK/err")"
fi
run "$BIN" eval --real "$WORK/no-such-folder"
if [ "$STATUS" -eq 0 ] && grep -q "^Real pairs: skipped, $WORK/no-such-folder is absent" "$WORK/out"; then
    pass "eval --real on an absent folder says it skipped the real pairs"
else
    fail "eval --real on an absent folder says it skipped the real pairs" "status $STATUS: $(head -c 300 "$WORK/out") $(cat "$WORK/err")"
fi

# The leaders-only lexicon of `make eval`: every file as it is, actors.tsv without any official's name but the
# heads of state'; with it an official the text introduces is still found, under the name the text gives.
run sh "$ROOT/tools/leaders_only_lexicons.sh" "$ROOT/corpus/lexicons" "$WORK/leaders-only"
persons=$(awk -F '\t' '$4 ~ /kind=person/ {print $2}' "$WORK/leaders-only/actors.tsv" | sort -u | tr '\n' ' ')
printf 'U.S. Deputy Secretary Ana Ruiz met with Chinese Minister Gao Feng.\n\nRuiz raised fentanyl.\n' > "$WORK/introduced.txt"
speaker=$("$BIN" compare "$WORK/introduced.txt" "$WORK/introduced.txt" --force --format json --lexicons "$WORK/leaders-only" |
    python3 -c 'import json,sys; s=json.load(sys.stdin)["left"]["sentences"][1]; print(s["speaker"], s["speaker_side"])')
if [ "$STATUS" -eq 0 ] && [ "$persons" = "biden trump xi-jinping " ] && cmp -s "$ROOT/corpus/lexicons/cues.tsv" "$WORK/leaders-only/cues.tsv" &&
    ! grep -q "^secretary blinken" "$WORK/leaders-only/actors.tsv" && [ "$speaker" = "ana-ruiz us" ]; then
    pass "leaders_only_lexicons.sh keeps the heads of state alone by name; an official the text introduces still speaks"
else
    fail "leaders_only_lexicons.sh keeps the heads of state alone by name; an official the text introduces still speaks" "status $STATUS, persons '$persons', speaker '$speaker'"
fi

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
