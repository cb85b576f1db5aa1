"""A PDF's tables (core.parse.pdf_layout): lines whose text stands in cells.

A table row is a line whose text stands in two or more groups with a gap wider than
a space between them (each cell a run of text of its own); rows that follow one
another closely, each with as many cells, every cell starting before the next
column's cells start in every row, are a table, its first row the header.

A row whose cells wrap goes on over the lines just below it, a line's spacing
apart, each of their runs of text inside one column's band:
- a line with no text in the first column goes on the row above (its other cells
  wrapped further);
- a line a line's spacing below the one above goes on its row where some column
  has nothing on it (a cell wrapped further than the others), or where the table's
  rows stand further apart than a cell's lines (padded, ruled), whatever it holds;
- else a line opens a row. (A row with an empty cell in a table set tight reads as
  the row above's lines: nothing tells the two apart.)
"""

from __future__ import annotations

import re
from itertools import pairwise

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
    header = cells(first)
    if len(header) < 2 or _MARKER_RE.match(_text(header[0])):
        return 0
    full = [header]  # the lines with a cell in every column
    count = 1
    for line in lines[start + 1 : start + _MOST_ROWS]:
        above = lines[start + count - 1]
        if line.mono or line.place != above.place:
            break
        row = cells(line)
        step = above.y - line.y
        if _MARKER_RE.match(_text(row[0])):
            break
        if len(row) == len(header):
            if not 0 < step <= 2.5 * spacing * line.size / max(1.0, above.size):
                break
            if not _aligned([*full, row]):
                break
            full.append(row)
        elif not (0 < step <= _WRAP * spacing and _columns(row, full) is not None):
            break
        count += 1
    return count if len(full) >= 2 or count >= 3 else 0


_WRAP = 1.15  # of the body's line spacing: a cell's next line, not the next row


def _columns(row: list[list[Span]], full: list[list[list[Span]]]) -> list[int] | None:
    """The column each of the row's cells stands in (inside its band: from where the
    column's cells start to where the next column's start), None where one does not."""
    width = len(full[0])
    starts = [min(r[column][0].x for r in full) for column in range(width)]
    out: list[int] = []
    for group in row:
        size = group[0].size
        x, end = group[0].x, group[-1].end
        inside = [
            column
            for column in range(width)
            if starts[column] - size <= x
            and (column + 1 == width or end <= starts[column + 1] + 0.5 * size)
        ]
        if not inside or (out and inside[-1] <= out[-1]):
            return None
        out.append(inside[-1])
    return out


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


def markdown(rows: list[Line], inline, spacing: float = 0.0) -> list[str]:
    """The table's lines as a Markdown table, a row's wrapped lines in its cells, each
    cell's text as `inline` writes spans."""
    header = cells(rows[0])
    width = len(header)
    full = [cells(line) for line in rows if len(cells(line)) == width]
    steps = [a.y - b.y for a, b in pairwise(rows)]
    apart = any(step > _WRAP * spacing for step in steps) if spacing else False
    table: list[list[list[Span]]] = [[list(group) for group in header]]
    for line, step in zip(rows[1:], steps, strict=False):
        row = cells(line)
        placed = list(range(width)) if len(row) == width else _columns(row, full) or []
        close = step <= _WRAP * spacing if spacing else False
        if 0 not in placed or (close and (apart or len(row) < width)):
            for column, group in zip(placed, row, strict=False):  # the row above goes on
                wrap = Span("\n", 0, 0, 0, 0, group[0].bold, False)
                table[-1][column].extend([wrap, *group] if table[-1][column] else group)
        else:
            new: list[list[Span]] = [[] for _ in range(width)]
            for column, group in zip(placed, row, strict=False):
                new[column] = list(group)
            table.append(new)
    out = []
    for number, groups in enumerate(table):
        # (the header's cells plain: a header row is bold as it is)
        texts = [
            inline(group, bold=number > 0).replace("|", "\\|") if group else "" for group in groups
        ]
        out.append("| " + " | ".join(texts) + " |")
        if number == 0:
            out.append("|" + " --- |" * len(texts))
    return out
