#!/bin/sh
# Bad input and bad usage: each gives exit status 2, exactly one line on stderr
# naming the file (or option) and the problem, nothing on stdout, and, when -o
# was given, no report and no stray temporary file (.readoutdiff-*) left behind.
# Binary inputs (NUL bytes, broken UTF-8, UTF-16, huge files) are made at run time.
. "$(dirname "$0")/common.sh"

GOOD="$CORPUS/2023-11-15-biden-xi-woodside/us.txt"
GOOD_PRC="$CORPUS/2023-11-15-biden-xi-woodside/prc.txt"
FIX="$ROOT/tests/cli/fixtures/bad"
OUTDIR="$WORK/outdir"
USAGE="(see 'readoutdiff --help')"

# expect_dir_empty NAME DIR: DIR exists and holds no file at all (hidden ones included).
expect_dir_empty() {
    if [ -d "$2" ] && [ -z "$(ls -A "$2")" ]; then
        pass "$1"
    else
        fail "$1" "$2 should be empty, holds: $(ls -A "$2" 2>&1 | tr '\n' ' ')"
    fi
}

# expect_error_with_output NAME MESSAGE ARGS...: `compare -o OUTDIR/report.txt ARGS`
# fails like expect_error and leaves OUTDIR empty.
expect_error_with_output() {
    ewo_name=$1 ewo_message=$2
    shift 2
    rm -rf "$OUTDIR" && mkdir "$OUTDIR"
    expect_error "$ewo_name, with -o: status 2, one message" 2 "$ewo_message" "$BIN" compare -o "$OUTDIR/report.txt" "$@"
    expect_dir_empty "$ewo_name, with -o: no report or temp file left" "$OUTDIR"
}

# bad_file NAME MESSAGE FILE: FILE as LEFT fails with MESSAGE, with and without -o.
bad_file() {
    bf_name=$1 bf_message=$2 bf_file=$3
    expect_error "$bf_name: status 2, one message" 2 "$bf_message" "$BIN" compare "$bf_file" "$GOOD"
    expect_error_with_output "$bf_name" "$bf_message" "$bf_file" "$GOOD"
}

# expect_usage_error NAME TEXT CMD...: status 2, one stderr line containing TEXT,
# empty stdout (for behaviour whose exact message does not exist yet).
expect_usage_error() {
    eue_name=$1 eue_text=$2
    shift 2
    run "$@"
    if [ "$STATUS" -eq 2 ] && [ "$(wc -l <"$WORK/err")" -eq 1 ] && grep -qF -- "$eue_text" "$WORK/err" && [ ! -s "$WORK/out" ]; then
        pass "$eue_name"
    else
        fail "$eue_name" "expected status 2 and one stderr line containing: $eue_text" \
            "got status $STATUS and stderr: $(head -c 300 "$WORK/err")" "stdout bytes: $(wc -c <"$WORK/out")"
    fi
}

# ---- files that cannot be read as a readout

bad_file "missing file" "readoutdiff: $WORK/missing.txt: no such file" "$WORK/missing.txt"
expect_error "missing file as RIGHT: status 2, one message" 2 "readoutdiff: $WORK/missing.txt: no such file" \
    "$BIN" compare "$GOOD" "$WORK/missing.txt"

mkdir "$WORK/adir"
bad_file "a directory" "readoutdiff: $WORK/adir: is a directory, not a readout file" "$WORK/adir"

cp "$GOOD" "$WORK/unreadable.txt"
chmod 000 "$WORK/unreadable.txt"
# As root, chmod 000 does not stop reading: the binary then runs as nobody.
if ! cat "$WORK/unreadable.txt" >/dev/null 2>&1; then
    bad_file "unreadable file" "readoutdiff: $WORK/unreadable.txt: cannot read: Permission denied" "$WORK/unreadable.txt"
elif command -v setpriv >/dev/null 2>&1; then
    chmod 755 "$WORK"
    expect_error "unreadable file (run as nobody): status 2, one message" 2 \
        "readoutdiff: $WORK/unreadable.txt: cannot read: Permission denied" \
        setpriv --reuid=65534 --regid=65534 --clear-groups "$BIN" compare "$WORK/unreadable.txt" "$GOOD"
else
    skip "unreadable file" "running as root without setpriv, chmod 000 does not stop reading"
fi

# A socket is neither a file nor a pipe (pipes and FIFOs are read: tests/cli/test_inputs.sh).
if python3 -c 'import socket, sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])' "$WORK/socket" 2>/dev/null; then
    expect_error "a socket: status 2, one message" 2 "readoutdiff: $WORK/socket: is not a regular file, a pipe or standard input" \
        "$BIN" compare "$WORK/socket" "$GOOD"
else
    skip "a socket" "cannot create a Unix socket here"
fi

: >"$WORK/empty.txt"
bad_file "empty file" "readoutdiff: $WORK/empty.txt: is empty" "$WORK/empty.txt"

