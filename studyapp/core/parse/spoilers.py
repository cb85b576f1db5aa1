"""Quiz lines whose answer is hidden behind a spoiler, as a study group's chat writes
them (Discord's ``||…||``, Reddit's ``>!…!<``), copied into notes::

    What is the time complexity of heapify? ||O(n)||
    Capital of Australia >!Canberra!<

What stands before the spoiler is the question; what the spoiler hides, its answer
(several spoilers on a line: the answer's parts, in order). A card each, as a
flashcard's ``front::back``.
"""

from __future__ import annotations

import re

from studyapp.core.parse.titles import whole_title
from studyapp.core.parse.tree import Document
from studyapp.core.parse.units import Unit

# The line's text, then one spoiler or more to its end.
_SPOILED_RE = re.compile(
    r"^(?P<front>[^|>]*?\S)[ \t]*(?P<hidden>(?:(?:\|\|[^|\n]+\|\||>![^!\n]+!<)[ \t]*)+)$"
)
_SPOILER_RE = re.compile(r"\|\|([^|\n]+)\|\||>!([^!\n]+)!<")
_LIST_MARK_RE = re.compile(r"^\s*(?:[-*+]|\d{1,4}[.)])\s+")


def spoilers(doc: Document) -> list[Unit]:
    """A card per line that ends with spoilers, where two lines or more do."""
    text = doc.text()
    if "||" not in text and ">!" not in text:
        return []
    units = []
    for block in doc.blocks:
        if block.kind not in ("paragraph", "item") or block.quoted:
            continue
        for number in range(block.start, block.end + 1):
            line = _LIST_MARK_RE.sub("", doc.line(number), count=1)
            match = _SPOILED_RE.match(line.strip())
            if match is None:
                continue
            hidden = [a or b for a, b in _SPOILER_RE.findall(match["hidden"])]
            front = match["front"]
            title = whole_title(front, plain=doc.plain)
            if not title:
                continue
            units.append(
                Unit(
                    number,
                    number,
                    front,
                    title,
                    number + 1,
                    end=number,
                    answer_prefix="; ".join(h.strip() for h in hidden),
                    container=True,
                    explicit=True,
                )
            )
    units = sorted({u.line: u for u in units}.values(), key=lambda u: u.line)
    return units if len(units) >= 2 else []
