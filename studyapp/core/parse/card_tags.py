"""Cards marked by a flashcard tag among other notes (Roam's and Logseq's "What is a
quorum? #card", RemNote's, the Anki plugins' "#flashcard"): where most of the chosen
places carry the tag, the person marks each card so, and a place without it ("Reading
list" over its bullets) is a note beside the cards, not a question."""

from __future__ import annotations

from dataclasses import replace

from studyapp.core.parse.choice import Candidate
from studyapp.core.parse.titles import FLASHCARD_TAG_RE
from studyapp.core.parse.units import Unit

_FEWEST = 2


def tagged_only(chosen: Candidate) -> tuple[Candidate, list[int]]:
    """The chosen places without those that lack the note's card tag, and the lines of
    those left out (see the module); `chosen` itself where cards are not so marked."""
    tagged = [bool(FLASHCARD_TAG_RE.search(u.raw_title)) for u in chosen.units]
    count = sum(tagged)
    if count < _FEWEST or count == len(tagged) or count * 2 <= len(tagged):
        return chosen, []
    kept: list[Unit] = []
    left: list[int] = []
    for unit, mark in zip(chosen.units, tagged, strict=True):
        if mark:
            kept.append(unit)
            continue
        left.append(unit.line)
        if kept:  # the card above ends here at the latest: the note is no part of it
            end = kept[-1].end if 0 < kept[-1].end < unit.line else unit.line - 1
            kept[-1] = replace(kept[-1], end=end, container=True)
    return Candidate(chosen.kind, kept, chosen.score), left
