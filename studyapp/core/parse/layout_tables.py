"""A web page laid out in a table (an old site's, or a page exported so: its whole text
in ``<table><tr><td>``, a menu in one cell and the text in the next) → the page without
that table's tags, its cells' text read in order as the page's.

A table whose span holds headings is the page's layout, not rows of text: kept, its
``<table>``/``<tr>`` lines opened one HTML block that swallowed every heading in it, and
the page gave no questions. Its own tags (the table's, its rows' and cells') go; a table
inside one of its cells that holds no heading (a grid of figures under a question) is a
table of the text and stays as written. Lines stay lines: a line of tags only is left
blank, so each question keeps the line it came from.
"""

from __future__ import annotations

import bisect
import re

_TABLE_PART_RE = re.compile(
    r"<(?P<close>/?)(?P<name>table|tbody|thead|tfoot|tr|td|th|caption|colgroup|col)\b[^>]*>",
    re.I,
)
_HEADING_RE = re.compile(r"<h[1-6]\b", re.I)


def without_layout(text: str) -> str:
    """`text` without the tags of its layout tables (see the module)."""
    if "<table" not in text.lower() or not _HEADING_RE.search(text):
        return text
    headings = [found.start() for found in _HEADING_RE.finditer(text)]
    open_tables: list[tuple[int, list[tuple[int, int]]]] = []  # (where, its own tags)
    dropped: list[tuple[int, int]] = []
    for tag in _TABLE_PART_RE.finditer(text):
        name = tag["name"].lower()
        if name == "table" and not tag["close"]:
            open_tables.append((tag.start(), [tag.span()]))
            continue
        if not open_tables:
            continue  # a stray row or cell tag: as written
        open_tables[-1][1].append(tag.span())
        if name == "table":
            start, spans = open_tables.pop()
            first = bisect.bisect_left(headings, start)
            if first < len(headings) and headings[first] < tag.start():
                dropped += spans  # it holds a heading: the page's layout
    if not dropped:
        return text
    dropped.sort()
    kept, end = [], 0
    for start, stop in dropped:
        kept.append(text[end:start])
        end = stop
    kept.append(text[end:])
    return "".join(kept)
