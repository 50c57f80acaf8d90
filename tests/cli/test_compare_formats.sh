#!/bin/sh
# compare's three formats on every corpus pair: the JSON follows the contract of
# DESIGN.md, the terminal report fits --width and colours only when it should,
# Markdown has its sections, -o writes what stdout gets, output is deterministic,
# and swapping LEFT and RIGHT mirrors the alignment.
. "$(dirname "$0")/common.sh"

# ---- checkers (python3, standard library only)

# contract.py REPORT.json TOPICS.tsv: prints each way REPORT breaks the contract; status 1 if any.
cat >"$WORK/contract.py" <<'EOF'
import json, re, sys
from numbers import Real

errors = []
def err(message):
    errors.append(message)
def is_num(x):
    return isinstance(x, Real) and not isinstance(x, bool)
def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)
def is_id_list(x):
    return isinstance(x, list) and all(is_int(i) for i in x)

d = json.load(open(sys.argv[1], encoding="utf-8"))
known_topics = [line.split("\t")[0] for line in open(sys.argv[2], encoding="utf-8")
                if line.strip() and not line.startswith("#")][1:]

if d.get("schema_version") != "1":
    err('schema_version is %r, not "1"' % d.get("schema_version"))

ids = {"left": set(), "right": set()}
for side in ("left", "right"):
    doc = d.get(side)
    if not isinstance(doc, dict):
        err(side + " is missing"); continue
    for key in ("path", "title"):
        if not isinstance(doc.get(key), str):
            err("%s.%s is not a string" % (side, key))
    if doc.get("side") not in ("us", "prc", "unknown"):
        err("%s.side is %r, not us|prc|unknown" % (side, doc.get("side")))
    sentences = doc.get("sentences")
    if not isinstance(sentences, list) or not sentences:
        err(side + ".sentences is not a non-empty list"); continue
    for s in sentences:
        where = "%s sentence %r" % (side, s.get("id"))
        if not is_int(s.get("id")): err(where + ": id is not an integer")
        elif s["id"] in ids[side]: err(where + ": id used twice")
        else: ids[side].add(s["id"])
        if not is_int(s.get("paragraph")): err(where + ": paragraph is not an integer")
        if not isinstance(s.get("text"), str) or not s["text"].strip(): err(where + ": text is empty")
        for key in ("speaker", "speaker_side"):
            if key not in s: err(where + ": no " + key)
            elif s[key] is not None and not isinstance(s[key], str): err(where + ": %s is %r" % (key, s[key]))
        # The contract names no values for speaker_side; the tool also uses "both".
        if s.get("speaker_side") not in (None, "us", "prc", "both", "unknown"):
            err(where + ": speaker_side is %r" % s.get("speaker_side"))
        if not isinstance(s.get("topics"), list) or not all(isinstance(t, str) for t in s["topics"]):
            err(where + ": topics is not a list of strings")
        tone = s.get("tone")
        if not isinstance(tone, dict) or not is_num(tone.get("score")) or not -1 <= tone["score"] <= 1:
            err(where + ": tone.score missing or outside [-1, 1]")
        elif not isinstance(tone.get("terms"), list):
            err(where + ": tone.terms is not a list")
        else:
            for t in tone["terms"]:
                if not (isinstance(t, dict) and isinstance(t.get("term"), str) and t["term"]
                        and is_num(t.get("weight")) and isinstance(t.get("category"), str) and t["category"]):
                    err(where + ": tone term %r lacks term/weight/category" % (t,))
    paragraphs = [s.get("paragraph") for s in sentences if is_int(s.get("paragraph"))]
    if paragraphs != sorted(paragraphs):
        err(side + ": paragraph numbers go backwards")

used = {"left": [], "right": []}
alignment = d.get("alignment")
if not isinstance(alignment, list):
    err("alignment is not a list"); alignment = []
