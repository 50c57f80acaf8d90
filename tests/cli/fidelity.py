#!/usr/bin/env python3
"""Quotation fidelity: every row of every report format, rebuilt into each
side's text, must be exactly the sentences that side's readout holds.

Usage: fidelity.py BIN PAIR_DIR...   (each PAIR_DIR holds us.txt and prc.txt)
Prints one line per misquoted row (format, pair, side, expected, got) and a
last line "rows N misquoted M"; exits 1 when any row is misquoted.
"""
import html
import html.parser
import json
import os
import re
import subprocess
import sys

TERM_MARKS = re.compile(r"\[-|-\]|\{\+|\+\}")
# "[3]" before a sentence, "[2,6]" before a word-diffed passage.
ID_MARK = re.compile(r"(^| )\[\d+(,\d+)*\] ")


def run(binary, pair, fmt, *extra):
    args = [binary, "compare", os.path.join(pair, "us.txt"), os.path.join(pair, "prc.txt"), "--format", fmt, *extra]
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def report_cells(report, link_text):
    """Each side's cells, section by section as the reports show them: a
    same-point link's passage (its text from link_text), then the rest of the
    side's passage on the subject; then each side's passages no section holds.
    A cell is a list of sentence texts."""
    text = {side: {s["id"]: s["text"] for s in report[side]["sentences"]} for side in ("left", "right")}
    rows = {"left": [], "right": []}
    for section in report["sections"]:
        shown = {"left": set(), "right": set()}
        for k in section["links"]:
            link = report["alignment"][k]
            for side in ("left", "right"):
                rows[side].append([link_text(link, side)])
                shown[side].update(link[side])
        for side in ("left", "right"):
            rest = [text[side][i] for i in section[side] if i not in shown[side]]
            if rest:
                rows[side].append(rest)
    for side in ("left", "right"):
        for passage in report["only"][side]:
            rows[side].append([text[side][i] for i in passage["sentences"]])
    return rows


def expected_rows(report):
    text = {side: {s["id"]: s["text"] for s in report[side]["sentences"]} for side in ("left", "right")}
    cells = report_cells(report, lambda link, side: " ".join(text[side][i] for i in link[side]))
    return {side: [" ".join(cell) for cell in cells[side]] for side in cells}


def from_json(report):
    cells = report_cells(report, lambda link, side: " ".join(seg["text"] for seg in link["diff"] if seg["op"] in ("common", side)))
    return {side: [" ".join(cell) for cell in cells[side]] for side in cells}


def from_term(output):
    lines = output.split("\n")
    start = next(k for k, line in enumerate(lines) if line.startswith("── Passages"))
    body = lines[start + 1:]
    numbered = [re.match(r"=x?(\s+)", line) for line in body]
    gutter = min((len(m.group(0)) for m in numbered if m), default=5)
    rows = {"left": [], "right": []}
    block = []

    def flush():
        if not block:
            return
        cells = {"left": [], "right": []}
        for part in block:
            left, _, right = part.partition(" │")
            cells["left"].append(left[gutter:].strip())
            cells["right"].append(right.strip())
        for side in ("left", "right"):
            text = " ".join(c for c in cells[side] if c)
            if text != "—":
                text = TERM_MARKS.sub("", ID_MARK.sub(" ", text).strip())
                rows[side].append(text)

    for line in body:
        # Rows are separated by blank lines; a subject's heading and the legend
        # have no column separator.
        if " │" not in line:
            flush()
            block = []
            continue
        block.append(line)
    flush()
    return rows


def from_md(output):
    lines = output.split("\n")
    start = next(k for k, line in enumerate(lines) if line.startswith("## Passages"))
    rows = {"left": [], "right": []}
    for line in lines[start:]:
        if not line.startswith("| ") or line.startswith("| # ") or line.startswith("|---"):
            continue
        cells = re.split(r"(?<!\\)\|", line)[1:-1]
        if not cells[0].strip():
            continue  # a subject's heading row
        for side, cell in zip(("left", "right"), cells[1:3]):
            if cell.strip() == "—":
                continue
            text = cell.strip().replace("**", "")
            text = re.sub(r"\\(.)", r"\1", text)
            rows[side].append(html.unescape(text))
    return rows


class PassageCells(html.parser.HTMLParser):
    """Text of the sentence spans of each passages-table cell, without badges and ids."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.rows = {"left": [], "right": []}
        self.side = None
        self.skip = 0
        self.cell = None
        self.spans = []
        self.depth = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "td" and "data-side" in a:
            self.side = "left" if self.side is None else "right"
            self.cell, self.spans = [], []
        elif self.cell is not None:
            cls = a.get("class", "")
            if self.skip or cls in ("sid", "only", "tip") or tag == "button":
                self.skip += 1
            elif tag == "span" and cls == "s":
                self.spans.append("")

    def handle_endtag(self, tag):
        if tag == "td" and self.cell is not None:
            if self.spans:
                self.rows[self.side].append(" ".join(s.strip() for s in self.spans if s.strip()))
            self.cell = None
            if self.side == "right":
                self.side = None
        elif self.skip and tag in ("span", "button"):
            self.skip -= 1

    def handle_data(self, data):
        if self.cell is not None and not self.skip and self.spans:
            self.spans[-1] += data


def from_html(output):
    passages = output[output.index('<table class="passages">'):]
    passages = passages[:passages.index("</table>")]
    parser = PassageCells()
    parser.feed(passages)
    return parser.rows


def main():
    binary, pairs = sys.argv[1], sys.argv[2:]
    total = misquoted = 0
    for pair in pairs:
        report = json.loads(run(binary, pair, "json"))
        want = expected_rows(report)
        got_by_format = {
            "json": from_json(report),
            "term": from_term(run(binary, pair, "term", "--width", "1000", "--color", "never")),
            "md": from_md(run(binary, pair, "md")),
            "html": from_html(run(binary, pair, "html")),
        }
        for fmt, got in got_by_format.items():
            for side in ("left", "right"):
                expect = sorted(want[side])
                have = sorted(got[side])
                total += len(expect)
                if len(expect) != len(have):
                    misquoted += len(expect)
                    print(f"{fmt} {os.path.basename(pair)} {side}: {len(have)} rows, expected {len(expect)}")
                    continue
                wrong = [(e, h) for e, h in zip(expect, have) if e != h]
                missing = [e for e in expect if e not in have]
                misquoted += len(missing)
                for e in missing[:2]:
                    close = min(have, key=lambda h: sum(1 for x, y in zip(h, e) if x != y) + abs(len(h) - len(e)))
                    print(f"{fmt} {os.path.basename(pair)} {side}: expected {e[:160]!r}\n    got {close[:160]!r}")
                del wrong
    print(f"rows {total} misquoted {misquoted}")
    return 1 if misquoted else 0


if __name__ == "__main__":
    sys.exit(main())
