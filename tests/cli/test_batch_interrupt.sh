#!/bin/sh
# batch, part 5: a run stopped part way. After SIGKILL at any moment every
# report and summary in OUTDIR is complete (files are written to a temporary
# ".readoutdiff-*" file and renamed); temporary files a kill leaves are never
# taken for reports. Ctrl-C (SIGINT) and SIGTERM stop after the pairs in
# progress: status 130, a message, the summaries not touched.
. "$(dirname "$0")/common.sh"

BIG="$WORK/big"
K="$WORK/killed"
batch_generate 200 200 9 "$BIG" || exit 0

# complete.py DIR: prints each file of DIR that is not complete.
cat >"$WORK/complete.py" <<'EOF'
import json, os, sys
d = sys.argv[1]
for name in sorted(os.listdir(d)) if os.path.isdir(d) else []:
    path = os.path.join(d, name)
    if name.startswith(".readoutdiff-"):
        continue
    data = open(path, "rb").read()
    if name.endswith(".html") and not data.endswith(b"</html>\n"):
        print("%s (%d bytes) does not end with </html>" % (name, len(data)))
    elif name.endswith(".json"):
        try: json.loads(data)
        except ValueError as e: print("%s (%d bytes) is not JSON: %s" % (name, len(data), e))
    elif name == "summary.jsonl":
        lines = data.split(b"\n")
        if lines[-1] != b"" or len(lines) != 201: print("summary.jsonl has %d lines, not 200 whole ones" % (len(lines) - 1))
        for n, line in enumerate(lines[:-1], 1):
            try: json.loads(line)
            except ValueError: print("summary.jsonl:%d is not JSON" % n)
    elif name == "junit.xml":
        if not data.endswith(b"</testsuites>\n"): print("junit.xml is cut short")
EOF
temp_files() { ls -A "$1" 2>/dev/null | grep -c '^\.readoutdiff-'; }
reports() { ls "$1" 2>/dev/null | grep -c '^pair-.*\.html$'; }
# wait_for_report DIR: until DIR holds a report (the run is past its start), at most 20 s.
wait_for_report() {
    for _ in $(seq 400); do
        [ "$(reports "$1")" -gt 0 ] && return 0
        sleep 0.05
    done
}

# ---- SIGKILL at 20 random moments: 10 into one OUTDIR that each run picks
# up (reused reports, stale temp files), 10 into fresh ones (always mid-run).
# KILL_SEED=N reproduces a run's moments; the seed is printed either way.

seed=${KILL_SEED:-$(date +%s)}
echo "# SIGKILL moments from KILL_SEED=$seed"
delays=$(awk -v seed="$seed" 'BEGIN { srand(seed); for (k = 0; k < 20; k++) printf "%.2f\n", 0.05 + rand() * 1.6 }')

# kill_batch N DIR DELAY: starts a batch of BIG into DIR, SIGKILLs it after
# DELAY seconds, then checks that every file in DIR is complete.
kill_batch() {
    "$BIN" batch "$BIG" -o "$2" --jobs 2 >/dev/null 2>&1 &
    kb_pid=$!
    sleep "$3"
    kill -KILL "$kb_pid" 2>/dev/null
    wait "$kb_pid" 2>/dev/null  # without the shell's "Killed"
    kb_status=$?
    kb_name="kill $1, SIGKILL after ${3}s ($(reports "$2") reports, $(temp_files "$2") temp files)"
    if [ "$kb_status" -eq 0 ]; then
        skip "$kb_name: every file complete" "the run finished before the kill"
        return
    fi
    kb_problems=$(python3 "$WORK/complete.py" "$2" 2>&1)
    if [ "$kb_status" -eq 137 ] && [ -z "$kb_problems" ]; then pass "$kb_name: every file complete"; else fail_text "$kb_name: every file complete" "status $kb_status
$kb_problems"; fi
}

i=0
for delay in $delays; do
    i=$((i + 1))
    if [ "$i" -le 10 ]; then kill_batch "$i" "$K" "$delay"; else kill_batch "$i" "$WORK/fresh-$i" "$delay"; fi
done
left_by_kills=$(temp_files "$K")
(cd "$K" && md5sum pair-*) >"$WORK/killed.md5" 2>/dev/null

run "$BIN" batch "$BIG" -o "$K" --jobs 2
expect_last_status "complete run after the kills: status 0" 0
expect_contains "complete run after the kills: 200 pairs" "$WORK/err" "batch: 200 pairs ("
expect_batch_output "complete run after the kills: every report complete" reports "$K"
expect_batch_output "complete run after the kills: summary.jsonl valid" jsonl "$K"
expect_batch_output "complete run after the kills: index.html links exactly the reports" index "$K"
if grep -l 'readoutdiff-' "$K/summary.jsonl" "$K/summary.md" "$K/junit.xml" "$K/index.html" >"$WORK/grep" 2>&1; then
    fail "complete run after the kills: no temp file taken for a report" "mentioned in: $(cat "$WORK/grep" | tr '\n' ' ')"
else
    pass "complete run after the kills: no temp file taken for a report"
fi
if (cd "$K" && md5sum --quiet -c "$WORK/killed.md5") >"$WORK/md5" 2>&1; then
    pass "complete run after the kills: the reports the killed runs left were already the right ones"
