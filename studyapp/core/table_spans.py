"""Code spans that a table formatter split at their pipes, joined again. No Qt.

A pipe inside a code span in a Markdown table cell (`mean(|y - ŷ|)`, `a || b`,
`cat log | grep x`) is a cell border to a formatter that knows no code spans: it
cuts the span into cells, escapes the backticks it leaves unmatched, and pads every
other row, the header included, with empty cells to the new width. The seed notes'
regression metrics table read "`MAE = mean(" | "y_true - y_pred" | ")`" over two
columns with no heading.

`join_split_spans` looks at tables whose header ends in such padding (empty cells),
for rows where a cell opens a code span (an odd number of backticks, escaped or not)
that a later cell of the same row closes. It joins those cells with the pipes they
held, as one code span again, and takes out the columns that are then empty in
every row and in the header. It changes a table only when that leaves every row
within the header's named columns; a table it cannot make whole so is left as it
was written.
"""

from __future__ import annotations

import re

_ROW = re.compile(r"^ {0,3}\|.*\|[ \t]*$")
_DELIMITER = re.compile(r"^ {0,3}\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?[ \t]*)?$")
_BORDER = re.compile(r"(?<!\\)\|")
# What the formatter escaped in the pieces it took for plain text; inside a code span
# again, a backslash shows as itself.
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|~<>])")


def join_split_spans(markdown: str) -> str:
    """`markdown` with each table's split code spans joined (see the module)."""
    if "`" not in markdown or "|" not in markdown:
        return markdown
    lines = markdown.split("\n")
    start = 0
    changed = False
    while start < len(lines) - 1:
        if not (_ROW.match(lines[start]) and _DELIMITER.match(lines[start + 1])):
            start += 1
            continue
        end = start + 2
        while end < len(lines) and _ROW.match(lines[end]):
            end += 1
        joined = _joined_table(lines[start:end])
        if joined is not None:
            lines[start:end] = joined
            changed = True
        start = end
    return "\n".join(lines) if changed else markdown


def _cells(row: str) -> list[str]:
    inner = row.strip()[1:-1]
    return [cell.strip() for cell in _BORDER.split(inner)]


def _joined_row(cells: list[str]) -> list[str] | None:
    """The row's cells with split code spans joined; None when it has none, or when a
    span opened in it is never closed (a lone backtick: nothing split)."""
    out: list[str] = []
    i, joined = 0, False
    while i < len(cells):
        cell = cells[i]
        if cell.count("`") % 2 == 0:
            out.append(cell)
            i += 1
            continue
        parts = [cell]
        i += 1
        while i < len(cells) and sum(part.count("`") for part in parts) % 2:
            parts.append(cells[i])
            i += 1
        if sum(part.count("`") for part in parts) % 2:
            return None
        # Formatters pad a cell with spaces, so the span's own spacing around its
        # pipes is lost: none is the common case (`|x|`, `a||b`).
        out.append(_ESCAPED.sub(r"\1", "|".join(parts)))
        joined = True
    return out if joined else None


def _joined_table(rows: list[str]) -> list[str] | None:
    header, delimiter, *body = (_cells(row) for row in rows)
    named = max((n + 1 for n, cell in enumerate(header) if cell), default=0)
    if named == len(header):
        # No empty columns padded on: no formatter split a span here. A span written
        # with its pipes in a table of the person's own (`cat log | grep x`) is read
        # whole by the Markdown table reader already, spaces and all.
        return None
    new_body, joined = [], False
    for cells in body:
        fixed = _joined_row(cells)
        joined = joined or fixed is not None
        new_body.append(fixed or cells)
    if not joined or any(any(cells[named:]) for cells in new_body):
        return None
    indent = rows[0][: len(rows[0]) - len(rows[0].lstrip())]

    def line(cells: list[str]) -> str:
        cells = (cells + [""] * named)[:named]
        return indent + "| " + " | ".join(cells) + " |"

    return [line(header), line(delimiter), *(line(cells) for cells in new_body)]