for n, link in enumerate(alignment):
    for side in ("left", "right"):
        got = link.get(side)
        if not is_id_list(got) or not 1 <= len(got) <= 2:
            err("alignment[%d].%s is %r, not 1 or 2 ids" % (n, side, got)); continue
        for i in got:
            if i not in ids[side]: err("alignment[%d].%s names no %s sentence: %r" % (n, side, side, i))
        used[side] += got
    if not is_num(link.get("score")): err("alignment[%d].score is not a number" % n)
    reason = link.get("reason")
    if not isinstance(reason, list) or not reason or not all(isinstance(r, str) and r for r in reason):
        err("alignment[%d].reason is not a non-empty list of strings" % n)
    diff = link.get("diff")
    if not isinstance(diff, list) or not diff:
        err("alignment[%d].diff is not a non-empty list" % n)
    else:
        for op in diff:
            if not isinstance(op, dict) or op.get("op") not in ("common", "left", "right") or not isinstance(op.get("text"), str):
                err("alignment[%d].diff has a bad entry %r" % (n, op))

unmatched = d.get("unmatched")
if not isinstance(unmatched, dict):
    err("unmatched is missing"); unmatched = {}
for side in ("left", "right"):
    got = unmatched.get(side)
    if not is_id_list(got):
        err("unmatched.%s is not a list of ids" % side); continue
    every = used[side] + got
    for i in set(every) - ids[side]:
        err("unmatched/alignment %s names no %s sentence: %r" % (side, side, i))
    for i in sorted(ids[side]):
        if every.count(i) != 1:
            err("%s sentence %d appears %d times across alignment and unmatched" % (side, i, every.count(i)))

topics = d.get("topics")
if not isinstance(topics, list) or not topics:
    err("topics is not a non-empty list"); topics = []
listed = set()
for t in topics:
    if not isinstance(t, dict) or not isinstance(t.get("id"), str) or not isinstance(t.get("label"), str) or not t["label"]:
        err("topic without id or label: %r" % (t,)); continue
    listed.add(t["id"])
    if t["id"] not in known_topics: err("topic id %r is not in topics.tsv" % t["id"])
    for side in ("left", "right"):
        e = t.get(side)
        if not isinstance(e, dict):
            err("topic %s has no %s" % (t["id"], side)); continue
        tagged = [s for s in d[side]["sentences"] if t["id"] in s.get("topics", [])]
        where = "topic %s.%s" % (t["id"], side)
        if not is_num(e.get("share")) or not 0 <= e["share"] <= 1: err(where + ": share %r not in [0, 1]" % e.get("share"))
        if not is_int(e.get("mentions")): err(where + ": mentions %r not an integer" % e.get("mentions"))
        elif e["mentions"] != len(tagged): err(where + ": mentions %d, but %d sentences carry the topic" % (e["mentions"], len(tagged)))
        if "first_sentence" not in e: err(where + ": no first_sentence")
        elif e["first_sentence"] != (min(s["id"] for s in tagged) if tagged else None):
            err(where + ": first_sentence %r, first tagged sentence %r" % (e["first_sentence"], tagged[0]["id"] if tagged else None))
        # share: the fraction of the document's words in the tagged sentences.
        words = lambda text: len(re.findall(r"\w[\w'’.-]*", text))
        total = sum(words(s["text"]) for s in d[side]["sentences"])
        if is_num(e.get("share")) and total and abs(e["share"] - sum(words(s["text"]) for s in tagged) / total) > 0.02:
            err(where + ": share %.4f, words in tagged sentences give %.4f" % (e["share"], sum(words(s["text"]) for s in tagged) / total))
for side in ("left", "right"):
    for s in d.get(side, {}).get("sentences", []):
        for topic in s.get("topics", []):
            if topic not in listed: err("%s sentence %r has topic %r, which topics[] lacks" % (side, s.get("id"), topic))
order = [t["id"] for t in topics if isinstance(t, dict) and t.get("id") in known_topics]
if order != sorted(order, key=known_topics.index):
    err("topics[] is not in topics.tsv order: %s" % order)

tone = d.get("tone")
if not isinstance(tone, dict):
    err("tone is missing"); tone = {}
for side in ("left", "right"):
    e = tone.get(side)
    if not isinstance(e, dict) or not all(is_num(e.get(k)) for k in ("score", "assertiveness", "hedging")):
        err("tone.%s lacks score, assertiveness or hedging" % side)
    elif not -1 <= e["score"] <= 1:
        err("tone.%s.score %r outside [-1, 1]" % (side, e["score"]))
characterization = d.get("characterization")
if not isinstance(characterization, dict):
    err("characterization is missing"); characterization = {}
