#!/bin/sh
# Replays every input saved under tests/regressions/<harness>/ (what the
# fuzzers of fuzz/ found, minimized) through the built binary, the way its
# harness ran it. Each run must end with status 0 or 2 (2: input rejected
# with one message), never a crash, a sanitizer report, an internal error or
# a hang (timeout 20 s). Inputs of the pair harnesses are LEFT NUL RIGHT (without a NUL byte,
# the same text on both sides); read_segment and analyze inputs are one
# readout, compared with a corpus readout as the harness does.
# Checks a harness makes beyond "no crash" are repeated where the CLI allows:
# the terminal report without color holds no control character but newlines,
# the JSON report parses.
. "$(dirname "$0")/common.sh"

REG="$ROOT/tests/regressions"
FIXED="$CORPUS/2023-11-15-biden-xi-woodside/prc.txt"

# split_pair FILE: $WORK/left.txt and $WORK/right.txt, cut at the first NUL byte.
split_pair() {
    nul=$(od -An -v -tu1 "$1" | awk '{ for (i = 1; i <= NF; i++) { if ($i == 0) { print n; exit } n++ } }')
    if [ -z "$nul" ]; then
        cp "$1" "$WORK/left.txt"
        cp "$1" "$WORK/right.txt"
    else
        head -c "$nul" "$1" >"$WORK/left.txt"
        tail -c +"$((nul + 2))" "$1" >"$WORK/right.txt"
    fi
}

# replay NAME LEFT RIGHT OPTIONS...: compare must end with 0 or 2 within 20 s,
# with nothing from a sanitizer and no "internal error" (an exception other
# than readoutdiff::Error) on stderr. Sets $STATUS; stdout in $WORK/out.
replay() {
    rp_name=$1 rp_left=$2 rp_right=$3
    shift 3
    timeout 20 "$BIN" compare "$rp_left" "$rp_right" "$@" >"$WORK/out" 2>"$WORK/err"
    STATUS=$?
    if [ "$STATUS" -eq 124 ]; then
        fail "$rp_name" "hung: no result after 20 s"
    elif [ "$STATUS" -ne 0 ] && [ "$STATUS" -ne 2 ]; then
        fail "$rp_name" "status $STATUS (crash?)" "stderr: $(head -c 600 "$WORK/err")"
    elif grep -qE 'Sanitizer|runtime error:|internal error' "$WORK/err"; then
        # "internal error": an exception other than the library's Error escaped.
        fail "$rp_name" "sanitizer report or internal error" "stderr: $(head -c 600 "$WORK/err")"
    elif [ "$STATUS" -eq 2 ] && [ "$(wc -l <"$WORK/err")" -ne 1 ]; then
        fail "$rp_name" "status 2 without exactly one line on stderr" "stderr: $(head -c 600 "$WORK/err")"
    else
        pass "$rp_name (status $STATUS)"
    fi
}

found=0
for dir in "$REG"/*/; do
    [ -d "$dir" ] || continue
    harness=$(basename "$dir")
    for input in "$dir"*; do
        [ -f "$input" ] || continue
        case "$input" in *.md) continue ;; esac
        found=$((found + 1))
        name="regression $harness/$(basename "$input")"
        case "$harness" in
            read_segment)
                replay "$name: compare with a corpus readout, json" "$input" "$FIXED" --format json
                ;;
            analyze)
                replay "$name: as LEFT" "$input" "$FIXED" --format json
                replay "$name: as RIGHT" "$FIXED" "$input" --format json
                ;;
            render_term)
                split_pair "$input"
                replay "$name: term, color, explain" "$WORK/left.txt" "$WORK/right.txt" --width 40 --color always --explain
                replay "$name: term, no color" "$WORK/left.txt" "$WORK/right.txt" --width 40 --color never
                if [ "$STATUS" -eq 0 ]; then
                    if tr -d '\n' <"$WORK/out" | LC_ALL=C grep -q '[[:cntrl:]]'; then
                        fail_text "$name: term, no color: no control character reaches the terminal" \
                            "$(tr -d '\n' <"$WORK/out" | LC_ALL=C grep -o '.\{0,12\}[[:cntrl:]].\{0,12\}' | head -2 | od -c | head -4)"
                    else
                        pass "$name: term, no color: no control character reaches the terminal"
                    fi
                fi
                ;;
            render_json | align_compare)
                split_pair "$input"
                replay "$name: json" "$WORK/left.txt" "$WORK/right.txt" --format json
                if [ "$STATUS" -eq 0 ]; then
                    if python3 -c 'import json, sys; json.load(open(sys.argv[1], encoding="utf-8"))' "$WORK/out" 2>"$WORK/py"; then
                        pass "$name: json parses"
                    else
                        fail "$name: json parses" "$(head -c 300 "$WORK/py")"
                    fi
                fi
                ;;
            render_md)
                split_pair "$input"
                replay "$name: md" "$WORK/left.txt" "$WORK/right.txt" --format md
                ;;
            render_html)
                split_pair "$input"
                replay "$name: html" "$WORK/left.txt" "$WORK/right.txt" --format html
                ;;
            *)
                split_pair "$input"
                replay "$name: term" "$WORK/left.txt" "$WORK/right.txt" --width 80 --color never
                ;;
        esac
    done
done
[ "$found" -gt 0 ] || pass "no saved regression inputs in tests/regressions/"
