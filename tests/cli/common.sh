# Shared helpers for the end-to-end tests: each check prints "ok - NAME" or
# "not ok - NAME" with the evidence; tests/run_all.sh counts them.
# Sourced by every tests/cli/test_*.sh with $BIN set to the built binary.

: "${BIN:?BIN must name the readoutdiff binary}"
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CORPUS="$ROOT/corpus/pairs"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

pass() { echo "ok - $1"; }
fail() { echo "not ok - $1"; shift; for line in "$@"; do echo "#   $line"; done; }

# run CMD...: runs it, keeping stdout in $WORK/out, stderr in $WORK/err, status in $STATUS.
run() {
    "$@" >"$WORK/out" 2>"$WORK/err"
    STATUS=$?
}

# expect_status NAME CODE CMD...
expect_status() {
    name=$1 code=$2
    shift 2
    run "$@"
    if [ "$STATUS" -eq "$code" ]; then pass "$name"; else fail "$name" "expected status $code, got $STATUS" "stderr: $(head -c 300 "$WORK/err")"; fi
}

# expect_error NAME CODE MESSAGE CMD...: status CODE, stderr exactly MESSAGE (one line), stdout empty.
expect_error() {
    name=$1 code=$2 message=$3
    shift 3
    run "$@"
    got=$(cat "$WORK/err")
    if [ "$STATUS" -eq "$code" ] && [ "$got" = "$message" ] && [ ! -s "$WORK/out" ]; then
        pass "$name"
    else
        fail "$name" "expected status $code and stderr: $message" "got status $STATUS and stderr: $got" "stdout bytes: $(wc -c <"$WORK/out")"
    fi
}

# expect_contains NAME FILE TEXT: FILE contains TEXT (fixed string).
expect_contains() {
    if grep -qF -- "$3" "$2"; then pass "$1"; else fail "$1" "$2 lacks: $3"; fi
}

# expect_true NAME CMD...: CMD succeeds.
expect_true() {
    name=$1
    shift
    if "$@" >/dev/null 2>&1; then pass "$name"; else fail "$name" "command failed: $*"; fi
}

# fail_text NAME TEXT: like fail, with each non-empty line of TEXT as one evidence line.
fail_text() {
    fail "$1"
    printf '%s\n' "$2" | sed '/^[[:space:]]*$/d; s/^/#   /'
}
