#!/usr/bin/env python3
"""Precision and recall of `readoutdiff pair` on readouts whose pairs are known.

Each set is copied into one folder under shuffled names, so that nothing but
the texts tells which readouts belong together, then paired by the binary:

  real     the 21 White House readouts of ../shared/corpus-real/whitehouse/
           and the us.txt and prc.txt of its 11 real pairs, with the
           distractors of tests/cli/fixtures/pair/distractors/ (skipped, with
           a message, when ../shared/corpus-real is absent);
  corpus   the us.txt and prc.txt of every corpus/pairs/ folder, named by the
           folder's date;
  stream   a generated stream (build/generate_stream).

A pair is right when both its readouts are readouts of one meeting of the
truth (a meeting may have two readouts of one side: either may stand for it).
Precision is right pairs over pairs found, recall true meetings paired over
true meetings. The readouts a truth names as alternatives must be reported as
alternatives, those it names as unpaired as unpaired, and every readout in
no pair must come with a reason.

  python3 tools/pair_eval.py --bin build/readoutdiff [--sets real,corpus,stream]
         [--seed N] [--stream-size N] [--check] [--strict]

--check exits 1 when a set misses a target: precision 1.00, recall 0.95,
every readout in no pair with a reason. --strict also for any pair missed,
or a readout the truth names as an alternative, or as unpaired, reported
otherwise (on
generated streams, a date without a year that fits two years, or two
meetings of the same officials a day apart, are told apart by no rule).
"""
import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REAL_DEFAULT = os.path.join(ROOT, "..", "shared", "corpus-real")
DISTRACTORS = os.path.join(ROOT, "tests", "cli", "fixtures", "pair", "distractors")
TARGET_PRECISION, TARGET_RECALL = 1.0, 0.95


class Truth:
    """Meetings with readouts of both sides (each side a set of files), and
    the files expected as alternatives or unpaired; names are source names."""

    def __init__(self):
        self.pairs = []  # (set of US sources, set of PRC sources)
        self.alternatives = set()
        self.unpaired = set()

    def read(self, path, name_of=lambda n: n):
        for line in open(path, encoding="utf-8"):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            if fields[0] == "pair":
                self.pairs.append(({name_of(n) for n in fields[1].split("|")},
                                   {name_of(n) for n in fields[2].split("|")}))
            elif fields[0] == "alternative":
                self.alternatives.add(name_of(fields[1]))
            elif fields[0] == "unpaired":
                self.unpaired.add(name_of(fields[1]))


def shuffled_copy(sources, folder, seed, name_for):
    """Copies each source file into folder under a name from name_for(index,
    source) in a seeded random order; returns {copied name: source}."""
    order = sorted(sources)
    random.Random(seed).shuffle(order)
    names = {}
    for index, source in enumerate(order):
        name = name_for(index, source)
        shutil.copyfile(source, os.path.join(folder, name))
        names[name] = source
    return names


