#!/bin/sh
# batch, part 1: which pairs a corpus holds (folders, or CORPUS/pairs.tsv),
# manifest errors, what OUTDIR receives (reports, summary.jsonl, summary.md,
# junit.xml, index.html) and the progress lines on a non-terminal stderr.
# Gates and --baseline: test_batch_gates.sh; reuse: test_batch_incremental.sh;
# --shard, merge and --jobs: test_batch_shards.sh; kills: test_batch_interrupt.sh.
. "$(dirname "$0")/common.sh"

BALI=2022-11-14-biden-xi-bali
BEIJING=2023-06-19-blinken-wang-beijing
WOODSIDE=2023-11-15-biden-xi-woodside
CALL=2024-04-02-biden-xi-call

# ---- discovery from folders

# Four pairs: two as in the corpus, one renamed (date from its meta.tsv), one
# without meta.tsv (date from the folder name); a folder with only us.txt; a
# folder without any readout; a loose file.
C1="$WORK/c1"
O1="$WORK/o1"
batch_copy_pairs "$C1" "$BALI" "$BEIJING" "$WOODSIDE" "$CALL"
mv "$C1/$WOODSIDE" "$C1/woodside"
rm "$C1/$CALL/meta.tsv"
mkdir "$C1/only-us" "$C1/notes"
cp "$CORPUS/2025-01-17-trump-xi-call/us.txt" "$C1/only-us/"
echo "not a readout" >"$C1/notes/readme.txt"
echo "not a pair" >"$C1/README.txt"
GOOD="$BALI,$BEIJING,$CALL,woodside"

run "$BIN" batch "$C1" -o "$O1" --jobs 2
cp "$WORK/err" "$WORK/err-o1"
expect_last_status "folders, one holding only us.txt: status 2" 2
expect_contains "folders: the pair without prc.txt is reported on stderr" "$WORK/err-o1" \
    "readoutdiff: pair only-us: $C1/only-us: no prc.txt or prc.md readout"
expect_contains "folders: the closing line counts 5 pairs, 1 unreadable" "$WORK/err-o1" \
    "batch: 5 pairs (0 unchanged, reused), 0 with gates tripped, 0 outliers, 1 unreadable; $O1/summary.md"
if [ -s "$WORK/out" ]; then fail "folders: nothing on stdout" "stdout: $(head -c 200 "$WORK/out")"; else pass "folders: nothing on stdout"; fi
expect_batch_output "folders: the other pairs have complete reports, only-us none" reports "$O1" "$GOOD" only-us
expect_batch_output "folders: summary.jsonl has a valid line per pair (notes/ ignored), agreeing with the reports" jsonl "$O1" "$GOOD" only-us
got=$(batch_rows "$O1/summary.jsonl" 'print(" ".join("%s=%s" % (r["id"], r["date"]) for r in rows))')
want="$BALI=2022-11-14 $BEIJING=2023-06-19 $CALL=2024-04-02 only-us=None woodside=2023-11-15"
if [ "$got" = "$want" ]; then pass "folders: dates from meta.tsv or the folder name"; else fail "folders: dates from meta.tsv or the folder name" "expected: $want" "got: $got"; fi
got=$(batch_rows "$O1/summary.jsonl" 'print(" ".join(r["left"]["side"] + "/" + r["right"]["side"] for r in rows if r["left"]))')
if [ "$got" = "us/prc us/prc us/prc us/prc" ]; then pass "folders: us.txt is the left side, prc.txt the right"; else fail "folders: us.txt is the left side, prc.txt the right" "sides: $got"; fi
expect_batch_output "folders: summary.md has a table row per pair" md "$O1" "$GOOD" only-us
expect_batch_output "folders: junit.xml parses, a testcase per pair, an error for only-us" junit "$O1" "$GOOD" only-us
expect_batch_output "folders: index.html links every report and lists only-us" index "$O1" "$GOOD" only-us
# The README promises a progress line every tenth of the run; with 5 pairs each is a fifth.
if grep -q '^batch: [0-9]*/5 pairs done$' "$WORK/err-o1"; then
    pass "folders: progress lines on a non-terminal stderr for a run of 5 pairs"
else
    fail_text "folders: progress lines on a non-terminal stderr for a run of 5 pairs" "no 'batch: N/5 pairs done' line; stderr was:
$(cat "$WORK/err-o1")"
fi

# A folder of only readouts in .md, and a folder with two us.* readouts.
C1B="$WORK/c1b"
batch_copy_pairs "$C1B" "$BALI" "$BEIJING"
mv "$C1B/$BALI/us.txt" "$C1B/$BALI/us.md"
mv "$C1B/$BALI/prc.txt" "$C1B/$BALI/prc.md"
cp "$C1B/$BEIJING/us.txt" "$C1B/$BEIJING/us.md"
run "$BIN" batch "$C1B" -o "$WORK/o1b" --jobs 2
expect_last_status "folders with us.md/prc.md and one with two us.* readouts: status 2" 2
expect_batch_output "folders: .md readouts are compared, two us.* readouts are an error row" jsonl "$WORK/o1b" "$BALI" "$BEIJING"

