"""Flashcards whose sides a rule parts, one rule between each front and its back and one
between each back and the next front, as Mochi's Markdown decks are written::

    What is the MRO?
    ---
    Method resolution order: C3 linearisation.
    ---
    What does `functools.lru_cache` do?
    ---
    Memoises a function's results.

Written without blank lines, CommonMark reads each front over its rule as a heading
(a setext one), and the back after it as the next heading: the answers turned into
questions without answers. So the note is read from its lines: the parts between rules
(the same rule throughout, outside code and front matter) alternate front, back, front
…, where every front is one short paragraph (a question or a term) and every back says
something. The whole note must be so, two cards or more (three where the fronts
name terms): a note whose rules part sections is no deck.
"""

from __future__ import annotations

import re
from itertools import pairwise

from studyapp.core.parse.rule_cards import reads_as_front
from studyapp.core.parse.titles import whole_title
from studyapp.core.parse.tree import Document
from studyapp.core.parse.units import Unit, is_question_like

_RULE_RE = re.compile(r" {0,3}(-{3,}|\*{3,}|_{3,})[ \t]*")
_FEWEST = 2  # cards
_FEWEST_TERMS = 3  # … where most fronts name rather than ask
_FRONT_LINES = 3
_SCAN_LINES = 200_000  # (a note's lines; a bigger one is no deck typed by hand)


def sided_cards(doc: Document) -> list[Unit]:
    """A card per front and back the rules part (see the module); [] where the note is
    not written so."""
    if len(doc.lines) > _SCAN_LINES or not any(r in doc.text() for r in ("---", "***", "___")):
        return []
    hidden = set()  # lines inside code and front matter: their rules part nothing
    for block in doc.blocks:
        if block.kind in ("code", "front_matter", "html"):
            hidden.update(range(block.start, block.end + 1))
    rules = [
        n
        for n, line in enumerate(doc.lines, 1)
        if n not in hidden and len(line) < 100 and _RULE_RE.fullmatch(line)
    ]
    if len(rules) < 2 * _FEWEST - 1 or len({doc.line(n).strip() for n in rules}) > 1:
        return []
    first = next((n for n, line in enumerate(doc.lines, 1) if n not in hidden and line.strip()), 0)
    bounds = [first - 1, *rules, len(doc.lines) + 1]
    parts = [_trimmed(doc, a + 1, b - 1) for a, b in pairwise(bounds)]
    if parts and parts[-1] is None:
        parts.pop()  # a rule closing the last card
    if len(parts) % 2 or len(parts) < 2 * _FEWEST or any(p is None for p in parts):
        return []
    units: list[Unit] = []
    for (start, stop), back in zip(parts[::2], parts[1::2], strict=True):  # type: ignore[misc]
        lines = [doc.line(n).strip() for n in range(start, stop + 1)]
        if len(lines) > _FRONT_LINES or not all(lines) or lines[0].startswith(("#", "```", "~~~")):
            return []
        raw = "\n".join(lines)
        title = whole_title(raw, plain=doc.plain)
        if not title or not reads_as_front(title):
            return []
        units.append(
            Unit(start, stop, raw, title, back[0], end=back[1], container=True, explicit=True)
        )
    fronts = {u.title.casefold() for u in units}
    if len(fronts) < len(units):
        return []
    if sum(is_question_like(u.title) for u in units) * 2 >= len(units):
        return units
    # Fronts that name (terms), three or more: their backs say more, as a glossary's.
    if len(units) < _FEWEST_TERMS:
        return []
    front_chars = sum(len(u.title) for u in units)
    backs = (range(u.answer_start, u.end + 1) for u in units)
    back_chars = sum(len(doc.line(n).strip()) for lines in backs for n in lines)
    return units if back_chars * 2 >= front_chars * 3 else []


def _trimmed(doc: Document, start: int, stop: int) -> tuple[int, int] | None:
    """The part's first and last lines with text; None for a part with none."""
    while start <= stop and not doc.line(start).strip():
        start += 1
    while stop >= start and not doc.line(stop).strip():
        stop -= 1
    return (start, stop) if start <= stop else None