for side in ("left", "right"):
    words = characterization.get(side)
    if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
        err("characterization.%s is not a list of words" % side)
agreements = d.get("agreements")
if not isinstance(agreements, dict):
    err("agreements is missing"); agreements = {}
for side in ("left", "right"):
    got = agreements.get(side)
    if not is_id_list(got): err("agreements.%s is not a list of ids" % side)
    else:
        for i in got:
            if i not in ids[side]: err("agreements.%s names no %s sentence: %r" % (side, side, i))

for e in errors[:12]:
    print(e)
sys.exit(1 if errors else 0)
EOF

# width.py WIDTH < REPORT: every line, ANSI codes stripped, is at most WIDTH columns wide.
cat >"$WORK/width.py" <<'EOF'
import re, sys, unicodedata
limit = int(sys.argv[1])
ansi = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)")
def width(line):
    n = 0
    for ch in line:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        n += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return n
bad = 0
for number, line in enumerate(sys.stdin.buffer.read().decode("utf-8").split("\n"), 1):
    line = ansi.sub("", line)
    if width(line) > limit:
        bad += 1
        if bad <= 2: print("line %d is %d wide: %r" % (number, width(line), line))
sys.exit(1 if bad else 0)
EOF

# mirror.py AB.json BA.json: BA is AB with LEFT and RIGHT swapped.
cat >"$WORK/mirror.py" <<'EOF'
import json, sys
ab = json.load(open(sys.argv[1], encoding="utf-8"))
ba = json.load(open(sys.argv[2], encoding="utf-8"))
problems = []
links_ab = sorted((sorted(l["left"]), sorted(l["right"])) for l in ab["alignment"])
links_ba = sorted((sorted(l["right"]), sorted(l["left"])) for l in ba["alignment"])
if len(links_ab) != len(links_ba):
    problems.append("%d links one way, %d the other" % (len(links_ab), len(links_ba)))
if links_ab != links_ba:
    problems.append("links only one way: %s; only the other way: %s" % (
        [l for l in links_ab if l not in links_ba][:4], [l for l in links_ba if l not in links_ab][:4]))
for a, b in (("left", "right"), ("right", "left")):
    if ab[a]["path"] != ba[b]["path"]: problems.append("%s path not swapped" % a)
    if ab[a]["sentences"] != ba[b]["sentences"]: problems.append("%s sentences not swapped" % a)
    if sorted(ab["unmatched"][a]) != sorted(ba["unmatched"][b]): problems.append("unmatched.%s not swapped" % a)
print("; ".join(problems))
sys.exit(1 if problems else 0)
EOF

# on_tty.py OUT CMD...: runs CMD on a pseudo-terminal (80 columns), its output in OUT.
cat >"$WORK/on_tty.py" <<'EOF'
import fcntl, os, pty, struct, sys, termios
pid, fd = pty.fork()
if pid == 0:
    fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    os.execvp(sys.argv[2], sys.argv[2:])
data = b""
while True:
    try:
        chunk = os.read(fd, 65536)
    except OSError:
        break
    if not chunk:
        break
    data += chunk
_, status = os.waitpid(pid, 0)
open(sys.argv[1], "wb").write(data)
sys.exit(os.waitstatus_to_exitcode(status))
EOF

TOPICS_TSV="$ROOT/corpus/lexicons/topics.tsv"
ESC=$(printf '\033')

# ---- JSON contract and mirrored columns, pair by pair

