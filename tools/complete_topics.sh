#!/bin/sh
# Fills @TOPIC_IDS@ in a shell completion script with the topic ids of a
# topics.tsv (its first column, after the comments and the header row), so
# the completions offer the topics the built-in lexicons have: those of kind
# topic and broad (the others only name counterpart sections, no gate takes them).
# Usage: complete_topics.sh TEMPLATE TOPICS.tsv OUT
set -eu
template=$1
topics=$2
out=$3
ids=$(awk -F '\t' '/^#/ || /^[[:space:]]*$/ { next } !header { header = 1; next } $3 == "topic" || $3 == "broad" { print $1 }' "$topics" | tr '\n' ' ')
ids=${ids% }
if [ -z "$ids" ]; then
    echo "complete_topics.sh: $topics: no topic ids" >&2
    exit 1
fi
case $ids in
    *[!a-z0-9\ -]*) echo "complete_topics.sh: $topics: a topic id is not [a-z0-9-]: $ids" >&2; exit 1 ;;
esac
sed "s/@TOPIC_IDS@/$ids/" "$template" >"$out.tmp"
mv "$out.tmp" "$out"
