#!/bin/sh
# The real White House readouts in ../shared/corpus-real/whitehouse/ (Markdown
# with YAML front matter, hard wraps, escapes such as \_ and a closing \###), each
# compared with itself (--force): it reads, keeps its title, and splits into clean sentences.
# Skips cleanly where that folder is absent (a checkout outside this workspace).
. "$(dirname "$0")/common.sh"

REAL="$ROOT/../shared/corpus-real/whitehouse"
if ! ls "$REAL"/*.md >/dev/null 2>&1; then
    skip "real readouts" "../shared/corpus-real/whitehouse absent"
    exit 0
fi

# sentences.py REPORT.json: one line per problem in the left document's sentences,
# each starting with the kind of problem (abbreviation, lowercase, markdown).
cat >"$WORK/sentences.py" <<'EOF'
import json, re, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
sentences = d["left"]["sentences"]
# A sentence ending in a title or a middle initial was cut at an abbreviation.
abbreviation = re.compile(r"(?:^|[\s(])(?:Mr|Mrs|Dr|Jr|Gen|Amb|Sen)\.$|\s[A-Z]\.$")
for n, s in enumerate(sentences):
    text = s["text"]
    last_of_paragraph = n + 1 == len(sentences) or sentences[n + 1]["paragraph"] != s["paragraph"]
    if abbreviation.search(text) and not last_of_paragraph:
        print("abbreviation: sentence %d ends %r" % (s["id"], text[-50:]))
    start = text.lstrip(" \"'“‘([")
    if start[:1].islower():
        print("lowercase: sentence %d starts %r" % (s["id"], text[:50]))
    if "\\_" in text or "###" in text:
        print("markdown: sentence %d is %r" % (s["id"], text[:80]))
EOF

: >"$WORK/problems"
for file in "$REAL"/*.md; do
    name=$(basename "$file")
    run "$BIN" compare --force --format json "$file" "$file"
    title=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1], encoding="utf-8"))["left"]["title"].strip())' "$WORK/out" 2>/dev/null)
    if [ "$STATUS" -eq 0 ] && [ -n "$title" ]; then
        pass "real readout reads, with its front matter title: $name"
        python3 "$WORK/sentences.py" "$WORK/out" | sed "s|^\([a-z]*\): |\1: $name: |" >>"$WORK/problems"
    else
        fail "real readout reads, with its front matter title: $name" "status $STATUS, title '$title'" "stderr: $(head -c 300 "$WORK/err")"
        echo "unread: $name" >>"$WORK/problems"
    fi
done

# expect_no_problem NAME KIND: no line of kind KIND in $WORK/problems, and some file was read.
expect_no_problem() {
    if ! grep -qv '^unread: ' "$WORK/problems" && grep -q '^unread: ' "$WORK/problems"; then
        fail "$1" "no readout could be read"
    elif grep -q "^$2: " "$WORK/problems"; then
        fail_text "$1" "$(grep "^$2: " "$WORK/problems" | head -25)"
    else
        pass "$1"
    fi
}
expect_no_problem "real readouts: no sentence broken at an abbreviation (Mr., Jr., R., ...)" abbreviation
expect_no_problem "real readouts: no sentence starts with a lower-case letter" lowercase
expect_no_problem "real readouts: no \\_ or ### left in sentence text" markdown
