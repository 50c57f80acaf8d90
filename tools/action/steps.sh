#!/bin/bash
# The steps of the readoutdiff GitHub Action (action.yml at the repository's
# root), one subcommand each, so that they run the same way on a runner and
# in tests/cli/test_action.sh. Inputs come as the environment variables that
# action.yml sets from its inputs (INPUT_FOLDER, INPUT_OUTPUT, ...); results go
# to the files GitHub names in GITHUB_OUTPUT, GITHUB_PATH, GITHUB_STEP_SUMMARY.
#
#   steps.sh deps      install the Debian packages the build needs (make deps)
#   steps.sh build     build readoutdiff (ccache in CCACHE_DIR, which action.yml caches)
#   steps.sh batch     run readoutdiff batch; its exit status goes to the output "status"
#   steps.sh comment   post OUTDIR/summary.md on the pull request PR_NUMBER (gh)
#   steps.sh verdict   exit with the batch's status (0 done, 1 gate tripped, 2 unreadable pair, 3 bug)
set -u

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD_DIR=${READOUTDIFF_BUILD:-build}
BIN=${READOUTDIFF_BIN:-$ROOT/$BUILD_DIR/readoutdiff}
OUTDIR=${INPUT_OUTPUT:-readoutdiff-reports}
# A pull-request comment holds at most 65,536 characters.
COMMENT_LIMIT=${COMMENT_LIMIT:-65000}

die() {
    echo "readoutdiff action: $*" >&2
    exit 2
}

# output NAME VALUE: a step output (or standard output outside GitHub).
output() {
    if [ -n "${GITHUB_OUTPUT:-}" ]; then echo "$1=$2" >>"$GITHUB_OUTPUT"; else echo "$1=$2"; fi
}

step_deps() {
    # The runner's user is not root; sudo is there without a password. ccache
    # makes the build reuse the objects of the cached earlier builds.
    as_root=""
    [ "$(id -u)" -eq 0 ] || as_root=sudo
    $as_root make -C "$ROOT" --no-print-directory deps || die "make deps failed"
    $as_root make -C "$ROOT" --no-print-directory install-packages PACKAGES=ccache || die "installing ccache failed"
}

step_build() {
    make -C "$ROOT" --no-print-directory -j"$(nproc)" BUILD="$BUILD_DIR" "$BUILD_DIR/readoutdiff" || die "the build failed"
    [ -x "$BIN" ] || die "no binary at $BIN after the build"
    [ -n "${GITHUB_PATH:-}" ] && dirname "$BIN" >>"$GITHUB_PATH"
    output binary "$BIN"
}

step_batch() {
    [ -n "${INPUT_FOLDER:-}" ] || die "the input 'folder' is required"
    [ -d "$INPUT_FOLDER" ] || die "$INPUT_FOLDER: no such folder"
    set -- batch "$INPUT_FOLDER" -o "$OUTDIR"
    [ -n "${INPUT_JOBS:-}" ] && set -- "$@" --jobs "$INPUT_JOBS"
    case ${INPUT_PAIR:-} in
        "") ;;
        auto) set -- "$@" --pair auto ;;
        *) die "the input 'pair' is 'auto' or empty, not '$INPUT_PAIR'" ;;
    esac
    [ -n "${INPUT_WINDOW:-}" ] && set -- "$@" --window "$INPUT_WINDOW"
    # One gate a line; blank lines and # comments are skipped.
    while IFS= read -r gate; do
        gate=$(printf '%s' "$gate" | sed 's/^[[:space:]]*//; s/[[:space:]]*$//')
        case $gate in "" | "#"*) continue ;; esac
        set -- "$@" --fail-on "$gate"
    done <<GATES
${INPUT_FAIL_ON:-}
GATES
    baseline=${INPUT_BASELINE:-}
    if [ "$baseline" = previous ]; then
        # The summary of the run restored from the cache, copied before this run replaces it.
        baseline=""
        if [ -f "$OUTDIR/summary.jsonl" ]; then
            baseline=$(mktemp "${RUNNER_TEMP:-/tmp}/readoutdiff-baseline.XXXXXX")
            cp "$OUTDIR/summary.jsonl" "$baseline"
        else
            echo "readoutdiff action: no earlier $OUTDIR/summary.jsonl: this run has no baseline"
        fi
    elif [ -n "$baseline" ] && [ ! -f "$baseline" ]; then
        die "baseline $baseline: no such file"
    fi
    [ -n "$baseline" ] && set -- "$@" --baseline "$baseline"
    echo "readoutdiff $*"
    "$BIN" "$@"
    status=$?
    output status "$status"
    output summary "$OUTDIR/summary.md"
    output reports "$OUTDIR"
    if [ -n "${GITHUB_STEP_SUMMARY:-}" ] && [ -f "$OUTDIR/summary.md" ]; then cat "$OUTDIR/summary.md" >>"$GITHUB_STEP_SUMMARY"; fi
    # 0, 1 and 2 are results the later steps report; 3 is a bug, and so is a crash.
    [ "$status" -le 2 ] || die "readoutdiff batch ended with status $status"
}

# The comment's body: summary.md, cut at a line end below the limit, with a note.
comment_body() {
    if [ "$(wc -c <"$OUTDIR/summary.md")" -le "$COMMENT_LIMIT" ]; then
        cat "$OUTDIR/summary.md"
        return
    fi
    head -c "$((COMMENT_LIMIT - 200))" "$OUTDIR/summary.md" | sed '$d'
    printf '\n\n*(cut to fit a comment: the whole summary.md is in the uploaded reports)*\n'
}

step_comment() {
    [ -n "${PR_NUMBER:-}" ] || { echo "readoutdiff action: not a pull request: no comment posted"; return 0; }
    [ -f "$OUTDIR/summary.md" ] || die "$OUTDIR/summary.md: no such file (did the batch step run?)"
    body=$(mktemp "${RUNNER_TEMP:-/tmp}/readoutdiff-comment.XXXXXX")
    comment_body >"$body"
    # One comment per pull request, edited on each push; a first run posts it.
    gh pr comment "$PR_NUMBER" --edit-last --body-file "$body" 2>/dev/null || gh pr comment "$PR_NUMBER" --body-file "$body" ||
        die "gh could not comment on pull request $PR_NUMBER"
    rm -f "$body"
}

step_verdict() {
    status=${BATCH_STATUS:-}
    [ -n "$status" ] || die "no status from the batch step"
    case $status in
        0) echo "readoutdiff: every pair compared, no gate tripped" ;;
        1) echo "readoutdiff: a gate tripped (see $OUTDIR/summary.md)" ;;
        2) echo "readoutdiff: a pair or readout could not be read (see $OUTDIR/summary.md)" ;;
        *) echo "readoutdiff: internal error (status $status)" ;;
    esac
    exit "$status"
}

case ${1:-} in
    deps) step_deps ;;
    build) step_build ;;
    batch) step_batch ;;
    comment) step_comment ;;
    verdict) step_verdict ;;
    *) die "usage: steps.sh deps|build|batch|comment|verdict" ;;
esac
