#!/bin/sh
# The build's own checks (issue 15): make asan catches float-to-integer
# overflow too, CI runs make asan and make lint, and lint has its check set.
. "$(dirname "$0")/common.sh"

cd "$ROOT" || exit 1
flags=$(make -s -f fuzz/fuzz.mk -pn fuzz-help 2>/dev/null | grep -E '^(ASAN_CXXFLAGS|FUZZ_SANITIZE) ' | tr '\n' ' ')
case $flags in
    *ASAN_CXXFLAGS*float-cast-overflow*FUZZ_SANITIZE*float-cast-overflow*|*FUZZ_SANITIZE*float-cast-overflow*ASAN_CXXFLAGS*float-cast-overflow*)
        pass "make asan and make fuzz sanitize float-cast-overflow" ;;
    *) fail "make asan and make fuzz sanitize float-cast-overflow" "flags: $flags" ;;
esac
for target in "make test" "make asan" "make lint"; do
    if grep -qx "$target" .ci/run; then pass ".ci/run runs $target"; else fail ".ci/run runs $target" "$(cat .ci/run)"; fi
done
if make -s -n lint 2>/dev/null | grep -q 'clang-tidy'; then pass "make lint runs clang-tidy"; else fail "make lint runs clang-tidy" "$(make -n lint 2>&1 | head -3)"; fi
for check in 'bugprone-*' 'performance-*' 'readability-identifier-naming'; do
    if grep -qxF -e "  $check," -e "  $check" .clang-tidy; then pass ".clang-tidy enables $check"; else fail ".clang-tidy enables $check"; fi
done
if grep -q '^ColumnLimit: 120$' .clang-format && grep -q '^IndentWidth: 4$' .clang-format; then
    pass ".clang-format: 4 spaces, 120 columns"
else
    fail ".clang-format: 4 spaces, 120 columns"
fi
