#!/usr/bin/env python3
"""Peer for the benchmark: Python's standard side-by-side HTML diff,
difflib.HtmlDiff().make_file, on two one-sentence-per-line files, as a user
would run it. Usage: difflib_html.py LEFT RIGHT > report.html"""
import difflib
import sys


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: difflib_html.py LEFT RIGHT")
    with open(sys.argv[1], encoding="utf-8") as f:
        left = f.read().splitlines()
    with open(sys.argv[2], encoding="utf-8") as f:
        right = f.read().splitlines()
    sys.stdout.write(difflib.HtmlDiff().make_file(left, right, sys.argv[1], sys.argv[2]))


if __name__ == "__main__":
    main()