expect_error_line "corpus folder that does not exist: status 2, one line" 2 "readoutdiff: $WORK/nowhere: " \
    "$BIN" batch "$WORK/nowhere" -o "$WORK/o-nowhere"
expect_no_path "corpus folder that does not exist: no OUTDIR created" "$WORK/o-nowhere"

echo "a file" >"$WORK/a-file"
expect_error_line "OUTDIR that is a file: status 2, one line" 2 "readoutdiff: $WORK/a-file: output exists and is not a folder" \
    "$BIN" batch "$C1" -o "$WORK/a-file"
expect_error_line "batch without -o: status 2, one line" 2 "readoutdiff: batch needs -o OUTDIR" "$BIN" batch "$C1"
expect_error_line "--jobs 0: status 2, one line" 2 "readoutdiff: --jobs must be between 1 and 256, not 0" "$BIN" batch "$C1" -o "$WORK/o-jobs" --jobs 0
expect_no_path "--jobs 0: no OUTDIR created" "$WORK/o-jobs"

# ---- discovery from CORPUS/pairs.tsv

# Relative paths (to CORPUS, not the working directory), an absolute path,
# comments, a blank line, and a pair folder that the manifest overrides.
C2="$WORK/c2"
mkdir -p "$C2/texts" "$WORK/elsewhere"
cp "$CORPUS/$BALI/us.txt" "$C2/texts/bali-us.txt"
cp "$CORPUS/$BALI/prc.txt" "$C2/texts/bali-prc.txt"
batch_copy_pairs "$C2" "$CALL"
printf '# id\tleft\tright\tdate\nbali\ttexts/bali-us.txt\ttexts/bali-prc.txt\t2022-11-14\n\n# absolute paths\nwoodside\t%s\t%s\t2023-11-15\n' \
    "$CORPUS/$WOODSIDE/us.txt" "$CORPUS/$WOODSIDE/prc.txt" >"$C2/pairs.tsv"