else
    fail_text "complete run after the kills: the reports the killed runs left were already the right ones" "$(head -5 "$WORK/md5")"
fi
echo "# note: the 10 kills into one OUTDIR left $left_by_kills .readoutdiff-* temp files; after the complete run $(temp_files "$K") remain in OUTDIR"
mkdir "$WORK/reference"
for f in summary.jsonl summary.md junit.xml index.html; do cp "$K/$f" "$WORK/reference/"; done
(cd "$K" && md5sum pair-*) >"$WORK/reference.md5"

# ---- SIGINT and SIGTERM

# stop_run SIGNAL OUTDIR ARGS...: starts a batch of BIG into OUTDIR, sends
# SIGNAL half a second after its first report; STATUS and $WORK/err as `run`.
stop_run() {
    sr_signal=$1 sr_out=$2
    shift 2
    "$BIN" batch "$BIG" -o "$sr_out" --jobs 2 "$@" >"$WORK/out" 2>"$WORK/err" &
    sr_pid=$!
    wait_for_report "$sr_out"
    sleep 0.5
    kill "-$sr_signal" "$sr_pid"
    wait "$sr_pid"
    STATUS=$?
}
# expect_stopped NAME DIR: status 130, the message naming N of 200 pairs, N reports, all complete.
expect_stopped() {
    expect_last_status "$1: status 130" 130
    n=$(sed -n 's/^readoutdiff: interrupted after \([0-9]*\) of 200 pairs; their reports are complete, the summaries were not updated$/\1/p' "$WORK/err")
    if [ -n "$n" ] && [ "$(tail -1 "$WORK/err" | cut -c1-24)" = "readoutdiff: interrupted" ] && [ ! -s "$WORK/out" ]; then
        pass "$1: ends with 'interrupted after N of 200 pairs' on stderr"
    else
        fail "$1: ends with 'interrupted after N of 200 pairs' on stderr" "stderr: $(tail -3 "$WORK/err" | tr '\n' '|')" "stdout bytes: $(wc -c <"$WORK/out")"
        n=-1
    fi
    problems=$(python3 "$WORK/complete.py" "$2" 2>&1)
    if [ -z "$problems" ]; then pass "$1: every file complete"; else fail_text "$1: every file complete" "$problems"; fi
}

I="$WORK/interrupted"
stop_run INT "$I"
expect_stopped "SIGINT into a new OUTDIR" "$I"
got="$(reports "$I") html, $(ls "$I" | grep -c '^pair-.*\.json$') json"
if [ "$got" = "$n html, $n json" ]; then pass "SIGINT into a new OUTDIR: a report for each of the $n pairs done"; else fail "SIGINT into a new OUTDIR: a report for each of the $n pairs done" "found $got"; fi
present=$(cd "$I" && ls summary.jsonl summary.md junit.xml index.html 2>/dev/null | tr '\n' ' ')
if [ -z "$present" ]; then pass "SIGINT into a new OUTDIR: no summary written"; else fail "SIGINT into a new OUTDIR: no summary written" "found: $present"; fi
if [ "$(temp_files "$I")" -eq 0 ]; then pass "SIGINT into a new OUTDIR: no temp file left"; else fail "SIGINT into a new OUTDIR: no temp file left" "$(ls -A "$I" | grep '^\.readoutdiff-' | tr '\n' ' ')"; fi

stop_run TERM "$WORK/terminated"
expect_stopped "SIGTERM" "$WORK/terminated"

# Into the complete OUTDIR, with other lexicons so every pair is recomputed:
# the summaries stay those of the complete run.
mkdir "$WORK/lex"
grep -v -E '^(stable|constructive|healthy)	' "$ROOT/corpus/lexicons/tone.tsv" >"$WORK/lex/tone.tsv"
temps_before=$(temp_files "$K")
stop_run INT "$K" --lexicons "$WORK/lex"
expect_stopped "SIGINT into the complete OUTDIR, other lexicons" "$K"
expect_same_files "SIGINT into the complete OUTDIR: the summaries as they were" "$WORK/reference" "$K" summary.jsonl summary.md junit.xml index.html
if [ "$(temp_files "$K")" -eq "$temps_before" ]; then pass "SIGINT into the complete OUTDIR: no new temp file"; else fail "SIGINT into the complete OUTDIR: no new temp file" "$temps_before before, $(temp_files "$K") after"; fi
# The interrupted run rewrote some reports with the other lexicons; summary.jsonl
# still says they were made with the built-in ones, so a run with those must
# not reuse them as they are.
run "$BIN" batch "$BIG" -o "$K" --jobs 2
expect_last_status "rerun with the built-in lexicons after that SIGINT: status 0" 0
if (cd "$K" && md5sum --quiet -c "$WORK/reference.md5") >"$WORK/md5" 2>&1; then
    pass "rerun with the built-in lexicons after that SIGINT: every report as the complete run made it"
else
    fail_text "rerun with the built-in lexicons after that SIGINT: every report as the complete run made it" \
        "$(grep -c FAILED "$WORK/md5") reports differ, e.g.: $(head -3 "$WORK/md5" | tr '\n' ' ')
stderr: $(tail -1 "$WORK/err")"
fi
expect_batch_output "rerun with the built-in lexicons after that SIGINT: summary.jsonl agrees with the reports" jsonl "$K"
