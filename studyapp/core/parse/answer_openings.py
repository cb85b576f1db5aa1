"""An answer that opens with a statement and then asks ("TCP is connection-oriented." /
"Why does it need a handshake? …") right under a question is that question's answer,
not a question of its own made of its first two lines."""

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
    that ends a statement and that follow another question with nothing but blank
    lines between: that paragraph is the question's answer, asking line and all."""
    kept: list[Unit] = []
    for unit in units:
        previous = kept[-1] if kept else None
        if (
            previous is not None
            and unit.title_end > unit.line
            and previous.title_end < unit.line
            and not any(doc.line(n).strip() for n in range(previous.title_end + 1, unit.line))
            and any(_states(doc.line(n)) for n in range(unit.line, unit.title_end))
        ):
            continue
        kept.append(unit)
    return kept
