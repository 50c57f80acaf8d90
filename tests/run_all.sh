#!/bin/sh
# Runs every test: the doctest unit tests, then each end-to-end script in
# tests/cli/ against the built binary. Ends with "N passed, N failed" for the
# whole suite ("N passed, N failed, N skipped": a check that cannot run here,
# such as one needing ../shared/corpus-real, is a skip, never a pass) and exits
# non-zero when anything failed.
# Usage: tests/run_all.sh BUILD_DIR
set -u
build=${1:-build}
root=$(cd "$(dirname "$0")/.." && pwd)

# The checks run python3 several hundred times: Debian's (make test-deps installs
# it) starts in 18 ms, where a version manager's shim first found on PATH (pyenv)
# took 130 ms a start here, a minute of the suite.
if [ -x /usr/bin/python3 ]; then
    python_dir=$(mktemp -d)
    trap 'rm -rf "$python_dir"' EXIT
    ln -s /usr/bin/python3 "$python_dir/python3"
    PATH="$python_dir:$PATH"
    export PATH
fi
passed=0
failed=0
skipped=0

echo "== unit tests"
"$build/unit_tests" >"$build/unit_tests.log" 2>&1
unit_status=$?
cat "$build/unit_tests.log"
summary=$(grep '^\[doctest\] test cases:' "$build/unit_tests.log" | tail -1)
unit_passed=$(echo "$summary" | sed -n 's/.*| *\([0-9]*\) passed.*/\1/p')
unit_failed=$(echo "$summary" | sed -n 's/.*| *\([0-9]*\) failed.*/\1/p')
unit_skipped=$(echo "$summary" | sed -n 's/.*| *\([0-9]*\) skipped.*/\1/p')
if [ -z "$unit_passed" ]; then
    echo "unit tests did not report a summary (status $unit_status)"
    unit_passed=0
    unit_failed=1
fi
passed=$((passed + unit_passed))
failed=$((failed + unit_failed))
skipped=$((skipped + ${unit_skipped:-0}))

for script in "$root"/tests/cli/test_*.sh; do
    echo "== $(basename "$script")"
    output=$(BIN="$root/$build/readoutdiff" sh "$script" 2>&1)
    echo "$output"
    ok=$(echo "$output" | grep -c '^ok - ')
    not_ok=$(echo "$output" | grep -c '^not ok - ')
    skips=$(echo "$output" | grep -c '^skip - ')
    if [ "$ok" -eq 0 ] && [ "$not_ok" -eq 0 ] && [ "$skips" -eq 0 ]; then not_ok=1; echo "not ok - $(basename "$script") ran no check"; fi
    passed=$((passed + ok))
    failed=$((failed + not_ok))
    skipped=$((skipped + skips))
done

# The HTML report in a real browser (Debian's Chromium through playwright-core).
echo "== browser tests"
if [ -x /usr/bin/chromium ] && [ -d "$root/tests/browser/node_modules/playwright-core" ]; then
    output=$(BIN="$root/$build/readoutdiff" OUT="$root/$build" GENERATOR="$root/$build/generate_pairs" \
             node "$root/tests/browser/test_reports.mjs" 2>&1)
    echo "$output"
    ok=$(echo "$output" | grep -c '^ok - ')
    not_ok=$(echo "$output" | grep -c '^not ok - ')
    if [ "$ok" -eq 0 ] && [ "$not_ok" -eq 0 ]; then not_ok=1; echo "not ok - browser tests ran no check"; fi
    passed=$((passed + ok))
    failed=$((failed + not_ok))
    echo "# screenshots: $root/$build/screenshots/"
else
    echo "not ok - browser tests: /usr/bin/chromium or tests/browser/node_modules missing (run make test, which installs them)"
    failed=$((failed + 1))
fi

echo
grep '^\[doctest\]' "$build/unit_tests.log" | tail -3
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
