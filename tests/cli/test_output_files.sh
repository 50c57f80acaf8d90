#!/bin/sh
# Output files (issue 15): a new report gets 0666 less the umask, a replaced
# one keeps its mode, and -o is durable: the data is flushed, then the folder
# after the rename.
. "$(dirname "$0")/common.sh"

PAIR="$CORPUS/2023-11-15-biden-xi-woodside"
mkdir "$WORK/o"

mode_of() { stat -c %a "$1"; }

run sh -c 'umask 077 && exec "$@"' sh "$BIN" compare "$PAIR/us.txt" "$PAIR/prc.txt" --format md -o "$WORK/o/new.md"
if [ "$STATUS" -eq 0 ] && [ "$(mode_of "$WORK/o/new.md")" = "600" ]; then pass "-o: a new file gets 0666 less the umask (077: 600)"; else fail "-o: a new file gets 0666 less the umask (077: 600)" "status $STATUS, mode $(mode_of "$WORK/o/new.md")"; fi
run sh -c 'umask 002 && exec "$@"' sh "$BIN" compare "$PAIR/us.txt" "$PAIR/prc.txt" --format md -o "$WORK/o/group.md"
if [ "$(mode_of "$WORK/o/group.md")" = "664" ]; then pass "-o: umask 002 gives 664"; else fail "-o: umask 002 gives 664" "mode $(mode_of "$WORK/o/group.md")"; fi

echo old >"$WORK/o/kept.md"
chmod 640 "$WORK/o/kept.md"
run "$BIN" compare "$PAIR/us.txt" "$PAIR/prc.txt" --format md -o "$WORK/o/kept.md"
if [ "$STATUS" -eq 0 ] && [ "$(mode_of "$WORK/o/kept.md")" = "640" ] && [ "$(head -c 1 "$WORK/o/kept.md")" = "#" ]; then
    pass "-o: a replaced file keeps its mode (640)"
else
    fail "-o: a replaced file keeps its mode (640)" "status $STATUS, mode $(mode_of "$WORK/o/kept.md")"
fi

if command -v strace >/dev/null 2>&1; then
    strace -f -o "$WORK/trace" -e trace=openat,fsync,rename "$BIN" compare "$PAIR/us.txt" "$PAIR/prc.txt" --format md -o "$WORK/o/durable.md" >/dev/null 2>&1
    python3 - "$WORK/trace" "$WORK/o" >"$WORK/trace-check" <<'PY'
import re, sys
lines = [l.split(None, 1)[1] if l[0].isdigit() else l for l in open(sys.argv[1])]
renamed = [i for i, l in enumerate(lines) if l.startswith("rename(") and "durable.md" in l]
if not renamed: print("no rename into durable.md"); sys.exit()
fds = {}
synced = False
for l in lines[renamed[0]:]:
    m = re.match(r'openat\(AT_FDCWD, "%s", [^)]*O_DIRECTORY[^)]*\)\s+=\s+(\d+)' % re.escape(sys.argv[2]), l)
    if m: fds[m.group(1)] = True
    m = re.match(r"fsync\((\d+)\)\s+=\s+0", l)
    if m and m.group(1) in fds: synced = True
if not synced: print("the folder is not fsynced after the rename")
before = [l for l in lines[:renamed[0]] if l.startswith("fsync(")]
if not before: print("the file is not fsynced before the rename")
PY
    if [ ! -s "$WORK/trace-check" ]; then pass "-o: fsync of the file, rename, then fsync of its folder"; else fail_text "-o: fsync of the file, rename, then fsync of its folder" "$(cat "$WORK/trace-check")"; fi
else
    skip "-o: fsync of the file, rename, then fsync of its folder" "strace is not installed"
fi
