#!/bin/sh
# readoutdiff series: goldens of the terminal and Markdown reports on readouts
# written for the tests (tests/cli/fixtures/series/), the JSON contract, the
# HTML page's offline rules, the filters, the bad inputs (an undated file, one
# readout only, a readout not in English, one readout a side, a missing or
# empty path, a damaged batch report), a batch OUTDIR giving the same series
# as its readouts, the written corpus, generated series, and the real White
# House readouts (skipped where ../shared/corpus-real is absent).
# UPDATE_GOLDEN=1 rewrites the golden files from the current output.
. "$(dirname "$0")/common.sh"
cd "$ROOT" || exit 1

FIX=tests/cli/fixtures/series
GOLDEN=tests/cli/golden
UNDATED_WARNING="readoutdiff: warning: $FIX/us/notes-without-date.txt: has no date (looked in its front matter, its first lines, a meta.tsv beside it and its file and folder names): left out of the series"

# ---- goldens (readouts written for the tests)
run "$BIN" series "$FIX" --width 100 --color never
cp "$WORK/out" "$WORK/series.txt"
if [ "$STATUS" -eq 0 ] && [ "$(cat "$WORK/err")" = "$UNDATED_WARNING" ]; then
    pass "series of the fixture readouts: status 0, one warning naming the undated file"
else
    fail "series of the fixture readouts: status 0, one warning naming the undated file" "status $STATUS" "stderr: $(cat "$WORK/err")"
fi
expect_golden "terminal report golden" "$WORK/series.txt" "$GOLDEN/series_term.txt"
run "$BIN" series "$FIX" --format md
expect_golden "Markdown report golden" "$WORK/out" "$GOLDEN/series.md"
for width in 40 72 100; do
    "$BIN" series "$FIX" --width "$width" --color never 2>/dev/null >"$WORK/w$width.txt"
done
expect_py "terminal report: no line wider than --width (40, 72, 100)" '
import sys, unicodedata
def cols(s):
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
for width in (40, 72, 100):
    for n, line in enumerate(open(sys.argv[1] + "/w%d.txt" % width, encoding="utf-8").read().split("\n"), 1):
        if cols(line) > width: print("width %d, line %d: %d columns: %s" % (width, n, cols(line), line))
' "$WORK"
run "$BIN" series "$FIX" --width 100 --color always
if grep -q "$(printf '\033')\[32m+" "$WORK/out" && ! grep -q "$(printf '\033')" "$WORK/series.txt"; then
    pass "terminal colors only with --color always"
else
    fail "terminal colors only with --color always"
fi

# ---- JSON contract
run "$BIN" series "$FIX" --format json
cp "$WORK/out" "$WORK/series.json"
expect_py "JSON report follows its contract (README, JSON series report)" '
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
def bad(m): print(m)
for key in ("schema_version", "tool", "kind", "filters", "found", "left_out", "topics", "lanes"):
    if key not in d: bad("no " + key)
if d["schema_version"] != "1" or d["kind"] != "series": bad("schema_version/kind %r %r" % (d["schema_version"], d["kind"]))
if d["found"] != 7: bad("found %r" % d["found"])
if [l["reason"] for l in d["left_out"]] != ["undated"]: bad("left_out %r" % d["left_out"])
if [l["side"] for l in d["lanes"]] != ["us", "prc"]: bad("lanes %r" % [l["side"] for l in d["lanes"]])
texts = {}
for lane in d["lanes"]:
    dates = [r["date"] for r in lane["readouts"]]
    if dates != sorted(dates): bad("%s not in date order: %r" % (lane["side"], dates))
    for k, r in enumerate(lane["readouts"], 1):
        if r["position"] != k: bad("position %r at %d" % (r["position"], k))
        texts[(lane["side"], k)] = open(r["path"], encoding="utf-8").read().replace("\n", " ")
        a = r["against_previous"]
        if (a is None) != (k == 1): bad("%s %d: against_previous %r" % (lane["side"], k, a is None))
        if a is None: continue
        if a["previous"] != k - 1: bad("previous %r" % a["previous"])
        for c in a["code_phrases"]:
            if c["change"] not in ("added", "dropped", "variant_changed", "reworded"): bad("change %r" % c["change"])
            for which in ("before", "after"):
                s = c["sentences"][which]
                if (s is None) != (c["change"] == ("added" if which == "before" else "dropped")): bad("%s sentence of a %s change" % (which, c["change"]))
                if s is not None and " ".join(s["text"].split()) not in " ".join(texts[(lane["side"], s["readout"])].split()):
                    bad("quoted sentence not in its readout: %r" % s["text"])
        for t in a["topics"]:
            if t["change"] not in ("first_in_series", "raised_again", "dropped", "moved"): bad("topic change %r" % t["change"])
        for kind in ("score", "confrontation"):
            for drv in a["tone"]["drivers"][kind]:
                if " ".join(drv["text"].split()) not in " ".join(texts[(lane["side"], drv["readout"])].split()): bad("driver not quoted exactly: %r" % drv["text"])
