#!/bin/sh
# Writes into OUT_DIR a copy of the lexicons in LEXICON_DIR whose actors.tsv
# knows no official by name but the heads of state (Biden, Trump, Xi): how
# speakers fare on readouts of officials the lexicon has never seen, with
# only what the text says of them. `make eval` reports it beside the whole
# lexicon's figures.
#   sh tools/leaders_only_lexicons.sh LEXICON_DIR OUT_DIR
set -eu
[ $# -eq 2 ] || { echo "usage: sh tools/leaders_only_lexicons.sh LEXICON_DIR OUT_DIR" >&2; exit 2; }
src=$1 out=$2
mkdir -p "$out"
cp "$src"/*.tsv "$out"/
awk -F '\t' '/^#/ || $1 == "term" || $4 !~ /kind=person/ || $2 == "biden" || $2 == "trump" || $2 == "xi-jinping"' \
    "$src/actors.tsv" > "$out/actors.tsv"
