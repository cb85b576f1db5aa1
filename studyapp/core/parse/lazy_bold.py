"""A bold question typed right under a list, with no blank line between::

    **What is the event loop?**
    - Single thread running callbacks.
    - libuv handles the I/O.
    **What is process.nextTick?**
    - Runs before the next phase.

Markdown reads the second question as a lazy continuation of the item above it (a
paragraph's line goes on in the item whatever its indent), so it was an answer's text.
A line at the margin inside an item's paragraph, wholly bold and asking, is a question
of its own where the notes set their other questions in bold at the margin too.
"""

from __future__ import annotations

from studyapp.core.parse.titles import ends_asking, whole_title
from studyapp.core.parse.tree import Document
from studyapp.core.parse.units import PREFIX_RE, WHOLE_BOLD_RE, Unit


def lazy_bold_lines(doc: Document, units: list[Unit]) -> list[Unit]:
    """`units` (the bold questions at the margin) with those read into a list's items."""
    if not units or not any(ends_asking(u.title) for u in units):
        return units
    found: list[Unit] = []
    for block in doc.blocks:
        if block.kind != "paragraph" or block.depth == 0 or block.quoted:
            continue
        if block.start == block.end:
            continue
        for number in range(block.start + 1, block.end + 1):
            line = doc.line(number)
            if line[:1] not in ("*", "_") or PREFIX_RE.match(line):
                continue  # indented: the item's own text
            whole = WHOLE_BOLD_RE.match(line)
            if whole and ends_asking(whole["q"]):
                title = whole_title(line, plain=doc.plain)
                found.append(Unit(number, number, line, title, number + 1))
    if not found:
        return units
    return sorted([*units, *found], key=lambda u: u.line)
