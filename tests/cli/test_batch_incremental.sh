#!/bin/sh
# batch, part 3: incremental runs. A pair whose readouts, lexicons and tool
# version are unchanged since the last run in OUTDIR is reused: its reports
# are not rewritten (same inode and mtime) and the summaries are the same as
# the first run's; a changed readout, a missing report or other lexicons make
# it be recomputed.
. "$(dirname "$0")/common.sh"

G="$WORK/gen"
O="$WORK/out-dir"
batch_generate 20 20 3 "$G" || exit 0
SUMMARIES="summary.jsonl summary.md junit.xml index.html"

# snapshot FILE: inode and modification time (ns) of every report in $O.
snapshot() { (cd "$O" && stat -c '%n %i %y' pair-*.html pair-*.json) >"$1"; }
# changed_reports OLD NEW: the report names whose inode or mtime differ.
changed_reports() { diff "$1" "$2" | sed -n 's/^> \([^ ]*\) .*/\1/p' | tr '\n' ' ' | sed 's/ $//'; }

# incremental NAME REUSED CHANGED ARGS...: a batch run into $O (status 0) whose
# closing line says REUSED pairs were reused and whose rewritten reports are
# exactly CHANGED ("all" for every one).
incremental() {
    inc_name=$1 inc_reused=$2 inc_changed=$3
    shift 3
    snapshot "$WORK/before"
    run "$BIN" batch "$G" -o "$O" --jobs 2 "$@"
    expect_last_status "$inc_name: status 0" 0
    expect_contains "$inc_name: stderr says $inc_reused unchanged, reused" "$WORK/err" "batch: 20 pairs ($inc_reused unchanged, reused)"
    snapshot "$WORK/after"
    got=$(changed_reports "$WORK/before" "$WORK/after")
    if [ "$inc_changed" = all ]; then
        n=$(printf '%s\n' "$got" | wc -w)
        if [ "$n" -eq 40 ]; then pass "$inc_name: every report rewritten"; else fail "$inc_name: every report rewritten" "$n of 40 rewritten: $got"; fi
    elif [ "$got" = "$inc_changed" ]; then
        pass "$inc_name: reports rewritten: ${inc_changed:-none}"
    else
        fail "$inc_name: reports rewritten: ${inc_changed:-none}" "rewritten: ${got:-none}"
    fi
}

run "$BIN" batch "$G" -o "$O" --jobs 2
expect_last_status "first run: status 0" 0
expect_contains "first run: nothing to reuse" "$WORK/err" "batch: 20 pairs (0 unchanged, reused)"
mkdir "$WORK/first"
for f in $SUMMARIES; do cp "$O/$f" "$WORK/first/"; done
cp "$O"/pair-*.html "$O"/pair-*.json "$WORK/first/"
sleep 0.05

incremental "second run, nothing changed" 20 ""
expect_same_files "second run: summary.jsonl as the first run's" "$WORK/first" "$O" summary.jsonl
expect_same_files "second run: summary.md, junit.xml, index.html as the first run's" "$WORK/first" "$O" summary.md junit.xml index.html

# One readout changed: only that pair is recomputed.
echo "The two sides also agreed to meet again next spring in Geneva." >>"$G/pair-00007/prc.txt"
incremental "pair-00007/prc.txt changed" 19 "pair-00007.html pair-00007.json"
expect_contains "pair-00007/prc.txt changed: its JSON report has the new sentence" "$O/pair-00007.json" "meet again next spring in Geneva"
got=$(batch_rows "$O/summary.jsonl" '
old = {r["id"]: r["input_hash"] for r in map(json.loads, open(args[0]))}
print(" ".join(r["id"] for r in rows if r["input_hash"] != old[r["id"]]))' "$WORK/first/summary.jsonl")
if [ "$got" = "pair-00007" ]; then pass "pair-00007/prc.txt changed: only its input_hash changed"; else fail "pair-00007/prc.txt changed: only its input_hash changed" "changed: $got"; fi
expect_batch_output "pair-00007/prc.txt changed: summary.jsonl agrees with the reports" jsonl "$O"

# A report deleted: that pair is recomputed, its report as before.
rm "$O/pair-00003.html"
incremental "pair-00003.html deleted" 19 "pair-00003.html pair-00003.json"
expect_same_files "pair-00003.html deleted: rewritten as it was" "$WORK/first" "$O" pair-00003.html pair-00003.json

# A date added in meta.tsv: the readouts are the same, but the reports carry
# the date (meta.tsv's ranks above a date in the text), so that pair is recomputed.
printf 'date\t2024-02-29\n' >"$G/pair-00011/meta.tsv"
incremental "a date added in pair-00011/meta.tsv" 19 "pair-00011.html pair-00011.json"
got=$(batch_rows "$O/summary.jsonl" 'print(by_id["pair-00011"]["date"])')
if [ "$got" = "2024-02-29" ]; then pass "a date added in meta.tsv: the row has the new date"; else fail "a date added in meta.tsv: the row has the new date" "date: $got"; fi
expect_contains "a date added in meta.tsv: the JSON report has the new date" "$O/pair-00011.json" '"date":"2024-02-29"'

# summary.jsonl cut in the middle of a line: nothing reused, the run completes.
head -c 700 "$WORK/first/summary.jsonl" >"$O/summary.jsonl"
incremental "summary.jsonl cut short" 0 all
expect_batch_output "summary.jsonl cut short: rewritten whole" jsonl "$O"

# Other lexicons: everything is recomputed, then reused while they stay.
mkdir "$WORK/lex-changed" "$WORK/lex-same"
grep -v -E '^(stable|constructive|healthy)	' "$ROOT/corpus/lexicons/tone.tsv" >"$WORK/lex-changed/tone.tsv"
cp "$ROOT/corpus/lexicons/tone.tsv" "$WORK/lex-same/tone.tsv"
incremental "--lexicons with a changed tone.tsv" 0 all --lexicons "$WORK/lex-changed"
if cmp -s "$O/summary.jsonl" "$WORK/first/summary.jsonl"; then
    fail "--lexicons with a changed tone.tsv: some scores change" "summary.jsonl is the same as with the built-in lexicons"
else
    pass "--lexicons with a changed tone.tsv: some scores change"
fi
incremental "--lexicons with the changed tone.tsv again" 20 "" --lexicons "$WORK/lex-changed"
incremental "--lexicons with a copy of the built-in tone.tsv" 0 all --lexicons "$WORK/lex-same"
got=$(batch_rows "$O/summary.jsonl" '
old = {r["id"]: r["input_hash"] for r in map(json.loads, open(args[0]))}
print(" ".join(r["id"] for r in rows if r["input_hash"] != old[r["id"]] and r["id"] not in ("pair-00007", "pair-00011")))' "$WORK/first/summary.jsonl")
if [ -z "$got" ]; then pass "a copy of the built-in tone.tsv: input_hash as with the built-in lexicons"; else fail "a copy of the built-in tone.tsv: input_hash as with the built-in lexicons" "differ: $got"; fi
incremental "back to the built-in lexicons" 20 ""
