#!/bin/sh
# The commit embedded at build time (tools/build_info.sh, issue 18): HEAD's in
# a git checkout, READOUTDIFF_COMMIT's for a tree exported from git, "unknown"
# outside git; the file is rewritten only when the commit changes, so a build
# with nothing changed recompiles and relinks nothing.
. "$(dirname "$0")/common.sh"

# commit_in FILE: the commit a generated file returns.
commit_in() { sed -n 's/.*build_commit() { return "\(.*\)"; }.*/\1/p' "$1"; }

# A copy of the script outside any git checkout (git stops looking above $WORK).
mkdir -p "$WORK/tree/tools"
cp "$ROOT/tools/build_info.sh" "$WORK/tree/tools/"
GIT_CEILING_DIRECTORIES=$(dirname "$WORK") sh "$WORK/tree/tools/build_info.sh" "$WORK/outside.cpp"
if [ "$(commit_in "$WORK/outside.cpp")" = unknown ]; then pass "outside git: unknown"; else fail "outside git: unknown" "$(cat "$WORK/outside.cpp")"; fi

GIT_CEILING_DIRECTORIES=$(dirname "$WORK") READOUTDIFF_COMMIT=0123456789abcdef0123456789abcdef01234567 \
    sh "$WORK/tree/tools/build_info.sh" "$WORK/exported.cpp"
if [ "$(commit_in "$WORK/exported.cpp")" = 0123456789abcdef0123456789abcdef01234567 ]; then
    pass "exported tree: READOUTDIFF_COMMIT"
else
    fail "exported tree: READOUTDIFF_COMMIT" "$(cat "$WORK/exported.cpp")"
fi

if head=$(git -C "$ROOT" rev-parse HEAD 2>/dev/null); then
    sh "$ROOT/tools/build_info.sh" "$WORK/checkout.cpp"
    if [ "$(commit_in "$WORK/checkout.cpp")" = "$head" ]; then pass "git checkout: HEAD"; else fail "git checkout: HEAD" "$(cat "$WORK/checkout.cpp")"; fi
    # Unchanged commit: the file keeps its time stamp, so make sees nothing to do.
    touch -d '2000-01-01 00:00' "$WORK/checkout.cpp"
    sh "$ROOT/tools/build_info.sh" "$WORK/checkout.cpp"
    if [ "$(date -r "$WORK/checkout.cpp" +%Y)" = 2000 ]; then pass "same commit: file not rewritten"; else fail "same commit: file not rewritten" "modified $(date -r "$WORK/checkout.cpp")"; fi
    READOUTDIFF_COMMIT=unknown sh "$ROOT/tools/build_info.sh" "$WORK/checkout.cpp"
    if [ "$(date -r "$WORK/checkout.cpp" +%Y)" != 2000 ] && [ "$(commit_in "$WORK/checkout.cpp")" = unknown ]; then
        pass "another commit: file rewritten"
    else
        fail "another commit: file rewritten" "$(cat "$WORK/checkout.cpp")"
    fi
else
    skip "git checkout: HEAD" "$ROOT is not a git checkout"
fi
