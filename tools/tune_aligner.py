#!/usr/bin/env python3
"""Grid search of the aligner's parameters on the corpus pairs marked `split tune`.

Only the tune pairs are ever scored here; held-out and external pairs are left
for `make eval`, and that two different meetings align little is checked by
tests/cli/test_sides_and_signals.sh, not tuned for. Prints the best settings by
the mean of two micro-F1s: of links, and of sentences left unmatched (both
matter equally to a reader). Usage: tools/tune_aligner.py [BINARY]
"""
import glob
import itertools
import os
import subprocess
import sys

binary = sys.argv[1] if len(sys.argv) > 1 else "build/readoutdiff"
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = [g for g in sorted(glob.glob(os.path.join(root, "corpus/pairs/*/gold.json")))
        if "split\ttune" in open(os.path.join(os.path.dirname(g), "meta.tsv")).read()]

grid = {
    "link_threshold": [0.16, 0.20, 0.24],
    "stem_weight": [0.3, 0.4],
    "char_weight": [0.3, 0.4],
    "topic_weight": [0.1, 0.15],
    "role_weight": [0.1, 0.2],
    "topic_conflict_penalty": [0.0, 0.1],
    "relative_floor": [0.7, 0.85],
    "description_evidence": [0.2, 0.34, 0.5],
}


def score(settings):
    args = [binary, "eval", "--worst", "0"] + gold
    for name, value in settings.items():
        args += ["--set", f"{name}={value}"]
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    line = next(l for l in out.splitlines() if l.startswith("micro readoutdiff (all)"))
    p, r, f1, up, ur = (float(x) for x in line.split()[4:9])
    unmatched_f1 = 2 * up * ur / (up + ur) if up + ur else 0
    return (f1 + unmatched_f1) / 2, f1, unmatched_f1, p, r


results = []
names = list(grid)
for values in itertools.product(*(grid[n] for n in names)):
    settings = dict(zip(names, values))
    results.append((score(settings), settings))
results.sort(key=lambda x: x[0], reverse=True)
for (objective, f1, uf1, p, r), settings in results[:10]:
    print(f"mean {objective:.3f}  F1 {f1:.3f}  unmatched-F1 {uf1:.3f}  P {p:.3f}  R {r:.3f}  {settings}")
