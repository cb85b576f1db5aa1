"""Which StudyApp deck and topic an Anki note goes to: one rule for an Anki package
(anki.py) and Anki's "Notes in Plain Text" export (tabular.py), so the same cards
read the same from either.

- The deck is the deepest Anki deck every note sits in: the deck the person exported
  (``Interview``; a sub-deck exported alone, ``Interview::Backend``, is "Backend").
  Notes that share no deck (several top decks, or Anki's ``Default``) keep the file's
  name, their whole deck paths as topics.
- A note's topic is its deck path below that deck (``SQL``, ``SQL › Joins``).
- Where no note sits below that deck (a deck without sub-decks, or an export that names
  no deck), each note's first tag of the person's is its topic, spelt as tagged but for
  Anki's ways with tags: ``Machine_Learning::Deep_Learning`` reads Machine Learning ›
  Deep Learning (a tag holds no spaces).
- Where some do, a note in that deck itself goes to the deck's general topic (no topic
  here): the sub-decks sort the deck, and its tags stay its question's tags.
- Notes in several top-level decks (an export of the whole collection) are a deck each
  (`top_decks`, anki.py), each by the rules above as if exported alone, but named by
  its top deck, its sub-decks its topics (``Networking::TCP`` is "TCP" in Networking).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from studyapp.core.model import ParsedDocument, ParsedQuestion

__all__ = [
    "ANKI_TAGS",
    "DEFAULT_DECK",
    "file_by_deck",
    "parts_as_read",
    "shared_deck",
    "top_deck_parts",
    "top_decks",
]

DEFAULT_DECK = "Default"
# Tags Anki sets itself: never a topic.
ANKI_TAGS = frozenset({"leech", "marked"})


def shared_deck(decks: Sequence[tuple[str, ...]]) -> tuple[str, ...]:
    """The deepest deck path every one of `decks` sits in (``Interview::Backend`` for
    notes in it and its sub-decks); () when they share none, or one has none."""
    if not decks:
        return ()
    shared = min(decks, key=len)
    for deck in decks:
        depth = next(
            (i for i, (a, b) in enumerate(zip(shared, deck, strict=False)) if a != b), len(shared)
        )
        shared = shared[:depth]
    return shared


def top_decks(decks: Sequence[tuple[str, ...]]) -> dict[str, list[int]]:
    """The notes (by index) of each top-level deck of `decks`, in the order met (a note
    of no deck: Anki's Default); one entry where every note sits in one top deck."""
    tops: dict[str, list[int]] = {}
    for i, deck in enumerate(decks):
        tops.setdefault(deck[0] if deck else DEFAULT_DECK, []).append(i)
    return tops


def top_deck_parts(
    questions: Sequence[ParsedQuestion], decks: Sequence[tuple[str, ...]], file_name: str
) -> list[tuple[str, str, list[ParsedQuestion], bool]]:
    """Each top-level deck's notes, where they sit in several (`top_decks`): the deck's
    name in Anki, its name here (Anki's Default: the file's), copies of its questions
    given their topics by `file_by_deck` as if the deck were exported alone (its
    sub-decks its topics), and whether any has a topic; [] for the notes of one. The
    package's reader (anki.py) and the text export's (tabular.py) make a part each."""
    tops = top_decks(decks)
    if len(tops) < 2:
        return []
    out = []
    for top, places in tops.items():
        own = [replace(questions[i]) for i in places]
        _, grouped = file_by_deck(own, [decks[i] for i in places], shared=(top,))
        out.append((top, file_name if top == DEFAULT_DECK else top, own, grouped))
    return out


def parts_as_read(doc: ParsedDocument) -> ParsedDocument:
    """`doc` with each part (a text export's top decks) holding the questions the whole
    kept after the passes over a text file (a question and answer repeated: once; a note
    to self cut from an answer), as the whole holds them, each with its part's topics.
    The import makes the parts, so they must not keep what the preview said was left."""
    if not doc.parts:
        return doc
    kept = {q.source_line: q for q in doc.questions}  # (a row's first line: its own)
    parts = []
    for part in doc.parts:
        questions = [
            replace(kept[q.source_line], topic_path=q.topic_path)
            for q in part.questions
            if q.source_line in kept
        ]
        if questions:
            parts.append(replace(part, questions=questions, candidates={part.unit: len(questions)}))
    return replace(doc, parts=parts)


def file_by_deck(
    questions: Sequence[ParsedQuestion],
    decks: Sequence[tuple[str, ...]],
    shared: tuple[str, ...] | None = None,
) -> tuple[str | None, bool]:
    """Give each question (its note in the deck path ``decks[i]``) its topic by the
    rule above (the deck: `shared`, else the deepest one every note sits in). Returns
    (the deck's name, None to keep the file's; whether any question has a topic)."""
    shared = shared_deck(decks) if shared is None else shared
    for question, deck in zip(questions, decks, strict=True):
        question.topic_path = tuple(deck[len(shared) :])
    if not any(q.topic_path for q in questions):
        for question in questions:
            question.topic_path = tag_topic(question.tags)
    named = shared[-1] if shared and shared != (DEFAULT_DECK,) else None
    return named, any(q.topic_path for q in questions)


def tag_topic(tags: Sequence[str]) -> tuple[str, ...]:
    """The topic path a note's first tag of the person's names (underscores read as
    the spaces Anki tags cannot hold); () without one."""
    tag = next((t for t in tags if t.casefold() not in ANKI_TAGS), "")
    path = (part.replace("_", " ").strip() for part in tag.split("::"))
    return tuple(part for part in path if part)
