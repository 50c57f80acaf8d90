#!/bin/sh
# Each side is quoted exactly: every row of the terminal, Markdown, HTML and
# JSON reports, rebuilt into each side's text, is exactly that side's sentences
# (after the documented normalization), for every corpus pair and, where they
# are present, every real pair.
. "$(dirname "$0")/common.sh"

check_fidelity() {
    name=$1
    shift
    if output=$(python3 "$ROOT/tests/cli/fidelity.py" "$BIN" "$@" 2>&1); then
        pass "$name ($(echo "$output" | tail -1))"
    else
        fail_text "$name" "$(echo "$output" | tail -12)"
    fi
}

check_fidelity "every format quotes both sides of every corpus pair exactly" "$CORPUS"/*/
if have_real_pairs "every format quotes both sides of every real pair exactly"; then
    check_fidelity "every format quotes both sides of every real pair exactly" "$REAL_PAIRS"/*/
fi