us = d["lanes"][0]["readouts"]
changes = {(c["group"], c["change"]) for c in us[1]["against_previous"]["code_phrases"]}
if ("taiwan-independence", "variant_changed") not in changes: bad("US 2: no variant change of taiwan-independence: %r" % changes)
if us[1]["against_previous"]["meeting_words"]["rungs_lost"] != ["constructive"]: bad("US 2 rungs_lost %r" % us[1]["against_previous"]["meeting_words"]["rungs_lost"])
' "$WORK/series.json"

# ---- HTML page
run "$BIN" series "$FIX" --format html -o "$WORK/series.html"
expect_py "HTML page: self-contained, every link to an anchor on the page, one marker per code-phrase change" '
import json, re, sys
html = open(sys.argv[1], encoding="utf-8").read()
d = json.load(open(sys.argv[2], encoding="utf-8"))
if "default-src '"'"'none'"'"'" not in html: print("no CSP forbidding loads")
if re.search(r"<(script|img|link|iframe)[^>]*\ssrc=|<link\s", html): print("loads something")
ids = set(re.findall(r"\sid=\"([^\"]+)\"", html))
for target in re.findall(r"href=\"#([^\"]+)\"", html):
    if target not in ids: print("link to missing #" + target)
changes = sum(len(r["against_previous"]["code_phrases"]) for l in d["lanes"] for r in l["readouts"] if r["against_previous"])
markers = len(re.findall(r"<a href=\"#c-[a-z]+-\d+-\d+\"><polygon", html))
if markers != changes: print("%d markers for %d changes" % (markers, changes))
if not html.endswith("</html>\n"): print("does not end with </html>")
' "$WORK/series.html" "$WORK/series.json"

# ---- filters and output
run "$BIN" series "$FIX" --side prc --format json
expect_py "--side prc: only the PRC lane" '
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
if [l["side"] for l in d["lanes"]] != ["prc"] or d["filters"]["side"] != "prc": print([l["side"] for l in d["lanes"]], d["filters"])
' "$WORK/out"
run "$BIN" series "$FIX" --topic taiwan --format json
expect_py "--topic taiwan: only Taiwan moves, and only code phrases of Taiwan sentences" '
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
for lane in d["lanes"]:
    for r in lane["readouts"]:
        for t in r["topics"]:
            if t["id"] != "taiwan": print("topic", t["id"])
        if r["against_previous"]:
            for t in r["against_previous"]["topics"]:
                if t["id"] != "taiwan": print("move", t["id"])
        for c in r["code_phrases"]:
            if c["group"] in ("guardrails", "fentanyl-framing", "hegemony"): print("off-topic phrase", c["group"])
' "$WORK/out"
run "$BIN" series "$FIX" -o "$WORK/report.txt" --width 100
if [ "$STATUS" -eq 0 ] && [ ! -s "$WORK/out" ] && cmp -s "$WORK/report.txt" "$WORK/series.txt"; then
    pass "-o FILE writes the same report as standard output, without colors"
else
    fail "-o FILE writes the same report as standard output, without colors" "status $STATUS"
fi

# ---- bad input: one line naming the file and the problem, status 2, no report file
NEED="a series needs at least two readouts of one side"
expect_error "one readout only" 2 \
    "readoutdiff: $FIX/us/2031-03-02-blinken-wang-call.md: is the only readout given: $NEED" \
    "$BIN" series "$FIX/us/2031-03-02-blinken-wang-call.md"
expect_error "an undated readout leaving one dated readout" 2 \
    "readoutdiff: $FIX/us/notes-without-date.txt: has no date (looked in its front matter, its first lines, a meta.tsv beside it and its file and folder names), so it is left out, and $NEED (1 of 2 readouts is left)" \
    "$BIN" series "$FIX/us/notes-without-date.txt" "$FIX/us/2031-03-02-blinken-wang-call.md"
expect_error "one readout on each side" 2 \
    "readoutdiff: $FIX/us/2031-03-02-blinken-wang-call.md: is the only US readout, and $FIX/prc/2031-03-02-wang-blinken-call.md the only PRC readout: $NEED" \
    "$BIN" series "$FIX/us/2031-03-02-blinken-wang-call.md" "$FIX/prc/2031-03-02-wang-blinken-call.md"
expect_error "--side with no readout of that side" 2 \
    "readoutdiff: $FIX/us: holds no PRC readout (--side prc): $NEED" \
    "$BIN" series "$FIX/us" --side prc
