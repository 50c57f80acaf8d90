#!/bin/sh
# Builds the Debian package with Debian's own tools (dpkg-buildpackage,
# debhelper) in a copy of the source tree at OUT/src, since
# dpkg-buildpackage cleans the tree it builds in; the .deb and the build log
# land in OUT. The copy keeps its path from one run to the next, so ccache
# finds the objects of the last package build.
# Usage: build_deb.sh OUT
set -eu
out=$1
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$out"
out=$(cd "$out" && pwd)
src="$out/src"
rm -rf "$src"
mkdir -p "$src"
# The files of the tree: in a git checkout those git tracks or would track
# (not the build folders, node_modules or anything .gitignore names). tar reads
# the list itself: xargs would split a long list over several archives, and
# the reading tar stops at the end of the first.
if git -C "$root" rev-parse --git-dir >/dev/null 2>&1; then
    (cd "$root" && git ls-files -z --cached --others --exclude-standard | tar cf - --no-recursion --null -T -) | tar xf - -C "$src"
    READOUTDIFF_COMMIT=$(git -C "$root" rev-parse HEAD)
    export READOUTDIFF_COMMIT
else
    (cd "$root" && tar cf - --exclude='./build*' --exclude=node_modules .) | tar xf - -C "$src"
fi
# debhelper points HOME and XDG_CACHE_HOME at fresh folders inside the build, which
# would hide ccache's cache: name it.
if command -v ccache >/dev/null 2>&1; then
    CCACHE_DIR=$(ccache --get-config cache_dir)
    export CCACHE_DIR
fi
rm -f "$out"/readoutdiff_*.deb "$out"/readoutdiff-dbgsym_*.deb "$out"/readoutdiff_*.buildinfo "$out"/readoutdiff_*.changes
if ! (cd "$src" && dpkg-buildpackage -us -uc -b) >"$out/build.log" 2>&1; then
    tail -30 "$out/build.log" >&2
    echo "build_deb.sh: dpkg-buildpackage failed; the whole log is $out/build.log" >&2
    exit 1
fi
ls "$out"/readoutdiff_*.deb
