#!/bin/sh
# The Debian package (issue 18): built with Debian's own tools (make deb:
# dpkg-buildpackage -us -uc -b on debian/), lintian clean (errors and
# warnings; overrides only as debian/readoutdiff.lintian-overrides justifies),
# then installed on this machine with apt-get, used (readoutdiff compare on a
# corpus pair, man readoutdiff) and removed. Skipped, with the reason, where the tools are
# missing or installing would replace a readoutdiff already there.
. "$(dirname "$0")/common.sh"

BUILD_DIR=$(dirname "$BIN")
DEB_DIR="$BUILD_DIR/deb"
PAIR="$CORPUS/2023-11-15-biden-xi-woodside"

missing=""
for tool in dpkg-buildpackage dh lintian; do command -v "$tool" >/dev/null 2>&1 || missing="$missing $tool"; done
if [ -n "$missing" ]; then
    skip "Debian package" "missing:$missing (make test installs debhelper and lintian)"
    exit 0
fi

# ---- build

# The tree is copied and built in $DEB_DIR/src, at the same path every time, so ccache
# has the objects of the last package build.
if sh "$ROOT/tools/build_deb.sh" "$DEB_DIR" >"$WORK/build_deb.out" 2>&1; then
    pass "dpkg-buildpackage -us -uc -b builds the package"
else
    fail_text "dpkg-buildpackage -us -uc -b builds the package" "$(tail -15 "$WORK/build_deb.out")"
    exit 0
fi
deb=$(ls "$DEB_DIR"/readoutdiff_*.deb | head -1)
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$WORK/contents"
missing=""
for f in /usr/bin/readoutdiff /usr/share/man/man1/readoutdiff.1.gz /usr/share/bash-completion/completions/readoutdiff \
    /usr/share/zsh/vendor-completions/_readoutdiff /usr/share/readoutdiff/lexicons/tone.tsv \
    /usr/share/doc/readoutdiff/copyright /usr/share/doc/readoutdiff/changelog.gz; do
    grep -qx -- "$f" "$WORK/contents" || missing="$missing $f"
done
if [ -z "$missing" ]; then pass "package holds the binary, man page, completions, lexicons, copyright, changelog"; else fail "package holds the binary, man page, completions, lexicons, copyright, changelog" "missing:$missing"; fi
dpkg-deb -f "$deb" Built-Using >"$WORK/static"
if grep -q 'icu (= ' "$WORK/static" && grep -q 'boost1.74 (= ' "$WORK/static"; then pass "Built-Using names the statically linked sources"; else fail "Built-Using names the statically linked sources" "got: $(cat "$WORK/static")"; fi
if dpkg-deb -f "$deb" Depends | grep -q 'libc6'; then pass "Depends from the shared libraries (dpkg-shlibdeps)"; else fail "Depends from the shared libraries (dpkg-shlibdeps)" "$(dpkg-deb -f "$deb" Depends)"; fi

# ---- lintian: no error or warning; overrides each with its reason in the file

changes=$(ls "$DEB_DIR"/readoutdiff_*.changes | head -1)
lintian --fail-on error,warning --display-level '>=warning' "$changes" >"$WORK/lintian.out" 2>&1
status=$?
if [ "$status" -eq 0 ] && ! grep -qE '^[EW]: ' "$WORK/lintian.out"; then pass "lintian: no error or warning"; else fail_text "lintian: no error or warning" "$(head -20 "$WORK/lintian.out")"; fi
unjustified=$(awk '/^#/ { reason = 1; next } /^[[:space:]]*$/ { reason = 0; next } { if (!reason) print; reason = 0 }' "$ROOT/debian/readoutdiff.lintian-overrides" 2>/dev/null)
if [ -z "$unjustified" ]; then pass "every lintian override has its reason above it"; else fail "every lintian override has its reason above it" "$unjustified"; fi

# ---- install, use, remove

if [ "$(id -u)" -ne 0 ]; then
    skip "package installed, used and removed" "installing needs root"
    exit 0
fi
# One suite at a time on a machine from here (another worktree's make test, say);
# apt-get waits for dpkg's lock when something else is installing packages.
exec 9>/run/lock/readoutdiff-package-test
flock -w 600 9
APT="apt-get -y -q -o DPkg::Lock::Timeout=600"
if dpkg-query -W -f '${Status}' readoutdiff 2>/dev/null | grep -q 'ok installed' || [ -e /usr/bin/readoutdiff ]; then
    skip "package installed, used and removed" "readoutdiff is already installed on this machine: the test would replace it"
    exit 0
fi
# Whatever happens from here on, the package does not stay installed.
trap '$APT purge readoutdiff >/dev/null 2>&1; rm -rf "$WORK"' EXIT
if $APT install "$deb" >"$WORK/apt.out" 2>&1; then pass "apt-get installs the package"; else fail_text "apt-get installs the package" "$(tail -10 "$WORK/apt.out")"; fi
run /usr/bin/readoutdiff compare "$PAIR/us.txt" "$PAIR/prc.txt" --format json
if [ "$STATUS" -eq 0 ] && python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); assert d["alignment"]' "$WORK/out" 2>/dev/null; then
    pass "installed readoutdiff compares a corpus pair"
else
    fail "installed readoutdiff compares a corpus pair" "status $STATUS" "$(head -c 300 "$WORK/err")"
fi
if "$BIN" compare "$PAIR/us.txt" "$PAIR/prc.txt" --format json | cmp -s - "$WORK/out"; then pass "installed readoutdiff reports as the built one"; else fail "installed readoutdiff reports as the built one"; fi
if grep -qx '/usr/share/man/man1/readoutdiff.1.gz' "$WORK/contents" && [ ! -f /usr/share/man/man1/readoutdiff.1.gz ]; then
    skip "man readoutdiff" "dpkg is set to leave out /usr/share/man (path-exclude in /etc/dpkg/dpkg.cfg.d)"
elif MANWIDTH=80 man readoutdiff 2>"$WORK/man.err" | grep -q 'readoutdiff - compare the US and PRC readouts'; then
    pass "man readoutdiff shows the installed page"
else
    fail "man readoutdiff shows the installed page" "$(head -3 "$WORK/man.err")"
fi
if $APT remove readoutdiff >"$WORK/apt.out" 2>&1 && [ ! -e /usr/bin/readoutdiff ] && [ ! -e /usr/share/readoutdiff ] &&
    ! dpkg-query -W -f '${Status}' readoutdiff 2>/dev/null | grep -q 'ok installed'; then
    pass "apt-get removes it"
else
    fail_text "apt-get removes it" "$(tail -5 "$WORK/apt.out")"
fi
