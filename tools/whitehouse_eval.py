#!/usr/bin/env python3
"""Speakers, agreement claims and meeting words of `readoutdiff` on the White
House readouts of ../shared/corpus-real/whitehouse/, against the blind
annotations of corpus/real-gold/whitehouse/ (split `tune`: the rules may be
developed on them; corpus/README.md).

Each readout is compared with itself (`compare F F --force --format json`)
and its left side scored: a sentence's speaker side (us, prc, both, or none
for narration) against the annotation's, when it has speakers (a sentence
whose speaker is a third government's, "other", is not scored), the agreement
claims' precision and recall, and whether the meeting words are exactly the
annotation's. --second DIR scores a second annotator's files of the same
names against the first's, the ceiling.

  python3 tools/whitehouse_eval.py --bin build/readoutdiff [--real DIR] [--gold DIR] [--second DIR] [--verbose] [--label TEXT]

The same scoring serves any one-sided annotation of that format: --real
corpus/pairs with --gold corpus/prc-gold/A scores the PRC sides of the
written pairs (`readout` is then PAIR/prc.txt).

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


def score(binary, readout, gold, path, lexicons):
    options = ["--lexicons", lexicons] if lexicons else []
    report = subprocess.run([binary, "compare", readout, readout, "--force", "--format", "json"] + options,
                            capture_output=True, text=True, check=True)
    compared = json.loads(report.stdout)
    sentences = compared["left"]["sentences"]
    first_words = [" ".join(s["text"].split()[:3]) for s in sentences]
    if first_words != gold["sentences"]:
        print(f"{path}: the segmentation of {readout} has changed; re-number the annotation", file=sys.stderr)
        sys.exit(2)
    speakers = {s["id"]: tool_side(s["speaker_side"]) for s in sentences}
    claimed = {s["id"] for s in sentences if s["claims_agreement"]}
    result = against(gold, speakers, claimed, compared["characterization"]["left"])
    result["misses"] = misses(sentences, gold, claimed, compared["characterization"]["left"])
    return result


def same_words(words, gold_words):
    """Meeting words as a reader names them: "in depth" is "in-depth", and "an exchange of views",
    "exchange views" or "shared views" the rung ANNOTATION.md calls "exchanged views" (readoutdiff
    eval compares them by stems). ANNOTATION.md lets a reader list "exchanged views" or not: listed
    on one hand only, it is no miss."""
    def key(word):
        word = word.lower().replace("-", " ")
        return "exchanged views" if word in ("exchange of views", "exchange views", "shared views") else word
    mine, theirs = sorted(map(key, words)), sorted(map(key, gold_words))
    if ("exchanged views" in mine) != ("exchanged views" in theirs):
        mine, theirs = [w for w in mine if w != "exchanged views"], [w for w in theirs if w != "exchanged views"]
    return mine == theirs


def against(gold, speakers, claimed, words):
    """One answer (speaker sides by sentence id, claimed ids, meeting words) scored against gold."""
    annotated = set(gold["agreements"])
    # A third government's official ("other", in readouts of meetings with other governments) is no side
    # the tool tells apart: those sentences are not scored.
    scored = {i: side for i, side in speakers.items() if "speakers" in gold and gold["speakers"][str(i)]["side"] != "other"}
    right = sum(side == gold["speakers"][str(i)]["side"] for i, side in scored.items())
    return {"speakers": (right, len(scored)),
            "agreements": (len(claimed & annotated), len(claimed), len(annotated)),
            "words": same_words(words, gold["characterization"])}


def misses(sentences, gold, claimed, words):
    found = []
    annotated = set(gold["agreements"])
    for s in sentences:
        want = gold["speakers"][str(s["id"])]["side"] if "speakers" in gold else tool_side(s["speaker_side"])
        if tool_side(s["speaker_side"]) != want and want != "other":
            found.append(f"speaker {tool_side(s['speaker_side'])} (gold {want}) #{s['id']}: {s['text']}")
        if s["id"] in annotated - claimed:
            found.append(f"agreement missed #{s['id']}: {s['text']}")
        if s["id"] in claimed - annotated:
            found.append(f"agreement wrong #{s['id']}: {s['text']}")
    if not same_words(words, gold["characterization"]):
        found.append(f"meeting words {sorted(words)} (gold {sorted(gold['characterization'])})")
    return found


class Totals:
    def __init__(self):
        self.speakers, self.agreed, self.claimed, self.annotated, self.words, self.readouts = [0, 0], 0, 0, 0, 0, 0

    def add(self, result):
        self.speakers[0] += result["speakers"][0]
        self.speakers[1] += result["speakers"][1]
        self.agreed += result["agreements"][0]
        self.claimed += result["agreements"][1]
        self.annotated += result["agreements"][2]
        self.words += result["words"]
        self.readouts += 1

    def lines(self):
        out = []
        if self.speakers[1]:
            out.append(f"  speaker sides          {self.speakers[0] / self.speakers[1]:.2f} {self.speakers[0]}/{self.speakers[1]}")
        out.append(f"  agreement claims P/R   {self.agreed / max(self.claimed, 1):.2f}/{self.agreed / max(self.annotated, 1):.2f}")
        out.append(f"  meeting words exact    {self.words}/{self.readouts}")
        return out


def second_answer(path):
    """A second annotator's file as an answer to score against the first's."""
    second = json.load(open(path, encoding="utf-8"))
    speakers = {int(i): v["side"] for i, v in second.get("speakers", {}).items()}
    return speakers, set(second["agreements"]), second["characterization"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bin", required=True)
    parser.add_argument("--real", default=os.path.join(ROOT, "..", "shared", "corpus-real", "whitehouse"))
    parser.add_argument("--gold", default=os.path.join(ROOT, "corpus", "real-gold", "whitehouse"))
    parser.add_argument("--second", help="a second annotator's files, scored against --gold's")
    parser.add_argument("--verbose", action="store_true", help="list each miss under the figures")
    parser.add_argument("--label", default="White House readouts", help="what the readouts are, for the heading")
    parser.add_argument("--lexicons", help="a lexicon directory for the tool in place of the built-in one")
    args = parser.parse_args()
    if not os.path.isdir(args.real):
        print(f"{args.label}: skipped ({args.real} is absent)")
        return
    tool, second = Totals(), Totals()
    listing = []
    split = "tune"
    for path in sorted(glob.glob(os.path.join(args.gold, "*.json"))):
        gold = json.load(open(path, encoding="utf-8"))
        split = gold.get("split", split)
        result = score(args.bin, os.path.join(args.real, gold["readout"]), gold, path, args.lexicons)
        tool.add(result)
        if args.second:
            second.add(against(gold, *second_answer(os.path.join(args.second, os.path.basename(path)))))
        listing += [f"{gold['readout'][:40]}  {miss}" for miss in result["misses"]]
    annotators = "two annotators" if args.second else "one annotator"
    print(f"{args.label} ({split}, {tool.readouts} readouts, {annotators})")
    print("\n".join(tool.lines()))
    if args.second:
        print("  the second annotator against the first (the ceiling):")
        print("\n".join("  " + line for line in second.lines()))
    if args.verbose:
        print("\n".join(listing))


if __name__ == "__main__":
    main()
