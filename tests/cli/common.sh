# Shared helpers for the end-to-end tests: each check prints "ok - NAME" or
# "not ok - NAME" with the evidence; tests/run_all.sh counts them.
# Sourced by every tests/cli/test_*.sh with $BIN set to the built binary.

: "${BIN:?BIN must name the readoutdiff binary}"
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CORPUS="$ROOT/corpus/pairs"
WORK=$(mktemp -d)

# Every JSON a test leaves in $WORK (reports, summary.jsonl, series, and
# each JSON printed to standard output through `run`) is validated against
# schema/ before $WORK goes, strictly: a field the schema does not list is an
# error too (tests/schema/check_json.py). Files that are none of
# readoutdiff's reports (a gold file, a baseline a test damaged on purpose)
# are counted as "other", not checked.
validate_json_outputs() {
    files=$(find "$WORK" -type f \( -name '*.json' -o -name '*.jsonl' \) 2>/dev/null | sort)
    [ -n "$files" ] || return 0
    # shellcheck disable=SC2086 # one path a line, none with white space ($WORK is mktemp's)
    if result=$(python3 "$ROOT/tests/schema/check_json.py" --strict --unparsable-other $files 2>&1); then
        case $result in
            "json 0 valid"*) ;;
            *) pass "schema: the JSON this script wrote is valid against schema/ ($(echo "$result" | tail -1 | sed 's/^json //'))" ;;
        esac
    else
        fail_text "schema: the JSON this script wrote is valid against schema/" "$(echo "$result" | head -12)"
    fi
}
trap 'validate_json_outputs; rm -rf "$WORK"' EXIT

pass() { echo "ok - $1"; }
fail() { echo "not ok - $1"; shift; for line in "$@"; do echo "#   $line"; done; }
# skip NAME REASON: a check that could not run here; counted as skipped, never as passed.
skip() { echo "skip - $1: $2"; }

