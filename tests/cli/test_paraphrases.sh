# paraphrases.tsv: two wordings of one point ("open lines of communication" /
# "stay in close touch") count as a shared term for the aligner, say so in the
# link's reason, and go away with the lexicon.
. "$(dirname "$0")/common.sh"

printf 'Readout of the call\n\nPresident Biden spoke with President Xi today. They agreed to maintain open lines of communication. He raised concerns about human rights in Xinjiang.\n' >"$WORK/us.txt"
printf 'Xi Jinping holds phone call with Biden\n\nOn the evening of the call, President Xi spoke with President Biden. They agreed to stay in close touch. Xi said the Taiwan question is the most important issue.\n' >"$WORK/prc.txt"
mkdir "$WORK/no-paraphrases"
printf 'term\tcategory\tweight\tnote\n' >"$WORK/no-paraphrases/paraphrases.tsv"

# link.py REPORT.json: "SCORE|REASONS" of the link of left sentence 2 with right sentence 2, or nothing.
cat >"$WORK/link.py" <<'PY'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
for link in d["alignment"]:
    if link["left"] == [2] and link["right"] == [2]:
        print("%.4f|%s" % (link["score"], "; ".join(link["reason"])))
PY

"$BIN" compare "$WORK/us.txt" "$WORK/prc.txt" --format json >"$WORK/with.json" 2>"$WORK/err"
"$BIN" compare --lexicons "$WORK/no-paraphrases" "$WORK/us.txt" "$WORK/prc.txt" --format json >"$WORK/without.json" 2>>"$WORK/err"
with=$(python3 "$WORK/link.py" "$WORK/with.json")
without=$(python3 "$WORK/link.py" "$WORK/without.json")

case "$with" in
    *"same point: keep-channels-open"*) pass "the two wordings of one point are linked, and the reason names the point" ;;
    *) fail "the two wordings of one point are linked, and the reason names the point" "link: '$with'" "stderr: $(head -c 300 "$WORK/err")" ;;
esac
case "$without" in
    *"same point"*) fail "without paraphrases.tsv the reason names no point" "link: '$without'" ;;
    *) pass "without paraphrases.tsv the reason names no point" ;;
esac
if [ -n "$with" ] && [ -n "$without" ] && awk -v a="${with%%|*}" -v b="${without%%|*}" 'BEGIN { exit !(a > b) }'; then
    pass "the shared point raises the link's score (${with%%|*} > ${without%%|*})"
else
    fail "the shared point raises the link's score" "with: '$with'" "without: '$without'"
fi
