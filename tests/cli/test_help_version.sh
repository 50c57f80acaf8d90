#!/bin/sh
# --help, COMMAND --help and the version: exit 0, print to stdout (nothing on
# stderr), and say what they should: the usage of each command and its options,
# and the version: "readoutdiff X.Y.Z" (as in JSON reports), then the commit,
# the ICU version and the lexicon hash.
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
cp "$WORK/out" "$WORK/version.txt"
version=$(head -1 "$WORK/version.txt")
if echo "$version" | grep -qxE 'readoutdiff [0-9]+\.[0-9]+\.[0-9]+'; then
    pass "version: first line 'readoutdiff X.Y.Z'"
else
    fail "version: first line 'readoutdiff X.Y.Z'" "got: $version"
fi
fields=$(sed -n '2,$s/:.*//p' "$WORK/version.txt" | tr '\n' ' ')
if [ "$fields" = "commit icu lexicons " ] && [ "$(wc -l <"$WORK/version.txt")" -eq 4 ]; then
    pass "version: then commit, icu and lexicons lines"
else
    fail "version: then commit, icu and lexicons lines" "got: $(cat "$WORK/version.txt")"
fi
# The commit is the one the binary was built from: a commit of this repository, or "unknown" outside git.
commit=$(sed -n 's/^commit: //p' "$WORK/version.txt")
if [ "$commit" = unknown ] && ! git -C "$ROOT" rev-parse HEAD >/dev/null 2>&1; then
    pass "version: commit unknown outside git"
elif echo "$commit" | grep -qxE '[0-9a-f]{40}' && git -C "$ROOT" cat-file -e "$commit^{commit}" 2>/dev/null; then
    pass "version: commit is a commit of this repository ($commit)"
else
    fail "version: commit is a commit of this repository" "got: $commit"
fi
icu=$(sed -n 's/^icu: //p' "$WORK/version.txt")
icu_dev=$(pkg-config --modversion icu-uc 2>/dev/null)
if [ -n "$icu_dev" ] && [ "$icu" = "$icu_dev" ]; then
    pass "version: ICU version is the one built against ($icu)"
elif [ -z "$icu_dev" ]; then
    skip "version: ICU version is the one built against" "pkg-config icu-uc absent"
else
    fail "version: ICU version is the one built against" "version says $icu, pkg-config icu-uc $icu_dev"
fi
# The lexicon hash: 16 hex digits, the same in two runs (tests/unit/test_version_info.cpp
# checks that it is the fingerprint of the lexicon files the binary was built from).
lexicons=$(sed -n 's/^lexicons: //p' "$WORK/version.txt")
again=$("$BIN" version | sed -n 's/^lexicons: //p')
if echo "$lexicons" | grep -qxE '[0-9a-f]{16}' && [ "$lexicons" = "$again" ]; then
    pass "version: lexicon hash, 16 hex digits, stable ($lexicons)"
else
    fail "version: lexicon hash, 16 hex digits, stable" "got: $lexicons then $again"
fi
expect_output "--version: status 0, stdout only" "$BIN" --version
if cmp -s "$WORK/out" "$WORK/version.txt"; then pass "--version prints what version prints"; else fail "--version prints what version prints" "version: $(cat "$WORK/version.txt")" "--version: $(cat "$WORK/out")"; fi
run "$BIN" compare --format json "$PAIR/us.txt" "$PAIR/prc.txt"
json_version=$(python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); print(d["tool"]["name"], d["tool"]["version"])' "$WORK/out" 2>&1)
if [ "$json_version" = "$version" ]; then pass "version matches tool.version in JSON reports"; else fail "version matches tool.version in JSON reports" "version: $version" "json: $json_version"; fi
expect_error "version with an argument" 2 "readoutdiff: version takes no arguments (see 'readoutdiff --help')" "$BIN" version extra
