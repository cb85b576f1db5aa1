"""A note of a folder that is a plain list under a title and asks nothing: a project
idea ("# CLI to track gym workouts" over "- log sets", "- export csv"), a reading
list, a shopping list. A vault holds many such notes beside its questions; each was
read as one card, its title the question and its items the answer.

The signal is the note's shape, not its words: nothing in it asks (no "?", no
"Q:"/"A:" lines, no heading that asks or sets a task), and below its title (one
heading, or none) every line is a list item of a few words (at most four: a name, a
noun phrase, a short imperative, not a statement such as "partitions keep order per
key", which says something of the title and keeps the note a card), with no mark of
an explanation in it (no ":", "=", "→", " - " or " — " between a term and its
gloss, no sentence's end, no code, nothing nested under it).
"""

from __future__ import annotations

import re

from studyapp.core.parse.units import is_question_like

__all__ = ["plain_list"]

_HEADING_RE = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_ITEM_RE = re.compile(r"^(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?(?P<text>\S.*)$")
# What an item that explains holds: a gloss after a term, a sentence's end, code.
_EXPLAINS_RE = re.compile(r"[:=?`]|→|->|\s[-–—]\s|[.!;]\s*$")
_LABEL_RE = re.compile(r"^\W*(?:q|a|question|answer)\s*[:.)]", re.I)
_MOST_WORDS = 4


def plain_list(lines: list[str]) -> bool:
    """Whether a note's lines of text (non-blank, below its front matter, tag and
    comment lines aside) are a plain list that asks nothing (see the module)."""
    headings = [m[1] for line in lines if (m := _HEADING_RE.match(line))]
    items = [m["text"] for line in lines if (m := _ITEM_RE.match(line))]
    if len(headings) > 1 or not items or len(headings) + len(items) != len(lines):
        return False  # (an indented line under an item: it says more of it)
    if any("?" in text or is_question_like(text) for text in headings):
        return False
    return not any(
        "?" in item
        or _LABEL_RE.match(item)
        or _EXPLAINS_RE.search(item)
        or len(item.split()) > _MOST_WORDS
        or is_question_like(item)
        for item in items
    )
