"""Tables drawn with ``+``, ``-`` and ``|`` (a grid table, as pandoc, Emacs' table.el,
reStructuredText and many a terminal tool draw them)::

    +--------------------------+-------------+
    | Question                 | Answer      |
    +==========================+=============+
    | How do you follow a log? | tail -f     |
    +--------------------------+-------------+

read as the Markdown table they show, line for line: the header row's first line a
header, the border under it the delimiter row, each row's first line the row (its
cells' lines joined, as a cell wraps its text), and the other lines of the table rows
with empty cells, which no reader takes for a question (nor keeps in an answer). The
border above the table is a blank line; the one below it such an empty row, so the
table, and the answer it is in, end on its last line. A body with no border between
its rows (as MySQL and psql print a result) has a row a line, a line with an empty
cell going on with the row above. A table drawn in a code block is the code's, and stays as drawn.
"""

from __future__ import annotations

import re
from itertools import pairwise

_BORDER_RE = re.compile(r"^ {0,3}\+(?:[-=:]+\+){2,}[ \t]*$")
_ROW_RE = re.compile(r"^ {0,3}\|.*\|[ \t]*$")
_FENCE_RE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


def _columns(border: str) -> list[tuple[int, int]]:
    """The spans between a border's "+" marks."""
    marks = [i for i, c in enumerate(border) if c == "+"]
    return [(a + 1, b) for a, b in pairwise(marks)]


def _cells(lines: list[str], columns: list[tuple[int, int]]) -> list[str]:
    """A row's cells, each cell's lines joined."""
    return [
        " ".join(part for line in lines if (part := line[a:b].strip(" \t|"))) for a, b in columns
    ]


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"


def _groups(lines: list[str], start: int, stop: int) -> list[list[int]]:
    """The rows of the table at lines[start:stop]: its lines between borders."""
    groups: list[list[int]] = []
    group: list[int] = []
    for index in range(start + 1, stop):
        if _BORDER_RE.match(lines[index]):
            if group:
                groups.append(group)
            group = []
        else:
            group.append(index)
    return groups


def _split_body(
    lines: list[str], group: list[int], columns: list[tuple[int, int]]
) -> list[list[int]]:
    """A body printed without borders between its rows: a row a line, where a line with
    an empty cell goes on with the row above."""
    rows: list[list[int]] = []
    for index in group:
        full = all(_cells([lines[index]], columns))
        if rows and not full:
            rows[-1].append(index)
        else:
            rows.append([index])
    return rows


def _table(lines: list[str], start: int, stop: int) -> list[str]:
    """The Markdown of the grid table at lines[start:stop] (a border first and last)."""
    columns = _columns(lines[start])
    groups = _groups(lines, start, stop)
    if len(groups) == 2:  # a header over a body without borders between its rows
        groups = [groups[0], *_split_body(lines, groups[1], columns)]
    empty = _row([""] * len(columns))
    out = [empty] * (stop - start)
    out[0] = ""  # the top border; the bottom one an empty row, so the table ends on it
    for row in groups:
        out[row[0] - start] = _row(_cells([lines[i] for i in row], columns))
    after = groups[0][-1] + 1 if groups else start
    if after < stop - 1:  # the border under the header
        out[after - start] = "| " + " | ".join(["---"] * len(columns)) + " |"
    return out


def grid_tables(text: str) -> str:
    """`text` with its grid tables as Markdown tables; `text` itself where it has none."""
    if "+-" not in text and "+=" not in text:
        return text
    lines = text.split("\n")
    out = list(lines)
    found = False
    fence = ""  # the fence of the code block open, if any
    index = 0
    while index < len(lines):
        line = lines[index]
        if mark := _FENCE_RE.match(line):
            if not fence:
                fence = mark[1]
            elif mark[1][0] == fence[0] and len(mark[1]) >= len(fence):
                fence = ""
        if fence or not _BORDER_RE.match(line):
            index += 1
            continue
        stop = index + 1
        while stop < len(lines) and (_ROW_RE.match(lines[stop]) or _BORDER_RE.match(lines[stop])):
            stop += 1
        while stop > index + 1 and not _BORDER_RE.match(lines[stop - 1]):
            stop -= 1  # rows after the last border: not the grid's
        if stop - index >= 3:  # a table: rows between borders, a border at its end
            out[index:stop] = _table(lines, index, stop)
            found = True
        index = max(stop, index + 1)
    return "\n".join(out) if found else text
