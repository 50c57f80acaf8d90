#!/bin/sh
# batch, part 4: --shard K/N splits the pairs into disjoint, stable shards;
# merge joins the shard outputs into the same summaries and reports as a
# single run; --jobs changes nothing in the output.
. "$(dirname "$0")/common.sh"

G="$WORK/gen"
batch_generate 20 20 5 "$G" || exit 0
SUMMARIES="summary.jsonl summary.md junit.xml index.html"
ids_of() { batch_rows "$1/summary.jsonl" 'print(" ".join(r["id"] for r in rows))'; }

run "$BIN" batch "$G" -o "$WORK/single" --jobs 2
expect_last_status "single run of 20 pairs: status 0" 0
ALL=$(ids_of "$WORK/single")

# ---- --shard

for k in 1 2 3; do
    run "$BIN" batch "$G" -o "$WORK/shard$k" --jobs 2 --shard "$k/3"
    expect_last_status "--shard $k/3: status 0" 0
    n=$(batch_rows "$WORK/shard$k/summary.jsonl" 'print(len(rows))')
    expect_contains "--shard $k/3: the closing line counts its $n pairs" "$WORK/err" "batch: $n pairs (0 unchanged, reused)"
    expect_batch_output "--shard $k/3: a report for each of its pairs" reports "$WORK/shard$k"
done
expect_py "--shard 1/3, 2/3, 3/3: disjoint, together all 20 pairs, each report in its shard only" '
import json, os, sys
every = sys.argv[1].split()
seen = {}
for d in sys.argv[2:]:
    for r in map(json.loads, open(os.path.join(d, "summary.jsonl"))):
        if r["id"] in seen: print("%s in %s and %s" % (r["id"], seen[r["id"]], d))
        seen[r["id"]] = d
    ids = {r["id"] for r in map(json.loads, open(os.path.join(d, "summary.jsonl")))}
    extra = sorted(f for f in os.listdir(d) if f.startswith("pair-") and f.rsplit(".", 1)[0] not in ids)
    if extra: print("%s holds reports of other shards: %s" % (d, extra[:5]))
if sorted(seen) != sorted(every): print("union %s != all %s" % (sorted(seen), sorted(every)))
' "$ALL" "$WORK/shard1" "$WORK/shard2" "$WORK/shard3"

# Stable: with 6 more pairs in the corpus, the old pairs stay in their shard.
cp -r "$G" "$WORK/grown"
batch_generate 26 20 5 "$WORK/grown-all" && cp -r "$WORK/grown-all"/pair-0002[0-5] "$WORK/grown/"
run "$BIN" batch "$WORK/grown" -o "$WORK/grown2" --jobs 2 --shard 2/3
expect_py "--shard 2/3 of a grown corpus: the old pairs of shard 2 and no other old pair" '
import json, sys
before = [r["id"] for r in map(json.loads, open(sys.argv[1]))]
after = [r["id"] for r in map(json.loads, open(sys.argv[2])) if r["id"] < "pair-00020"]
if before != after: print("shard 2/3 before: %s; after growing: %s" % (before, after))
' "$WORK/shard2/summary.jsonl" "$WORK/grown2/summary.jsonl"

expect_error_line "--shard 0/3: status 2, one line" 2 "readoutdiff: --shard takes K/N with 1 <= K <= N, not '0/3'" "$BIN" batch "$G" -o "$WORK/never" --shard 0/3
expect_error_line "--shard 4/3: status 2, one line" 2 "readoutdiff: --shard takes K/N with 1 <= K <= N, not '4/3'" "$BIN" batch "$G" -o "$WORK/never" --shard 4/3
expect_error_line "--shard 2: status 2, one line" 2 "readoutdiff: --shard takes K/N with 1 <= K <= N, not '2'" "$BIN" batch "$G" -o "$WORK/never" --shard 2
expect_no_path "bad --shard: no OUTDIR created" "$WORK/never"

# ---- merge

