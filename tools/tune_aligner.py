#!/usr/bin/env python3
"""Grid search of the aligner's parameters on the corpus pairs marked `split tune`.

Only the tune pairs are ever scored here; held-out and external pairs are left
for `make eval`. The tune set also holds "unrelated" pairs: each tune pair's
us.txt against the next tune pair's prc.txt, with a gold of no links, so that
settings which pair look-alike sentences of two different meetings ("the two
sides exchanged views") lose. Prints the best settings by the mean of two
micro-F1s: of links, and of sentences left unmatched (both matter equally to a
reader). Usage: tools/tune_aligner.py [BINARY]
"""
import glob
import itertools
import json
import os
import shutil
import subprocess
import sys
import tempfile

binary = sys.argv[1] if len(sys.argv) > 1 else "build/readoutdiff"
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
tune_dirs = [d for d in sorted(glob.glob(os.path.join(root, "corpus/pairs/*/")))
             if "split\ttune" in open(os.path.join(d, "meta.tsv")).read()]


def unrelated_pairs(scratch):
    """Gold files for each tune pair's us.txt against the next one's prc.txt: nothing to link."""
    golds = []
    for a, b in zip(tune_dirs, tune_dirs[1:] + tune_dirs[:1]):
        d = os.path.join(scratch, os.path.basename(a.rstrip("/")) + "--vs--" + os.path.basename(b.rstrip("/")))
        os.makedirs(d)
        shutil.copy(os.path.join(a, "us.txt"), d)
        shutil.copy(os.path.join(b, "prc.txt"), d)
        shutil.copy(os.path.join(a, "meta.tsv"), d)
        with open(os.path.join(d, "gold.json"), "w") as f:
            json.dump({"links": [], "topics_only": {"left": [], "right": []}, "more_confrontational": "neither",
                       "characterization": {"left": [], "right": []}, "agreements": {"left": [], "right": []},
                       "requested_by": None}, f)
        golds.append(os.path.join(d, "gold.json"))
    return golds


scratch = tempfile.mkdtemp(prefix="tune-aligner-")
gold = [os.path.join(d, "gold.json") for d in tune_dirs] + unrelated_pairs(scratch)

grid = {
    "link_threshold": [0.16, 0.20, 0.24],
    "stem_weight": [0.3, 0.4],
    "char_weight": [0.3, 0.4],
    "topic_weight": [0.1, 0.15],
    "role_weight": [0.1, 0.2],
    "topic_conflict_penalty": [0.0, 0.1],
    "relative_floor": [0.7, 0.85],
    "description_floor": [0.10, 1.0],  # 1.0: descriptions never linked by their role alone
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
shutil.rmtree(scratch)
