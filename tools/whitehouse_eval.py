#!/usr/bin/env python3
"""Speakers, agreement claims and meeting words of `readoutdiff` on the White
House readouts of ../shared/corpus-real/whitehouse/, against the blind
annotations of corpus/real-gold/whitehouse/ (split `tune`: the rules may be
developed on them; corpus/README.md).

Each readout is compared with itself (`compare F F --force --format json`)
and its left side scored: a sentence's speaker side (us, prc, both, or none
for narration) against the annotation's, the agreement claims' precision and
recall, and whether the meeting words are exactly the annotation's.

  python3 tools/whitehouse_eval.py --bin build/readoutdiff [--real DIR] [--gold DIR] [--verbose]

--verbose lists each miss under the figures: a wrong speaker side, a missed
or a wrong agreement claim, and meeting words that differ from the
annotation's (for tuning; the readouts are split `tune`).

Skipped, with a message and exit status 0, when the readouts are absent; exit
status 2 when an annotation no longer matches the segmentation (its
`sentences` give the first three words of each numbered sentence).
"""
import argparse
import glob
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def tool_side(side):
    return side if side in ("us", "prc", "both") else "none"


def score(binary, readout, gold, path):
    report = subprocess.run([binary, "compare", readout, readout, "--force", "--format", "json"],
                            capture_output=True, text=True, check=True)
    compared = json.loads(report.stdout)
    sentences = compared["left"]["sentences"]
    first_words = [" ".join(s["text"].split()[:3]) for s in sentences]
    if first_words != gold["sentences"]:
        print(f"{path}: the segmentation of {readout} has changed; re-number the annotation", file=sys.stderr)
        sys.exit(2)
    speakers_right = sum(tool_side(s["speaker_side"]) == gold["speakers"][str(s["id"])]["side"] for s in sentences)
    claimed = {s["id"] for s in sentences if s["claims_agreement"]}
    annotated = set(gold["agreements"])
    words_exact = sorted(compared["characterization"]["left"]) == sorted(gold["characterization"])
    return {"speakers": (speakers_right, len(first_words)),
            "agreements": (len(claimed & annotated), len(claimed), len(annotated)),
            "words": words_exact,
            "misses": misses(sentences, gold, claimed, annotated, compared["characterization"]["left"])}


def misses(sentences, gold, claimed, annotated, words):
    found = []
    for s in sentences:
        want = gold["speakers"][str(s["id"])]["side"]
        if tool_side(s["speaker_side"]) != want:
            found.append(f"speaker {tool_side(s['speaker_side'])} (gold {want}) #{s['id']}: {s['text']}")
        if s["id"] in annotated - claimed:
            found.append(f"agreement missed #{s['id']}: {s['text']}")
        if s["id"] in claimed - annotated:
            found.append(f"agreement wrong #{s['id']}: {s['text']}")
    if sorted(words) != sorted(gold["characterization"]):
        found.append(f"meeting words {sorted(words)} (gold {sorted(gold['characterization'])})")
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bin", required=True)
    parser.add_argument("--real", default=os.path.join(ROOT, "..", "shared", "corpus-real", "whitehouse"))
    parser.add_argument("--gold", default=os.path.join(ROOT, "corpus", "real-gold", "whitehouse"))
    parser.add_argument("--verbose", action="store_true", help="list each miss under the figures")
    args = parser.parse_args()
    if not os.path.isdir(args.real):
        print(f"White House readouts: skipped ({args.real} is absent)")
        return
    speakers, agreed, claimed, annotated, words, readouts = [0, 0], 0, 0, 0, 0, 0
    listing = []
    for path in sorted(glob.glob(os.path.join(args.gold, "*.json"))):
        gold = json.load(open(path, encoding="utf-8"))
        result = score(args.bin, os.path.join(args.real, gold["readout"]), gold, path)
        speakers[0] += result["speakers"][0]
        speakers[1] += result["speakers"][1]
        agreed += result["agreements"][0]
        claimed += result["agreements"][1]
        annotated += result["agreements"][2]
        words += result["words"]
        readouts += 1
        listing += [f"{gold['readout'][:40]}  {miss}" for miss in result["misses"]]
    print(f"White House readouts (tune, {readouts} readouts, one annotator)")
    print(f"  speaker sides          {speakers[0] / speakers[1]:.2f} {speakers[0]}/{speakers[1]}")
    print(f"  agreement claims P/R   {agreed / max(claimed, 1):.2f}/{agreed / max(annotated, 1):.2f}")
    print(f"  meeting words exact    {words}/{readouts}")
    if args.verbose:
        print("\n".join(listing))


if __name__ == "__main__":
    main()
