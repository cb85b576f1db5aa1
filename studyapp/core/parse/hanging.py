"""Plain text that hangs each answer under its question: a line at the margin, then
the answer on the lines right below it, indented (a tab or spaces), no blank line
between one card and the next::

    What does chmod 755 mean?
        Owner rwx, group r-x, others r-x.
    How do you see open ports?
        ss -tulpn

Markdown reads such a run as one paragraph (an indented line goes on with the line
above); a text file means by the indent "this belongs to the line above". Each
line at the margin with indented lines under it is a question, whether it asks or
names ("Hard link vs soft link"), its answer the indented lines: where it opens its
paragraph or follows the indented answer before it (also where that answer ended on an
indented "   - sub-point", which Markdown reads as a list the margin line runs on in),
and does not lead in to them ("Use slicing:" over its code, inside an answer). An
answer goes on over the indented lines below its paragraph (a sub-point's list).
"""

from __future__ import annotations

import re

from studyapp.core.parse.line_search import any_line
from studyapp.core.parse.titles import whole_title
from studyapp.core.parse.tree import Document
from studyapp.core.parse.units import Unit


def hanging(doc: Document) -> list[Unit]:
    """A unit per margin line with its indented answer below it (text files only),
    where a document has two or more of them."""
    if not doc.plain:
        return []
    text = doc.text()
    if ("\n\t" not in text and "\n " not in text) or not any_line(_HUNG_RE, text):
        return []
    units = []
    for block in doc.blocks:
        if block.kind != "paragraph" or block.quoted or block.start == block.end:
            continue
        lines = doc.lines[block.start - 1 : block.end]
        for index, line in enumerate(lines[:-1]):
            if not line.strip() or line[:1].isspace() or not _indented(lines[index + 1]):
                continue
            if block.depth and not index:
                continue  # a list item's own first line: the list's, not hung
            if (index and not _indented(lines[index - 1])) or line.rstrip().endswith(":"):
                continue  # a line of an answer above ("Use slicing:" over its code)
            last = index + 1
            while last + 1 < len(lines) and _indented(lines[last + 1]):
                last += 1
            end = block.start + last
            if end == block.end:  # the answer goes on below, indented ("   - a sub-point")
                while _indented(doc.line(end + 1)):
                    end += 1
            start = block.start + index
            raw = line.strip()
            units.append(
                Unit(
                    start,
                    start,
                    raw,
                    whole_title(raw, plain=True),
                    start + 1,
                    end=end,
                    container=True,
                )
            )
    return units if len(units) >= 2 else []


# A line at the margin with an indented line right below it: the shape, found in C.
_HUNG_RE = re.compile(r"^[^\s][^\n]*\n[ \t]+\S", re.M)


def _indented(line: str) -> bool:
    return line[:1].isspace() and bool(line.strip())
