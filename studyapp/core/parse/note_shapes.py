"""Whether a note in which no question was found is all the same one question, read
whole (a folder's one-question notes), or several things the reader could not tell
apart, which one question would misname::

    Team sync                        Dependency injection

    Shipped the cache layer.         Passing a class the objects it needs instead of
    Latency is down by a third.      having it build them, so tests can give it fakes.

    Next we migrate the queue.
    Sam owns it.

The left note repeats a shape: paragraphs that each open with a line of their own (a
whole phrase, the next line a new sentence), as cards do. Read whole, it was one
question named after its file with every card in its answer; alone it gives no
question, and so it does in a folder. The right note is one subject over its text.
"""

from __future__ import annotations

import re

from studyapp.core.model import ParsedDocument
from studyapp.core.parse.units import _title_cut, is_question_like

_MARKED_RE = re.compile(r"^\s{0,3}(?:#|>|---|[-*+]\s|\d{1,3}[.)]\s|```|~~~|\||<)")
_LONGEST = 120  # a longer first line is prose, not a card's front


def _paragraphs(text: str) -> list[list[str]]:
    """The note's plain paragraphs (lines between blank lines), its headings, lists,
    quotes, code and tables left out."""
    found: list[list[str]] = []
    fenced = False
    for chunk in re.split(r"\n[ \t]*\n", text):
        lines = [line for line in chunk.split("\n") if line.strip()]
        fences = sum(1 for line in lines if line.lstrip().startswith(("```", "~~~")))
        if not lines or fenced or _MARKED_RE.match(lines[0]):
            fenced = fenced != (fences % 2 == 1)
            continue
        found.append(lines)
    return found


def repeats_cards(text: str) -> bool:
    """Whether most of a note's paragraphs, two at least, each open with a line of
    their own over more text (see the module)."""
    paragraphs = _paragraphs(text)
    cards = sum(
        1
        for lines in paragraphs
        if len(lines) > 1 and len(lines[0]) <= _LONGEST and _title_cut(lines, False) == 0
    )
    return cards >= 2 and cards * 2 > len(paragraphs)


def one_shape(single: ParsedDocument, text: str) -> bool:
    """Whether a note read whole as one question (`single`) is one: its title (a
    heading, a line, its file's name) asks or sets a task, or the note does not repeat
    a card's shape."""
    title = single.questions[0].title
    return is_question_like(title) or not repeats_cards(text)
