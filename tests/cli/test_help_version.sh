#!/bin/sh
# --help, COMMAND --help and the version: exit 0, print to stdout (nothing on
# stderr), and say what they should: the usage of each command and its options,
# and one "readoutdiff X.Y.Z" line that matches the version in JSON reports.
. "$(dirname "$0")/common.sh"

PAIR="$CORPUS/2023-11-15-biden-xi-woodside"

# expect_output NAME CMD...: status 0, something on stdout, nothing on stderr; stdout in $WORK/out.
expect_output() {
    eo_name=$1
    shift
    run "$@"
    if [ "$STATUS" -eq 0 ] && [ -s "$WORK/out" ] && [ ! -s "$WORK/err" ]; then
        pass "$eo_name"
    else
        fail "$eo_name" "status $STATUS, stdout bytes $(wc -c <"$WORK/out")" "stderr: $(head -c 300 "$WORK/err")"
    fi
}

# expect_all NAME FILE TEXT...: FILE contains every TEXT (fixed strings).
expect_all() {
    ea_name=$1 ea_file=$2
    shift 2
    ea_missing=""
    for text in "$@"; do grep -qF -- "$text" "$ea_file" || ea_missing="$ea_missing [$text]"; done
    if [ -z "$ea_missing" ]; then pass "$ea_name"; else fail "$ea_name" "missing:$ea_missing"; fi
}

# ---- readoutdiff --help

expect_output "--help: status 0, stdout only" "$BIN" --help
cp "$WORK/out" "$WORK/help.txt"
expect_all "--help: usage line for every command" "$WORK/help.txt" "Usage:" \
    "readoutdiff compare LEFT RIGHT" "readoutdiff eval [GOLD.json...] [--real DIR]" "readoutdiff lexicon list" "readoutdiff lexicon check DIR" "readoutdiff version"
expect_contains "--help: names the exit statuses" "$WORK/help.txt" "Exit status: 0 done, 1 a --fail-on gate tripped, 2 usage or input error,"
expect_contains "--help: names exit status 3" "$WORK/help.txt" "3 internal error (a bug: please report it)."
run "$BIN" -h
if [ "$STATUS" -eq 0 ] && [ -s "$WORK/out" ] && cmp -s "$WORK/out" "$WORK/help.txt"; then pass "-h prints what --help prints"; else fail "-h prints what --help prints" "status $STATUS"; fi

# ---- readoutdiff compare --help

expect_output "compare --help: status 0, stdout only" "$BIN" compare --help
cp "$WORK/out" "$WORK/compare-help.txt"
expect_all "compare --help: usage and every option" "$WORK/compare-help.txt" "Usage: readoutdiff compare LEFT RIGHT [options]" \
    "--format" "term|json|md" "--output" "--width" "--color" "auto|always|never" "--explain" "--lexicons" "--max-bytes" "--help"
run "$BIN" compare -h
if [ "$STATUS" -eq 0 ] && [ -s "$WORK/out" ] && cmp -s "$WORK/out" "$WORK/compare-help.txt"; then pass "compare -h prints what compare --help prints"; else fail "compare -h prints what compare --help prints" "status $STATUS"; fi
run "$BIN" compare --help "$PAIR/us.txt" "$PAIR/prc.txt"
if [ "$STATUS" -eq 0 ] && [ -s "$WORK/out" ] && cmp -s "$WORK/out" "$WORK/compare-help.txt"; then pass "compare --help with files: help, no report"; else fail "compare --help with files: help, no report" "status $STATUS, stdout bytes $(wc -c <"$WORK/out")"; fi

# --help says "Run 'readoutdiff COMMAND --help' for a command's options": so for every command.
for command in eval lexicon version; do
    expect_output "$command --help: status 0, stdout only" "$BIN" "$command" --help
    expect_contains "$command --help: prints a usage" "$WORK/out" "Usage: readoutdiff $command"
done

# ---- version

expect_output "version: status 0, stdout only" "$BIN" version
version=$(cat "$WORK/out")
if echo "$version" | grep -qxE 'readoutdiff [0-9]+\.[0-9]+\.[0-9]+' && [ "$(wc -l <"$WORK/out")" -eq 1 ]; then
    pass "version: one line 'readoutdiff X.Y.Z'"
else
    fail "version: one line 'readoutdiff X.Y.Z'" "got: $version"
fi
expect_output "--version: status 0, stdout only" "$BIN" --version
if [ -n "$version" ] && [ "$(cat "$WORK/out")" = "$version" ]; then pass "--version prints what version prints"; else fail "--version prints what version prints" "version: $version" "--version: $(cat "$WORK/out")"; fi
run "$BIN" compare --format json "$PAIR/us.txt" "$PAIR/prc.txt"
json_version=$(python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); print(d["tool"]["name"], d["tool"]["version"])' "$WORK/out" 2>&1)
if [ "$json_version" = "$version" ]; then pass "version matches tool.version in JSON reports"; else fail "version matches tool.version in JSON reports" "version: $version" "json: $json_version"; fi
expect_error "version with an argument" 2 "readoutdiff: version takes no arguments (see 'readoutdiff --help')" "$BIN" version extra
