#!/usr/bin/env python3
"""The benchmark suite of issue 8, run by `make bench` (bench/bench.mk).

readoutdiff and the tools a user would otherwise pick run on the same generated
readout pairs (bench/generate_pairs.cpp) at 30, 1,000, 10,000 and 100,000
sentences per side, in one run, so that the table can give ratios: absolute
times drift on a shared machine, ratios between commands run side by side much
less. At each size the commands are run in interleaved rounds, so a load spike
hits all of them alike.

Wall time is the whole process (spawned without a shell, output to a file, the
way a user redirects it), median of several runs; peak memory is the maximum
resident set size from `/usr/bin/time -f %M` (one extra run, which also serves
as a warm-up). Peers that run past the bound are killed and reported as a lower
limit ("> 120 s"); a peer that timed out, or would need more than twice the
bound at even linear growth, is not run at the next size.

Prints the report (machine, table, profiles) on stdout, progress on stderr, and
writes the same report to --results; a section "## Analysis" at the end of an
existing results file is hand-written and kept.

  python3 bench/run_bench.py --build build-bench [--results bench/RESULTS.md]
         [--sizes 30,1000] [--bound 120] [--no-batch] [--no-series] [--no-pair] [--no-profile] [--no-pathological]

`readoutdiff pair` is measured on a generated stream of 10,000 readouts in
one folder (bench/generate_stream.cpp), at --jobs 1 and 2, each run from
scratch (no earlier pairs.tsv).
"""
import argparse
import datetime
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time

SIZES = [30, 1000, 10000, 100000]
MAX_RUNS = {30: 41, 1000: 9, 10000: 3, 100000: 1}  # timed runs per command, at most
CELL_BUDGET_S = 8.0  # a command gets about this much time for its repetitions
SEED = 8  # the issue number: any fixed seed gives the same files on every machine
CORPUS_PAIRS, CORPUS_SENTENCES = 1000, 30
BATCH_RUNS = 3
# readoutdiff series (issue 19): generated series of this many readouts of 30 sentences;
# 1,000 must take under 5 s, and 4× the readouts at most 5× the time (near-linear).
SERIES_SIZES, SERIES_SENTENCES, SERIES_TARGET_S = (250, 1000, 4000), 30, 5.0
STREAM_READOUTS = 10_000  # readouts paired from one folder (issue 17: under 10 s)
PAIR_BOUND_S = 10.0
GIB_KB = 1024 * 1024  # the 1 GB target, taken as 1 GiB of max RSS (time reports KiB)
# Issue 7's pathological inputs must finish in bounded time and memory; these are the bounds.
PATHOLOGICAL_BOUND_S, PATHOLOGICAL_BOUND_KB = 10.0, GIB_KB
# Issue 18: the installed (stripped) binary at most 8 MB, start-up no slower than the link
# before it (ICU's full data), and ICU shared only if its start-up stays within 10% of that.
INSTALLED_BINARY_BOUND = 8_000_000
# The other links of the same objects that bench/bench.mk builds into BUILD/bench/.
LINKS = (("full-icu-data", "ICU's full data, static (the link before issue 18)"),
         ("dynamic-icu", "ICU as shared libraries"))

# Figures quoted in issue 8 for tools not measured here (hunalign is not packaged).
QUOTED = "quoted from the issue, not measured here"
HUNALIGN = {1000: (0.35, None), 10000: (9.3, 321 * 1024), 100000: (None, None)}  # s, KiB; None at 100k: > 120 s
HTMLDIFF_QUOTED = {1000: 8.2, 10000: 75.0}
ISSUE_FLOOR = {"cat": 1.2e-3, "diff -y": 1.3e-3}  # at 30 sentences


def log(message):
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------- running

class Run:
    """One finished (or killed) process."""

    def __init__(self, wall, cpu, code, timed_out, max_rss_kb, stderr_tail):
        self.wall, self.cpu, self.code, self.timed_out = wall, cpu, code, timed_out
        self.max_rss_kb, self.stderr_tail = max_rss_kb, stderr_tail


