"""A list of questions typed a line each, with no bullets and no answers::

    Why do you want to work here?
    What is your biggest weakness?
    Describe a conflict with a coworker.

Markdown reads such lines as one paragraph, so its first line was the question and the
others its answer (or, where the first commands, "no questions found"). A paragraph
whose every line is a whole question (one that asks, or a sentence that sets a task:
"Describe …", "Design …"), at least one of them asking
with a mark, is such a list: a question per line, each unanswered, as the same lines
with "- " before them are read. Where text follows it before the next heading, the
lines are rather one question asked in parts over its answer, and are left as they are.
"""

from __future__ import annotations

from studyapp.core.parse.titles import ends_asking, whole_title
from studyapp.core.parse.tree import Block, Document
from studyapp.core.parse.units import (
    PREFIX_RE,
    SENTENCE_ENDS,
    WHOLE_BOLD_RE,
    Unit,
    commands,
)

_LONGEST = 200  # a longer line is an answer's sentence


def _whole_question(line: str, plain: bool) -> tuple[str, bool] | None:
    """(title, asks with a mark) of a line that is a whole question, else None."""
    stripped = line.strip()
    if not stripped or len(stripped) > _LONGEST or PREFIX_RE.match(stripped):
        return None
    if WHOLE_BOLD_RE.match(stripped):
        return None  # a bold question over its answer: the bold finder's
    title = whole_title(stripped, plain=plain)
    if not title or title[:1].islower():  # "l2 regularization?": a wrapped line's end
        return None
    if ends_asking(title):
        return title, True
    if title.endswith(SENTENCE_ENDS) and ". " not in title and commands(title):
        return title, False
    return None


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
    asking = False
    for number in range(block.start, block.end + 1):
        found = _whole_question(doc.line(number), doc.plain)
        if found is None:
            return []
        title, asked = found
        asking = asking or asked
        raw = doc.line(number).strip()
        units.append(Unit(number, number, raw, title, number + 1, end=number, container=True))
    return units if asking else []


def question_lines(doc: Document) -> list[Unit]:
    """A unit per line of each paragraph that lists questions (see the module)."""
    found: list[Unit] = []
    for index, block in enumerate(doc.blocks):
        units = _listed(doc, block)
        if units and not _answered(doc, index):
            found += units
    return found