bad_file "whitespace-only file" "readoutdiff: $FIX/whitespace-only.txt: contains only whitespace" "$FIX/whitespace-only.txt"

# "Title\n\nHello" is 12 bytes, so the first bad byte is at offset 12 (NUL) or 13 (after "Hello ").
printf 'Title\n\nHello\000world.\n' >"$WORK/nul.txt"
bad_file "NUL bytes" "readoutdiff: $WORK/nul.txt:3:6: contains a NUL byte at byte offset 12: binary data, not a text readout" "$WORK/nul.txt"

printf 'Title\n\nHello \344\270 world.\n' >"$WORK/truncated.txt"
bad_file "invalid UTF-8: truncated sequence" "readoutdiff: $WORK/truncated.txt:3:7: invalid UTF-8 at byte offset 13" "$WORK/truncated.txt"

printf 'Title\n\nHello \300\257 world.\n' >"$WORK/overlong.txt"
bad_file "invalid UTF-8: overlong encoding" "readoutdiff: $WORK/overlong.txt:3:7: invalid UTF-8 at byte offset 13" "$WORK/overlong.txt"

printf 'Title\n\nHello \355\240\200 world.\n' >"$WORK/surrogate.txt"
bad_file "invalid UTF-8: encoded surrogate" "readoutdiff: $WORK/surrogate.txt:3:7: invalid UTF-8 at byte offset 13" "$WORK/surrogate.txt"

printf 'Title\n\nHello \200 world.\n' >"$WORK/continuation.txt"
bad_file "invalid UTF-8: stray continuation byte" "readoutdiff: $WORK/continuation.txt:3:7: invalid UTF-8 at byte offset 13" "$WORK/continuation.txt"
expect_error "invalid UTF-8 as RIGHT: status 2, one message" 2 "readoutdiff: $WORK/continuation.txt:3:7: invalid UTF-8 at byte offset 13" \
    "$BIN" compare "$GOOD" "$WORK/continuation.txt"

UTF16="is UTF-16, not UTF-8 (convert it first, e.g. iconv -f UTF-16 -t UTF-8)"
printf '\377\376T\000i\000t\000l\000e\000\n\000\n\000H\000i\000.\000\n\000' >"$WORK/utf16-bom.txt"
bad_file "UTF-16 with BOM" "readoutdiff: $WORK/utf16-bom.txt: $UTF16" "$WORK/utf16-bom.txt"
printf 'T\000i\000t\000l\000e\000\n\000\n\000H\000i\000.\000\n\000' >"$WORK/utf16.txt"
bad_file "UTF-16 without BOM" "readoutdiff: $WORK/utf16.txt: $UTF16" "$WORK/utf16.txt"

# Over the default limit (16 MiB): real text, so only the size can be the problem.
yes 'The two sides held talks on trade, climate and military channels.' | head -c 17000000 >"$WORK/big.txt"
bad_file "file over the default --max-bytes" \
    "readoutdiff: $WORK/big.txt: file is 17000000 bytes, over the limit of 16777216 (raise it with --max-bytes)" "$WORK/big.txt"
size=$(wc -c <"$GOOD" | tr -d ' ')
expect_error "file over --max-bytes N: status 2, one message" 2 \
    "readoutdiff: $GOOD: file is $size bytes, over the limit of $((size - 1)) (raise it with --max-bytes)" \
    "$BIN" compare --max-bytes $((size - 1)) "$GOOD" "$GOOD"
run "$BIN" compare --force --max-bytes "$size" "$GOOD" "$GOOD"
if [ "$STATUS" -eq 0 ] && [ -s "$WORK/out" ]; then pass "file of exactly --max-bytes is accepted"; else fail "file of exactly --max-bytes is accepted" "status $STATUS" "stderr: $(head -c 300 "$WORK/err")"; fi

bad_file "front matter never closed" \
    "readoutdiff: $FIX/frontmatter-unclosed.md:1:1: front matter opened on this line is never closed with '---'" "$FIX/frontmatter-unclosed.md"
bad_file "front matter line without key" \
    "readoutdiff: $FIX/frontmatter-not-key-value.md:3:1: front matter line is not 'key: value'" "$FIX/frontmatter-not-key-value.md"
bad_file "front matter and no body" \
    "readoutdiff: $FIX/frontmatter-no-body.md: has no text after its front matter" "$FIX/frontmatter-no-body.md"

# A bad input must not replace a report written earlier.
rm -rf "$OUTDIR" && mkdir "$OUTDIR"
echo "earlier report" >"$OUTDIR/report.txt"
run "$BIN" compare -o "$OUTDIR/report.txt" "$WORK/empty.txt" "$GOOD"
if [ "$STATUS" -eq 2 ] && [ "$(cat "$OUTDIR/report.txt")" = "earlier report" ] && [ "$(ls -A "$OUTDIR")" = "report.txt" ]; then
    pass "bad input keeps an existing -o file as it was"
else
    fail "bad input keeps an existing -o file as it was" "status $STATUS" "report.txt: $(head -c 100 "$OUTDIR/report.txt")" "directory: $(ls -A "$OUTDIR" | tr '\n' ' ')"