mkdir -p "$WORK/mixed"
cp "$FIX"/us/2031-0*.md "$WORK/mixed/"
printf -- '---\ndate: 2031-09-01\n---\n习近平同美国国务卿通电话\n\n两国外长就双边关系和共同关心的问题坦诚交换了意见，同意保持沟通。\n' >"$WORK/mixed/2031-09-01-zh.md"
expect_error "mixed languages: a readout not in English" 2 \
    "readoutdiff: $WORK/mixed/2031-09-01-zh.md: does not look like English: 0% of its letters are A-Z (the lexicons are English; add --force to compare it anyway)" \
    "$BIN" series "$WORK/mixed"
expect_status "--force reads the readout not in English too" 0 "$BIN" series "$WORK/mixed" --force
expect_error "a path that does not exist" 2 "readoutdiff: $WORK/nothing: no such file or folder" "$BIN" series "$WORK/nothing" "$FIX"
mkdir -p "$WORK/empty"
expect_error "a folder without readouts" 2 \
    "readoutdiff: $WORK/empty: no readouts found: looked for .txt, .md, .htm and .html files, and for a batch OUTDIR's summary.jsonl" \
    "$BIN" series "$WORK/empty"
expect_error "an unknown --topic" 2 \
    "readoutdiff: --topic must be a topic id of the lexicons (taiwan, trade, technology, fentanyl, climate, military, south-china-sea, ukraine-russia, human-rights, detained-citizens, people-to-people, north-korea, middle-east, ai, relations, communication), not 'tibet' (see 'readoutdiff --help')" \
    "$BIN" series "$FIX" --topic tibet
expect_error "a bad --side" 2 "readoutdiff: --side must be us or prc, not 'both' (see 'readoutdiff --help')" "$BIN" series "$FIX" --side both
expect_error "no paths" 2 "readoutdiff: series needs readout files, folders or batch OUTDIRs (see 'readoutdiff --help')" "$BIN" series
"$BIN" series "$FIX/us/2031-03-02-blinken-wang-call.md" -o "$WORK/none.txt" 2>/dev/null
expect_no_path "no report file on an input error" "$WORK/none.txt"

# ---- a batch OUTDIR gives the series of its readouts
mkdir -p "$WORK/batch/pairs"
batch_copy_pairs "$WORK/batch/pairs" 2022-11-14-biden-xi-bali 2023-11-15-biden-xi-woodside 2024-04-02-biden-xi-call 2024-11-16-biden-xi-lima
"$BIN" batch "$WORK/batch/pairs" -o "$WORK/batch/out" --jobs 2 >/dev/null 2>&1
"$BIN" series "$WORK/batch/pairs" --format json >"$WORK/batch/from-files.json" 2>"$WORK/batch/err1"
"$BIN" series "$WORK/batch/out" --format json >"$WORK/batch/from-outdir.json" 2>"$WORK/batch/err2"
if [ -s "$WORK/batch/from-files.json" ] && cmp -s "$WORK/batch/from-files.json" "$WORK/batch/from-outdir.json"; then
    pass "series of a batch OUTDIR is byte-identical to the series of its readouts"
else
    fail "series of a batch OUTDIR is byte-identical to the series of its readouts" "$(cat "$WORK/batch/err1" "$WORK/batch/err2")" \
        "$(cmp "$WORK/batch/from-files.json" "$WORK/batch/from-outdir.json" 2>&1)"
fi
printf '{"schema_version": "1", "left": {}}\n' >"$WORK/batch/out/2022-11-14-biden-xi-bali.json"
expect_error "a damaged report in a batch OUTDIR" 2 \
    "readoutdiff: $WORK/batch/out/2022-11-14-biden-xi-bali.json: not a readoutdiff compare report (no 'left.path')" \
    "$BIN" series "$WORK/batch/out"

# ---- the written corpus: 52 pairs, both sides
run "$BIN" series "$CORPUS" --format json --jobs 2
expect_py "written corpus: 52 US and 52 PRC readouts in date order, none left out" '
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
sizes = [(l["side"], len(l["readouts"])) for l in d["lanes"]]
if sizes != [("us", 52), ("prc", 52)]: print("lanes %r" % sizes)
if d["left_out"]: print("left out %r" % d["left_out"][:3])
for l in d["lanes"]:
    keys = [(r["date"], r["path"]) for r in l["readouts"]]
    if keys != sorted(keys): print(l["side"] + " not sorted")