cd "$WORK/elsewhere" || exit 1
run "$BIN" batch ../c2 -o ../o2 --jobs 2
cd "$ROOT" || exit 1
expect_last_status "pairs.tsv, run from another folder with a relative CORPUS: status 0" 0
expect_batch_output "pairs.tsv: exactly its pairs (comments, blank line and pair folders ignored), reports complete" reports "$WORK/o2" bali,woodside
expect_batch_output "pairs.tsv: summary.jsonl has its pairs" jsonl "$WORK/o2" bali,woodside
got=$(batch_rows "$WORK/o2/summary.jsonl" 'print(" ".join("%s=%s:%s" % (r["id"], r["date"], r["left"]["path"]) for r in rows))')
want="bali=2022-11-14:../c2/texts/bali-us.txt woodside=2023-11-15:$CORPUS/$WOODSIDE/us.txt"
if [ "$got" = "$want" ]; then pass "pairs.tsv: dates and readout paths as the manifest gives them"; else fail "pairs.tsv: dates and readout paths as the manifest gives them" "expected: $want" "got: $got"; fi
# The reports hold the readout paths, so compare the summaries' scores instead.
got=$(python3 -c 'import json,sys; a=[json.loads(l) for l in open(sys.argv[1])]; b=[json.loads(l) for l in open(sys.argv[2])]
a={r["id"]:r for r in a}; b={r["id"]:r for r in b}
print(a["bali"]["tone_gap"]==b[sys.argv[3]]["tone_gap"] and a["bali"]["coverage"]==b[sys.argv[3]]["coverage"])' "$WORK/o2/summary.jsonl" "$O1/summary.jsonl" "$BALI" 2>&1)
if [ "$got" = "True" ]; then pass "pairs.tsv: a pair scores as it does from its folder"; else fail "pairs.tsv: a pair scores as it does from its folder" "got: $got"; fi

# A readout named in the manifest that does not exist: that pair's error row.
printf 'bali\ttexts/bali-us.txt\ttexts/bali-prc.txt\t2022-11-14\nghost\ttexts/bali-us.txt\ttexts/ghost-prc.txt\t2023-01-01\n' >"$C2/pairs.tsv"
run "$BIN" batch "$C2" -o "$WORK/o3" --jobs 2
expect_last_status "pairs.tsv naming a missing readout: status 2" 2
expect_contains "pairs.tsv naming a missing readout: stderr names the pair and the file" "$WORK/err" \
    "readoutdiff: pair ghost: $C2/texts/ghost-prc.txt: no such file"
expect_batch_output "pairs.tsv naming a missing readout: the other pair is reported, ghost is not" reports "$WORK/o3" bali ghost
expect_batch_output "pairs.tsv naming a missing readout: an error row for ghost" jsonl "$WORK/o3" bali ghost
expect_batch_output "pairs.tsv naming a missing readout: junit.xml has an error for ghost" junit "$WORK/o3" bali ghost

# ---- manifest errors: status 2, one line naming pairs.tsv:LINE, nothing written

M="$WORK/cm/pairs.tsv"
mkdir -p "$WORK/cm/texts"
cp "$C2/texts/bali-us.txt" "$C2/texts/bali-prc.txt" "$WORK/cm/texts/"
GOODLINE=$(printf 'bali\ttexts/bali-us.txt\ttexts/bali-prc.txt\t2022-11-14')
# manifest_error NAME LINE TEXT: LINE (the 4th of pairs.tsv, after a comment, a
# blank line and a good pair) is refused with a message containing TEXT.
manifest_error() {
    printf '# manifest\n\n%s\n%s\n' "$GOODLINE" "$2" >"$M"
    rm -rf "$WORK/om"
    run "$BIN" batch "$WORK/cm" -o "$WORK/om"
    first=$(head -1 "$WORK/err")
    case $first in
        "readoutdiff: $M:4:"*"$3"*) matched=1 ;;
        *) matched=0 ;;
    esac
    if [ "$STATUS" -eq 2 ] && [ "$matched" -eq 1 ] && [ "$(wc -l <"$WORK/err")" -eq 1 ] && [ ! -s "$WORK/out" ] && [ ! -e "$WORK/om" ]; then
        pass "pairs.tsv with $1: status 2, one line naming pairs.tsv:4, no OUTDIR"
    else
        fail "pairs.tsv with $1: status 2, one line naming pairs.tsv:4, no OUTDIR" \
            "line 4: $(printf '%s' "$2" | sed 's/\t/<TAB>/g')" "expected status 2, one stderr line starting readoutdiff: $M:4: and containing: $3" \
            "got status $STATUS, stderr: $(head -c 300 "$WORK/err")" "OUTDIR created: $([ -e "$WORK/om" ] && echo yes || echo no)"
    fi
}
manifest_error "2 columns" "$(printf 'two\ttexts/bali-us.txt')" "2 columns"
manifest_error "6 columns" "$(printf 'six\ttexts/bali-us.txt\ttexts/bali-prc.txt\t2022-11-14\treason\textra')" "6 columns"
manifest_error "an id with '/'" "$(printf 'a/b\ttexts/bali-us.txt\ttexts/bali-prc.txt\t2022-11-14')" "'a/b'"
manifest_error "an id starting with '.'" "$(printf '.hidden\ttexts/bali-us.txt\ttexts/bali-prc.txt\t2022-11-14')" "'.hidden'"
manifest_error "a duplicate id" "$(printf 'bali\ttexts/bali-us.txt\ttexts/bali-prc.txt\t2022-11-15')" "duplicate id 'bali'"
manifest_error "a date that is not yyyy-mm-dd" "$(printf 'later\ttexts/bali-us.txt\ttexts/bali-prc.txt\tyesterday')" "'yesterday'"
manifest_error "a date with month 13" "$(printf 'later\ttexts/bali-us.txt\ttexts/bali-prc.txt\t2023-13-45')" "'2023-13-45'"
manifest_error "a date followed by junk" "$(printf 'later\ttexts/bali-us.txt\ttexts/bali-prc.txt\t2023-11-15junk')" "'2023-11-15junk'"

# ---- progress on a non-terminal stderr (20 generated pairs)

if batch_generate 20 20 7 "$WORK/gen"; then
    run "$BIN" batch "$WORK/gen" -o "$WORK/ogen" --jobs 2
    expect_last_status "20 generated pairs: status 0" 0
    expect_py "20 generated pairs: plain 'batch: N/20 pairs done' lines, rising, the last 20/20" '
import re, sys
text = open(sys.argv[1], encoding="utf-8", errors="replace").read()
if "\r" in text or "\x1b" in text: print("stderr holds a carriage return or an escape sequence: %r" % text[:200])
done = [int(m) for m in re.findall(r"^batch: (\d+)/20 pairs done$", text, re.M)]
if len(done) < 2: print("fewer than two progress lines: %r" % text[:400])
elif done != sorted(done) or done[-1] != 20: print("progress counts %s" % done)
lines = text.splitlines()
if not lines or not lines[-1].startswith("batch: 20 pairs (0 unchanged, reused)"): print("last line: %r" % lines[-1:])
' "$WORK/err"
    expect_batch_output "20 generated pairs: summary.md has a row per pair" md "$WORK/ogen"
fi
