#!/bin/sh
# The JSON's `date`: a readout's front matter first, then the meta.tsv of its
# pair folder, then a date in its text (compare, and batch's summary line);
# and the schemas of schema/: valid JSON Schema (draft 2020-12), and
# tests/schema/check_json.py refuses a report missing a field the schema
# requires, a field of the wrong type and, with --strict, a field the schema
# does not list (the suite validates every JSON it writes that way: common.sh).
. "$(dirname "$0")/common.sh"

CHECK="$ROOT/tests/schema/check_json.py"
PAIR="$WORK/pair"
mkdir -p "$PAIR"
# A readout whose text gives one date, its counterpart none; meta.tsv another.
printf 'Readout of the call\n\nOn March 3, 2031, President Ames spoke with President Xi Jinping about trade and Taiwan.\n' >"$PAIR/us.txt"
printf 'Xi Jinping Speaks with Ames\n\nPresident Xi Jinping spoke with President Ames on the phone about Taiwan and trade.\n' >"$PAIR/prc.txt"

dates() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["left"]["date"], d["right"]["date"])' "$1"; }

"$BIN" compare "$PAIR/us.txt" "$PAIR/prc.txt" --format json -o "$WORK/text.json" 2>/dev/null
got=$(dates "$WORK/text.json")
if [ "$got" = "2031-03-03 None" ]; then pass "date: from the text when there is no meta.tsv"; else fail "date: from the text when there is no meta.tsv" "got $got"; fi

printf 'kind\tcall\ndate\t2031-03-04\n' >"$PAIR/meta.tsv"
"$BIN" compare "$PAIR/us.txt" "$PAIR/prc.txt" --format json -o "$WORK/meta.json" 2>/dev/null
got=$(dates "$WORK/meta.json")
if [ "$got" = "2031-03-04 2031-03-04" ]; then pass "date: the pair folder's meta.tsv over the text, for both readouts"; else fail "date: meta.tsv over the text" "got $got"; fi

printf -- '---\ntitle: Readout of the call\ndate: 2031-03-02\n---\nOn March 3, 2031, President Ames spoke with President Xi Jinping about trade and Taiwan.\n' >"$PAIR/us.txt"
"$BIN" compare "$PAIR/us.txt" "$PAIR/prc.txt" --format json -o "$WORK/front.json" 2>/dev/null
got=$(dates "$WORK/front.json")
if [ "$got" = "2031-03-02 2031-03-04" ]; then pass "date: front matter over meta.tsv"; else fail "date: front matter over meta.tsv" "got $got"; fi

# The same in a batch: the summary line and the pair's JSON report.
mkdir -p "$WORK/batch-in"
cp -r "$PAIR" "$WORK/batch-in/ames-call"
rm "$WORK/batch-in/ames-call/us.txt"
printf 'Readout of the call\n\nOn March 3, 2031, President Ames spoke with President Xi Jinping about trade and Taiwan.\n' >"$WORK/batch-in/ames-call/us.txt"
"$BIN" batch "$WORK/batch-in" -o "$WORK/batch-out" --jobs 1 >/dev/null 2>&1
got=$(dates "$WORK/batch-out/ames-call.json")
if [ "$got" = "2031-03-04 2031-03-04" ] && grep -q '"date":"2031-03-04"' "$WORK/batch-out/summary.jsonl"; then
    pass "batch: the report and the summary line date the pair by its meta.tsv"
else
    fail "batch: the report and the summary line date the pair by its meta.tsv" "report: $got" "summary: $(head -c 200 "$WORK/batch-out/summary.jsonl")"
fi

# ---- the schemas
if python3 -c '
import json, sys
from jsonschema import Draft202012Validator
for name in sys.argv[1:]:
    schema = json.load(open(name))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema", name
    Draft202012Validator.check_schema(schema)
' "$ROOT"/schema/*.schema.json 2>"$WORK/err"; then
    pass "schema/: $(ls "$ROOT"/schema/*.schema.json | wc -l) valid JSON Schemas, draft 2020-12"
else
    fail "schema/: valid JSON Schemas, draft 2020-12" "$(head -3 "$WORK/err")"
fi

# Each mutation of a valid report must be refused; files under $WORK/broken are
# not left for the suite-wide validation (they are invalid on purpose).
mkdir -p "$WORK/broken"
python3 - "$WORK/meta.json" "$WORK/broken" <<'PYEOF'
import json, sys
report = json.load(open(sys.argv[1]))
def write(name, change):
    d = json.loads(json.dumps(report))
    change(d)
    json.dump(d, open("%s/%s.txt" % (sys.argv[2], name), "w"))
write("missing", lambda d: d.pop("sections"))
write("type", lambda d: d["left"].__setitem__("date", 20310304))
write("enum", lambda d: d["left"].__setitem__("side", "martian"))
write("unlisted", lambda d: d["left"].__setitem__("unlisted_field", 1))
PYEOF
for mutation in missing type enum; do
    case $mutation in
        missing) what="a required field missing" ;;
        type) what="a field of the wrong type" ;;
        enum) what="a value outside its field's values" ;;
    esac
    if python3 "$CHECK" --as compare "$WORK/broken/$mutation.txt" >"$WORK/check.txt" 2>&1; then
        fail "check_json.py refuses a report with $what" "$(cat "$WORK/check.txt")"
    else
        pass "check_json.py refuses a report with $what"
    fi
done
python3 "$CHECK" --as compare "$WORK/broken/unlisted.txt" >/dev/null 2>&1
loose=$?
python3 "$CHECK" --strict --as compare "$WORK/broken/unlisted.txt" >/dev/null 2>&1
strict=$?
if [ "$loose" -eq 0 ] && [ "$strict" -eq 1 ]; then pass "an unlisted field: allowed by the published schema, refused by --strict"; else fail "an unlisted field: allowed, refused by --strict" "status $loose, strict $strict"; fi
