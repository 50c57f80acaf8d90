#!/bin/sh
# Inputs a user will try (issue 15): standard input and pipes, the same readout
# twice, two readouts of one side, a saved HTML page, a PDF, a readout that is
# not English, and --force past the refusals. Messages are checked exactly.
. "$(dirname "$0")/common.sh"

PAIR="$CORPUS/2023-11-15-biden-xi-woodside"
US="$PAIR/us.txt"
PRC="$PAIR/prc.txt"
OTHER_US="$CORPUS/2022-11-14-biden-xi-bali/us.txt"

# left_field REPORT.json KEY: prints left[KEY] of a JSON report.
left_field() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["left"][sys.argv[2]])' "$1" "$2"; }

# ---- standard input and pipes

"$BIN" compare "$US" "$PRC" --format json >"$WORK/files.json" 2>/dev/null
run sh -c '"$1" compare - "$2" --format json <"$3"' sh "$BIN" "$PRC" "$US"
if [ "$STATUS" -eq 0 ] && [ "$(left_field "$WORK/out" path)" = "standard input" ] && [ ! -s "$WORK/err" ]; then
    pass "- as LEFT reads standard input, named 'standard input'"
else
    fail "- as LEFT reads standard input, named 'standard input'" "status $STATUS" "stderr: $(head -c 300 "$WORK/err")"
fi
python3 - "$WORK/files.json" "$WORK/out" >"$WORK/diff" 2>&1 <<'PY'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
a["left"]["path"] = b["left"]["path"]
# Standard input has no folder, so no meta.tsv to date it: the file's date is meta.tsv's.
if a["left"]["date"] != "2023-11-15" or b["left"]["date"] is not None: print("dates: file %r, standard input %r" % (a["left"]["date"], b["left"]["date"]))
a["left"]["date"] = b["left"]["date"]
if a != b: print("the report from standard input differs from the one from the file")
PY
if [ ! -s "$WORK/diff" ]; then pass "- as LEFT: the same report as from the file"; else fail_text "- as LEFT: the same report as from the file" "$(cat "$WORK/diff")"; fi

run sh -c '"$1" compare "$2" - --format md <"$3"' sh "$BIN" "$US" "$PRC"
expect_contains "- as RIGHT reads standard input" "$WORK/out" '| File | `'"$US"'` | `standard input` |'
expect_error "- as both LEFT and RIGHT: a usage error" 2 \
    "readoutdiff: standard input ('-') can be only one of LEFT and RIGHT (see 'readoutdiff --help')" "$BIN" compare - -

if command -v bash >/dev/null 2>&1; then
    run bash -c '"$1" compare <(cat "$2") <(cat "$3") --format json' bash "$BIN" "$US" "$PRC"
    if [ "$STATUS" -eq 0 ] && left_field "$WORK/out" path | grep -q '^/dev/fd/'; then
        pass "<(...) process substitution is read"
    else
        fail "<(...) process substitution is read" "status $STATUS" "stderr: $(head -c 300 "$WORK/err")"
    fi
    size=$(wc -c <"$US" | tr -d ' ')
    run bash -c '"$1" compare --max-bytes "$4" <(cat "$2") "$3"' bash "$BIN" "$US" "$PRC" $((size - 1))
    got=$(cat "$WORK/err")
    case $got in
        "readoutdiff: /dev/fd/"*": file is over the limit of $((size - 1)) bytes (raise it with --max-bytes)")
            [ "$STATUS" -eq 2 ] && pass "<(...) is bounded by --max-bytes" || fail "<(...) is bounded by --max-bytes" "status $STATUS" ;;
        *) fail "<(...) is bounded by --max-bytes" "status $STATUS, stderr: $got" ;;
    esac
else
    skip "<(...) process substitution is read" "bash is not installed"
    skip "<(...) is bounded by --max-bytes" "bash is not installed"
fi

if mkfifo "$WORK/fifo" 2>/dev/null; then
    cat "$US" >"$WORK/fifo" &
    run timeout 20 "$BIN" compare "$WORK/fifo" "$PRC" --format json
    wait
    if [ "$STATUS" -eq 0 ] && [ "$(left_field "$WORK/out" path)" = "$WORK/fifo" ]; then pass "a named FIFO is read"; else fail "a named FIFO is read" "status $STATUS" "stderr: $(head -c 300 "$WORK/err")"; fi
else
    skip "a named FIFO is read" "mkfifo is not available"
fi

# ---- one readout twice

expect_error "the same path twice" 2 \
    "readoutdiff: $US: is given as both LEFT and RIGHT (add --force to compare a readout with itself)" "$BIN" compare "$US" "$US"
ln -s "$US" "$WORK/link.txt"
expect_error "one file under two names" 2 \
    "readoutdiff: $WORK/link.txt: is given as both LEFT and RIGHT (add --force to compare a readout with itself)" \
    "$BIN" compare "$US" "$WORK/link.txt"
cp "$US" "$WORK/copy.txt"
expect_error "two files with the same content" 2 \
    "readoutdiff: $WORK/copy.txt: has the same content as $US (add --force to compare two copies of one readout)" \
    "$BIN" compare "$US" "$WORK/copy.txt"
mkdir "$WORK/o"
run "$BIN" compare "$US" "$WORK/copy.txt" -o "$WORK/o/report.txt"
if [ "$STATUS" -eq 2 ] && [ -z "$(ls -A "$WORK/o")" ]; then pass "two copies, with -o: no report written"; else fail "two copies, with -o: no report written" "status $STATUS" "$(ls -A "$WORK/o")"; fi
run "$BIN" compare --force "$US" "$US"
if [ "$STATUS" -eq 0 ] && [ -s "$WORK/out" ] && [ ! -s "$WORK/err" ]; then pass "--force compares a readout with itself"; else fail "--force compares a readout with itself" "status $STATUS" "stderr: $(head -c 300 "$WORK/err")"; fi