# The real readouts (../shared/corpus-real), present only inside the project's workspace.
REAL_PAIRS="$ROOT/../shared/corpus-real/pairs"
REAL_WHITEHOUSE="$ROOT/../shared/corpus-real/whitehouse"
# have_real_pairs NAME: true when the real pairs are here, else prints a skip for NAME.
have_real_pairs() {
    if ls "$REAL_PAIRS"/*/us.txt >/dev/null 2>&1; then return 0; fi
    skip "$1" "../shared/corpus-real/pairs absent"
    return 1
}

# run CMD...: runs it, keeping stdout in $WORK/out, stderr in $WORK/err, status in $STATUS.
run() {
    "$@" >"$WORK/out" 2>"$WORK/err"
    STATUS=$?
    # A JSON report on standard output is kept for validate_json_outputs.
    if [ "$(head -c 1 "$WORK/out")" = "{" ]; then
        mkdir -p "$WORK/stdout-json"
        RUN_JSON=$((${RUN_JSON:-0} + 1))
        cp "$WORK/out" "$WORK/stdout-json/$RUN_JSON.json"
    fi
}

# expect_status NAME CODE CMD...
expect_status() {
    name=$1 code=$2
    shift 2
    run "$@"
    if [ "$STATUS" -eq "$code" ]; then pass "$name"; else fail "$name" "expected status $code, got $STATUS" "stderr: $(head -c 300 "$WORK/err")"; fi
}

# expect_error NAME CODE MESSAGE CMD...: status CODE, stderr exactly MESSAGE (one line), stdout empty.
expect_error() {
    name=$1 code=$2 message=$3
    shift 3
    run "$@"
    got=$(cat "$WORK/err")
    if [ "$STATUS" -eq "$code" ] && [ "$got" = "$message" ] && [ ! -s "$WORK/out" ]; then
        pass "$name"
    else
        fail "$name" "expected status $code and stderr: $message" "got status $STATUS and stderr: $got" "stdout bytes: $(wc -c <"$WORK/out")"
    fi
}

# expect_contains NAME FILE TEXT: FILE contains TEXT (fixed string).
expect_contains() {
    if grep -qF -- "$3" "$2"; then pass "$1"; else fail "$1" "$2 lacks: $3"; fi
}

# expect_true NAME CMD...: CMD succeeds.
expect_true() {
    name=$1
    shift
    if "$@" >/dev/null 2>&1; then pass "$name"; else fail "$name" "command failed: $*"; fi
}

# fail_text NAME TEXT: like fail, with each non-empty line of TEXT as one evidence line.
fail_text() {
    fail "$1"
    printf '%s\n' "$2" | sed '/^[[:space:]]*$/d; s/^/#   /'
}

# expect_golden NAME FILE GOLDEN: FILE equals GOLDEN (or rewrites it with UPDATE_GOLDEN=1).
expect_golden() {
    if [ "${UPDATE_GOLDEN:-}" = 1 ]; then
        cp "$2" "$3"
        skip "$1" "golden $3 rewritten"
    elif cmp -s "$2" "$3"; then
        pass "$1"
    else
        fail_text "$1" "$(diff "$3" "$2" | head -20)"
    fi
}

# ---- helpers of the batch tests (tests/cli/test_batch*.sh)

# batch_generate PAIRS SENTENCES SEED DIR: DIR/pair-NNNNN/{us,prc}.txt from the
# pair generator built next to $BIN; status 1 (and a failed check) when it cannot.
batch_generate() {
    if "$(dirname "$BIN")/generate_pairs" --corpus "$@" >/dev/null 2>&1 && [ -d "$4/pair-00000" ]; then return 0; fi
    fail "generate $1 pairs of $2 sentences into $4" "$(dirname "$BIN")/generate_pairs missing or failed (make all builds it)"
    return 1
}

# batch_copy_pairs DEST ID...: copies corpus pairs (us.txt, prc.txt, meta.tsv) to DEST/ID/.
batch_copy_pairs() {
    bcp_dest=$1
    shift
    mkdir -p "$bcp_dest"
    for bcp_id in "$@"; do
        mkdir "$bcp_dest/$bcp_id" && cp "$CORPUS/$bcp_id/us.txt" "$CORPUS/$bcp_id/prc.txt" "$CORPUS/$bcp_id/meta.tsv" "$bcp_dest/$bcp_id/"
    done
}

# batch_rows SUMMARY CODE [ARG...]: runs the python3 CODE with rows (the parsed
# lines of the summary.jsonl SUMMARY), by_id (rows by id) and args (the ARGs).
batch_rows() {
    br_file=$1 br_code=$2
    shift 2
    python3 -c '
import json, sys
rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
by_id = {r["id"]: r for r in rows}
args = sys.argv[3:]
exec(sys.argv[2])
' "$br_file" "$br_code" "$@"
}

# expect_py NAME CODE [ARG...]: python3 -c CODE ARGs succeeds and prints nothing;
# what it prints (one problem a line) is the evidence.
expect_py() {
    ep_name=$1 ep_code=$2
    shift 2
    ep_out=$(python3 -c "$ep_code" "$@" 2>&1)
    ep_status=$?
    if [ "$ep_status" -eq 0 ] && [ -z "$ep_out" ]; then pass "$ep_name"; else fail_text "$ep_name" "$(printf '%s\n' "$ep_out" | head -20)"; fi
}

# expect_error_line NAME CODE PREFIX CMD...: status CODE, exactly one line on
# stderr, starting with PREFIX, nothing on stdout.
expect_error_line() {
    eel_name=$1 eel_code=$2 eel_prefix=$3
    shift 3
    run "$@"
    eel_first=$(head -1 "$WORK/err")
    case $eel_first in
        "$eel_prefix"*) eel_match=1 ;;
        *) eel_match=0 ;;
    esac
    if [ "$STATUS" -eq "$eel_code" ] && [ "$(wc -l <"$WORK/err")" -eq 1 ] && [ "$eel_match" -eq 1 ] && [ ! -s "$WORK/out" ]; then
        pass "$eel_name"
    else
        fail "$eel_name" "expected status $eel_code and one stderr line starting: $eel_prefix" \
            "got status $STATUS and stderr: $(head -c 400 "$WORK/err")" "stdout bytes: $(wc -c <"$WORK/out")"
    fi
}

# expect_no_path NAME PATH: PATH was not created.
expect_no_path() {
    if [ -e "$2" ]; then fail "$1" "$2 exists: $(ls -A "$2" 2>&1 | head -5 | tr '\n' ' ')"; else pass "$1"; fi
}

# expect_same_files NAME DIR1 DIR2 FILE...: each FILE is byte-identical in DIR1 and DIR2.
expect_same_files() {
    esf_name=$1 esf_a=$2 esf_b=$3
    shift 3
    esf_diff=""
    for esf_f in "$@"; do
        cmp -s "$esf_a/$esf_f" "$esf_b/$esf_f" || esf_diff="$esf_diff $esf_f"
    done
    if [ -z "$esf_diff" ]; then
        pass "$esf_name"
    else
        esf_first=${esf_diff# }
        esf_first=${esf_first%% *}
        fail "$esf_name" "differ:$esf_diff" "first difference, in $esf_first: $(diff "$esf_a/$esf_first" "$esf_b/$esf_first" 2>&1 | head -4 | cut -c1-300 | tr '\n' ' ')"
    fi
}

# expect_batch_output NAME PART OUTDIR [GOOD_IDS BAD_IDS]: checks one part of a
# batch OUTDIR (reports, jsonl, md, junit, index) against the contract and
# against summary.jsonl; GOOD_IDS and BAD_IDS (comma-separated) are the pairs
# expected compared and unreadable (default: as summary.jsonl says).
expect_batch_output() {
    [ -f "$WORK/batchcheck.py" ] || cat >"$WORK/batchcheck.py" <<'PYEOF'
import json, os, re, sys
import xml.etree.ElementTree as ET
from numbers import Real

part, outdir = sys.argv[1], sys.argv[2]
problems = []
def bad(message):
    problems.append(message)
def num(x):
    return isinstance(x, Real) and not isinstance(x, bool)
def strs(x):
    return isinstance(x, list) and all(isinstance(i, str) for i in x)

rows = []
try:
    for n, line in enumerate(open(os.path.join(outdir, "summary.jsonl"), encoding="utf-8"), 1):
        try:
            rows.append(json.loads(line))
        except ValueError as e:
            bad("summary.jsonl:%d is not JSON (%s): %r" % (n, e, line[:120]))
except OSError as e:
    bad("summary.jsonl: %s" % e)
by_id = {r.get("id"): r for r in rows if isinstance(r, dict)}
if len(sys.argv) > 3:
    good = [i for i in sys.argv[3].split(",") if i]
    failed = [i for i in sys.argv[4].split(",") if i] if len(sys.argv) > 4 else []
else:
    good = [r["id"] for r in rows if r.get("error") is None]
    failed = [r["id"] for r in rows if r.get("error") is not None]
ids = sorted(good + failed)
def flags(r):
    return r.get("gates", []) + ["outlier: " + o for o in r.get("outliers", [])]

if part == "reports":
    for i in good:
        try:
            with open(os.path.join(outdir, i + ".html"), "rb") as f:
                if not f.read().endswith(b"</html>\n"): bad(i + '.html does not end with "</html>\\n"')
        except OSError as e: bad("%s.html: %s" % (i, e))
        try:
            json.load(open(os.path.join(outdir, i + ".json"), encoding="utf-8"))
        except (OSError, ValueError) as e: bad("%s.json: %s" % (i, e))
    for i in failed:
        for ext in (".html", ".json"):
            if os.path.exists(os.path.join(outdir, i + ext)): bad("unreadable pair %s has a report %s%s" % (i, i, ext))

elif part == "jsonl":
    if [r.get("id") for r in rows] != ids:
        bad("ids, in order: %s, expected %s" % ([r.get("id") for r in rows], ids))
    for i in good:
        r = by_id.get(i)
        if r is None: continue
        if not (r.get("date") is None or re.fullmatch(r"\d{4}-\d\d-\d\d", str(r.get("date")))): bad("%s: date %r" % (i, r.get("date")))
        for key, test in (("tone_gap", num), ("coverage", num), ("characterization_changed", lambda x: isinstance(x, bool)),
                          ("gates", strs), ("outliers", strs)):
            if not test(r.get(key)): bad("%s: %s is %r" % (i, key, r.get(key)))
        if r.get("error") is not None: bad("%s: error %r" % (i, r.get("error")))
        if r.get("reports") != {"html": i + ".html", "json": i + ".json"}: bad("%s: reports %r" % (i, r.get("reports")))
        sides = [r.get("left"), r.get("right")]
        if not all(isinstance(s, dict) for s in sides):
            bad("%s: left/right are not objects" % i); continue
        for name, s in zip(("left", "right"), sides):
            for key in ("tone", "assertiveness", "confrontation"):
                if not num(s.get(key)): bad("%s: %s.%s is %r" % (i, name, key, s.get(key)))
            for key in ("characterization", "omitted"):
                if not strs(s.get(key)): bad("%s: %s.%s is %r" % (i, name, key, s.get(key)))
            if s.get("side") not in ("us", "prc", "unknown"): bad("%s: %s.side %r" % (i, name, s.get("side")))
        if problems: continue
        if abs(r["tone_gap"] - abs(sides[0]["tone"] - sides[1]["tone"])) > 0.00015:
            bad("%s: tone_gap %r is not |%r - %r|" % (i, r["tone_gap"], sides[0]["tone"], sides[1]["tone"]))
        if not 0 <= r["coverage"] <= 1: bad("%s: coverage %r" % (i, r["coverage"]))
        try:
            rep = json.load(open(os.path.join(outdir, i + ".json"), encoding="utf-8"))
            for name, s in zip(("left", "right"), sides):
                pairs = ((s["tone"], rep["tone"][name]["score"], "tone"), (s["assertiveness"], rep["tone"][name]["assertiveness"], "assertiveness"))
                for mine, theirs, what in pairs:
                    if abs(mine - theirs) > 0.00011: bad("%s: %s.%s %r, its report says %r" % (i, name, what, mine, theirs))
                if s["characterization"] != rep["characterization"][name]:
                    bad("%s: %s.characterization %r, its report says %r" % (i, name, s["characterization"], rep["characterization"][name]))
                if s["omitted"] != rep["emphasis"]["omitted"][name]:
                    bad("%s: %s.omitted %r, its report says %r" % (i, name, s["omitted"], rep["emphasis"]["omitted"][name]))
            if abs(r["coverage"] - rep["emphasis"]["coverage"]) > 0.00011:
                bad("%s: coverage %r, its report says %r" % (i, r["coverage"], rep["emphasis"]["coverage"]))
        except (OSError, ValueError, KeyError, TypeError) as e:
            bad("%s: its JSON report cannot be compared: %r" % (i, e))
    for i in failed:
        r = by_id.get(i)
        if r is None: continue
        if not (isinstance(r.get("error"), str) and r["error"]): bad("%s: error is %r" % (i, r.get("error")))
        for key in ("left", "right", "tone_gap", "coverage", "reports"):
            if r.get(key) is not None: bad("%s (unreadable): %s is %r, not null" % (i, key, r.get(key)))

elif part == "md":
    def esc(t):
        return "".join("\\" + c if c in "\\`*_[]<>|#!~" else c for c in t)
    lines = open(os.path.join(outdir, "summary.md"), encoding="utf-8").read().splitlines()
    header = [n for n, l in enumerate(lines) if l.startswith("| pair |")]
    if len(header) != 1 or header[0] + 1 >= len(lines) or not lines[header[0] + 1].startswith("|---"):
        bad("no single table header '| pair | ...' followed by '|---'"); print("\n".join(problems)); sys.exit(1)
    cells = lambda l: len(re.findall(r"(?<!\\)\|", l))
    width = cells(lines[header[0]])
    body = [l for l in lines[header[0] + 2:] if l.startswith("|")]
    if len(body) != len(ids): bad("%d table rows for %d pairs" % (len(body), len(ids)))
    for l in body:
        if cells(l) != width: bad("row with %d cell separators, header has %d: %s" % (cells(l), width, l[:150]))
    for i in ids:
        mine = [l for l in body if l.startswith("| " + esc(i) + " |")]
        if len(mine) != 1: bad("%d rows for %s" % (len(mine), i)); continue
        last = re.split(r"(?<!\\)\|", mine[0])[-2].strip()
        r = by_id.get(i, {})
        if i in failed:
            if "error" not in last: bad("row of unreadable %s has no error: %s" % (i, mine[0][:200]))
        elif not flags(r):
            if last != "ok": bad("row of %s: last cell %r, expected ok" % (i, last))
        else:
            for g in flags(r):
                if esc(g) not in last: bad("row of %s: last cell %r lacks %r" % (i, last, g))

elif part == "junit":
    try:
        root = ET.parse(os.path.join(outdir, "junit.xml")).getroot()
    except (OSError, ET.ParseError) as e:
        print("junit.xml: %s" % e); sys.exit(1)
    cases = root.findall(".//testcase")
    names = sorted(c.get("name") for c in cases)
    if names != ids: bad("testcases %s, expected %s" % (names, ids))
    suites = root.findall(".//testsuite") if root.tag != "testsuite" else [root]
    for attr, want in (("tests", len(ids)), ("failures", sum(len(by_id.get(i, {}).get("gates", [])) for i in ids)), ("errors", len(failed))):
        got = sum(int(s.get(attr, "-1")) for s in suites)
        if got != want: bad("testsuite %s=%s, expected %s" % (attr, got, want))
    for c in cases:
        i = c.get("name")
        r = by_id.get(i, {})
        fails, errors = c.findall("failure"), c.findall("error")
        if len(errors) != (1 if i in failed else 0): bad("%s: %d <error>" % (i, len(errors)))
        if len(fails) != len(r.get("gates", [])): bad("%s: %d <failure> for gates %r" % (i, len(fails), r.get("gates")))
        for g in r.get("gates", []):
            if not any(g in (f.get("message", "") + (f.text or "")) for f in fails): bad("%s: no <failure> names %r" % (i, g))

elif part == "index":
    try:
        html = open(os.path.join(outdir, "index.html"), encoding="utf-8").read()
    except OSError as e:
        print("index.html: %s" % e); sys.exit(1)
    if not html.endswith("</html>\n"): bad('index.html does not end with "</html>\\n"')
    hrefs = re.findall(r'href="([^"]*)"', html)
    for i in good:
        for ext in (".html", ".json"):
            if i + ext not in hrefs: bad("no link to %s%s" % (i, ext))
    for h in hrefs:
        if "://" not in h and not h.startswith("#") and not os.path.exists(os.path.join(outdir, h)): bad("link to missing %s" % h)
    for i in failed:
        if i not in html: bad("unreadable pair %s is not listed" % i)
else:
    bad("unknown part " + part)
print("\n".join(problems[:20]))
sys.exit(1 if problems else 0)
PYEOF
    ebo_name=$1
    shift
    ebo_out=$(python3 "$WORK/batchcheck.py" "$@" 2>&1)
    ebo_status=$?
    if [ "$ebo_status" -eq 0 ] && [ -z "$ebo_out" ]; then pass "$ebo_name"; else fail_text "$ebo_name" "$ebo_out"; fi
}

# expect_last_status NAME CODE: the last `run` ended with status CODE.
expect_last_status() {
    if [ "$STATUS" -eq "$2" ]; then pass "$1"; else fail "$1" "expected status $2, got $STATUS" "stderr: $(head -c 300 "$WORK/err")"; fi
}
