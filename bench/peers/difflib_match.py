#!/usr/bin/env python3
"""Peer for the benchmark: sentence matching with difflib.SequenceMatcher, as a
user would write it: for each left sentence, the most similar right sentence by
SequenceMatcher.ratio(), through difflib.get_close_matches (which prunes with
real_quick_ratio and quick_ratio first; default cutoff 0.6). Unlike diff, this
pairs reordered sentences, the job readoutdiff's aligner does.
Usage: difflib_match.py LEFT RIGHT > pairs.tsv"""
import difflib
import sys


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: difflib_match.py LEFT RIGHT")
    with open(sys.argv[1], encoding="utf-8") as f:
        left = f.read().splitlines()
    with open(sys.argv[2], encoding="utf-8") as f:
        right = f.read().splitlines()
    out = []
    for number, sentence in enumerate(left, 1):
        best = difflib.get_close_matches(sentence, right, n=1)
        out.append(f"{number}\t{sentence}\t{best[0] if best else ''}\n")
    sys.stdout.write("".join(out))


if __name__ == "__main__":
    main()
