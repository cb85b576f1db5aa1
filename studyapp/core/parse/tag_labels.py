"""A card's several tags, read alike from every card source (a CSV's or TSV's tags
column, Anki's notes, JSON and YAML cards), and none of them lost.

- A tags cell lists them as the person wrote them: ``go,concurrency``,
  ``sql; joins``, ``#go #concurrency``. A column where a cell parts them by ``,`` or
  ``;`` parts every cell so (``system design`` is one tag); Anki's, and a column
  with neither, part them at spaces (``tag1 tag2``). A leading ``#`` is no part of
  the tag.
- The first tag gives the topic where nothing else groups the cards (the card
  source's own rule): ``sql::joins`` and ``interview/sql`` name a topic path.
- Every tag stays on its question, no text of its answer: the store keeps it and
  the answer pane's header shows it (core.question_tags), as Anki keeps a note's
  tags apart from its fields. They once ended the answer as ``#tag`` labels: noise
  under it, read by a mock as key points, and no text the notes hold there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from studyapp.core.model import ParsedDocument, ParsedQuestion

__all__ = [
    "lists_tags",
    "split_tags",
    "tag_path",
    "tags_as_topics",
    "with_tags_shown",
]

_LISTED_RE = re.compile(r"[;,]")
_PATH_RE = re.compile(r"::|/")


def lists_tags(cells: Iterable[str]) -> bool:
    """Whether a column's cells part their tags by ``,`` or ``;`` (one of them does)."""
    return any(_LISTED_RE.search(cell) for cell in cells)


def split_tags(value: str, *, listed: bool | None = None) -> tuple[str, ...]:
    """The tags a cell lists (see the module), each once, in order: parted by ``,``
    and ``;`` where `listed` (None: where the cell holds one), else by spaces."""
    listed = bool(_LISTED_RE.search(value)) if listed is None else listed
    parts = _LISTED_RE.split(value) if listed else value.split()
    tags = (" ".join(p.split()).lstrip("#").strip() for p in parts)
    return tuple(dict.fromkeys(t for t in tags if t))


def tag_path(tag: str) -> tuple[str, ...]:
    """The topic path a tag names: ``sql::joins`` and ``sql/joins`` → (sql, joins)."""
    return tuple(p.strip() for p in _PATH_RE.split(tag) if p.strip())


def tags_as_topics(questions: Iterable[ParsedQuestion]) -> bool:
    """Give each question without a topic its first tag's path as topic; False when
    no question has a tag."""
    any_tag = False
    for question in questions:
        if question.tags:
            any_tag = True
            question.topic_path = question.topic_path or tag_path(question.tags[0])
    return any_tag


def with_tags_shown(doc: ParsedDocument) -> ParsedDocument:
    """`doc` (changed in place) with its cards' first tags as topics where nothing
    else groups them and most cards are tagged (a tag here and there: the others keep
    the taxonomy's topics). The tags stay on the cards, no text of their answers."""
    tagged = sum(1 for q in doc.questions if q.tags)
    if not doc.has_sections and tagged * 2 >= len(doc.questions):
        doc.has_sections = tags_as_topics(doc.questions)
    return doc