' "$WORK/out"
"$BIN" series "$CORPUS" --format json --jobs 1 >"$WORK/corpus-j1.json" 2>/dev/null
if cmp -s "$WORK/out" "$WORK/corpus-j1.json"; then pass "written corpus: the same JSON at --jobs 1 and 2"; else fail "written corpus: the same JSON at --jobs 1 and 2"; fi

# ---- generated series
GEN="$(dirname "$BIN")/generate_pairs"
if "$GEN" --series 300 20 7 "$WORK/gen" >/dev/null 2>&1; then
    run "$BIN" series "$WORK/gen" --format html -o "$WORK/gen.html" --jobs 2
    expect_last_status "generated series of 300 readouts: HTML written" 0
    "$BIN" series "$WORK/gen" --format json --jobs 1 >"$WORK/gen1.json" 2>/dev/null
    "$BIN" series "$WORK/gen" --format json --jobs 2 >"$WORK/gen2.json" 2>/dev/null
    expect_py "generated series: both sides, byte-identical at --jobs 1 and 2" '
import json, sys
a, b = (open(p, encoding="utf-8").read() for p in sys.argv[1:3])
if a != b: print("outputs differ")
d = json.loads(a)
if [l["side"] for l in d["lanes"]] != ["us", "prc"]: print([l["side"] for l in d["lanes"]])
if sum(len(l["readouts"]) for l in d["lanes"]) + len(d["left_out"]) != 300: print("readouts lost")
' "$WORK/gen1.json" "$WORK/gen2.json"
else
    fail "generated series" "$GEN --series failed (make all builds it)"
fi

# ---- the real White House readouts (read at run time, never copied)
if ! ls "$REAL_WHITEHOUSE"/*.md >/dev/null 2>&1; then
    skip "real White House series" "../shared/corpus-real/whitehouse absent"
    exit 0
fi
run "$BIN" series "$REAL_WHITEHOUSE" --format json
expect_py "real White House readouts: 21 US readouts, 2021-02-10 to 2024-11-16, none left out; quotes exact" '
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
lanes = d["lanes"]
if [(l["side"], len(l["readouts"])) for l in lanes] != [("us", 21)] or d["left_out"]: print("lanes %r, left out %r" % ([(l["side"], len(l["readouts"])) for l in lanes], d["left_out"]))
rs = lanes[0]["readouts"]
if (rs[0]["date"], rs[-1]["date"]) != ("2021-02-10", "2024-11-16"): print("dates %r %r" % (rs[0]["date"], rs[-1]["date"]))
norm = lambda s: " ".join(s.replace("\u00a0", " ").split())
span = {(f["group"], f["term"]): f for f in lanes[0]["series"]["code_phrases"]}
# The Taiwan Relations Act and the Six Assurances: only the 2021 virtual meeting and Lima.
for key in (("tra", "taiwan relations act"), ("six-assurances", "six assurances")):
    f = span.get(key)
    if not f or [rs[f["first"] - 1]["date"], rs[f["last"] - 1]["date"], f["readouts"]] != ["2021-11-16", "2024-11-16", 2]: print("%r: %r" % (key, f))
f = span.get(("detention-framing", "wrongfully detained"))
if not f or rs[f["first"] - 1]["date"] != "2022-11-14": print("wrongfully detained first: %r" % f)
' "$WORK/out"
set -- "$REAL_WHITEHOUSE"/2022-11-14-*.md "$REAL_WHITEHOUSE"/2023-11-15-*.md "$REAL_WHITEHOUSE"/2024-11-16-*.md
run "$BIN" series "$@" --format json
expect_py "Bali, Woodside, Lima: Woodside adds the new-Cold-War formula, Lima adds the TRA and Six Assurances and drops it for good" '
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
rs = d["lanes"][0]["readouts"]
if [r["date"] for r in rs] != ["2022-11-14", "2023-11-15", "2024-11-16"]: print([r["date"] for r in rs])
woodside = {c["group"]: c for c in rs[1]["against_previous"]["code_phrases"]}
lima = {c["group"]: c for c in rs[2]["against_previous"]["code_phrases"]}
c = woodside.get("new-cold-war")
if not c or c["change"] != "added" or c["first_in_series"] != ["new cold war"]: print("Woodside new-cold-war %r" % c)
for group in ("tra", "six-assurances", "communiques"):
    if lima.get(group, {}).get("change") != "added": print("Lima %s %r" % (group, lima.get(group)))
for group in ("new-cold-war", "detention-framing"):
    c = lima.get(group)
    if not c or c["change"] != "dropped" or c["returns"] is not None: print("Lima drops %s: %r" % (group, c))
if not rs[1]["tone"]["score"] > rs[0]["tone"]["score"]: print("Woodside not warmer than Bali: %r %r" % (rs[0]["tone"]["score"], rs[1]["tone"]["score"]))
' "$WORK/out"