for dir in "$CORPUS"/*/; do
    pair=$(basename "$dir")
    run "$BIN" compare --format json "$dir/us.txt" "$dir/prc.txt"
    if [ "$STATUS" -ne 0 ]; then
        fail "json contract: $pair" "status $STATUS" "stderr: $(head -c 300 "$WORK/err")"
    elif problems=$(python3 "$WORK/contract.py" "$WORK/out" "$TOPICS_TSV" 2>&1); then
        pass "json contract: $pair"
    else
        fail_text "json contract: $pair" "$problems"
    fi

    "$BIN" compare --format json "$dir/us.txt" "$dir/prc.txt" >"$WORK/ab.json" 2>/dev/null
    "$BIN" compare --format json "$dir/prc.txt" "$dir/us.txt" >"$WORK/ba.json" 2>/dev/null
    "$BIN" compare --format term "$dir/prc.txt" "$dir/us.txt" >"$WORK/ba.txt" 2>/dev/null
    # Each column's first word: its side (the path may follow on the same line).
    labels=$(head -1 "$WORK/ba.txt" | awk -F ' │ ' '{split($1, l, " "); split($2, r, " "); print l[1] " │ " r[1]}')
    if problems=$(python3 "$WORK/mirror.py" "$WORK/ab.json" "$WORK/ba.json" 2>&1) && [ "$labels" = "PRC │ US" ]; then
        pass "swapping the files swaps the columns: $pair"
    else
        fail "swapping the files swaps the columns: $pair" "$problems" "term header with prc.txt first: $labels"
    fi
done

# ---- terminal report: width

for width in 40 80 120; do
    bad=""
    for dir in "$CORPUS"/*/; do
        for explain in "" --explain; do
            "$BIN" compare --width "$width" $explain "$dir/us.txt" "$dir/prc.txt" >"$WORK/term.txt" 2>&1
            status=$?
            why=$(python3 "$WORK/width.py" "$width" <"$WORK/term.txt") && [ "$status" -eq 0 ] && [ -s "$WORK/term.txt" ] || bad="$bad
$(basename "$dir")${explain:+ $explain}: status $status, $(wc -c <"$WORK/term.txt") bytes; $why"
        done
    done
    if [ -z "$bad" ]; then pass "term --width $width (with and without --explain): no line wider than $width"; else fail_text "term --width $width (with and without --explain): no line wider than $width" "$bad"; fi
done

PAIR="$CORPUS/2023-11-15-biden-xi-woodside"
"$BIN" compare "$PAIR/us.txt" "$PAIR/prc.txt" >"$WORK/term.txt" 2>&1
if why=$(python3 "$WORK/width.py" 100 <"$WORK/term.txt") && [ -s "$WORK/term.txt" ]; then
    pass "term without --width, not a terminal: at most 100 wide"
else
    fail "term without --width, not a terminal: at most 100 wide" "$why"
fi

# ---- terminal report: colours

# expect_escapes NAME yes|no FILE: FILE, a non-empty report, has (yes) or lacks (no) escape codes.
expect_escapes() {
    if grep -q "$ESC" "$3"; then has=yes; else has=no; fi
    if [ "$has" = "$2" ] && grep -q 'Taiwan' "$3"; then pass "$1"; else fail "$1" "escape codes present: $has, wanted: $2" "report bytes: $(wc -c <"$3")"; fi
}

"$BIN" compare --color never "$PAIR/us.txt" "$PAIR/prc.txt" >"$WORK/c.txt" 2>&1
expect_escapes "--color never: no escape codes" no "$WORK/c.txt"
env -u NO_COLOR -u CLICOLOR_FORCE "$BIN" compare "$PAIR/us.txt" "$PAIR/prc.txt" >"$WORK/c.txt" 2>&1
expect_escapes "not a terminal: no escape codes" no "$WORK/c.txt"
"$BIN" compare --color always "$PAIR/us.txt" "$PAIR/prc.txt" >"$WORK/c.txt" 2>&1
expect_escapes "--color always: escape codes" yes "$WORK/c.txt"
"$BIN" compare --color always --format json "$PAIR/us.txt" "$PAIR/prc.txt" >"$WORK/c.txt" 2>&1
expect_escapes "--color always, json: no escape codes" no "$WORK/c.txt"
"$BIN" compare --color always --format md "$PAIR/us.txt" "$PAIR/prc.txt" >"$WORK/c.txt" 2>&1
expect_escapes "--color always, md: no escape codes" no "$WORK/c.txt"
"$BIN" compare --color always --format html "$PAIR/us.txt" "$PAIR/prc.txt" >"$WORK/c.txt" 2>&1
expect_escapes "--color always, html: no escape codes" no "$WORK/c.txt"

