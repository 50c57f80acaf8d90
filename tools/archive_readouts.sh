#!/bin/sh
# Writes the White House readouts that corpus/real-gold/whitehouse-archive
# annotates (its SOURCES.tsv) into OUT_DIR, from a git directory of the
# public archive brian14708/wh-briefings at commit 737ca03a (the commit of
# ../shared/corpus-real/whitehouse). The texts stay out of this repository.
#   sh tools/archive_readouts.sh GIT_DIR OUT_DIR
set -eu
[ $# -eq 2 ] || { echo "usage: sh tools/archive_readouts.sh GIT_DIR OUT_DIR" >&2; exit 2; }
git_dir=$1 out=$2
sources=$(dirname "$0")/../corpus/real-gold/whitehouse-archive/SOURCES.tsv
commit=737ca03a271adc205c67766074ec8d0070f7ad95
if ! git --git-dir="$git_dir" cat-file -e "$commit^{commit}" 2>/dev/null; then
    echo "archive_readouts.sh: $git_dir: not a git directory holding commit $commit of brian14708/wh-briefings" >&2
    exit 2
fi
mkdir -p "$out"
tail -n +2 "$sources" | while IFS="$(printf '\t')" read -r readout path; do
    git --git-dir="$git_dir" show "$commit:$path" > "$out/$readout.tmp"
    mv "$out/$readout.tmp" "$out/$readout"
done
echo "$(tail -n +2 "$sources" | wc -l) readouts in $out"
