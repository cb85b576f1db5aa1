"""A question and its answer quoted together, a quoted blank line between them:

    > **Q:** How do you handle disagreement with a senior engineer?
    >
    > **A:** I ask for the reasoning, bring data, and propose an experiment.

The quote holds two paragraphs or more; the question's answer is what the quote holds
after it, from the paragraph that opens "A:" (the mark left out) up to the next
question or the quote's end (paragraphs, lists, code), read without the quote's
marks. A quote holding only the question still leaves its answer to the lines below
it (`units._answered_in_quote` reads a question and answer in one paragraph).
"""

from __future__ import annotations

import bisect
import re

from studyapp.core.parse.tree import Block, Document
from studyapp.core.parse.units import ANSWER_RE, PREFIX_RE, Unit

_QUOTE_ONLY_RE = re.compile(r"^\s{0,3}(?:>\s*)+$")
_QUOTE_MARK_RE = re.compile(r"^\s{0,3}> ?")


def answered_in_later_paragraphs(doc: Document, units: list[Unit]) -> list[Unit]:
    """`units` (Q:/A: marks), each quoted question with no answer in its own paragraph
    answered by what its quote holds after it, from a paragraph opening "A:"."""
    if not units or not any(b.quoted for b in doc.blocks):
        return units
    starts = {u.line for u in units}
    quoted = [i for i, b in enumerate(doc.blocks) if b.kind == "paragraph" and b.quoted]
    firsts = [doc.blocks[i].start for i in quoted]
    for unit in units:
        at = bisect.bisect_right(firsts, unit.line) - 1
        if at < 0 or unit.answer_prefix:
            continue
        index = quoted[at]
        if unit.line > doc.blocks[index].end or unit.answer_start <= doc.blocks[index].end:
            continue
        parts = _following(doc, index, starts)
        if not parts or parts[0].kind != "paragraph" or not ANSWER_RE.match(parts[0].text):
            continue
        lines = [
            _QUOTE_MARK_RE.sub("", doc.line(n), count=1)
            for n in range(parts[0].start, parts[-1].end + 1)
        ]
        mark = ANSWER_RE.match(lines[0])
        lines[0] = lines[0][mark.end() :] if mark else ""
        if not lines[0].strip():
            continue
        unit.answer_prefix = "\n".join(lines).strip()
        unit.end = parts[-1].end
        unit.answer_start, unit.container, unit.explicit = unit.end + 1, True, True
    return units


def _following(doc: Document, index: int, starts: set[int]) -> list[Block]:
    """The quoted blocks after block `index` in the same quote (only quoted blank lines
    between them): paragraphs, lists and code, up to a question's paragraph."""
    found: list[Block] = []
    previous = doc.blocks[index]
    for position in range(index + 1, len(doc.blocks)):  # (no copy of the rest: a slice
        block = doc.blocks[position]  # per question made 30,000 quotes take 10 s)
        if block.kind == "heading" or not block.quoted:
            break
        if not all(_QUOTE_ONLY_RE.match(doc.line(n)) for n in range(previous.end + 1, block.start)):
            break
        if block.start in starts or (block.kind == "paragraph" and PREFIX_RE.match(block.text)):
            break
        found.append(block)
        previous = block
    return found
