"""An answer that opens with a statement and then asks ("TCP is connection-oriented." /
"Why does it need a handshake?" / "Both sides …") right under a question is that
question's answer, not a question of its own made of its first two lines."""

from __future__ import annotations

import re

from studyapp.core.parse.tree import Document
from studyapp.core.parse.units import Unit

# A line that ends a sentence ("… transport protocol."), not an abbreviation ("e.g.",
# "vs.", an initial) that a wrapped question may break after.
_SENTENCE_END_RE = re.compile(r"[.!;]\s*$")
_ABBREVIATION_RE = re.compile(
    r"(?:\b(?:e\.g|i\.e|vs|etc|cf|approx|incl|esp|no|fig|eq|ch|sec|dr|mr|mrs|ms|st)|\b[A-Z])\.\s*$",
    re.I,
)


def _states(line: str) -> bool:
    return bool(_SENTENCE_END_RE.search(line)) and not _ABBREVIATION_RE.search(line)


def without_answer_openings(doc: Document, units: list[Unit]) -> list[Unit]:
    """`units` (lines that ask, in order) without those whose title wraps over a line
    that ends a statement, that follow another question with nothing but blank lines
    between, and that hold no answer of their own apart from the paragraph going on
    after the asking line: that paragraph is the question's answer, asking line and
    all. ("Given a sorted array." / "How do you find an element?" over an answer
    paragraph of its own stays a question.)"""
    following = [u.line for u in units[1:]] + [0]
    pairs = zip(units, following[: len(units)], strict=True)
    if not any(_answered(doc, unit, after) for unit, after in pairs):
        # A bank of questions not answered yet: a set-up ("You have a 10 GB log file.")
        # over its question is a question of the bank, not the answer of the one above.
        return units
    kept: list[Unit] = []
    for index, unit in enumerate(units):
        previous = kept[-1] if kept else None
        if (
            previous is not None
            and unit.title_end > unit.line
            and previous.title_end < unit.line
            and not any(doc.line(n).strip() for n in range(previous.title_end + 1, unit.line))
            and any(_states(doc.line(n)) for n in range(unit.line, unit.title_end))
            and (
                doc.line(unit.title_end + 1).strip()  # the paragraph goes on: an answer's
                or not _answered(doc, unit, units[index + 1].line if index + 1 < len(units) else 0)
            )
        ):
            continue
        kept.append(unit)
    return kept


def _answered(doc: Document, unit: Unit, following: int) -> bool:
    """Whether text stands between the unit's asking line and the next question."""
    stop = following - 1 if following else len(doc.lines)
    return any(doc.line(n).strip() for n in range(unit.title_end + 1, stop + 1))