fi

# ---- bad usage

expect_error "unknown option after the command" 2 "readoutdiff: unrecognised option '--bogus' $USAGE" "$BIN" compare --bogus "$GOOD" "$GOOD"
expect_error "unknown option before the command" 2 "readoutdiff: unknown option '--bogus' before the command $USAGE" "$BIN" --bogus compare "$GOOD" "$GOOD"
for n in 0 1 3; do
    case $n in 0) set -- ;; 1) set -- "$GOOD" ;; 3) set -- "$GOOD" "$GOOD" "$GOOD" ;; esac
    expect_error "compare given $n file(s)" 2 "readoutdiff: compare takes exactly two readout files (LEFT RIGHT), got $n $USAGE" "$BIN" compare "$@"
done
expect_error "bad --format value" 2 "readoutdiff: --format must be term, json, md or html, not 'xml' $USAGE" "$BIN" compare --format xml "$GOOD" "$GOOD"
expect_error "empty --format value" 2 "readoutdiff: --format must be term, json, md or html, not '' $USAGE" "$BIN" compare --format '' "$GOOD" "$GOOD"
expect_error "bad --color value" 2 "readoutdiff: --color must be auto, always or never, not 'sometimes' $USAGE" "$BIN" compare --color sometimes "$GOOD" "$GOOD"
expect_error "non-numeric --width" 2 "readoutdiff: the argument ('abc') for option '--width' is invalid $USAGE" "$BIN" compare --width abc "$GOOD" "$GOOD"
expect_error "--width below 40" 2 "readoutdiff: --width must be between 40 and 1000, not 39 $USAGE" "$BIN" compare --width 39 "$GOOD" "$GOOD"
expect_error "--width above 1000" 2 "readoutdiff: --width must be between 40 and 1000, not 1001 $USAGE" "$BIN" compare --width 1001 "$GOOD" "$GOOD"
expect_error "negative --width" 2 "readoutdiff: --width must be between 40 and 1000, not -5 $USAGE" "$BIN" compare --width -5 "$GOOD" "$GOOD"
expect_error "--max-bytes 0" 2 "readoutdiff: --max-bytes must be a positive number of bytes, not 0 $USAGE" "$BIN" compare --max-bytes 0 "$GOOD" "$GOOD"
expect_error "--max-bytes over 1 GiB" 2 "readoutdiff: --max-bytes must be at most 1073741824 (1 GiB), not 1073741825 $USAGE" \
    "$BIN" compare --max-bytes 1073741825 "$GOOD" "$GOOD_PRC"
expect_status "--max-bytes of exactly 1 GiB is accepted" 0 "$BIN" compare --max-bytes 1073741824 "$GOOD" "$GOOD_PRC"
# A negative limit must be refused, not wrapped round to a huge unsigned one.
expect_usage_error "negative --max-bytes is refused" "--max-bytes" "$BIN" compare --max-bytes -1 "$GOOD" "$GOOD"
expect_error "unknown command" 2 "readoutdiff: unknown command 'frobnicate' $USAGE" "$BIN" frobnicate "$GOOD" "$GOOD"
expect_error "no command" 2 "readoutdiff: no command given $USAGE" "$BIN"
expect_error_with_output "bad --format" "readoutdiff: --format must be term, json, md or html, not 'xml' $USAGE" --format xml "$GOOD" "$GOOD"

# ---- bad output paths

rm -rf "$OUTDIR" && mkdir "$OUTDIR"
expect_error "-o into a missing directory" 2 "readoutdiff: $OUTDIR/nodir/report.txt: cannot write: the directory does not exist" \
    "$BIN" compare -o "$OUTDIR/nodir/report.txt" "$GOOD" "$GOOD_PRC"
expect_dir_empty "-o into a missing directory: nothing created" "$OUTDIR"

mkdir "$OUTDIR/sub"
expect_error "-o to a directory" 2 "readoutdiff: $OUTDIR/sub: is a directory; give a file name for the output" \
    "$BIN" compare -o "$OUTDIR/sub" "$GOOD" "$GOOD_PRC"
if [ "$(ls -A "$OUTDIR")" = "sub" ] && [ -z "$(ls -A "$OUTDIR/sub")" ]; then
    pass "-o to a directory: nothing created"
else
    fail "-o to a directory: nothing created" "found: $(ls -AR "$OUTDIR" | tr '\n' ' ')"
fi

if [ -c /dev/full ]; then
    expect_error "-o /dev/full" 2 "readoutdiff: /dev/full: cannot write: No space left on device" "$BIN" compare -o /dev/full "$GOOD" "$GOOD_PRC"
    if ls -A /dev | grep -q '^\.readoutdiff-'; then fail "-o /dev/full: no temp file in /dev" "$(ls -A /dev | grep '^\.readoutdiff-')"; else pass "-o /dev/full: no temp file in /dev"; fi
else
    skip "-o /dev/full" "no /dev/full here"
fi
