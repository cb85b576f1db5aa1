"""A note's front-matter tags on its questions: ``tags: [networking, tcp]``,
``tags: networking``, ``tags:`` over ``- a`` lines (Obsidian writes all three), also
``tag:``. Each question of the note carries them before any tag of its own (a card's
``#tag``, an Anki or CSV tags column), as Anki's and CSV's tags are carried. Where
the note has no sections and no ``topic`` of its own, its first tag is its questions'
topic (``networking``; ``lang/go`` reads ``lang / go``), as a CSV's tags column
groups its rows; a tag that names the note's own title (``behavioral`` under
``# Behavioral``) is spelled as the title, as the note's file in a folder is named.
The note's other tags stay visible as a card's do (core.parse.tag_labels): they end
each question's answer as ``#tag`` labels, those its topic does not say."""

from __future__ import annotations

import re

from studyapp.core.model import ParsedDocument
from studyapp.core.parse.flashcards import front_matter_tags, read_front_matter
from studyapp.core.parse.tag_labels import with_tag_labels
from studyapp.core.parse.titles import FLASHCARD_TAG_RE


def note_tags(text: str) -> tuple[str, ...]:
    """The tags a note's front matter gives (none without front matter)."""
    if not text.startswith("---"):
        return ()
    return front_matter_tags(read_front_matter(text)[0])


def with_front_matter_tags(doc: ParsedDocument, text: str) -> ParsedDocument:
    """`doc`, each question tagged with its note's front-matter tags."""
    tags = note_tags(text) if doc.questions else ()
    for question in doc.questions if tags else ():
        question.tags = tuple(dict.fromkeys((*tags, *question.tags)))
    return doc


def with_front_matter_labels(
    doc: ParsedDocument, text: str, source_file: str = ""
) -> ParsedDocument:
    """`doc` (changed in place) with the front-matter tags of the note `text` (the
    questions of `source_file` in a folder) that a question's topic does not say ending
    its answer as labels; its topic known (`with_front_matter_topic`)."""
    # (not "flashcards/go": the deck tag that marks the note's cards, its topic said)
    tags = tuple(t for t in note_tags(text) if not FLASHCARD_TAG_RE.fullmatch(f"#{t}"))
    mine = [q for q in doc.questions if q.source_file == source_file and q.tags]
    if tags and mine:
        with_tag_labels(mine, only=tags)
    return doc


def tag_topic(tags: tuple[str, ...]) -> tuple[str, ...]:
    """The topic path a first tag names: ``lang/go`` → ``("lang", "go")``."""
    return tuple(part for part in tags[0].split("/") if part) if tags else ()


def titled_topic(topics: tuple[str, ...], title: str) -> tuple[str, ...]:
    """A topic path with each level that names `title` in other case or punctuation
    (``behavioral``, ``system-design`` for "System Design") spelled as the title."""
    key = _name_key(title)
    return tuple(title.strip() if key and _name_key(t) == key else t for t in topics)


def _name_key(name: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[^\W_]+", name.casefold()))
