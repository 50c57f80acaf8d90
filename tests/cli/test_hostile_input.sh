# Inputs from the web and from PDFs: old Mac line ends, a file that is one
# enormous line, and a reader that closes the pipe early.
. "$(dirname "$0")/common.sh"

PAIR="$CORPUS/2023-11-15-biden-xi-woodside"

# CR-only line ends read as paragraphs and sentences like LF ones.
tr '\n' '\r' <"$PAIR/us.txt" >"$WORK/cr.txt"
run "$BIN" compare --format json "$WORK/cr.txt" "$PAIR/prc.txt"
cr=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["left"]["sentences"]))' "$WORK/out" 2>/dev/null)
run "$BIN" compare --format json "$PAIR/us.txt" "$PAIR/prc.txt"
lf=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["left"]["sentences"]))' "$WORK/out" 2>/dev/null)
if [ -n "$cr" ] && [ "$cr" = "$lf" ]; then pass "CR-only line ends: same $cr sentences as LF"; else fail "CR-only line ends" "CR: '$cr' sentences, LF: '$lf'"; fi

# One 20 MB line is over the default limit: a clear error naming --max-bytes.
python3 -c 'import sys; sys.stdout.write("word " * 4200000)' >"$WORK/line.txt"
expect_error "one 20 MB line: over the size limit" 2 \
    "readoutdiff: $WORK/line.txt: file is 21000000 bytes, over the limit of 16777216 (raise it with --max-bytes)" \
    "$BIN" compare "$WORK/line.txt" "$PAIR/prc.txt"

# A reader that stops early (| head -1): a quiet end, nothing on stderr.
sh -c '"$1" compare "$2" "$3"; echo $? >"$4"' sh "$BIN" "$PAIR/us.txt" "$PAIR/prc.txt" "$WORK/status" 2>"$WORK/pipe-err" | head -1 >/dev/null
status=$(cat "$WORK/status")
if [ ! -s "$WORK/pipe-err" ] && { [ "$status" = 0 ] || [ "$status" = 141 ]; }; then
    pass "closed pipe: quiet exit (status $status, no message)"
else
    fail "closed pipe: quiet exit" "status $status, stderr: $(head -c 200 "$WORK/pipe-err")"
fi
