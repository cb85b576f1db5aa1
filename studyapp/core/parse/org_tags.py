"""An Org heading's tags (``** Ser vs estar   :drill:grammar:``) as its question's tags.

Org writes a heading's tags after its title, between colons; they are tags whatever
the title says, asked or named ("Explain NACLs  :aws:" was read with none). A
heading inherits the tags of the headings above it and the file's (``#+FILETAGS:``),
as Org does (``* Verbs  :spanish:`` tags every card under it). Each question read
from a heading carries them, the heading's own last, and so they show as its labels.

A flashcard package's own tag marks a heading as a card, and is no label of the
person's: org-drill's ``:drill:``, org-fc's ``:fc:``, and the ``card`` /
``flashcard`` / ``anki`` of other tools. The Markdown an Org file is read as
(markup.py) writes it as the ``#card`` mark card_tags.py reads, so that in a file
whose cards are so marked a heading without it ("** Notes on verbs") is a note beside
the cards, not one of them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from studyapp.core.model import ParsedDocument

__all__ = ["CARD_TAGS", "heading_tags", "split_heading_tags", "with_heading_tags"]

CARD_TAGS = frozenset(("drill", "fc", "card", "flashcard", "flashcards", "anki"))
# "#+FILETAGS: :spanish:verbs:": tags every heading of the file inherits.
_FILETAGS_RE = re.compile(r"^\s*#\+filetags:\s*(?P<tags>.*)$", re.I)
# "** TODO [#A] Title   :tag1:tag2:": the stars, then the title, then its tags.
_HEADING_RE = re.compile(r"^(?P<stars>\*+)\s+(?P<title>.*?)(?:\s+:(?P<tags>[\w@#%:]+):)?\s*$")


def split_heading_tags(tags: str | None) -> tuple[tuple[str, ...], bool]:
    """The person's tags of a heading's ``:a:b:`` run, and whether a card mark is there."""
    names = [t for t in (tags or "").split(":") if t]
    own = tuple(dict.fromkeys(t for t in names if t.casefold() not in CARD_TAGS))
    return own, len(own) < len(names)


def heading_tags(text: str) -> dict[int, tuple[str, ...]]:
    """Each Org heading's line and its tags, those it inherits first (see the module);
    headings without any left out."""
    found: dict[int, tuple[str, ...]] = {}
    above: list[tuple[int, tuple[str, ...]]] = [(0, ())]  # (level, tags) of open headings
    fence = False
    for number, line in enumerate(text.split("\n"), start=1):
        if not fence and (filetags := _FILETAGS_RE.match(line)):
            above[0] = (0, above[0][1] + split_heading_tags(filetags["tags"].strip())[0])
            continue
        if re.match(r"^\s*#\+(?:begin|end)_", line, re.I):
            fence = line.lstrip()[2:5].lower() == "beg"
            continue
        heading = None if fence else _HEADING_RE.match(line)
        if heading is None or not heading["title"]:
            continue
        level = len(heading["stars"])
        while above[-1][0] >= level:  # (the file's own tags, at level 0, stay)
            above.pop()
        own, _ = split_heading_tags(heading["tags"])
        tags = tuple(dict.fromkeys(t for _, tags in above for t in tags)) + own
        tags = tuple(dict.fromkeys(tags))
        above.append((level, own))
        if tags:
            found[number] = tags
    return found


def with_heading_tags(doc: ParsedDocument, text: str) -> ParsedDocument:
    """`doc` (changed in place), each question read from a heading of the Org `text`
    tagged with that heading's tags, before any it has."""
    tags = heading_tags(text)
    if tags:
        doc.questions = [
            replace(q, tags=tuple(dict.fromkeys((*tags[q.source_line], *q.tags))))
            if q.source_line in tags
            else q
            for q in doc.questions
        ]
    return doc
