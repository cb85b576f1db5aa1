"""Prompts that ask without a question mark, each over its answer, in notes written so
throughout::

    Explain the shared responsibility model.
    The provider secures the cloud; the customer secures what they put in it.

    What is a DaemonSet:
    Runs one Pod on every node.

A paragraph whose first line opens as a question or a task ("Explain", "Describe",
"Compare", "What is", "Design") and ends there (a full stop, a colon, or nothing), its
answer on the lines right below it. Such a line also opens many an answer's sentence,
so it is taken only where the notes are written so throughout: two or more of them, and
together with the paragraphs that ask with a question mark over their answers they are
most of the paragraphs of more than one line; or a single one, where the paragraphs
that ask over their answers are at least two and, with it, nearly all of them.
"""

from __future__ import annotations

import re
from itertools import pairwise

from studyapp.core.parse.titles import asks, ends_asking, whole_title
from studyapp.core.parse.tree import Document
from studyapp.core.parse.units import (
    PREFIX_RE,
    SENTENCE_ENDS,
    WHOLE_BOLD_RE,
    Unit,
    is_question_like,
)

# A prompt's line ends where a sentence or a lead-in does, or with a word.
_ENDS_RE = re.compile(r"[\w)`\"'’]$")


def _prompt(first: str, plain: bool) -> str | None:
    """The title of a first line that prompts without asking, else None."""
    stripped = first.strip()
    if (
        not stripped
        or len(stripped) > 150
        or asks(stripped)
        or PREFIX_RE.match(stripped)
        or WHOLE_BOLD_RE.match(stripped)
        or not (stripped.endswith(SENTENCE_ENDS) or _ENDS_RE.search(stripped))
        or stripped.count(". ") > 0  # two sentences: an answer's text
    ):
        return None
    title = whole_title(stripped, plain=plain)
    return title if title and is_question_like(title) else None


def prompts(doc: Document, asked: list[Unit]) -> list[Unit]:
    """A unit per prompting paragraph (see the module), where the notes are so written."""
    taken = {u.line for u in asked}
    found: list[Unit] = []
    paragraphs = 0  # of two lines or more, at the top level
    answered_asks = 0  # of those, ones that open with a line that asks
    for block in doc.blocks:
        if block.kind != "paragraph" or block.depth > 0 or block.quoted:
            continue
        if block.end == block.start:
            continue
        paragraphs += 1
        first = doc.line(block.start)
        if block.start in taken or asks(first):
            answered_asks += 1
            continue
        title = _prompt(first, doc.plain)
        if title is None:
            continue
        found.append(Unit(block.start, block.start, first.strip(), title, block.start + 1))
    headed = len(found) + answered_asks  # paragraphs that open with their title
    if len(found) >= 2 and headed * 10 >= paragraphs * 7:
        return found
    # One prompt among questions asked with a question mark ("Explain decorators."
    # between "What is the GIL?" and "How does garbage collection work?"): the notes
    # are written so throughout when nearly every paragraph opens with its title.
    if len(found) == 1 and answered_asks >= 2 and headed * 10 >= paragraphs * 9:
        return found
    return []


def stacked(doc: Document, asked: list[Unit]) -> list[Unit]:
    """Questions typed a line each with their answers, no blank line between the cards::

        What is Docker?
        Docker packages apps in containers.
        What is a volume?
        Storage outside the container's writable layer.

    Markdown reads them as one paragraph, its first line the only question. In a
    paragraph that opens with a question, a later line that asks starts a question too
    where the paragraph alternates so throughout: each asking line has an answer's line
    below it before the next, and the paragraph ends on an answer."""
    starts = {u.line for u in asked}
    found: list[Unit] = []
    opening = [
        b
        for b in doc.blocks
        if b.kind == "paragraph" and not b.depth and not b.quoted and b.start in starts
    ]
    asking_lines = {
        b.start: [
            ends_asking(whole_title(line, plain=doc.plain))
            for line in doc.lines[b.start - 1 : b.end]
        ]
        for b in opening
    }
    # Cards parted by blank lines elsewhere (a paragraph of one question): there, a
    # second asking line ("But what about writes?") is the answer's own.
    parted = any(sum(a) == 1 for a in asking_lines.values())
    for block in opening:
        if block.end - block.start < 3:
            continue
        lines = doc.lines[block.start - 1 : block.end]
        asking = asking_lines[block.start]
        if not asking[0] or asking[-1] or sum(asking) < 2:
            continue
        if parted and sum(asking) < 3:
            continue
        if any(a and b for a, b in pairwise(asking)):
            continue  # two questions in a row: a question wrapped over lines, or a list
        for offset in range(1, len(lines)):
            if asking[offset]:
                number = block.start + offset
                raw = lines[offset].strip()
                found.append(
                    Unit(number, number, raw, whole_title(raw, plain=doc.plain), number + 1)
                )
    return found
