"""Cards marked by a flashcard tag among other notes (Roam's and Logseq's "What is a
quorum? #card", RemNote's, the Anki plugins' "#flashcard"): where most of the chosen
places carry the tag, the person marks each card so, and a place without it ("Reading
list" over its bullets) is a note beside the cards, not a question."""

from __future__ import annotations

from dataclasses import replace

from studyapp.core.parse.choice import Candidate
from studyapp.core.parse.titles import FLASHCARD_TAG_RE, whole_title
from studyapp.core.parse.tree import Document
from studyapp.core.parse.units import Unit

_FEWEST = 2


def tagged_only(chosen: Candidate) -> tuple[Candidate, list[int]]:
    """The chosen places without those that lack the note's card tag, and the lines of
    those left out (see the module); `chosen` itself where cards are not so marked."""
    tagged = [bool(FLASHCARD_TAG_RE.search(u.raw_title)) for u in chosen.units]
    if sum(tagged) < _FEWEST:
        return chosen, []
    # (a card marked by its syntax, "front :: back", is a card beside the tagged ones)
    tagged = [mark or u.explicit for u, mark in zip(chosen.units, tagged, strict=True)]
    count = sum(tagged)
    if count == len(tagged) or count * 2 <= len(tagged):
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


def tagged_items(doc: Document, cards: list[Unit]) -> list[Unit]:
    """List items whose first line carries a flashcard tag, each a card over the lines
    nested under it (Logseq's and Roam's "- What is a DaemonSet? #card" over its child
    bullets), at any depth, beside the cards written another way (`cards`, "front ::
    back") in the same note. An item whose nested lines hold cards of their own
    ("- Kubernetes #card" over them) groups them: it is their section, not a card; an
    item with nothing under it has no answer to study."""
    if not any(FLASHCARD_TAG_RE.search(line) for line in doc.lines):
        return []
    card_lines = {n for u in cards for n in range(u.line, max(u.end, u.line) + 1)}
    units: list[Unit] = []
    for index, block in enumerate(doc.blocks[:-1]):
        lead = doc.blocks[index + 1]
        if block.kind != "item" or block.quoted or lead.item != index or not lead.lead:
            continue
        first = doc.line(lead.start)
        if lead.kind != "paragraph" or not FLASHCARD_TAG_RE.search(first):
            continue
        below = range(lead.start + 1, block.end + 1)
        if not any(doc.line(n).strip() for n in below):
            continue
        if card_lines.intersection(below):
            continue
        if any(FLASHCARD_TAG_RE.search(doc.line(n)) for n in below):
            continue
        raw = lead.text.partition("\n")[0]
        title = whole_title(raw, plain=doc.plain)
        units.append(
            Unit(
                block.start,
                lead.start,
                raw,
                title,
                lead.start + 1,
                end=block.end,
                container=True,
                explicit=True,
            )
        )
    return units
