#!/usr/bin/env python3
"""Extract the suggested-action tables of NIST AI 600-1 from NIST's own PDF into reference/frameworks/.

    python3 tools/frameworks/extract_ai_600_1.py path/to/NIST.AI.600-1.pdf

Needs Python 3, PyYAML and poppler's pdftotext (for word positions: pdftotext -bbox). Writes
reference/frameworks/nist-ai-600-1_suggested-actions_nist-pdf.yaml: per AI RMF subcategory its title as printed,
its AI Actor Tasks, and each suggested action with its statement and its GAI risks column exactly as printed.

Why positions and not plain text: the tables have three columns (Action ID, Suggested Action, GAI Risks) whose
cells are centred vertically, so a text dump interleaves the lines of the statement with the lines of the risk
column. That interleaving is what damaged the earlier transcription ("remain been compromised", statements ending
in "Human-"). Here every word goes to the column its x position falls in, the lines of a column are cut into cells
where the vertical gap is larger than a line, and each cell belongs to the row whose Action ID sits at its centre.

Only typography is normalised: superscript footnote numbers are left out, ligature glyphs (U+FB00..U+FB04, "ﬁ") become their letters, lines are joined with a
space, and a line ending in a hyphen is joined without one (the PDF was made from Word without automatic
hyphenation, so such a hyphen is part of the text: "privacy-" + "enhancing"). Quotes and punctuation stay as printed.
"""
import re
import subprocess
import sys
from html import unescape
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "reference" / "frameworks" / "nist-ai-600-1_suggested-actions_nist-pdf.yaml"

WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}
SUBCATEGORY = re.compile(r"^(GOVERN|MAP|MEASURE|MANAGE) (\d+\.\d+):$")
TASKS = re.compile(r"^AI Actor(?: Tasks|s): *")  # GOVERN 3.2 prints "AI Actors:"
ACTION_ID = re.compile(r"^(GV|MP|MS|MG)-\d\.\d+-\d{3}$")
MISPRINTED_ID = re.compile(r"^(GV|MP|MS|MG)-?(\d\.\d+)--?(\d{3})$")  # the PDF prints GV-4.3-001 as GV4.3--001
LINE_TOLERANCE = 2.5   # words whose tops differ by less than this are on one printed line
CELL_GAP = 18.0        # lines of one cell are 13.2 pt apart; a larger gap starts another cell
FOOTER_Y = 720.0       # page numbers


def letters(text):
    for glyph, plain in LIGATURES.items():
        text = text.replace(glyph, plain)
    return unescape(text)


def pages(pdf):
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True,
                          text=True, encoding="utf-8").stdout
    for number, body in enumerate(html.split("<page ")[1:], start=1):
        words = [(float(x0), float(y0), float(x1), letters(w), float(y1) - float(y0))
                 for x0, y0, x1, y1, w in WORD.findall(body)]
        yield number, lines_of(words)


def lines_of(words):
    """Printed lines, top to bottom, each a list of (x0, y, x1, word) from left to right."""
    lines = []
    for word in sorted(words, key=lambda w: (w[1], w[0])):
        if lines and abs(lines[-1][0][1] - word[1]) < LINE_TOLERANCE:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [without_footnote_marks(sorted(line)) for line in lines if line[0][1] < FOOTER_Y]


