#!/bin/sh
# The terminal report as a newcomer reads it at 40 to 120 columns: labels
# wrapped or cut with an ellipsis, never mid-word without one; file paths
# broken only after a '/'; topic lists that hold commas separated by ';';
# counts in the singular for one; one color per meaning and a legend line
# for the colors or, under --color never, for the marks; every label of the
# report explained in the README's section "The terminal report"; and
# goldens of the whole report at 80 columns, with and without color.
. "$(dirname "$0")/common.sh"

PAIR="$CORPUS/2023-11-15-biden-xi-woodside"

# ---- labels: the topic and code-phrase tables' row labels, rebuilt from their gutter lines
cat >"$WORK/labels.py" <<'PYEOF'
import json, subprocess, sys, unicodedata
binary, width, pairs = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
problems = []
def columns(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1 for c in s)
def run(*args):
    return subprocess.run([binary, "compare", *args], check=True, capture_output=True, text=True).stdout
for pair in pairs:
    name = pair.rstrip("/").split("/")[-1]
    report = json.loads(run(pair + "/us.txt", pair + "/prc.txt", "--format", "json"))
    lines = run(pair + "/us.txt", pair + "/prc.txt", "--width", str(width), "--color", "never").split("\n")
    for title, labels in (("── Topics", [t["label"] for t in report["topics"] if t["left"]["mentions"] or t["right"]["mentions"]]),
                          ("── Code phrases", sorted({c["group"] for side in ("left", "right") for c in report["code_phrases"][side]}))):
        if not labels:
            continue
        # The gutter: the widest label and two spaces, at most a third of the width.
        gutter = min(max(columns(l) for l in labels) + 2, width // 3)
        start = next(k for k, l in enumerate(lines) if l.startswith(title))
        end = next((k for k in range(start + 1, len(lines)) if lines[k].startswith("──")), len(lines))
        shown = [l[:gutter].strip() for l in lines[start + 1:end] if " │" in l]
        shown = [g for g in shown if g]
        for label in labels:
            # A label's lines are the gutter's next non-empty lines, until they make it (or its cut form).
            got = []
            while shown and " ".join(got) != label and not (got and got[-1].endswith("\u2026")):
                got.append(shown.pop(0))
            text = " ".join(got)
            if not (text == label or (text.endswith("\u2026") and label.startswith(text[:-1]) and len(text) > 1)):
                problems.append("%s, width %d: label %r shown as %r" % (name, width, label, text))
                break
        if shown:
            problems.append("%s, width %d: gutter lines left over under %s: %r" % (name, width, title, shown[:3]))
print("\n".join(problems[:12]))
PYEOF
for width in 60 80 120; do
    out=$(python3 "$WORK/labels.py" "$BIN" "$width" "$CORPUS"/*/ 2>&1)
    if [ -z "$out" ]; then pass "width $width: every topic and code-phrase label whole, or cut with an ellipsis, on every corpus pair"; else fail_text "width $width: labels whole or cut with an ellipsis" "$out"; fi
done

# The ellipsis where a word cannot fit: a code-phrase group at 40 columns.
"$BIN" compare "$PAIR/us.txt" "$PAIR/prc.txt" --width 40 --color never >"$WORK/w40.txt" 2>"$WORK/err"
expect_contains "width 40: a label too wide for its column ends in an ellipsis" "$WORK/w40.txt" "…"
if python3 -c '
import sys, unicodedata
w = lambda s: sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1 for c in s)
sys.exit(any(w(l) > 40 for l in open(sys.argv[1], encoding="utf-8").read().split("\n")))' "$WORK/w40.txt"; then
    pass "width 40: no line wider than 40 columns"
else
    fail "width 40: no line wider than 40 columns"
fi

# ---- paths: broken only after a '/'
# Each name fits the 21 columns of a side at width 60, the whole path does not.
deep="$WORK/bilateral-meetings/2023-11-15-woodside/united-states"
mkdir -p "$deep"
cp "$PAIR/us.txt" "$deep/us-readout.txt"
cp "$PAIR/prc.txt" "$deep/prc-readout.txt"
for width in 60 100; do
    "$BIN" compare "$deep/us-readout.txt" "$deep/prc-readout.txt" --width "$width" --color never >"$WORK/paths.txt" 2>"$WORK/err"
    if out=$(python3 - "$WORK/paths.txt" "$deep/us-readout.txt" "$deep/prc-readout.txt" <<'PYEOF'
import sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
problems = []
for column, (path, label) in enumerate(((sys.argv[2], "US "), (sys.argv[3], "PRC "))):
    cells = [l.split(" │")[column].strip() for l in lines[:12] if " │" in l]
    first = next(k for k, c in enumerate(cells) if c.startswith(label))
    pieces = [cells[first][len(label):]] if cells[first] != label.strip() else []
    for c in cells[first + 1:]:
        if "".join(pieces) == path or (pieces and not pieces[-1].endswith("/")):
            break
        pieces.append(c)
    if "".join(pieces) != path:
        problems.append("path shown as %r" % pieces)
    elif any(not p.endswith("/") for p in pieces[:-1]):
        problems.append("path broken elsewhere than after a '/': %r" % pieces)
print("\n".join(problems))
PYEOF
    ) && [ -z "$out" ]; then pass "width $width: each file path whole, broken only after a '/'"; else fail_text "width $width: file paths broken only after a '/'" "$out"; fi
done

# ---- topic lists: labels hold commas, so a list is separated by ';'
cat >"$WORK/only_here.py" <<'PYEOF'
import json, subprocess, sys
binary, pairs = sys.argv[1], sys.argv[2:]
problems, commas = [], 0
for pair in pairs:
    run = lambda *a: subprocess.run([binary, "compare", pair + "/us.txt", pair + "/prc.txt", *a], check=True, capture_output=True, text=True).stdout
    report = json.loads(run("--format", "json"))
    label = {t["id"]: t["label"] for t in report["topics"]}
    line = next(l for l in run("--width", "1000", "--color", "never").split("\n") if l.startswith("only here"))
    cells = [c.strip() for c in line[len("only here"):].split(" │")]
    for side, cell in zip(("left", "right"), cells):
        labels = [label[t] for t in report["emphasis"]["omitted"][side]]
        commas += any("," in l for l in labels)
        want = "; ".join(labels) if labels else "—"
        if cell != want:
            problems.append("%s %s: only here %r, expected %r" % (pair, side, cell, want))
if commas == 0:
    problems.append("no pair lists a label with a comma: the check proves nothing")
print("\n".join(problems[:10]))
PYEOF
out=$(python3 "$WORK/only_here.py" "$BIN" "$CORPUS"/*/ 2>&1)
if [ -z "$out" ]; then pass "only here: topic labels separated by '; ' on every corpus pair (some hold commas)"; else fail_text "only here: topic labels separated by '; '" "$out"; fi

# ---- singular and plural: one-sentence readouts, and every corpus pair in every format
printf 'Readout of the call\n\nPresident Biden spoke with President Xi Jinping by phone about Taiwan and trade.\n' >"$WORK/one-us.txt"
printf 'Xi Jinping Speaks with Biden\n\nPresident Xi Jinping and President Biden spoke by phone on Taiwan and trade.\n' >"$WORK/one-prc.txt"
"$BIN" compare "$WORK/one-us.txt" "$WORK/one-prc.txt" --color never >"$WORK/one.txt" 2>"$WORK/err"
expect_contains "one sentence a side: 'in 1 sentence'" "$WORK/one.txt" " in 1 sentence "
plural_one='(^|[^0-9.,])1 (sentences|claims|statements|sections|subjects|same-point links|links|readouts|pairs|outliers|alternatives|words)\b'
for fmt in term md html; do
    : >"$WORK/all.$fmt"
    for dir in "$CORPUS"/*/ "$WORK/one"; do
        if [ "$dir" = "$WORK/one" ]; then set -- "$WORK/one-us.txt" "$WORK/one-prc.txt"; else set -- "$dir/us.txt" "$dir/prc.txt"; fi
        "$BIN" compare "$@" --format "$fmt" --width 1000 --color never >>"$WORK/all.$fmt" 2>/dev/null
    done
    bad=$(grep -oE "$plural_one" "$WORK/all.$fmt" | sort | uniq -c | head -5)
    if [ -z "$bad" ]; then pass "$fmt: no '1 sentences' (a plural after one) in any corpus report"; else fail_text "$fmt: a plural after one" "$bad"; fi
done
"$BIN" batch "$WORK/onebatch-in" -o "$WORK/onebatch" >/dev/null 2>&1  # no corpus: just the usage error, ignored
mkdir -p "$WORK/single/only-pair"
cp "$PAIR/us.txt" "$PAIR/prc.txt" "$WORK/single/only-pair/"
"$BIN" batch "$WORK/single" -o "$WORK/single-out" --jobs 1 >/dev/null 2>"$WORK/single.err"
bad=$(cat "$WORK/single.err" "$WORK/single-out/summary.md" "$WORK/single-out/index.html" | grep -oE "$plural_one" | head -5)
if [ -z "$bad" ] && grep -q "1 pair\b" "$WORK/single.err"; then pass "batch of one pair: '1 pair', no plural after one in its summaries"; else fail_text "batch of one pair: singular counts" "$bad" "$(tail -1 "$WORK/single.err")"; fi

# ---- colors: one meaning each, and the legend line
cat >"$WORK/colors.py" <<'PYEOF'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
lines = text.split("\n")
meanings = {}
def note(code, meaning):
    meanings.setdefault(code, set()).add(meaning)
passages = next(k for k, l in enumerate(lines) if "Passages by subject" in l)
summary_end = next(k for k, l in enumerate(lines) if "Topics (" in l)
legend_start = next((k for k, l in enumerate(lines) if "Colors:" in l), len(lines))
for k, line in enumerate(lines[:legend_start]):
    for m in re.finditer(r"\x1b\[(\d+)m(.*?)\x1b\[0m", line):
        code, word = m.group(1), m.group(2)
        if code in ("1", "2"):
            continue  # bold headings, dim notes
        column = "left" if " │" in line and m.start() < line.index(" │") else "right"
        if k < passages and word in ("not mentioned", "not", "mentioned"):
            note(code, "a topic not mentioned")
        elif k < summary_end:
            # a tone term's words, then its signed weight, which tells which kind it is
            if re.fullmatch(r"[-+]\d+\.\d\d,?", word):
                note(code, "a tone term, " + ("confrontational" if word[0] == "-" else "cooperative"))
        elif k > passages:
            note(code, "words only in the " + column + " readout")
        else:
            note(code, "elsewhere: " + word)
problems = ["color %s means %s" % (c, " and ".join(sorted(m))) for c, m in sorted(meanings.items()) if len(m) > 1]
if len(meanings) < 5:
    problems.append("only %d colors seen: %s" % (len(meanings), meanings))
if legend_start == len(lines):
    problems.append("no legend line naming the colors")
print("\n".join(problems))
PYEOF
"$BIN" compare "$PAIR/us.txt" "$PAIR/prc.txt" --width 100 --color always >"$WORK/color.txt" 2>"$WORK/err"
out=$(python3 "$WORK/colors.py" "$WORK/color.txt" 2>&1)
if [ -z "$out" ]; then pass "--color always: each color has one meaning, and a legend line names them"; else fail_text "--color always: one color per meaning" "$out"; fi
"$BIN" compare "$PAIR/us.txt" "$PAIR/prc.txt" --width 100 --color never >"$WORK/never.txt" 2>"$WORK/err"
expect_contains "--color never: a legend line for the marks that stand for the colors" "$WORK/never.txt" "Marks: [-words-] only in US; {+words+} only in PRC;"
if tail -3 "$WORK/color.txt" | grep -q "Colors:" && tail -3 "$WORK/never.txt" | grep -q "Marks:"; then pass "the legend is the report's last line"; else fail "the legend is the report's last line"; fi

# ---- every label explained: the summary's row labels, the passage marks and the section titles
awk '/^#### The terminal report/{on=1; next} on && /^#/{on=0} on' "$ROOT/README.md" >"$WORK/readme-term.md"
labels=$(for dir in "$CORPUS"/*/; do "$BIN" compare "$dir/us.txt" "$dir/prc.txt" --width 120 --color never 2>/dev/null | sed -n '1,/^── Topics/p' | grep -v '^──' | cut -c1-15 | sed 's/ *$//' | grep -v '^$'; done | sort -u)
passage_marks=$(for dir in "$CORPUS"/*/; do "$BIN" compare "$dir/us.txt" "$dir/prc.txt" --width 120 --color never 2>/dev/null | sed -n '/^── Passages/,$p' | grep ' │' | cut -c1-5 | sed 's/ *$//' | grep -v '^$'; done | sort -u)
missing=""
for label in $(printf '%s\n' "$labels" "$passage_marks" | tr ' ' '_'); do
    label=$(echo "$label" | tr '_' ' ')
    grep -qF "\`$label\`" "$WORK/readme-term.md" || missing="$missing, '$label'"
done
for title in Topics "Code phrases" "Passages by subject"; do
    grep -qF "\`$title\`" "$WORK/readme-term.md" || missing="$missing, '$title'"
done
if [ -z "$missing" ] && [ -n "$labels" ]; then
    pass "every label of the terminal report ($(echo "$labels" "$passage_marks" | wc -w) words) is explained in the README's section The terminal report"
else
    fail "every label of the terminal report is explained in the README" "not in the README's section: ${missing#, }"
fi
run "$BIN" compare --help
expect_contains "compare --help points to the README's explanation of the labels" "$WORK/out" 'section "The terminal report"'

# ---- goldens at 80 columns, with and without color (a pair written for the
# tests: topic labels with commas, a path to break, a passage only one side has).
# UPDATE_GOLDEN=1 rewrites them from the current output.
cd "$ROOT" || exit 1
FIX=tests/cli/fixtures/terminal
for color in never always; do
    "$BIN" compare "$FIX/us.txt" "$FIX/prc.txt" --width 80 --color "$color" >"$WORK/golden-$color.txt" 2>"$WORK/err"
    expect_golden "80 columns, --color $color: golden tests/cli/golden/compare_term_80_$color.txt" "$WORK/golden-$color.txt" \
        "tests/cli/golden/compare_term_80_$color.txt"
done
