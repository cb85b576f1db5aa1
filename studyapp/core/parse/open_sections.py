"""Sections whose unanswered lines are not questions yet, whatever unit reads them::

    ## Two Sum (Easy)
    Use a hash map value→index; one pass.

    ## Open questions
    - Is the heap version worth it for k below 10?

A heading over a note to self ("## TODO" over "- Design a chat system") heads the
person's to-dos: what stands there with no answer of its own is a to-do, always.

A heading whose whole title names a part of the notes about the studying itself
("## Open questions", "## Still to look up", "## Questions to review": see
`names_study_part`) heads what is still to answer: an item there that asks, with
no answer of its own, is no card where the notes hold answered cards elsewhere (it
was: the one asking item outscored the named cards, and they were all lost), nor is
the section's heading a card where a list is all it heads ("## Links" over a definition
may be a glossary's card). A reading that finds other places too keeps them (a note's
list items, its "## Follow-ups" among them: other rules weigh that reading).
Where such a section holds the notes' only questions ("# Interview prep" over
"## Questions to review" and its list), they are the questions, as before.

One answered there stays a question, under either heading.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from studyapp.core.parse.ends import names_study_part
from studyapp.core.parse.notes_to_self import is_note_to_self_heading
from studyapp.core.parse.titles import whole_title
from studyapp.core.parse.tree import Document
from studyapp.core.parse.units import Unit

__all__ = ["OpenSections"]

_HEADING_KINDS = frozenset(f"h{level}" for level in range(1, 7))


def _spans(doc: Document, names: Callable[[str], bool]) -> list[tuple[int, int, int]]:
    """(level, heading line, next heading as high) of each heading `names` accepts."""
    spans = []
    heads = [b for b in doc.blocks if b.kind == "heading" and not b.quoted]
    for index, head in enumerate(heads):
        if names(whole_title(head.text, plain=doc.plain)):
            after = (h.start for h in heads[index + 1 :] if h.level <= head.level)
            spans.append((head.level, head.start, next(after, len(doc.lines) + 1)))
    return spans


def _within(spans: list[tuple[int, int, int]], line: int) -> bool:
    return any(start < line < high for _, start, high in spans)


class OpenSections:
    """The to-do and still-to-answer sections of one document (see the module)."""

    def __init__(self, doc: Document) -> None:
        self._to_dos = _spans(doc, is_note_to_self_heading)
        self._open = _spans(doc, lambda title: names_study_part(title, whole=True))
        self._cards_elsewhere = False
        # the headings over a list and nothing else ("## Links" over its definition
        # may be a glossary's card)
        self._lists = {
            start
            for _, start, high in self._open
            if all(b.kind == "item" or b.item >= 0 for b in doc.blocks if start < b.start < high)
        }

    def __bool__(self) -> bool:
        return bool(self._to_dos or self._open)

    def _outside(self, kind: str, unit: Unit) -> bool:
        """Whether `unit` stands outside every still-to-answer section, and is no
        heading over one (the notes' title, the section's own heading)."""
        if _within(self._open, unit.line):
            return False
        if kind not in _HEADING_KINDS:
            return True
        level = int(kind[1:])
        return not any(
            unit.line == start or (level < own and unit.line < start)
            for own, start, _ in self._open
        )

    def note_cards(self, kind: str, units: Iterable[Unit], answered: Callable[[int], bool]) -> None:
        """Take note of one candidate's units: an answered one outside the
        still-to-answer sections is a card elsewhere."""
        if self._open and not self._cards_elsewhere:
            self._cards_elsewhere = any(
                answered(i) and self._outside(kind, u) for i, u in enumerate(units)
            )

    def without_open(self, kind: str, units: list[Unit], counts: list[int]) -> list[Unit]:
        """`kind`'s `units` without the unanswered ones that these sections hold (see
        the module); `counts`: the document's lines with content up to each line. An
        answer ends with its section (an item of "## Still to look up" is not
        answered by the cards below it)."""
        spans = list(self._to_dos)
        if self._cards_elsewhere:
            heads = self._lists if kind in _HEADING_KINDS else set()
            units = [u for u in units if u.line not in heads]  # "## Open questions": no card
            if not any(self._outside(kind, u) for u in units):
                spans += self._open  # a reading of nothing but what is still to answer
        kept = []
        for index, unit in enumerate(units):
            high = next((h for _, start, h in spans if start < unit.line < h), 0)
            if high and not self._answered(units, index, min(high - 1, len(counts) - 1), counts):
                continue  # nothing under it there: still to do, still to answer
            kept.append(unit)
        return kept

    @staticmethod
    def _answered(units: list[Unit], index: int, stop: int, counts: list[int]) -> bool:
        """Whether `units[index]` holds an answer of its own up to line `stop`."""
        unit = units[index]
        if unit.answer_prefix.strip():
            return True
        if index + 1 < len(units):
            stop = min(stop, units[index + 1].line - 1)
        if unit.end and unit.container:
            stop = min(stop, unit.end)
        start = min(unit.answer_start, len(counts))
        return stop >= start and counts[stop] > counts[start - 1]