run "$BIN" merge -o "$WORK/merged" "$WORK/shard1" "$WORK/shard2" "$WORK/shard3"
expect_last_status "merge of the 3 shards: status 0" 0
expect_contains "merge of the 3 shards: says 20 pairs from 3 folders" "$WORK/err" "merge: 20 pairs from 3 folders; $WORK/merged/summary.md"
expect_same_files "merge of the 3 shards: summary.jsonl byte-identical to the single run's" "$WORK/single" "$WORK/merged" summary.jsonl
expect_same_files "merge of the 3 shards: summary.md and junit.xml byte-identical to the single run's" "$WORK/single" "$WORK/merged" summary.md junit.xml
expect_same_files "merge of the 3 shards: index.html byte-identical to the single run's" "$WORK/single" "$WORK/merged" index.html
if diff -r -x 'summary*' -x junit.xml -x index.html "$WORK/single" "$WORK/merged" >"$WORK/diff" 2>&1; then
    pass "merge of the 3 shards: the same reports as the single run"
else
    fail_text "merge of the 3 shards: the same reports as the single run" "$(head -5 "$WORK/diff" | cut -c1-200)"
fi
run "$BIN" merge -o "$WORK/merged2" "$WORK/shard3" "$WORK/shard1" "$WORK/shard2"
expect_same_files "merge in another order: the same summary.jsonl" "$WORK/single" "$WORK/merged2" summary.jsonl

# Gates tripped in the shards make merge exit 1.
for k in 1 2 3; do
    run "$BIN" batch "$G" -o "$WORK/gshard$k" --jobs 2 --shard "$k/3" --fail-on 'tone_gap>0.05'
done
run "$BIN" batch "$G" -o "$WORK/gsingle" --jobs 2 --fail-on 'tone_gap>0.05'
gsingle=$STATUS
run "$BIN" merge -o "$WORK/gmerged" "$WORK/gshard1" "$WORK/gshard2" "$WORK/gshard3"
if [ "$gsingle" -eq 1 ] && [ "$STATUS" -eq 1 ]; then pass "merge of shards with gates tripped: status 1, as the single run"; else fail "merge of shards with gates tripped: status 1, as the single run" "single run $gsingle, merge $STATUS"; fi
expect_same_files "merge of shards with gates tripped: summaries as the single run's" "$WORK/gsingle" "$WORK/gmerged" summary.jsonl summary.md junit.xml

expect_error_line "merge with an id in two folders: status 2, one line naming it" 2 "readoutdiff: $WORK/single/summary.jsonl: pair '" \
    "$BIN" merge -o "$WORK/never2" "$WORK/shard1" "$WORK/single"
expect_contains "merge with an id in two folders: the message says also in the other folder" "$WORK/err" "is also in $WORK/shard1"
expect_no_path "merge with an id in two folders: no OUTDIR created" "$WORK/never2"
expect_error_line "merge of a folder without summary.jsonl: status 2, one line" 2 "readoutdiff: $G: has no summary.jsonl" \
    "$BIN" merge -o "$WORK/never2" "$WORK/shard1" "$G"
expect_no_path "merge of a folder without summary.jsonl: no OUTDIR created" "$WORK/never2"

# ---- --jobs: the same output for 1, 2 and 4 workers (40 pairs of 100 sentences)

batch_generate 40 100 17 "$WORK/jgen" || exit 0
for j in 1 2 4; do
    run "$BIN" batch "$WORK/jgen" -o "$WORK/jobs$j" --jobs "$j"
    expect_last_status "--jobs $j: status 0" 0
done
for j in 2 4; do
    expect_same_files "--jobs $j: summary.jsonl byte-identical to --jobs 1" "$WORK/jobs1" "$WORK/jobs$j" summary.jsonl
    if diff -r "$WORK/jobs1" "$WORK/jobs$j" >"$WORK/diff" 2>&1; then
        pass "--jobs $j: every report and summary byte-identical to --jobs 1"
    else
        fail_text "--jobs $j: every report and summary byte-identical to --jobs 1" "$(head -5 "$WORK/diff" | cut -c1-200)"
    fi
done
expect_batch_output "--jobs 4: reports complete" reports "$WORK/jobs4"