# On a terminal: auto colours (the control), NO_COLOR, TERM=dumb and --color never do not.
if env -u NO_COLOR TERM=xterm python3 "$WORK/on_tty.py" "$WORK/c.txt" "$BIN" compare "$PAIR/us.txt" "$PAIR/prc.txt" 2>"$WORK/err"; then
    expect_escapes "terminal, --color auto: escape codes" yes "$WORK/c.txt"
    env NO_COLOR=1 TERM=xterm python3 "$WORK/on_tty.py" "$WORK/c.txt" "$BIN" compare "$PAIR/us.txt" "$PAIR/prc.txt"
    expect_escapes "terminal, NO_COLOR=1: no escape codes" no "$WORK/c.txt"
    env -u NO_COLOR TERM=dumb python3 "$WORK/on_tty.py" "$WORK/c.txt" "$BIN" compare "$PAIR/us.txt" "$PAIR/prc.txt"
    expect_escapes "terminal, TERM=dumb: no escape codes" no "$WORK/c.txt"
    env -u NO_COLOR TERM=xterm python3 "$WORK/on_tty.py" "$WORK/c.txt" "$BIN" compare --color never "$PAIR/us.txt" "$PAIR/prc.txt"
    expect_escapes "terminal, --color never: no escape codes" no "$WORK/c.txt"
else
    skip "colours on a terminal" "no pseudo-terminal ($(head -c 200 "$WORK/err"))"
fi

# ---- Markdown sections

bad=""
for dir in "$CORPUS"/*/; do
    "$BIN" compare --format md "$dir/us.txt" "$dir/prc.txt" >"$WORK/r.md" 2>&1
    headings=$(grep -E '^#{1,2} ' "$WORK/r.md" | sed 's/:.*//' | tr '\n' '|')
    # Code phrases come between Topics and Passages when a side uses any.
    case "$headings" in
        "# Readout comparison|## Topics|## Passages by subject|" | "# Readout comparison|## Topics|## Code phrases|## Passages by subject|") ;;
        *) bad="$bad
$(basename "$dir"): $headings" ;;
    esac
done
if [ -z "$bad" ]; then pass "md: summary, Topics, Code phrases and Passages sections in order"; else fail_text "md: summary, Topics, Code phrases and Passages sections in order" "$bad"; fi

# ---- -o writes stdout's bytes; two runs give the same bytes (html too: DESIGN asks it of every format)

for format in term json md html; do
    differ="" unstable=""
    for dir in "$CORPUS"/*/; do
        "$BIN" compare --format "$format" "$dir/us.txt" "$dir/prc.txt" >"$WORK/1" 2>&1
        "$BIN" compare --format "$format" "$dir/us.txt" "$dir/prc.txt" >"$WORK/2" 2>&1
        rm -f "$WORK/o"
        "$BIN" compare --format "$format" -o "$WORK/o" "$dir/us.txt" "$dir/prc.txt" >"$WORK/3" 2>&1
        [ -s "$WORK/1" ] && cmp -s "$WORK/1" "$WORK/o" && [ ! -s "$WORK/3" ] || differ="$differ $(basename "$dir")"
        [ -s "$WORK/1" ] && cmp -s "$WORK/1" "$WORK/2" || unstable="$unstable $(basename "$dir")"
    done
    if [ -z "$differ" ]; then pass "$format: -o FILE holds the bytes of stdout, stdout empty"; else fail "$format: -o FILE holds the bytes of stdout, stdout empty" "differ:$differ"; fi
    if [ -z "$unstable" ]; then pass "$format: two runs give identical bytes"; else fail "$format: two runs give identical bytes" "differ:$unstable"; fi
done
if ls -A "$WORK" | grep -q '^\.readoutdiff-'; then fail "-o leaves no temp file" "$(ls -A "$WORK")"; else pass "-o leaves no temp file"; fi

# Markdown code spans are not escaped: a path shows as it is; a backtick in it
# gets a longer fence.
mkdir -p "$WORK/md_paths"
cp "$PAIR/us.txt" "$WORK/md_paths/us_side*.txt"
cp "$PAIR/prc.txt" "$WORK/md_paths/prc\`side.txt"
"$BIN" compare "$WORK/md_paths/us_side*.txt" "$WORK/md_paths/prc\`side.txt" --format md >"$WORK/paths.md" 2>"$WORK/paths.err"
expect_contains "md: a path in a code span is not backslash-escaped, a backtick gets a longer fence" "$WORK/paths.md" \
    "| File | \`$WORK/md_paths/us_side*.txt\` | \`\`$WORK/md_paths/prc\`side.txt\`\` |"