def run_pair(binary, folder, out_tsv):
    """Pairs, alternatives and unpaired readouts (by file name) as `pair` writes them."""
    done = subprocess.run([binary, "pair", folder, "-o", out_tsv, "--jobs", "2"],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if done.returncode != 0:
        raise SystemExit("readoutdiff pair failed (%d): %s" % (done.returncode, done.stderr.strip()[:500]))
    pairs, listed = [], {}
    for line in open(out_tsv, encoding="utf-8"):
        fields = line.rstrip("\n").split("\t")
        if line.startswith("# unpaired\t") or line.startswith("# alternative\t"):
            listed[os.path.basename(fields[1])] = (fields[0][2:], fields[2] if len(fields) > 2 else "")
        elif not line.startswith("#"):
            pairs.append((os.path.basename(fields[1]), os.path.basename(fields[2])))
    return pairs, listed, done.stderr


def score(label, truth, names, pairs, listed):
    """One result line, the targets missed, and the readouts reported otherwise than the truth says."""
    source = lambda name: names[name]
    right, matched = 0, set()
    wrong = []
    for us, prc in pairs:
        hit = next((k for k, (us_set, prc_set) in enumerate(truth.pairs)
                    if source(us) in us_set and source(prc) in prc_set), None)
        if hit is None:
            wrong.append("%s + %s" % (source(us), source(prc)))
        else:
            right += 1
            matched.add(hit)
    paired = {name for pair in pairs for name in pair}
    problems = ["wrong pair: " + w for w in wrong]
    mismatches = []  # notes: below the targets' concern unless --strict
    for k, (us_set, prc_set) in enumerate(truth.pairs):
        if k not in matched:
            mismatches.append("missed pair: %s + %s" % (sorted(us_set), sorted(prc_set)))
    by_source = {source(name): name for name in names}
    expected_alternatives = set(truth.alternatives)
    for k in matched:
        for side in truth.pairs[k]:
            expected_alternatives |= {s for s in side if by_source[s] not in paired}
    alternatives_ok = sum(1 for s in expected_alternatives if listed.get(by_source[s], ("",))[0] == "alternative")
    for s in sorted(expected_alternatives):
        if listed.get(by_source[s], ("",))[0] != "alternative":
            mismatches.append("not reported as an alternative: %s (%s)" % (s, listed.get(by_source[s], ("paired",))[0]))
    unpaired_ok = sum(1 for s in truth.unpaired if listed.get(by_source[s], ("",))[0] == "unpaired")
    for s in sorted(truth.unpaired):
        if listed.get(by_source[s], ("",))[0] != "unpaired":
            mismatches.append("not reported as unpaired: %s (%s)" % (s, listed.get(by_source[s], ("paired",))[0]))
    unaccounted = [n for n in names if n not in paired and not listed.get(n, ("", ""))[1]]
    problems += ["in no pair and without a reason: " + source(n) for n in sorted(unaccounted)]
    precision = right / len(pairs) if pairs else 1.0
    recall = len(matched) / len(truth.pairs) if truth.pairs else 1.0
    if precision < TARGET_PRECISION or recall < TARGET_RECALL:
        problems.insert(0, "below target: precision %.3f (target %.2f), recall %.3f (target %.2f)"
                        % (precision, TARGET_PRECISION, recall, TARGET_RECALL))
    in_no_pair = len(names) - len(paired)
    line = ("pairing %-7s %5d readouts: %4d true pairs, %4d found, %4d right: precision %.3f, recall %.3f; "
            "alternatives %d/%d, expected unpaired %d/%d; %d in no pair, %d without a reason"
            % (label, len(names), len(truth.pairs), len(pairs), right, precision, recall,
               alternatives_ok, len(expected_alternatives), unpaired_ok, len(truth.unpaired), in_no_pair,
               len(unaccounted)))
    return line, problems, mismatches


def real_set(binary, work, seed, real):
    if not os.path.isdir(os.path.join(real, "pairs")):
        return None, "pairing real: skipped, ../shared/corpus-real is absent (the real readouts are not part of this repository)"
    folder = os.path.join(work, "readouts")
    os.makedirs(folder)
    wh = sorted(os.path.join(real, "whitehouse", n) for n in os.listdir(os.path.join(real, "whitehouse")))
    pair_dirs = sorted(d for d in os.listdir(os.path.join(real, "pairs")) if os.path.isdir(os.path.join(real, "pairs", d)))
    pair_files = [os.path.join(real, "pairs", d, side) for d in pair_dirs for side in ("us.txt", "prc.txt")]
    distractors = sorted(os.path.join(DISTRACTORS, n) for n in os.listdir(DISTRACTORS) if n.endswith(".txt"))
    names = shuffled_copy(wh + pair_files + distractors, folder, seed,
                          lambda i, s: "readout-%02d%s" % (i, os.path.splitext(s)[1]))
    truth = Truth()
    for d in pair_dirs:
        us, prc = os.path.join(real, "pairs", d, "us.txt"), os.path.join(real, "pairs", d, "prc.txt")
        us_bytes = open(us, "rb").read()
        # A White House readout that is the pair's US text is the same meeting's second US readout.
        copies = {w for w in wh if open(w, "rb").read() == us_bytes}
        truth.pairs.append(({us} | copies, {prc}))
    truth.read(os.path.join(DISTRACTORS, "truth.tsv"),
               lambda n: os.path.join(real, n) if "/" in n else os.path.join(DISTRACTORS, n))
    pairs, listed, _ = run_pair(binary, folder, os.path.join(work, "pairs.tsv"))
    return score("real", truth, names, pairs, listed), None


def corpus_set(binary, work, seed):
    folder = os.path.join(work, "readouts")
    os.makedirs(folder)
    corpus = os.path.join(ROOT, "corpus", "pairs")
    dirs = sorted(d for d in os.listdir(corpus) if os.path.isfile(os.path.join(corpus, d, "us.txt")))
    sources = [os.path.join(corpus, d, side) for d in dirs for side in ("us.txt", "prc.txt")]
    # The texts carry no date: the file name gives the folder's (the meeting's).
    names = shuffled_copy(sources, folder, seed,
                          lambda i, s: "%s-%03d.txt" % (os.path.basename(os.path.dirname(s))[:10], i))
    truth = Truth()
    truth.pairs = [({os.path.join(corpus, d, "us.txt")}, {os.path.join(corpus, d, "prc.txt")}) for d in dirs]
    pairs, listed, _ = run_pair(binary, folder, os.path.join(work, "pairs.tsv"))
    return score("corpus", truth, names, pairs, listed), None


def stream_set(binary, work, seed, size):
    generator = os.path.join(os.path.dirname(binary), "generate_stream")
    subprocess.run([generator, str(size), str(seed), work], check=True)
    folder = os.path.join(work, "readouts")
    names = {n: n for n in os.listdir(folder)}
    truth = Truth()
    truth.read(os.path.join(work, "truth.tsv"))
    pairs, listed, _ = run_pair(binary, folder, os.path.join(work, "pairs.tsv"))
    return score("stream", truth, names, pairs, listed), None


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--bin", default=os.path.join(ROOT, "build", "readoutdiff"))
    p.add_argument("--sets", default="real,corpus,stream")
    p.add_argument("--seed", type=int, default=17)
    p.add_argument("--real", default=REAL_DEFAULT, help="the real readouts (whitehouse/, pairs/)")
    p.add_argument("--stream-size", type=int, default=2000)
    p.add_argument("--check", action="store_true", help="exit 1 when a set misses a target")
    p.add_argument("--strict", action="store_true", help="exit 1 also when a readout is reported otherwise than the truth says")
    p.add_argument("--problems", type=int, default=10, help="problems listed per set")
    args = p.parse_args()
    binary = os.path.abspath(args.bin)
    failed = False
    for name in args.sets.split(","):
        with tempfile.TemporaryDirectory(prefix="pair-eval-") as work:
            if name == "real":
                result, message = real_set(binary, work, args.seed, args.real)
            elif name == "corpus":
                result, message = corpus_set(binary, work, args.seed)
            elif name == "stream":
                result, message = stream_set(binary, work, args.seed, args.stream_size)
            else:
                raise SystemExit("unknown set " + name)
        if result is None:
            print(message)
            continue
        line, problems, mismatches = result
        print(line)
        shown = problems + ["(note) " + m for m in mismatches]
        for problem in shown[:args.problems]:
            print("  " + problem)
        if len(shown) > args.problems:
            print("  ... and %d more" % (len(shown) - args.problems))
        failed = failed or bool(problems) or (args.strict and bool(mismatches))
    sys.exit(1 if (args.check or args.strict) and failed else 0)


if __name__ == "__main__":
    main()