def spawn(argv, out_path, err_path, bound, stdin_path="/dev/null"):
    """Runs argv (argv[0] an absolute path) without a shell; the wall time is taken
    around posix_spawn and wait4 only. A timer kills the process group at the bound."""
    fd_in = os.open(stdin_path, os.O_RDONLY)
    fd_out = os.open(out_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    fd_err = os.open(err_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    holder = {"pid": None, "killed": False}

    def kill():
        if holder["pid"] is not None:
            holder["killed"] = True
            try:
                os.killpg(holder["pid"], signal.SIGKILL)
            except ProcessLookupError:
                pass

    timer = threading.Timer(bound, kill)
    timer.daemon = True
    actions = [(os.POSIX_SPAWN_DUP2, fd_in, 0), (os.POSIX_SPAWN_DUP2, fd_out, 1), (os.POSIX_SPAWN_DUP2, fd_err, 2)]
    timer.start()
    start = time.perf_counter()
    pid = os.posix_spawn(argv[0], argv, os.environ, file_actions=actions, setsid=True)
    holder["pid"] = pid
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    timer.cancel()
    holder["pid"] = None
    for fd in (fd_in, fd_out, fd_err):
        os.close(fd)
    code = os.waitstatus_to_exitcode(status)
    tail = ""
    try:
        with open(err_path, "rb") as f:
            f.seek(max(0, os.path.getsize(err_path) - 400))
            tail = f.read().decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
            tail = tail[0]
    except OSError:
        pass
    return Run(wall, usage.ru_utime + usage.ru_stime, code, holder["killed"], usage.ru_maxrss, tail)


class Cell:
    """One command at one size: its runs and what came of them."""

    def __init__(self, key, label, argv, ok_codes=(0,), missing=None, stdin_path="/dev/null"):
        self.key, self.label, self.argv, self.ok_codes = key, label, argv, ok_codes
        self.missing, self.stdin_path = missing, stdin_path
        self.samples, self.cpu_samples, self.max_rss_kb = [], [], None
        self.status = "ok"  # ok | timeout | failed | missing | skipped
        self.note = ""
        self.extra_runs = 0

    def median(self):
        return statistics.median(self.samples) if self.samples else None

    def cpu_median(self):
        return statistics.median(self.cpu_samples) if self.cpu_samples else None


class Bench:
    def __init__(self, args):
        self.args = args
        self.build = os.path.abspath(args.build)
        self.scratch = os.path.join(self.build, "bench")
        self.time_tool = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None
        self.results = {}  # size -> {key: Cell}
        self.batch_rows = []
        self.series_rows = []  # (Cell, readouts)
        self.pair_rows = []
        self.pathological_rows = []  # (Cell, input bytes)
        self.profiles = []  # (title, markdown) for the profile sections
        self.callgrind_rows = []
        self.crosscheck = ""
        self.prep_seconds = 0.0
        self.binary_rows = []  # (label, stripped bytes, note)

    def path(self, *parts):
        return os.path.join(self.scratch, *parts)

    def exe(self, name):
        return os.path.join(self.build, name)

    def link(self, key):
        """The binary of one of LINKS, or None when bench.mk did not build it (STATIC_LINK=no)."""
        path = os.path.join(self.build, "bench", f"readoutdiff-{key}")
        return path if os.access(path, os.X_OK) else None

    def sample(self, cell, kind, first):
        """One timed run of a repeated cell (batch, series, pair): its time, or
        why the cell stopped; the first run also measures peak memory."""
        r = self.run(cell, kind, wrap_time=first)
        if first:
            cell.max_rss_kb = r.max_rss_kb
        if r.timed_out:
            cell.status, cell.note = "timeout", f"> {self.args.bound:g} s"
        elif r.code not in cell.ok_codes:
            cell.status, cell.note = "failed", f"failed (exit {r.code}): {r.stderr_tail[:120]}"
        else:
            cell.samples.append(r.wall)
            cell.cpu_samples.append(r.cpu)
        return r

    def run(self, cell, size, wrap_time):
        out = self.path("out", f"{size}-{cell.key}.out")
        err = self.path("out", f"{size}-{cell.key}.err")
        argv = cell.argv
        mem_file = self.path("out", f"{size}-{cell.key}.mem")
        if wrap_time and self.time_tool:
            argv = [self.time_tool, "-f", "%M", "-o", mem_file] + argv
        r = spawn(argv, out, err, self.args.bound, cell.stdin_path)
        if wrap_time and self.time_tool and not r.timed_out:
            try:
                with open(mem_file) as f:
                    r.max_rss_kb = int(f.read().split()[-1])
            except (OSError, ValueError, IndexError):
                r.max_rss_kb = None
        # Without /usr/bin/time, wait4's ru_maxrss (the same figure time reports) stands in.
        return r

    # A command not worth running at this size: its tool is missing, it timed
    # out at a smaller size, or even linear growth from there passes twice the bound.
    def skip_reason(self, cell, size):
        if cell.missing:
            return "missing", f"skipped: {cell.missing}"
        smaller = [s for s in self.results if s < size and cell.key in self.results[s]]
        if not smaller:
            return None
        prev_size = max(smaller)
        prev = self.results[prev_size][cell.key]
        if prev.status == "timeout" or (prev.status == "skipped" and prev.note.startswith(">")):
            return "skipped", f"> {self.args.bound:g} s (not run: past the bound at {prev_size:,} sentences)"
        m = prev.median()
        if m is not None and m * size / prev_size >= 2 * self.args.bound:
            return "skipped", (f"> {self.args.bound:g} s (not run: {fmt_time(m)} at {prev_size:,} sentences; "
                               f"linear growth alone gives {fmt_time(m * size / prev_size)})")
        return None

    def measure(self, size, cells):
        """First a run under /usr/bin/time for each command (peak memory and a
        warm-up), then interleaved rounds of plain runs for the median."""
        for cell in cells:
            reason = self.skip_reason(cell, size)
            if reason:
                cell.status, cell.note = reason
                log(f"{size:>6} {cell.label}: {cell.note}")
                continue
            r = self.run(cell, size, wrap_time=True)
            cell.max_rss_kb = None if r.timed_out else r.max_rss_kb
            if r.timed_out:
                cell.status, cell.note = "timeout", f"> {self.args.bound:g} s (killed at the bound)"
                log(f"{size:>6} {cell.label}: {cell.note}")
                continue
            if r.code not in cell.ok_codes:
                cell.status, cell.note = "failed", f"failed (exit {r.code}): {r.stderr_tail[:120]}"
                log(f"{size:>6} {cell.label}: {cell.note}")
                continue
            runs_cap = MAX_RUNS.get(size, 3)
            if r.wall >= 1.0:
                # Slow commands: the measured run counts (time adds well under 0.1%).
                cell.samples.append(r.wall)
                cell.cpu_samples.append(r.cpu)
                cell.extra_runs = max(0, min(runs_cap, int(CELL_BUDGET_S // r.wall)) - 1)
            else:
                cell.extra_runs = min(runs_cap, max(3, int(CELL_BUDGET_S // max(r.wall, 1e-4))))
            log(f"{size:>6} {cell.label}: first run {fmt_time(r.wall)}, {fmt_mem(r.max_rss_kb)}; "
                f"{cell.extra_runs} more")
        rounds = max([c.extra_runs for c in cells if c.status == "ok"] or [0])
        for k in range(rounds):
            for cell in cells:
                if cell.status != "ok" or k >= cell.extra_runs:
                    continue
                r = self.run(cell, size, wrap_time=False)
                if r.timed_out:
                    cell.note = f"one run killed at the bound ({self.args.bound:g} s)"
                    cell.extra_runs = k
                    continue
                if r.code not in cell.ok_codes:
                    cell.status, cell.note = "failed", f"failed (exit {r.code}): {r.stderr_tail[:120]}"
                    continue
                cell.samples.append(r.wall)
                cell.cpu_samples.append(r.cpu)
        for cell in cells:
            if cell.status == "ok":
                log(f"{size:>6} {cell.label}: median {fmt_time(cell.median())} of {len(cell.samples)}")
        self.results[size] = {c.key: c for c in cells}
        # The outputs at large sizes run to hundreds of MB; keep only the small ones to look at.
        for cell in cells:
            out = self.path("out", f"{size}-{cell.key}.out")
            if os.path.exists(out) and os.path.getsize(out) > 20_000_000:
                os.remove(out)

    # ------------------------------------------------------------ inputs

    def prepare(self):
        start = time.perf_counter()
        os.makedirs(self.path("out"), exist_ok=True)
        os.makedirs(self.path("inputs"), exist_ok=True)
        for size in self.args.sizes:
            us, prc = self.input(size, "us.txt"), self.input(size, "prc.txt")
            check([self.exe("generate_pairs"), str(size), str(SEED), us, prc])
            for side in ("us", "prc"):
                with open(self.input(size, f"{side}.lines"), "wb") as f:
                    f.write(check([self.exe("tokenize_only"), "--sentences", self.input(size, f"{side}.txt")]))
        if self.args.batch:
            corpus = self.path("corpus")
            shutil.rmtree(corpus, ignore_errors=True)
            check([self.exe("generate_pairs"), "--corpus", str(CORPUS_PAIRS), str(CORPUS_SENTENCES), str(SEED), corpus])
        if self.args.pair:
            shutil.rmtree(self.path("stream"), ignore_errors=True)
            check([self.exe("generate_stream"), str(STREAM_READOUTS), str(SEED), self.path("stream")])
        self.prep_seconds = time.perf_counter() - start
        log(f"inputs generated in {self.prep_seconds:.1f} s under {self.scratch}")

    def input(self, size, name):
        return self.path("inputs", f"{size}-{name}")

    def input_description(self):
        parts = []
        for size in self.args.sizes:
            b = sum(os.path.getsize(self.input(size, f"{s}.txt")) for s in ("us", "prc"))
            parts.append(f"{size:,} sentences: {fmt_bytes(b)}")
        return "; ".join(parts)

    # ------------------------------------------------------------ commands

    def cells_for(self, size):
        us, prc = self.input(size, "us.txt"), self.input(size, "prc.txt")
        us_l, prc_l = self.input(size, "us.lines"), self.input(size, "prc.lines")
        rd = self.exe("readoutdiff")
        python = shutil.which("python3")
        here = os.path.dirname(os.path.abspath(__file__))

        def tool(name):
            path = shutil.which(name)
            return path, (None if path else f"{name} not installed")

        cells = []
        cat, miss = tool("cat")
        cells.append(Cell("cat", "cat us.txt prc.txt (floor)", [cat or "cat", us, prc], missing=miss))
        if size == SIZES[0]:
            cells.append(Cell("startup", "readoutdiff version (process start-up, floor)", [rd, "version"]))
            for key, label in LINKS:
                if self.link(key):
                    cells.append(Cell(f"startup-{key}", f"readoutdiff version, {label}", [self.link(key), "version"]))
                    cells.append(Cell(f"html-{key}", f"readoutdiff compare --format html, {label}",
                                      [self.link(key), "compare", us, prc, "--format", "html"]))
        cells.append(Cell("tokenize", "tokenize only: read + segment (floor)", [self.exe("tokenize_only"), us, prc]))
        for fmt in ("term", "json", "html"):
            cells.append(Cell(f"rd-{fmt}", f"readoutdiff compare --format {fmt}", [rd, "compare", us, prc, "--format", fmt]))
        diff, miss = tool("diff")
        cells.append(Cell("diff", "diff (sentence per line)", [diff or "diff", us_l, prc_l], (0, 1), miss))
        cells.append(Cell("diff-y", "diff -y (sentence per line)", [diff or "diff", "-y", us_l, prc_l], (0, 1), miss))
        wdiff, miss = tool("wdiff")
        cells.append(Cell("wdiff", "wdiff us.txt prc.txt", [wdiff or "wdiff", us, prc], (0, 1), miss))
        git, miss = tool("git")
        cells.append(Cell("git", "git diff --no-index --word-diff (sentence per line)",
                          [git or "git", "diff", "--no-index", "--word-diff", us_l, prc_l], (0, 1), miss))
        miss = None if python else "python3 not installed"
        cells.append(Cell("htmldiff", "difflib.HtmlDiff().make_file (sentence per line)",
                          [python or "python3", os.path.join(here, "peers", "difflib_html.py"), us_l, prc_l], missing=miss))
        cells.append(Cell("seqmatch", "difflib.SequenceMatcher best match per sentence",
                          [python or "python3", os.path.join(here, "peers", "difflib_match.py"), us_l, prc_l], missing=miss))
        return cells

    # ------------------------------------------------------------ binary size

    def binary_sizes(self):
        """The stripped size of the binary as `make install` installs it, beside the
        debug info split off from it, and the same for the other links."""
        strip = shutil.which("strip")
        if not strip:
            log("strip is not installed: no binary sizes (apt-get install binutils)")
            return
        links = [("shipped", "readoutdiff as installed (stripped)", self.exe("readoutdiff"))]
        links += [(key, label + ", stripped", self.link(key)) for key, label in LINKS if self.link(key)]
        for key, label, exe in links:
            stripped = self.path("out", f"readoutdiff-{key}.stripped")
            check([strip, "-o", stripped, exe])
            note = ""
            if key == "shipped" and os.path.exists(exe + ".debug"):
                note = f"debug info beside it in the build folder: {fmt_bytes(os.path.getsize(exe + '.debug'))}"
            if key == "dynamic-icu":
                libs = re.findall(r"=> (\S*libicu\S*)", check(["ldd", exe]).decode())
                shared = sum(os.path.getsize(os.path.realpath(lib)) for lib in libs)
                note = f"plus {fmt_bytes(shared)} of ICU shared libraries ({', '.join(os.path.basename(l) for l in libs)})"
            self.binary_rows.append((key, label, os.path.getsize(stripped), note))

    # ------------------------------------------------------------ batch

    def batch(self):
        rd = self.exe("readoutdiff")
        corpus = self.path("corpus")
        probe = subprocess.run([rd, "batch", "--help"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        available = probe.returncode == 0 and b"batch" in probe.stdout
        cells = []
        if available:
            for jobs in (1, 2):
                out_dir = self.path(f"batch-out-{jobs}")
                cells.append((Cell(f"batch-j{jobs}", f"readoutdiff batch --jobs {jobs}",
                                   [rd, "batch", corpus, "-o", out_dir, "--jobs", str(jobs)], (0, 1)), out_dir))
        else:
            log("batch: not available in this build")
        # Reference: one `readoutdiff compare` process per pair, as a script would do it without batch.
        xargs = shutil.which("xargs")
        if xargs:
            list_file = self.path("corpus-args.txt")
            with open(list_file, "w") as f:
                for pair in sorted(os.listdir(corpus)):
                    f.write(f"{corpus}/{pair}/us.txt {corpus}/{pair}/prc.txt -o {self.path('xargs-out')}/{pair}.html\n")
            for jobs in (1, 2):
                cells.append((Cell(f"xargs-j{jobs}", f"{CORPUS_PAIRS:,} × readoutdiff compare --format html, xargs -P {jobs} (reference)",
                                   [xargs, "-P", str(jobs), "-L", "1", rd, "compare", "--format", "html"],
                                   stdin_path=list_file), self.path("xargs-out")))
        for k in range(BATCH_RUNS):
            for cell, out_dir in cells:
                if cell.status != "ok" or (cell.key.startswith("xargs") and k > 0):
                    continue
                shutil.rmtree(out_dir, ignore_errors=True)  # batch reuses an earlier run's reports otherwise
                if cell.key.startswith("xargs"):
                    os.makedirs(out_dir)
                r = self.sample(cell, "batch", first=(k == 0))
                log(f" batch {cell.label}: {fmt_time(r.wall)} {cell.note}")
        self.batch_rows = [c for c, _ in cells]
        self.batch_available = available
        for _, out_dir in cells:
            shutil.rmtree(out_dir, ignore_errors=True)

    # ------------------------------------------------------------ series

    def series(self):
        """`readoutdiff series` over generated dated readouts: every format at 1,000
        readouts, JSON at the other sizes for the growth."""
        rd = self.exe("readoutdiff")
        cells = []
        for n in SERIES_SIZES:
            folder = self.path(f"series-{n}")
            shutil.rmtree(folder, ignore_errors=True)
            check([self.exe("generate_pairs"), "--series", str(n), str(SERIES_SENTENCES), str(SEED), folder])
            for fmt in (("term", "json", "html") if n == 1000 else ("json",)):
                out = self.path("out", f"series-{n}.{fmt}")
                cells.append((Cell(f"series-{n}-{fmt}", f"readoutdiff series --format {fmt}",
                                   [rd, "series", folder, "--format", fmt, "-o", out]), n))
        for k in range(BATCH_RUNS):
            for cell, n in cells:
                if cell.status != "ok":
                    continue
                r = self.sample(cell, "series", first=(k == 0))
                log(f" series {n:,} {cell.label}: {fmt_time(r.wall)} {cell.note}")
        self.series_rows = cells

    # ------------------------------------------------------------ pairing a stream

    def pairing(self):
        rd = self.exe("readoutdiff")
        stream = self.path("stream", "readouts")
        cells = []
        for jobs in (1, 2):
            out = self.path(f"pairs-j{jobs}.tsv")
            cells.append((Cell(f"pair-j{jobs}", f"readoutdiff pair --jobs {jobs}", [rd, "pair", stream, "-o", out, "--jobs", str(jobs)]), out))
        for k in range(BATCH_RUNS):
            for cell, out in cells:
                if cell.status != "ok":
                    continue
                if os.path.exists(out):
                    os.remove(out)  # an earlier pairs.tsv would be kept, not recomputed
                r = self.sample(cell, "pair", first=(k == 0))
                log(f" pair {cell.label}: {fmt_time(r.wall)} {cell.note}")
        self.pair_rows = [c for c, _ in cells]

    # ------------------------------------------------------------ pathological inputs

    def pathological_inputs(self):
        """Issue 7's hostile shapes, written deterministically: (name, label, us text, prc text)."""
        sentence = "The two sides held candid and constructive talks on Taiwan, trade and fentanyl. "
        words = ("candid constructive talks agreed to resume military channels on Taiwan fentanyl "
                 "precursors export controls stressed that the United States will not tolerate ").split()
        one_sentence = [" ".join(words[(k * step) % len(words)] for k in range(1_000_000 // 7)) + ".\n" for step in (1, 3)]
        copies = "".join(sentence + ("\n\n" if k % 10 == 9 else "") for k in range(100_000))
        paragraphs = "".join(f"Point {k}.\n\n" for k in range(50_000))
        return [("copies", "100,000 copies of one sentence (both sides)", copies, copies),
                ("sentence", "one sentence of 1 MB per side", one_sentence[0], one_sentence[1]),
                ("paragraphs", "50,000 tiny paragraphs per side", paragraphs, paragraphs)]

    def pathological(self):
        rd = self.exe("readoutdiff")
        for name, label, us, prc in self.pathological_inputs():
            paths = []
            for side, content in (("us", us), ("prc", prc)):
                path = self.path("inputs", f"pathological-{name}-{side}.txt")
                with open(path, "w", encoding="utf-8") as f:
                    f.write(content)
                paths.append(path)
            size_bytes = sum(os.path.getsize(p) for p in paths)
            # compare refuses two files with the same content (a likely mistake) unless forced.
            force = ["--force"] if us == prc else []
            for fmt in ("json", "html"):
                cell = Cell(f"pathological-{name}-{fmt}", f"{label}, --format {fmt}",
                            [rd, "compare", paths[0], paths[1], "--format", fmt, *force,
                             "-o", self.path("out", f"pathological-{name}.{fmt}")])
                r = self.run(cell, "pathological", wrap_time=True)
                cell.max_rss_kb = None if r.timed_out else r.max_rss_kb
                if r.timed_out:
                    cell.status, cell.note = "timeout", f"> {self.args.bound:g} s (killed at the bound)"
                elif r.code != 0:
                    cell.status, cell.note = "failed", f"failed (exit {r.code}): {r.stderr_tail[:120]}"
                else:
                    cell.samples.append(r.wall)
                    cell.cpu_samples.append(r.cpu)
                log(f" pathological {cell.label}: {fmt_time(r.wall)}, {fmt_mem(cell.max_rss_kb)} {cell.note}")
                self.pathological_rows.append((cell, size_bytes))
            for p in paths + [self.path("out", f"pathological-{name}.{f}") for f in ("json", "html")]:
                if os.path.exists(p):
                    os.remove(p)

    # ------------------------------------------------------------ profiles

    def profile(self):
        rd = self.exe("readoutdiff")
        if shutil.which("callgrind_annotate") and shutil.which("valgrind"):
            for size in (30, 1000):
                if size in self.args.sizes:
                    self.callgrind(size, rd)
        else:
            self.profiles.append(("callgrind", "valgrind not installed: no instruction counts."))
        perf = shutil.which("perf")
        if perf and subprocess.run([perf, "--version"], capture_output=True).returncode == 0:
            for size, loops in ((30, 200), (1000, 20), (100000, 1)):
                if size in self.args.sizes:
                    self.perf(perf, size, loops, rd)
        else:
            self.profiles.append(("perf", "perf not installed or not working: no sampled profiles."))
        if 30 in self.args.sizes:
            self.phase_timing()

    def callgrind(self, size, rd):
        out = self.path(f"callgrind.{size}.out")
        us, prc = self.input(size, "us.txt"), self.input(size, "prc.txt")
        log(f"callgrind at {size} sentences")
        subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", rd, "compare", us, prc,
                        "--format", "html", "-o", self.path("out", "callgrind.html")],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        self_text = subprocess.run(["callgrind_annotate", "--auto=no", "--threshold=100", out],
                                   capture_output=True, text=True, check=True).stdout
        incl_text = subprocess.run(["callgrind_annotate", "--auto=no", "--inclusive=yes", "--threshold=100", out],
                                   capture_output=True, text=True, check=True).stdout
        total = 0
        m = re.search(r"^\s*([\d,]+)\s+(?:\(100\.0%\)\s+)?PROGRAM TOTALS", self_text, re.M)
        if m:
            total = int(m.group(1).replace(",", ""))
        self_rows = parse_callgrind(self_text)
        top = self_rows[:15]
        stages = stage_breakdown(parse_callgrind(incl_text), self_rows)
        self.callgrind_rows.append((size, total, top[:5]))
        lines = [f"Instructions executed (callgrind, `compare --format html`, {size:,} sentences per side): "
                 f"**{total:,} Ir** (exact and stable across runs; both threads counted).", "",
                 "Where they go, by pipeline stage (inclusive; a stage's callees are in its figure):", "",
                 "| stage (function) | Ir | share |", "|---|---:|---:|"]
        for label, ir in stages:
            lines.append(f"| {label} | {ir:,} | {100 * ir / total:.1f}% |")
        lines += ["", "Top functions by their own instructions (exclusive):", "",
                  "| function | where | Ir | share |", "|---|---|---:|---:|"]
        for (ir, pct, _fn, where), fn in zip(top, unique([row[2] for row in top])):
            lines.append(f"| `{cell_text(fn)}` | {where} | {ir:,} | {pct:.2f}% |")
        self.profiles.append((f"callgrind, {size:,} sentences", "\n".join(lines)))

    def perf(self, perf, size, loops, rd):
        us, prc = self.input(size, "us.txt"), self.input(size, "prc.txt")
        data = self.path(f"perf.{size}.data")
        out_html = self.path("out", "perf.html")
        log(f"perf record at {size} sentences ({loops} run{'s' if loops > 1 else ''})")
        if loops > 1:
            # Many short runs in one recording, so start-up is sampled often enough.
            script = f'i=0; while [ $i -lt {loops} ]; do "$0" compare "$1" "$2" --format html -o "$3"; i=$((i+1)); done'
            cmd = [perf, "record", "-q", "-F", "4000", "-o", data, "--", "/bin/sh", "-c", script, rd, us, prc, out_html]
        else:
            cmd = [perf, "record", "-q", "-F", "200", "--call-graph", "dwarf,16384", "-o", data, "--",
                   rd, "compare", us, prc, "--format", "html", "-o", out_html]
        if subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode != 0:
            self.profiles.append((f"perf, {size:,} sentences", "perf record failed (kernel.perf_event_paranoid?)."))
            return
        base = [perf, "report", "-i", data, "--stdio", "--comm", "readoutdiff", "-g", "none"]
        flat = subprocess.run(base + ["--no-children", "--sort", "dso,sym", "--percent-limit", "0.3"],
                              capture_output=True, text=True).stdout
        # --comm with --sort dso alone drops libraries other processes share (perf 6.1), so sort by comm too.
        dsos = subprocess.run([perf, "report", "-i", data, "--stdio", "-g", "none", "--no-children", "--sort", "comm,dso"],
                              capture_output=True, text=True).stdout
        lines = [f"Sampled profile (perf, `compare --format html`, {size:,} sentences per side, "
                 + (f"{loops} runs in one recording" if loops > 1 else "one run, DWARF call graphs") + "): "
                 "cycles in the readoutdiff process (both threads, kernel included).", "",
                 "By library: " + ", ".join(f"{name} {pct:.1f}%" for pct, name in parse_perf_dso(dsos)[:8]), "",
                 "| function | library | self |", "|---|---|---:|"]
        flat_rows = parse_perf_flat(flat)[:20]
        for (pct, dso, _sym), sym in zip(flat_rows, unique([row[2] for row in flat_rows])):
            lines.append(f"| `{cell_text(sym)}` | {dso} | {pct:.2f}% |")
        if loops == 1:
            children = subprocess.run(base + ["--children", "--sort", "sym", "--percent-limit", "1"],
                                      capture_output=True, text=True).stdout
            stages = perf_stages(children)
            if stages:
                lines += ["", "By pipeline stage (inclusive share of samples, from the call graphs):", "",
                          "| stage (function) | share |", "|---|---:|"]
                lines += [f"| {label} | {pct:.1f}% |" for label, pct in stages]
        self.profiles.append((f"perf, {size:,} sentences", "\n".join(lines)))
        os.remove(data)

    def phase_timing(self):
        # In-process times of the first two stages and of loading the lexicons, at 30 sentences.
        us, prc = self.input(30, "us.txt"), self.input(30, "prc.txt")
        values = {}
        for _ in range(11):
            r = subprocess.run([self.exe("tokenize_only"), "--timing", us, prc], capture_output=True, text=True)
            for key, value in re.findall(r"(\w+_ms)=([\d.]+)", r.stderr):
                values.setdefault(key, []).append(float(value))
        if values:
            text = ", ".join(f"{k[:-3]} {statistics.median(v):.2f} ms" for k, v in values.items())
            self.profiles.append(("start-up, 30 sentences",
                                  "In-process times inside `tokenize_only` (median of 11): " + text +
                                  ". `lexicons` is `lexicon::builtin_lexicons()` (all lexicon files parsed, "
                                  "tokenized and stemmed, although segment only needs the abbreviations)."))

    def hyperfine_crosscheck(self):
        hf = shutil.which("hyperfine")
        if not hf or 30 not in self.args.sizes:
            return
        us, prc = self.input(30, "us.txt"), self.input(30, "prc.txt")
        js = self.path("hyperfine-30.json")
        cmds = [f"cat {us} {prc}", f"{self.exe('readoutdiff')} compare {us} {prc} --format html"]
        r = subprocess.run([hf, "-N", "--warmup", "3", "--runs", "30", "--export-json", js] + cmds,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if r.returncode != 0:
            return
        import json
        with open(js) as f:
            data = json.load(f)["results"]
        parts = [f"{'cat' if 'cat' in d['command'].split()[0] else 'readoutdiff html'} {fmt_time(d['median'])}" for d in data]
        self.crosscheck = ("Cross-check with hyperfine -N (30 runs, output to /dev/null) at 30 sentences: "
                           + ", ".join(parts) + ".")


# ---------------------------------------------------------------- parsing

def check(argv):
    r = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if r.returncode != 0:
        sys.exit(f"bench: {' '.join(argv)} failed: {r.stderr.decode(errors='replace').strip()}")
    return r.stdout


def simplify(name):
    """A C++ symbol short enough for a table: std::string spelled so, argument
    lists dropped, template arguments cut to the first."""
    name = re.sub(r"\s*\[/[^\]]*\]$", "", name.strip())
    name = name.replace("std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> >", "std::string")
    name = name.replace("[abi:cxx11]", "").replace("std::__cxx11::", "std::").replace("(anonymous namespace)", "{anon}")
    out, depth_angle, depth_paren, i = [], 0, 0, 0
    arg_index = []  # per angle depth: which argument we are in
    while i < len(name):
        c = name[i]
        if c == "(" and not name.startswith("operator", max(0, i - 8)):
            depth_paren += 1
            if depth_paren == 1 and depth_angle == 0:
                out.append("()")
        elif c == ")" and depth_paren:
            depth_paren -= 1
        elif depth_paren:
            pass
        elif c == "<":
            depth_angle += 1
            arg_index.append(0)
            if depth_angle == 1:
                out.append("<")
        elif c == ">" and depth_angle:
            depth_angle -= 1
            n = arg_index.pop()
            if depth_angle == 0:
                out.append(", …>" if n > 0 else ">")
        elif c == "," and depth_angle:
            arg_index[-1] += 1
        elif depth_angle == 0 or (depth_angle == 1 and arg_index[-1] == 0):
            out.append(c)
        elif depth_angle >= 2 and arg_index[0] == 0 and not out[-1].endswith("<…>"):
            out.append("<…>")
        i += 1
    short = "".join(out).replace("{anon}", "(anon)")
    short = re.sub(r"\s+", " ", short).replace("<…><…>", "<…>")
    return short if len(short) <= 100 else short[:99] + "…"


def parse_callgrind(text):
    rows = []
    for line in text.splitlines():
        m = re.match(r"^\s*([\d,]+)\s+\(\s*([\d.]+)%\)\s+(.*)$", line)
        if not m or "PROGRAM TOTALS" in line:
            continue
        rest = m.group(3)
        obj = re.search(r"\[([^\]]*)\]\s*$", rest)
        fm = re.match(r"^(.*?):(?!:)(.*)$", rest)
        if not fm:
            continue
        file, fn = fm.group(1), fm.group(2)
        where = os.path.basename(file) if file != "???" else ""
        if obj and "readoutdiff" not in os.path.basename(obj.group(1)):
            lib = os.path.basename(obj.group(1)).split(".so")[0]
            where = lib + (f", {where}" if where else "")
        rows.append((int(m.group(1).replace(",", "")), float(m.group(2)), simplify(fn), where))
    return rows


STAGES = [
    ("process start-up: dynamic linking (`_dl_start`)", r"^_dl_start$"),
    ("static constructors (`_dl_init`)", r"^_dl_init$"),
    ("`main`, whole main thread", r"^main$"),
    ("lexicons: `lexicon::builtin_lexicons`", r"^readoutdiff::lexicon::builtin_lexicons\b"),
    ("↳ lexicon terms cut into words and stemmed: `segment::phrase_tokens`", r"^readoutdiff::segment::phrase_tokens\b"),
    ("↳ ICU loads its CJK dictionary break engine (`ICULanguageBreakFactory::loadEngineFor`)",
     r"^icu_\d+::ICULanguageBreakFactory::loadEngineFor\b"),
    ("↳ ICU creates break iterators (`BreakIterator::createInstance`)", r"^icu_\d+::BreakIterator::createInstance\b"),
    ("analyzer set-up: `Analyzer::Analyzer`", r"^readoutdiff::analyze::Analyzer::Analyzer\b"),
    ("read: `text::read_text`", r"^readoutdiff::text::read_text\b"),
    ("↳ NFC normalization `text::to_nfc`", r"^readoutdiff::text::to_nfc\b"),
    ("segment: `segment::segment`", r"^readoutdiff::segment::segment\b"),
    ("↳ sentence splitting `split_sentences`", r"^readoutdiff::segment::split_sentences\b"),
    ("↳ tokens and stems `segment::tokenize`", r"^readoutdiff::segment::tokenize\b"),
    ("analyze: `Analyzer::analyze`", r"^readoutdiff::analyze::Analyzer::analyze\b"),
    ("align: `align::align`", r"^readoutdiff::align::align\b"),
    ("↳ features `build_features`", r"^readoutdiff::align::build_features\b"),
    ("↳ candidates `find_candidates`", r"^readoutdiff::align::find_candidates\b"),
    ("↳ scoring `score_candidates`", r"^readoutdiff::align::score_candidates\b"),
    ("↳ matching `max_weight_matching`", r"^readoutdiff::align::max_weight_matching\b"),
    ("↳ merges `add_merges`", r"^readoutdiff::align::add_merges\b"),
    ("compare: `compare::compare`", r"^readoutdiff::compare::compare\b"),
    ("↳ word diffs (dtl) `word_diff`", r"^readoutdiff::compare::word_diff\b"),
    ("render: `render::write_html`", r"^readoutdiff::render::write_html\b"),
    ("write the file: `write_output`", r"readoutdiff::cli::.*write_output\b"),
]


def stage_breakdown(inclusive_rows, self_rows):
    """The inclusive count of each stage's entry function (names as simplified),
    then the exclusive instructions of all ICU and all libc functions together."""
    result = []
    for label, pattern in STAGES:
        best = 0
        for ir, _pct, fn, _where in inclusive_rows:
            if re.search(pattern, fn):
                best = max(best, ir)
        if best:
            result.append((label, best))
    for label, lib in (("all ICU functions (libicu*, exclusive)", "libicu"),
                       ("all libc functions: malloc, free, memcpy... (exclusive)", "libc"),
                       ("all dynamic-loader functions (ld-linux, exclusive)", "ld-linux")):
        ir = sum(row[0] for row in self_rows if row[3].startswith(lib))
        if ir:
            result.append((label, ir))
    return result


def unique(names):
    """Tells apart rows whose names simplify to the same text."""
    seen, out = {}, []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name} #{seen[name]}")
    return out


def cell_text(text):
    return text.replace("|", "\\|")


def parse_perf_flat(text):
    rows = []
    for line in text.splitlines():
        m = re.match(r"^\s*([\d.]+)%\s+(\S+)\s+\[(.)\]\s+(.*)$", line)
        if m:
            rows.append((float(m.group(1)), m.group(2).split(".so")[0], simplify(m.group(4))))
    return rows


def parse_perf_dso(text):
    rows = []
    for line in text.splitlines():
        m = re.match(r"^\s*([\d.]+)%\s+readoutdiff\s+(\S+)\s*$", line)
        if m:
            rows.append((float(m.group(1)), m.group(2).split(".so")[0]))
    return rows


PERF_STAGES = [
    ("lexicons: `lexicon::builtin_lexicons`", r"readoutdiff::lexicon::builtin_lexicons"),
    ("read: `text::read_text`", r"readoutdiff::text::read_text"),
    ("↳ NFC normalization `text::to_nfc`", r"readoutdiff::text::to_nfc\b"),
    ("segment: `segment::segment`", r"readoutdiff::segment::segment\b"),
    ("↳ sentence splitting `split_sentences`", r"readoutdiff::segment::split_sentences\b"),
    ("↳ tokens and stems `segment::tokenize`", r"readoutdiff::segment::tokenize\b"),
    ("analyze: `Analyzer::analyze`", r"readoutdiff::analyze::Analyzer::analyze"),
    ("align: `align::align`", r"readoutdiff::align::align\b"),
    ("↳ features `build_features`", r"readoutdiff::align::build_features\b"),
    ("↳ candidates `find_candidates`", r"readoutdiff::align::find_candidates\b"),
    ("↳ scoring `score_candidates`", r"readoutdiff::align::score_candidates\b"),
    ("↳ matching `max_weight_matching`", r"readoutdiff::align::max_weight_matching\b"),
    ("↳ merges `add_merges`", r"readoutdiff::align::add_merges\b"),
    ("compare: `compare::compare`", r"readoutdiff::compare::compare\b"),
    ("↳ word diffs (dtl) `word_diff`", r"readoutdiff::compare::word_diff\b"),
    ("render: `render::write_html`", r"readoutdiff::render::write_html"),
    ("write the file: `write_output`", r"write_output"),
    ("kernel: page faults (`exc_page_fault`)", r"exc_page_fault"),
    ("memory allocation: `operator new`", r"^operator new$"),
    ("memory release: `free` / `cfree`", r"^(__GI___libc_free|cfree@GLIBC_2.2.5|free)( \(inlined\))?$"),
]


def perf_stages(text):
    found = []
    rows = []
    for line in text.splitlines():
        m = re.match(r"^\s*([\d.]+)%\s+([\d.]+)%\s+\[(.)\]\s+(.*)$", line)
        if m:
            rows.append((float(m.group(1)), m.group(4)))
    for label, pattern in PERF_STAGES:
        shares = [pct for pct, sym in rows if re.search(pattern, sym)]
        if shares:
            found.append((label, max(shares)))
    return found


# ---------------------------------------------------------------- formatting

def fmt_time(s):
    if s is None:
        return "—"
    if s < 1:
        ms = s * 1000
        return f"{ms:.2f} ms" if ms < 10 else f"{ms:.1f} ms" if ms < 100 else f"{ms:.0f} ms"
    return f"{s:.2f} s" if s < 10 else f"{s:.1f} s"


def fmt_mem(kb):
    if kb is None:
        return "—"
    return f"{kb / 1024:.1f} MB" if kb < 100 * 1024 else f"{kb / 1024:.0f} MB"


def fmt_bytes(b):
    return f"{b / 1e6:.1f} MB" if b >= 1e6 else f"{b / 1e3:.1f} kB"


def fmt_ratio(x):
    return f"{x:.1f}×" if x < 100 else f"{x:,.0f}×"


def yes(ok):
    return "**yes**" if ok else "**no**"


# ---------------------------------------------------------------- report

class Table:
    HEAD = ("| size (sentences per side) | figure | runs | wall time (median) | CPU time (median) | peak memory "
            "| ratio | target | met? |")

    def __init__(self):
        self.rows = [self.HEAD, "|---|---|---:|---:|---:|---:|---|---|---|"]
        self.met = []

    def add(self, size, figure, runs="", wall="", mem="", ratio="", target="", met=None, cpu=""):
        mark = "" if met is None else yes(met)
        if met is not None:
            self.met.append((size, figure, target, met))
        self.rows.append(f"| {size} | {figure} | {runs} | {wall} | {cpu} | {mem} | {ratio} | {target} | {mark} |")

    def text(self):
        return "\n".join(self.rows)


def build_table(b):
    t = Table()
    bound = b.args.bound
    for key, label, size, note in b.binary_rows:
        target, met = "", None
        if key == "shipped":
            target, met = f"≤ {fmt_bytes(INSTALLED_BINARY_BOUND)}", size <= INSTALLED_BINARY_BOUND
        t.add("binary", label, "", "", fmt_bytes(size), note, target, met)
    for size in b.args.sizes:
        cells = b.results[size]
        s = f"{size:,}"
        html = cells["rd-html"]
        html_t = html.median()

        def value(cell):
            if cell.status == "ok":
                return fmt_time(cell.median())
            if cell.status in ("timeout", "skipped"):
                return f"> {bound:g} s"
            return cell.note or cell.status

        def runs(cell):
            if cell.status == "timeout":
                return "1 (killed)"
            return str(len(cell.samples)) if cell.samples else ("0" if cell.status != "missing" else "")

        for cell in cells.values():
            label = cell.label
            if cell.key.split("-", 1)[0] in ("startup", "html") and cell.key not in ("startup", "html"):
                add_link_row(t, s, cell, cells)
                continue
            if cell.status == "missing":
                t.add(s, label, "", cell.note)
                continue
            if cell.status == "failed":
                t.add(s, label, runs(cell), cell.note)
                continue
            m = cell.median()
            ratio, target, met = "", "", None
            if cell.key.startswith("rd-"):
                tok = cells.get("tokenize")
                ratio = f"{fmt_ratio(m / tok.median())} tokenize only" if m and tok and tok.median() else ""
                if size == 30:
                    target, met = "≤ 5 ms end to end", m is not None and m <= 0.005
                elif size == 1000 and cell.key == "rd-html":
                    target, met = "< 80 ms", m is not None and m < 0.080
                elif size == 10000:
                    target, met = "< 1 s", m is not None and m < 1.0
                elif size == 100000:
                    target, met = "< 10 s", m is not None and m < 10.0
                t.add(s, f"**{label}**", runs(cell), f"**{value(cell)}**", fmt_mem(cell.max_rss_kb), ratio, target, met,
                      fmt_time(cell.cpu_median()))
                add_readoutdiff_ratios(t, b, size, cell)
                continue
            if cell.key in ("cat", "tokenize", "startup"):
                if m and html_t:
                    ratio = f"readoutdiff html takes {fmt_ratio(html_t / m)} this"
                if cell.key == "cat" and size == 30:
                    label += f" (issue: {fmt_time(ISSUE_FLOOR['cat'])})"
                t.add(s, label, runs(cell), value(cell), fmt_mem(cell.max_rss_kb), ratio, cpu=fmt_time(cell.cpu_median()))
                continue
            # a peer
            if cell.key == "diff-y" and size == 30:
                label += f" (issue: {fmt_time(ISSUE_FLOOR['diff -y'])})"
            if html_t:
                if m is not None:
                    r = m / html_t
                    ratio = (f"readoutdiff html {fmt_ratio(r)} faster" if r >= 1
                             else f"readoutdiff html {fmt_ratio(1 / r)} slower")
                elif cell.status in ("timeout", "skipped"):
                    ratio = f"readoutdiff html > {fmt_ratio(bound / html_t)} faster"
            target = ""
            if cell.key == "htmldiff" and size == 1000:
                target = "readoutdiff html ≥ 100× faster"
                met = (m / html_t >= 100) if (m and html_t) else (cell.status in ("timeout", "skipped") and bound / html_t >= 100)
            elif cell.key == "htmldiff" and html_t:
                target = "readoutdiff html faster"
                met = (m > html_t) if m else cell.status in ("timeout", "skipped")
            extra = f" — {cell.note}" if cell.status in ("timeout", "skipped") else ""
            t.add(s, label + extra, runs(cell), value(cell), fmt_mem(cell.max_rss_kb), ratio, target, met if target else None,
                  fmt_time(cell.cpu_median()))
        # Quoted figures for hunalign and the issue's own difflib.HtmlDiff times.
        if size in HTMLDIFF_QUOTED and html_t:
            q = HTMLDIFF_QUOTED[size]
            need = 100 if size == 1000 else 1
            t.add(s, f"difflib.HtmlDiff ({QUOTED})", "", fmt_time(q), "", f"readoutdiff html {fmt_ratio(q / html_t)} faster",
                  f"readoutdiff html ≥ {need}× faster" if need > 1 else "readoutdiff html faster", q / html_t >= need)
        if size in HUNALIGN and html_t:
            q, qmem = HUNALIGN[size]
            if q is None:
                t.add(s, f"hunalign ({QUOTED})", "", f"> {bound:g} s (did not finish)", "",
                      f"readoutdiff html > {fmt_ratio(120 / html_t)} faster", "readoutdiff html < 120 s", html_t < 120)
            else:
                need = 4 if size == 1000 else 1
                t.add(s, f"hunalign ({QUOTED})", "", fmt_time(q), fmt_mem(qmem), f"readoutdiff html {fmt_ratio(q / html_t)} faster",
                      f"readoutdiff html ≥ {need}× faster" if need > 1 else "readoutdiff html faster", q / html_t >= need)
                if qmem and html.max_rss_kb:
                    t.add(s, f"↳ peak memory vs hunalign's {fmt_mem(qmem)} ({QUOTED})", "", "", fmt_mem(html.max_rss_kb),
                          f"readoutdiff html uses {html.max_rss_kb / qmem:.2f}× hunalign's", "readoutdiff html smaller",
                          html.max_rss_kb < qmem)
    # Batch throughput
    if b.args.batch:
        label = f"{CORPUS_PAIRS:,} pairs × {CORPUS_SENTENCES}"
        if not b.batch_available:
            t.add(label, "batch: not available in this build", "", "", "", "", "≥ 500 pairs/s at --jobs 2", False)
        jobs1 = None
        for cell in b.batch_rows:
            m = cell.median()
            if cell.status != "ok" or m is None:
                t.add(label, cell.label, "", cell.note or cell.status)
                continue
            rate = CORPUS_PAIRS / m
            ratio = f"**{rate:,.0f} pairs/s**"
            target, met = "", None
            if cell.key == "batch-j1":
                jobs1 = m
            if cell.key == "batch-j2":
                if jobs1:
                    ratio += f" ({jobs1 / m:.2f}× --jobs 1)"
                target, met = "≥ 500 pairs/s", rate >= 500
            if cell.key.startswith("xargs"):
                ratio = f"{rate:,.0f} pairs/s"
            t.add(label, cell.label, str(len(cell.samples)), fmt_time(m), fmt_mem(cell.max_rss_kb), ratio, target, met,
                  fmt_time(cell.cpu_median()))
    # Pairing a stream of readouts (issue 17)
    jobs1 = None
    for cell in b.pair_rows:
        label = f"{STREAM_READOUTS:,} readouts"
        m = cell.median()
        if cell.status != "ok" or m is None:
            t.add(label, cell.label, "", cell.note or cell.status, "", "", f"< {PAIR_BOUND_S:g} s", False)
            continue
        ratio = f"**{STREAM_READOUTS / m:,.0f} readouts/s**"
        if cell.key == "pair-j1":
            jobs1 = m
        elif jobs1:
            ratio += f" ({jobs1 / m:.2f}× --jobs 1)"
        t.add(label, cell.label, str(len(cell.samples)), fmt_time(m), fmt_mem(cell.max_rss_kb), ratio,
              f"< {PAIR_BOUND_S:g} s", m < PAIR_BOUND_S, fmt_time(cell.cpu_median()))
    # readoutdiff series (issue 19)
    json_times = {}
    for cell, n in b.series_rows:
        label = f"{n:,} readouts × {SERIES_SENTENCES}"
        m = cell.median()
        if cell.status != "ok" or m is None:
            t.add(label, cell.label, "", cell.note or cell.status, "", "", f"< {SERIES_TARGET_S:g} s" if n == 1000 else "", False)
            continue
        if cell.key.endswith("-json"):
            json_times[n] = m
        target, met = (f"< {SERIES_TARGET_S:g} s", m < SERIES_TARGET_S) if n == 1000 else ("", None)
        t.add(label, f"**{cell.label}**" if n == 1000 else cell.label, str(len(cell.samples)), fmt_time(m), fmt_mem(cell.max_rss_kb),
              f"{n / m:,.0f} readouts/s", target, met, fmt_time(cell.cpu_median()))
    if 1000 in json_times and 4000 in json_times:
        g = json_times[4000] / json_times[1000]
        t.add(f"4,000 readouts × {SERIES_SENTENCES}", "↳ growth of series --format json from 1,000 (4× the readouts)", "", "", "",
              f"{g:.1f}× the time", "≤ 5× (near-linear)", g <= 5)
    # Pathological inputs (issue 7)
    for cell, size_bytes in b.pathological_rows:
        target = f"< {PATHOLOGICAL_BOUND_S:g} s and < {fmt_mem(PATHOLOGICAL_BOUND_KB)}"
        m = cell.median()
        if cell.status != "ok" or m is None:
            t.add("pathological", cell.label, "1", cell.note or cell.status, "", "", target, False)
            continue
        met = m < PATHOLOGICAL_BOUND_S and cell.max_rss_kb is not None and cell.max_rss_kb < PATHOLOGICAL_BOUND_KB
        t.add("pathological", cell.label, "1", fmt_time(m), fmt_mem(cell.max_rss_kb), f"input {fmt_bytes(size_bytes)}",
              target, met, fmt_time(cell.cpu_median()))
    # Instruction counts
    for size, total, top in b.callgrind_rows:
        t.add(f"{size:,}", "callgrind instructions, readoutdiff compare --format html", "1", "", "",
              f"{total / 1e6:,.1f} M instructions")
        for (ir, pct, _fn, where), fn in zip(top, unique([row[2] for row in top])):
            t.add(f"{size:,}", f"↳ top function: `{cell_text(fn)}` {('(' + where + ')') if where else ''}", "", "", "",
                  f"{pct:.1f}% of instructions")
    return t


def add_link_row(t, s, cell, cells):
    """A start-up figure of another link (LINKS), against the shipped binary's same command."""
    # Compared by CPU time: at a few ms a run, other load on the machine moves wall times
    # by more than the links differ, and CPU time much less.
    shipped = cells["startup" if cell.key.startswith("startup-") else "rd-html"]
    cpu, ours = cell.cpu_median(), shipped.cpu_median()
    if cell.status != "ok" or cpu is None or ours is None:
        t.add(s, cell.label, "", cell.note or cell.status)
        return
    ratio = f"shipped binary: {ours / cpu:.2f}× this CPU time"
    if cell.key.endswith("full-icu-data"):
        # Runs of a few ms drift by a few per cent from round to round, in either direction.
        target, met = "shipped no slower (≤ 1.03×)", ours <= 1.03 * cpu
    else:
        target, met = "chosen if within 1.10× the full-data link", None
        full = cells.get(cell.key.replace("dynamic-icu", "full-icu-data"))
        if full and full.cpu_median():
            ratio += f"; this is {cpu / full.cpu_median():.2f}× the full-data link's"
    t.add(s, cell.label, str(len(cell.samples)), fmt_time(cell.median()), fmt_mem(cell.max_rss_kb), ratio, target, met,
          fmt_time(cpu))


def add_readoutdiff_ratios(t, b, size, cell):
    s = f"{size:,}"
    m = cell.median()
    if m is None:
        return
    cells = b.results[size]
    cat = cells.get("cat")
    if size == 30 and cat and cat.median():
        r = m / cat.median()
        t.add(s, "↳ vs cat of both files", "", "", "", f"{fmt_ratio(r)} cat", "≤ 4× cat", r <= 4)
    smaller = [x for x in b.results if x < size and x * 10 == size]
    if smaller:
        prev = b.results[smaller[0]].get(cell.key)
        if prev and prev.median():
            g = m / prev.median()
            t.add(s, f"↳ growth from {smaller[0]:,} (10× input)", "", "", "", f"{g:.1f}× the time", "≤ 12×", g <= 12)
    if size == 100000:
        kb = cell.max_rss_kb
        t.add(s, "↳ peak memory", "", "", fmt_mem(kb), "", "< 1 GB (1 GiB)", kb is not None and kb < GIB_KB)


def machine(b):
    def first_line(argv):
        try:
            r = subprocess.run(argv, capture_output=True, text=True, timeout=10)
            return (r.stdout or r.stderr).strip().splitlines()[0]
        except (OSError, IndexError, subprocess.TimeoutExpired):
            return "not available"

    cpu = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            m = re.search(r"^model name\s*:\s*(.*)$", f.read(), re.M)
            cpu = m.group(1) if m else cpu
    except OSError:
        pass
    mem = "unknown"
    try:
        with open("/proc/meminfo") as f:
            m = re.search(r"^MemTotal:\s*(\d+) kB", f.read(), re.M)
            mem = f"{int(m.group(1)) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    osname = platform.platform()
    try:
        with open("/etc/os-release") as f:
            m = re.search(r'^PRETTY_NAME="?([^"\n]*)', f.read(), re.M)
            osname = f"{m.group(1)}, Linux {platform.release()}" if m else osname
    except OSError:
        pass
    cxx = b.args.cxx.split()
    tools = [("readoutdiff", [b.exe("readoutdiff"), "version"]), ("compiler", cxx + ["--version"]),
             ("diff", ["diff", "--version"]), ("wdiff", ["wdiff", "--version"]), ("git", ["git", "--version"]),
             ("python3", ["python3", "--version"]), ("valgrind", ["valgrind", "--version"]),
             ("perf", ["perf", "--version"]), ("hyperfine", ["hyperfine", "--version"])]
    lines = [f"- date: {datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}",
             f"- machine: {len(os.sched_getaffinity(0))} cores (nproc), {cpu}, {mem} memory",
             f"- OS: {osname}",
             f"- build: `{b.build}` with CXXFLAGS `{b.args.cxxflags}`"]
    lines.append("- tools: " + "; ".join(f"{name}: {first_line(argv) if shutil.which(argv[0]) or os.path.isabs(argv[0]) else 'not installed'}"
                                         for name, argv in tools))
    return lines


def write_report(b, table, started, load_start):
    load_end = os.getloadavg()
    elapsed = time.time() - started
    header = ["# readoutdiff benchmarks", "",
              "Generated by `make bench` (bench/bench.mk → bench/run_bench.py); do not edit above the Analysis section, "
              "the next run rewrites it.", ""]
    header += machine(b)
    header += [f"- load average: {load_start[0]:.2f} at the start, {load_end[0]:.2f} at the end "
               "(other jobs on the machine inflate wall times; ratios between commands run side by side drift less)",
               f"- inputs: `generate_pairs N {SEED}` (about 40% shared points, paraphrased and reordered); "
               + b.input_description()
               + (f"; batch corpus `generate_pairs --corpus {CORPUS_PAIRS} {CORPUS_SENTENCES} {SEED}`" if b.args.batch else "")
               + (f"; series `generate_pairs --series N {SERIES_SENTENCES} {SEED}` for N in "
                  + ", ".join(f"{n:,}" for n in SERIES_SIZES) if b.args.series else ""),
               f"- whole run: {elapsed / 60:.1f} min (input generation {b.prep_seconds:.0f} s)", ""]
    notes = ["How to read it:", "",
             "- Wall time is the whole process, median of the runs counted in *runs*; commands of one size ran in "
             "interleaved rounds. Output goes to a file, as a user redirects it. Peak memory is max RSS from "
             "`/usr/bin/time -f %M` (one extra run, which doubles as warm-up)"
             + ("" if b.time_tool else " — /usr/bin/time is missing here, so it is wait4's ru_maxrss, the same figure") + ".",
             "- readoutdiff's pipeline analyzes the right readout on a second thread, so it uses up to two cores; "
             "every peer and both floors use one.",
             "- In the stage tables, a ↳ row counts every call of its function, whoever the caller (the lexicons are "
             "tokenized with the same `segment::tokenize` as the readouts), so shares of ↳ rows need not add up.",
             "- CPU time is user + system time of the process (wait4), a figure that other load on the machine "
             "inflates less than wall time; above wall time it shows the second thread at work.",
             "- Line-based peers (diff, diff -y, git, difflib) get the same sentences one per line, as cut by "
             "readoutdiff's own splitter (`tokenize_only --sentences`); wdiff and cat get the files as they are.",
             f"- Peers are killed at {b.args.bound:g} s and reported as a lower limit; a peer is not run at the next "
             "size when it was killed before or when linear growth alone would take it past twice the bound.",
             "- *ratio*: for a peer, its time over readoutdiff html's at the same size (how many times faster "
             "readoutdiff is); for a floor, readoutdiff html's time over the floor's.",
             f"- Rows marked *{QUOTED}* carry issue 8's figures (hunalign is not packaged here; the issue's "
             "difflib.HtmlDiff times are shown next to the ones measured here).", ""]
    if b.crosscheck:
        notes += [f"- {b.crosscheck}", ""]
    summary = [f"Targets met: {sum(1 for *_, ok in table.met if ok)} of {len(table.met)}.", ""]
    body = "\n".join(header + ["## Results", "", table.text(), ""] + summary + notes)
    prof = ["## Where the time goes", ""]
    for title, text in b.profiles:
        prof += [f"### {title}", "", text, ""]
    report = body + "\n" + "\n".join(prof)
    analysis = ""
    if os.path.exists(b.args.results):
        with open(b.args.results, encoding="utf-8") as f:
            old = f.read()
        k = old.find("\n## Analysis")
        if k >= 0:
            analysis = old[k:]
    print(report + analysis)
    with open(b.args.results, "w", encoding="utf-8") as f:
        f.write(report + analysis.rstrip("\n") + ("\n" if analysis else ""))
    log(f"report written to {b.args.results}; whole run {elapsed / 60:.1f} min")


def main():
    p = argparse.ArgumentParser(description="readoutdiff benchmark suite (issue 8)")
    p.add_argument("--build", default="build")
    p.add_argument("--results", default="bench/RESULTS.md")
    p.add_argument("--sizes", default=",".join(map(str, SIZES)))
    p.add_argument("--bound", type=float, default=120.0, help="seconds after which a peer is killed")
    p.add_argument("--no-batch", dest="batch", action="store_false")
    p.add_argument("--no-profile", dest="profile", action="store_false")
    p.add_argument("--no-pathological", dest="pathological", action="store_false")
    p.add_argument("--no-series", dest="series", action="store_false")
    p.add_argument("--no-pair", dest="pair", action="store_false")
    p.add_argument("--cxx", default=os.environ.get("CXX", "g++"))
    p.add_argument("--cxxflags", default=os.environ.get("CXXFLAGS", "-O2 -g"))
    args = p.parse_args()
    args.sizes = sorted(int(x) for x in args.sizes.split(","))
    started, load_start = time.time(), os.getloadavg()
    for needed in ("readoutdiff", "generate_pairs", "generate_stream", "tokenize_only"):
        if not os.access(os.path.join(args.build, needed), os.X_OK):
            sys.exit(f"bench: {args.build}/{needed} is missing; run `make -f bench/bench.mk BUILD={args.build} bench`")
    packages = {"wdiff": "wdiff", "git": "git", "diff": "diffutils", "valgrind": "valgrind", "perf": "linux-perf",
                "hyperfine": "hyperfine", "python3": "python3"}
    for name, package in packages.items():
        if not shutil.which(name):
            log(f"{name} is not installed: its rows are skipped (apt-get install {package})")
    if not os.access("/usr/bin/time", os.X_OK):
        log("/usr/bin/time is not installed: peak memory from wait4's ru_maxrss instead (apt-get install time)")
    b = Bench(args)
    b.prepare()
    b.binary_sizes()
    for size in args.sizes:
        log(f"size {size:,}")
        b.measure(size, b.cells_for(size))
    if args.batch:
        b.batch()
    if args.pair:
        b.pairing()
    if args.series:
        b.series()
    if args.pathological:
        b.pathological()
    b.hyperfine_crosscheck()
    if args.profile:
        b.profile()
    write_report(b, build_table(b), started, load_start)


if __name__ == "__main__":
    main()