# ---- two readouts of one side: a warning, the report still written

run "$BIN" compare "$US" "$OTHER_US" --format json
want="readoutdiff: warning: both readouts read as US ($US, $OTHER_US): the report compares two US readouts, not the two sides (--force silences this)"
if [ "$STATUS" -eq 0 ] && [ "$(cat "$WORK/err")" = "$want" ] && [ -s "$WORK/out" ]; then
    pass "two US readouts: one warning line, the report written, status 0"
else
    fail "two US readouts: one warning line, the report written, status 0" "status $STATUS" "stderr: $(cat "$WORK/err")"
fi
run "$BIN" compare "$PRC" "$CORPUS/2022-11-14-biden-xi-bali/prc.txt" --format json
case $(cat "$WORK/err") in
    "readoutdiff: warning: both readouts read as PRC ("*) pass "two PRC readouts: the warning names PRC" ;;
    *) fail "two PRC readouts: the warning names PRC" "stderr: $(cat "$WORK/err")" ;;
esac
run "$BIN" compare --force "$US" "$OTHER_US" --format json
if [ "$STATUS" -eq 0 ] && [ ! -s "$WORK/err" ]; then pass "--force silences the same-side warning"; else fail "--force silences the same-side warning" "stderr: $(cat "$WORK/err")"; fi

# ---- a saved web page

python3 - "$US" "$WORK/us-page.txt" <<'PY'
import html, sys
text = open(sys.argv[1], encoding="utf-8").read()
paragraphs = [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]
title, body = paragraphs[0], paragraphs[1:]
page = ["<!DOCTYPE html>", "<html lang='en'><head><meta charset='utf-8'><title>%s | The White House</title>" % html.escape(title),
        "<style>p { margin: 0 }</style><script>window.menu = '<p>not text</p>';</script></head><body>",
        "<nav><ul><li><a href='/'>Home</a></li><li>Briefing Room</li></ul></nav><main>",
        "<h1>%s</h1>" % html.escape(title)]
page += ["<p>%s</p>" % html.escape(p) for p in body]
page += ["</main><footer>Copyright</footer></body></html>"]
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(page) + "\n")
PY
"$BIN" compare "$WORK/us-page.txt" "$PRC" --format json >"$WORK/page.json" 2>"$WORK/page.err"
status=$?
python3 - "$WORK/files.json" "$WORK/page.json" >"$WORK/diff" 2>&1 <<'PY'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
if a["left"]["title"] != b["left"]["title"]: print("title %r, expected %r" % (b["left"]["title"], a["left"]["title"]))
sa = [s["text"] for s in a["left"]["sentences"]]
sb = [s["text"] for s in b["left"]["sentences"]]
if sa != sb: print("sentences differ: %d from the page, %d from the text" % (len(sb), len(sa)))
if a["left"]["side"] != b["left"]["side"]: print("side %r, expected %r" % (b["left"]["side"], a["left"]["side"]))
PY
if [ "$status" -eq 0 ] && [ ! -s "$WORK/diff" ] && [ ! -s "$WORK/page.err" ]; then
    pass "an HTML page (sniffed by content, named .txt): the same title, sentences and side as the text"
else
    fail_text "an HTML page (sniffed by content, named .txt): the same title, sentences and side as the text" "status $status $(cat "$WORK/page.err" "$WORK/diff")"
fi
printf '<!DOCTYPE html><html><body><script>menu()</script></body></html>\n' >"$WORK/empty.html"
expect_error "an HTML page without text" 2 "readoutdiff: $WORK/empty.html: is an HTML page without text" "$BIN" compare "$WORK/empty.html" "$PRC"

# ---- a PDF

printf '%%PDF-1.7\n%%\342\343\317\323\n1 0 obj\n<< /Type /Catalog >>\nendobj\n' >"$WORK/readout.pdf"
expect_error "a PDF: one line telling how to convert it" 2 \
    "readoutdiff: $WORK/readout.pdf: is a PDF, not text (convert it first, e.g. pdftotext $WORK/readout.pdf)" \
    "$BIN" compare "$WORK/readout.pdf" "$PRC"

# ---- a readout that is not English

cat >"$WORK/zh.txt" <<'ZH'
习近平同美国总统拜登举行中美元首会晤

当地时间2023年11月15日，国家主席习近平在美国旧金山斐洛里庄园同美国总统拜登举行中美元首会晤。两国元首就事关中美关系的战略性、全局性、方向性问题以及事关世界和平和发展的重大问题坦诚深入地交换了意见。

习近平指出，中美关系是当今世界最重要的双边关系，要放在百年变局加速演进的大背景下来思考和谋划。
ZH
expect_error "a Chinese-language readout: one line, status 2" 2 \
    "readoutdiff: $WORK/zh.txt: does not look like English: 0% of its letters are A-Z (the lexicons are English; add --force to compare it anyway)" \
    "$BIN" compare "$US" "$WORK/zh.txt"
expect_status "--force compares a Chinese-language readout" 0 "$BIN" compare --force "$US" "$WORK/zh.txt"
sed 's/President Xi Jinping/President Xi Jinping (习近平)/' "$PRC" >"$WORK/prc-names.txt"
expect_status "an English readout naming 习近平 passes" 0 "$BIN" compare "$US" "$WORK/prc-names.txt"