def without_footnote_marks(line):
    """Drops superscript footnote numbers ("Winogender Schemas 15)"): digits set much smaller than the line's text,
    after its first word (a footnote itself starts with its number). Punctuation after a mark rejoins its word."""
    heights = sorted(w[4] for w in line)
    kept, dropped = [], False
    for i, word in enumerate(line):
        if i > 0 and word[3].isdigit() and word[4] < 0.8 * heights[len(heights) // 2]:
            dropped = True
            continue
        if dropped and kept and word[3][:1] in "),.;:":
            kept[-1] = (kept[-1][0], kept[-1][1], word[2], kept[-1][3] + word[3])
        else:
            kept.append(word[:4])
        dropped = False
    return kept


def join(lines):
    """Joins printed lines: with a space, or with none after a line that ends in a hyphen."""
    text = ""
    for line in lines:
        if text and not text.endswith("-"):
            text += " "
        text += line
    return text


def cells(column_lines):
    """Cuts one column's lines (y, text) into cells at gaps larger than a line; each cell is (centre y, text)."""
    groups = []
    for y, text in column_lines:
        if groups and y - groups[-1][-1][0] <= CELL_GAP:
            groups[-1].append((y, text))
        else:
            groups.append([(y, text)])
    return [((g[0][0] + g[-1][0]) / 2, join([t for _, t in g])) for g in groups]


class Tables:
    def __init__(self):
        self.subcategories = []
        self.state = None          # None, "title", "table", "tasks"
        self.columns = None        # x where Suggested Action and GAI Risks begin
        self.last_tasks_y = None

    def page(self, number, lines):
        rows = []  # table lines of this page
        if self.state == "tasks":
            self.state = None  # the AI Actor Tasks row of a table never runs onto the next page
        for line in lines:
            if self.state == "table" and line[0][3].isdigit() and 60 < line[0][0] < self.columns[0]:
                break  # a footnote: the rest of the page is footnotes and the page number
            first = " ".join(w[3] for w in line[:2])
            text = " ".join(w[3] for w in line)
            y = line[0][1]
            if SUBCATEGORY.match(first):
                self.flush(number, rows)
                rows = []
                self.subcategories.append({"id": first[:-1], "title": text[len(first):].strip(), "page": number,
                                           "actorTasks": None, "actions": []})
                self.state = "title"
            elif self.state == "title" and line[0][3] == "Action" and len(line) > 1 and line[1][3] == "ID":
                suggested = next(w[0] for w in line if w[3] == "Suggested")
                risks = next(w[0] for w in line if w[3] in ("GAI", "Risks") and w[0] > suggested)
                self.columns = (suggested - 8, risks - 10)
                self.state = "table"
            elif self.state == "title":
                self.subcategories[-1]["title"] = join([self.subcategories[-1]["title"], text])
            elif TASKS.match(text):
                self.flush(number, rows)
                rows = []
                self.subcategories[-1]["actorTasks"] = TASKS.sub("", text)
                self.state, self.last_tasks_y = "tasks", y
            elif self.state == "tasks" and y - self.last_tasks_y <= CELL_GAP and line[0][0] < 90:
                self.subcategories[-1]["actorTasks"] = join([self.subcategories[-1]["actorTasks"], text])
                self.last_tasks_y = y
            elif self.state == "tasks":
                self.state = None
            elif self.state == "table":
                rows.append(line)
        self.flush(number, rows)

    def flush(self, number, rows):
        if not rows:
            return
        statement_x, risks_x = self.columns
        ids, statement_lines, risk_lines = [], [], []
        for line in rows:
            y = line[0][1]
            parts = {"id": [], "statement": [], "risks": []}
            for x0, _, x1, word in line:
                column = "id" if x0 < statement_x else "statement" if x0 < risks_x else "risks"
                parts[column].append(word)
            if parts["id"]:
                ids.append((y, " ".join(parts["id"])))
            if parts["statement"]:
                statement_lines.append((y, " ".join(parts["statement"])))
            if parts["risks"]:
                risk_lines.append((y, " ".join(parts["risks"])))
        printed = {}
        for i, (y, action_id) in enumerate(ids):
            if not ACTION_ID.match(action_id):
                m = MISPRINTED_ID.match(action_id)
                if not m:
                    raise SystemExit(f"page {number}: '{action_id}' in the Action ID column is not an action id")
                ids[i] = (y, f"{m.group(1)}-{m.group(2)}-{m.group(3)}")
                printed[ids[i][1]] = action_id
        actions = {}
        for _, action_id in ids:
            actions[action_id] = {"id": action_id, "page": number, "statement": None, "risks": None}
            if action_id in printed:
                actions[action_id]["printedId"] = printed[action_id]

        # Cells follow the rows in order; most are centred on their Action ID but some are top-aligned, so cells
        # are paired with ids by order, and only when each column has exactly one cell per id.
        in_order = [actions[action_id] for _, action_id in ids]
        for field, column in (("statement", statement_lines), ("risks", risk_lines)):
            found = cells(column)
            if len(found) != len(in_order):
                raise SystemExit(f"page {number}: {len(found)} {field} cells for {len(in_order)} action ids "
                                 f"{[a['id'] for a in in_order]}: {[t for _, t in found]}")
            for action, (_, text) in zip(in_order, found):
                action[field] = text
        for action in actions.values():
            if action["statement"] is None:
                raise SystemExit(f"page {number}: no statement for {action['id']}")
            self.subcategories[-1]["actions"].append(action)


def main(pdf):
    tables = Tables()
    for number, lines in pages(pdf):
        tables.page(number, lines)
    subcategories = [s for s in tables.subcategories if s["actions"]]
    for s in subcategories:
        for a in s["actions"]:
            a["risks"] = [r.strip() for r in a["risks"].split(";")] if a["risks"] else []
    count = sum(len(s["actions"]) for s in subcategories)
    header = ("# DERIVED by tools/frameworks/extract_ai_600_1.py from NIST's own PDF of NIST AI 600-1 (July 2024);\n"
              "# see SOURCES.md for the PDF's origin and SHA-256. Text as printed (ligatures written as letters).\n")
    body = yaml.safe_dump({"source": "NIST.AI.600-1.pdf", "subcategories": subcategories}, sort_keys=False,
                          allow_unicode=True, width=120)
    OUT.write_text(header + body, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(subcategories)} subcategories, {count} actions")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    main(Path(sys.argv[1]))
