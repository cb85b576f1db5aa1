"""Flashcards printed in two columns, each line a question and, after a wide gap, its
answer (a sheet laid out for printing, a PDF's table copied as text)::

    What does 200 mean?                 OK: the request succeeded.
    What does 301 mean?                 Moved permanently: use the new URL.

A line that asks, then three spaces or more (or a tab), then a statement: a card, its
front the question, its back what follows the gap (two spaces are a typist's after
every sentence). Where two lines or more are so written.
"""

from __future__ import annotations

import re

from studyapp.core.parse.titles import whole_title
from studyapp.core.parse.tree import Document
from studyapp.core.parse.units import Unit

_GAPPED_RE = re.compile(r"^(?P<front>\S[^?？\t]*?[?？])(?: {3,}|\t+)(?P<back>[^\s?？].*?)\s*$")
_LEAST = 2


def gapped_cards(doc: Document) -> list[Unit]:
    """A card per line written so (see the module), where two lines or more are."""
    text = doc.text()
    if "?   " not in text and "?\t" not in text and "？" not in text:
        return []
    units = []
    for block in doc.blocks:
        if block.kind != "paragraph" or block.quoted:
            continue
        for number in range(block.start, block.end + 1):
            match = _GAPPED_RE.match(doc.line(number).strip())
            if match is None:
                continue
            title = whole_title(match["front"], plain=doc.plain)
            if not title:
                continue
            units.append(
                Unit(
                    number,
                    number,
                    match["front"],
                    title,
                    number + 1,
                    end=number,
                    answer_prefix=match["back"],
                    container=True,
                    explicit=True,
                )
            )
    return units if len(units) >= _LEAST else []
