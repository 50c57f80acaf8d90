#!/bin/sh
# Builds the ICU data object linked into readoutdiff: the items named in
# ITEMS, taken from Debian's static libicudata (the full data, 31 MB) with
# icupkg and turned back into an object defining the same symbol
# (icudtNN_dat) with genccode, so libicuuc finds it as usual.
# Usage: icu_data.sh LIBICUDATA.a ITEMS.txt OUT.o   (CC names the compiler, default cc)
set -eu
archive=$1
items=$2
out=$3
work="$out.d"
rm -rf "$work"
mkdir -p "$work/items" "$work/out"

# The archive's one member is named after the package: icudt72l_dat.o holds icudt72l.
member=$(ar t "$archive" | grep -E '^icudt[0-9]+[lbe]_dat\.o$' | head -1)
if [ -z "$member" ]; then
    echo "icu_data.sh: $archive holds no icudtNN?_dat.o member" >&2
    exit 1
fi
package=${member%_dat.o}          # icudt72l
entry=$(echo "$package" | sed 's/[lbe]$//')   # icudt72

(cd "$work" && ar x "$archive" "$member")
# icupkg wants a package file named after its prefix (icudt72l.dat).
objcopy -O binary --only-section=.rodata "$work/$member" "$work/$package.dat"
# icupkg reads the list itself (# comments allowed); --ignore-deps because
# root.res names break rules and dictionaries that are left out on purpose.
# Its notes about those go to a log, shown only if something fails.
if ! icupkg -x "$items" -d "$work/items" "$work/$package.dat" >"$work/icupkg.log" 2>&1 ||
   ! icupkg --ignore-deps -a "$items" -s "$work/items" new "$work/out/$package.dat" >>"$work/icupkg.log" 2>&1; then
    cat "$work/icupkg.log" >&2
    exit 1
fi
genccode -q -e "$entry" -a gcc -d "$work/out" "$work/out/$package.dat"
${CC:-cc} -c -o "$out" "$work/out/${package}_dat.S"
# The full data (two copies of 31 MB) is not needed again.
rm -f "$work/$member" "$work/$package.dat"
