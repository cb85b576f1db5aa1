"""Whether a note in which no question was found is all the same one question, read
whole (a folder's one-question notes), or several questions the reader could not tell
apart, which one question would misname::

    What is a mutex? A lock one thread holds.      Bloom filters
    What is a semaphore? A counter of holders.
                                                   A bit array plus k hash functions.
                                                   No false negatives.

The left note's lines are each a question with its answer: read whole, it was one
question named after its file with every card in its answer; it is skipped instead.
The right note is one subject written a sentence a line (Obsidian, Apple Notes), its
file's name the title: one question, as are meeting notes or a retro read whole (their
text is kept; a missed split is better than a lost note).
"""

from __future__ import annotations

import re

from studyapp.core.parse.units import is_question_like

# A line that asks, then answers on the same line: "What is a mutex? A lock …"
_ASKED_LINE_RE = re.compile(r"^\s*(?P<q>[^?？]{3,200}[?？])\s+\S")


def lines_ask(text: str) -> bool:
    """Whether most of a note's lines, two at least, are each a question over its
    answer on the line."""
    lines = [line for line in text.split("\n") if line.strip()]
    asked = sum(
        1
        for line in lines
        if (found := _ASKED_LINE_RE.match(line)) and is_question_like(found["q"].strip())
    )
    return asked >= 2 and asked * 2 > len(lines)
