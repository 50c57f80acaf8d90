#!/bin/sh
# The Markdown report: every sentence number the summary cites (agreements,
# claims one side alone makes, statements about the other side, who asked)
# is in the passages table's # column, on the same side, on every corpus pair
# and a pair written for the tests; and a golden of that pair's report.
# UPDATE_GOLDEN=1 rewrites the golden from the current output.
. "$(dirname "$0")/common.sh"
cd "$ROOT" || exit 1

FIX=tests/cli/fixtures/terminal

cat >"$WORK/cited.py" <<'PYEOF'
import re, sys
problems, cited = [], 0
for path in sys.argv[1:]:
    lines = open(path, encoding="utf-8").read().split("\n")
    cells = lambda line: [c.strip() for c in line.strip().strip("|").split("|")]
    # The summary table: its rows until the first blank line.
    summary = []
    for line in lines[2:]:
        if not line.startswith("|"):
            if summary:
                break
            continue
        summary.append(cells(line))
    want = {0: set(), 1: set()}
    for row in summary:
        for side in (0, 1):
            if len(row) > side + 1:
                for numbers in re.findall(r"sentences? ([0-9][0-9, ]*)", row[side + 1]):
                    want[side] |= {int(n) for n in re.findall(r"[0-9]+", numbers)}
    # The passages table: its # column, "= 5, 8 / 7 ↕" or "– / 6".
    start = next(k for k, l in enumerate(lines) if l.startswith("## Passages by subject"))
    have = {0: set(), 1: set()}
    for line in lines[start:]:
        if line.startswith("| ") and " / " in cells(line)[0]:
            for side, half in enumerate(cells(line)[0].split(" / ")):
                have[side] |= {int(n) for n in re.findall(r"[0-9]+", half)}
    for side in (0, 1):
        cited += len(want[side])
        missing = sorted(want[side] - have[side])
        if missing:
            problems.append("%s: %s sentences %s cited in the summary, not in the # column" % (path, ("left", "right")[side], missing))
if cited == 0:
    problems.append("no report cites a sentence: the check proves nothing")
print("\n".join(problems[:10]))
PYEOF
n=0
for dir in "$CORPUS"/*/ "$FIX/"; do
    n=$((n + 1))
    "$BIN" compare "$dir/us.txt" "$dir/prc.txt" --format md -o "$WORK/report-$n.md" 2>/dev/null
done
out=$(python3 "$WORK/cited.py" "$WORK"/report-*.md 2>&1)
if [ -z "$out" ]; then pass "every sentence the summary cites is in the passages table's # column, same side ($n reports)"; else fail_text "sentences cited in the summary are in the # column" "$out"; fi

"$BIN" compare "$FIX/us.txt" "$FIX/prc.txt" --format md -o "$WORK/golden.md" 2>"$WORK/err"
expect_golden "Markdown report: golden tests/cli/golden/compare.md" "$WORK/golden.md" tests/cli/golden/compare.md
