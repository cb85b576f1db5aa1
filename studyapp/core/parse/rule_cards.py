"""Flashcards parted by rules: a short front paragraph, its back in the blocks below
it, a rule (``---``, ``***``, ``___``) between one card and the next, as a deck is
typed in one note (or Mochi's and Obsidian's one-note decks are written)::

    INNER JOIN vs LEFT JOIN

    An INNER JOIN keeps only rows with a match on both sides; …

    ---

    Window function

    A function over the rows related to the current one, e.g.

    ```sql
    SELECT RANK() OVER (ORDER BY salary) FROM employees;
    ```

Each part between two rules is a card where it opens with a paragraph of a few short
lines (a term, a phrase, a question: the front, asking or not) and holds more blocks
below it (the back). Headings opening some parts name the cards' sections; a heading
over most parts is each part's question (the rules part the answers of questions
written as headings), and a heading further down a part is a document's structure, not
a card's back: parts so written are no cards. Only where three parts or more are cards,
every front different, and they hold most of the note's text: an article whose
sections a rule parts opens each with a long paragraph, and a part without a back (an
intro, a sign-off) is no card.
"""

from __future__ import annotations

import re

from studyapp.core.parse.ends import nonblank_between
from studyapp.core.parse.titles import whole_title
from studyapp.core.parse.tree import Block, Document
from studyapp.core.parse.units import Unit, is_question_like

_FRONT_LINES = 3  # a front is a paragraph of this many lines at the most
_ASKING_CHARS = 300  # … of this many characters where it asks
_TERM_CHARS = 100  # … of this many where it names (a term, a phrase, "X vs Y")
# Two sentences: a paragraph of an article, not a front that names its card.
_SENTENCES_RE = re.compile(r"[.!]\s+[A-Z]")
_FEWEST = 3
_SHARE = 0.6  # of the note's text lines, headings and rules aside


def rule_cards(doc: Document) -> list[Unit]:
    """A card per part between rules written so (see the module)."""
    rules = [b.start for b in doc.blocks if b.kind == "hr" and not b.depth and not b.quoted]
    if len(rules) < _FEWEST - 1:
        return []
    parts: list[list[Block]] = [[] for _ in range(len(rules) + 1)]
    text_lines = 0
    part = 0
    for block in doc.blocks:
        while part < len(rules) and block.start > rules[part]:
            part += 1
        if block.kind in ("hr", "front_matter"):
            continue
        if block.kind != "heading":
            text_lines += nonblank_between(doc, block.start, block.end)
        parts[part].append(block)
    units = []
    headed = 0  # cards whose part opens with a heading
    for index, blocks in enumerate(parts):
        unit = _card(doc, blocks, rules[index] - 1 if index < len(rules) else len(doc.lines))
        if unit is not None:
            units.append(unit)
            headed += blocks[0].kind == "heading"
        elif 0 < index < len(rules) and any(b.kind != "heading" for b in blocks):
            return []  # a part amid the cards that is none: the rules part something else
    fronts = {u.title.casefold() for u in units}
    covered = sum(nonblank_between(doc, u.line, u.end) for u in units)
    if len(units) < _FEWEST or len(fronts) < len(units) or covered < text_lines * _SHARE:
        return []
    if headed * 2 > len(units):
        return []  # a heading over each part: the headings ask, the rules part their answers
    return units


def _card(doc: Document, blocks: list[Block], last: int) -> Unit | None:
    """The card one part holds: its front paragraph and the blocks below it, its
    opening headings left to name its section."""
    rest = blocks
    while rest and rest[0].kind == "heading":
        rest = rest[1:]
    if len(rest) < 2:
        return None
    front, back = rest[0], rest[1:]
    if front.kind != "paragraph" or front.depth or front.quoted:
        return None
    if front.end - front.start >= _FRONT_LINES or any(b.kind == "heading" for b in back):
        return None
    raw = "\n".join(doc.line(n).strip() for n in range(front.start, front.end + 1))
    title = whole_title(raw, plain=doc.plain)
    if not title or not reads_as_front(title):
        return None
    end = max(b.end for b in back)
    return Unit(
        front.start,
        front.end,
        raw,
        title,
        front.end + 1,
        end=min(end, last),
        container=True,
        explicit=True,
    )


def reads_as_front(title: str) -> bool:
    """Whether a paragraph reads as a card's front: a question, or a name of a few
    words (no two sentences: an article's part opens with those)."""
    if is_question_like(title):
        return len(title) <= _ASKING_CHARS
    return len(title) <= _TERM_CHARS and not _SENTENCES_RE.search(title)
