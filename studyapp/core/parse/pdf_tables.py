"""A PDF's tables (core.parse.pdf_layout): lines whose text stands in cells.

A table row is a line whose text stands in two or more groups with a gap wider than
a space between them (each cell a run of text of its own); rows that follow one
another closely, each with as many cells, every cell starting before the next
column's cells start in every row, are a table, its first row the header. A row
whose cell wraps over two lines has fewer cells on its second line: the table ends
there and the rest reads as text, nothing lost.
"""

from __future__ import annotations

import re

from studyapp.core.parse.pdf import Line, Span

# Bullets set as characters (Symbol's and Wingdings' too, in their private-use places).
GLYPHS = "[•◦▪▫●○■□‣⁃∙\uf0a7\uf0b7\uf076\uf0d8\uf0fc\uf0a8\uf06e]"
# A list item's marker alone, a tab away from its text, as Word sets one: not a cell.
_MARKER_RE = re.compile(rf"^(?:{GLYPHS}|[-–—*·o]|\d{{1,3}}[.)]|[a-z][.)])$")
_GAP = 0.8  # of the text's size: wider than a space, as between cells
_MOST_ROWS = 200


def cells(line: Line) -> list[list[Span]]:
    """The line's spans in groups set apart by a gap wider than a space."""
    groups: list[list[Span]] = [[line.spans[0]]]
    for span in line.spans[1:]:
        before = groups[-1][-1]
        if span.x - before.end > _GAP * span.size:
            groups.append([span])
        else:
            groups[-1].append(span)
    return groups


def tables(lines: list[Line], spacing: float) -> dict[int, int]:
    """The lines that are tables' rows: the index of each table's first line → the
    number of its rows."""
    found: dict[int, int] = {}
    start = 0
    while start < len(lines):
        count = _run(lines, start, spacing)
        if count >= 2:
            found[start] = count
            start += count
        else:
            start += 1
    return found


def _run(lines: list[Line], start: int, spacing: float) -> int:
    first = lines[start]
    if first.mono:
        return 0
    columns = [cells(first)]
    if len(columns[0]) < 2 or _MARKER_RE.match(_text(columns[0][0])):
        return 0
    for line in lines[start + 1 : start + _MOST_ROWS]:
        above = lines[start + len(columns) - 1]
        row = cells(line) if not line.mono else []
        if (
            len(row) != len(columns[0])
            or _MARKER_RE.match(_text(row[0]))
            or line.place != above.place
            or not 0 < above.y - line.y <= 2.5 * spacing * line.size / max(1.0, above.size)
            or not _aligned([*columns, row])
        ):
            break
        columns.append(row)
    return len(columns)


def _text(group: list[Span]) -> str:
    return "".join(span.text for span in group).strip()


def _aligned(rows: list[list[list[Span]]]) -> bool:
    """Every cell starts before any row's next cell starts."""
    width = len(rows[0])
    for column in range(width - 1):
        latest = max(row[column][0].x for row in rows)
        earliest_next = min(row[column + 1][0].x for row in rows)
        if latest >= earliest_next:
            return False
    return True


def markdown(rows: list[Line], inline) -> list[str]:
    """The rows as a Markdown table, each cell's text as `inline` writes spans."""
    out = []
    for number, line in enumerate(rows):
        # (the header's cells plain: a header row is bold as it is)
        texts = [inline(group, bold=number > 0).replace("|", "\\|") for group in cells(line)]
        out.append("| " + " | ".join(texts) + " |")
        if number == 0:
            out.append("|" + " --- |" * len(texts))
    return out
