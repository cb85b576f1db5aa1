"""A list of questions typed a line each, with no bullets and no answers::

    Why do you want to work here?
    What is your biggest weakness?
    How do you handle a missed deadline?

Markdown reads such lines as one paragraph, so its first line was the question and the
others its answer. A paragraph whose every line is a whole question ending in its
mark is such a list: a question per line, each unanswered, as the same lines with
"- " before them are read. Lines that command ("Write the cover letter.") are a to-do
list, and lines asking oneself ("Did I prepare enough?", "Should I follow up?") a
journal's reflection: neither is a list of questions. Where text follows the lines
before the next heading, they are rather one question asked in parts over its answer,
and are left as they are; so are lines under a heading such as "Questions to ask them".
"""

from __future__ import annotations

import re

from studyapp.core.parse.ends import names_study_part
from studyapp.core.parse.titles import ends_asking, whole_title
from studyapp.core.parse.tree import Block, Document
from studyapp.core.parse.units import (
    PREFIX_RE,
    WHOLE_BOLD_RE,
    Unit,
)

_LONGEST = 200  # a longer line is an answer's sentence
# A question put to oneself: "Did I …?", "Should I …?", "Am I …?"
_TO_ONESELF_RE = re.compile(
    r"^(?:did|do|am|was|were|should|could|would|will|can|have|must)\s+I\b", re.I
)


def _whole_question(line: str, plain: bool) -> str | None:
    """The title of a line that is a whole question ending in its mark, else None."""
    stripped = line.strip()
    if not stripped or len(stripped) > _LONGEST or PREFIX_RE.match(stripped):
        return None
    if WHOLE_BOLD_RE.match(stripped):
        return None  # a bold question over its answer: the bold finder's
    title = whole_title(stripped, plain=plain)
    if not title or title[:1].islower():  # "l2 regularization?": a wrapped line's end
        return None
    return title if ends_asking(title) else None


def _answered(doc: Document, index: int) -> bool:
    """Whether text other than a heading follows the block at `index`."""
    for block in doc.blocks[index + 1 :]:
        if block.kind == "heading":
            return False
        if block.kind != "paragraph" or block.depth or block.quoted:
            return True
        return not _listed(doc, block)
    return False


def _listed(doc: Document, block: Block) -> list[Unit]:
    if block.kind != "paragraph" or block.depth or block.quoted or block.end == block.start:
        return []
    units = []
    for number in range(block.start, block.end + 1):
        title = _whole_question(doc.line(number), doc.plain)
        if title is None:
            return []
        raw = doc.line(number).strip()
        units.append(Unit(number, number, raw, title, number + 1, end=number, container=True))
    if all(_TO_ONESELF_RE.match(unit.title) for unit in units):
        return []  # a journal's questions to oneself
    return units


def question_lines(doc: Document) -> list[Unit]:
    """A unit per line of each paragraph that lists questions (see the module), but
    not under a heading that names the questions a part of the studying itself ("#
    Questions to ask them", "## Open questions"): those are a list to keep, no cards."""
    found: list[Unit] = []
    part = False  # under a heading naming such a part
    for index, block in enumerate(doc.blocks):
        if block.kind == "heading":
            part = names_study_part(whole_title(block.text, plain=doc.plain))
            continue
        units = [] if part else _listed(doc, block)
        if units and not _answered(doc, index):
            found += units
    return found
