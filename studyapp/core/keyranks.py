"""Marked terms an answer ranks in a chain, and a typed answer that ranks them. No Qt.

"**Inline styles** beat **IDs**, IDs beat **classes**, and those beat **element
selectors**" ranks four things. Taken as points on their own ("IDs", "element
selectors"), they are said by an answer that turns the order round ("element
selectors beat classes and classes beat IDs"). Where marked terms follow each other in
one sentence, each pair joined by a verb of precedence ("beat", "override", "take
precedence over", "trump", "outrank", or ">"), the points are the pairs: "inline
styles > IDs", "IDs > classes". Such a point is said where a typed sentence names the
first before the second, and not where it names the second first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from studyapp.core.keyheard import STOPWORDS, Heard, stem, words

# What joins two ranked things, the first ahead: a verb of precedence, in any form, or
# ">" (and the pronoun or the repeated name that may open the next clause of the chain).
_PRECEDENCE = re.compile(
    r"^[\s,;]*(?:(?:and|then|which|that|those|these|they|it)\s+)*(?:[\w-]+\s+){0,2}?"
    r"(?:beats?|beating|override[sd]?|overriding|trumps?|outranks?|"
    r"(?:takes?|taking|has|have)\s+precedence\s+over|wins?\s+over|>)\s*$",
    re.IGNORECASE,
)
_RANKED = " > "  # a point's two sides: "IDs > classes"
_MARK = re.compile(r"\*\*(.+?)\*\*")


def chains(answer: str) -> list[list[str]]:
    """The chains of marked terms an answer ranks (see the module's docstring), each of
    two terms or more, first ahead."""
    found: list[list[str]] = []
    for paragraph in answer.split("\n"):
        for sentence in re.split(r"(?<=[.!?])\s+", paragraph):
            marks = list(_MARK.finditer(sentence))
            chain: list[str] = []
            for one, two in pairwise(marks):
                between = sentence[one.end() : two.start()]
                if _PRECEDENCE.match(between):
                    chain = chain or [one[1].strip()]
                    chain.append(two[1].strip())
                else:
                    found += [chain] if len(chain) > 1 else []
                    chain = []
            found += [chain] if len(chain) > 1 else []
    return found


def with_ranks(points: list[str], answer: str) -> list[str]:
    """The points, the marked terms of a chain the answer ranks replaced by its pairs
    ("IDs", "classes" → "IDs > classes"), where the first of them was; a chain none of
    whose terms is a point gives none."""
    for chain in chains(answer):
        folded = {t.casefold() for t in chain}
        at = next((k for k, p in enumerate(points) if p.casefold() in folded), None)
        if at is None:
            continue
        pairs = [f"{one}{_RANKED}{two}" for one, two in pairwise(chain)]
        rest = [p for p in points[at:] if p.casefold() not in folded]
        points = [*points[:at], *pairs, *rest]
    return points


def ranked(point: str) -> bool:
    """Whether a point is a pair a chain ranks ("IDs > classes")."""
    return point.count(_RANKED) == 1 and not re.search(r"\d\s>\s|\s>\s\d", point)


def said(point: str, text: Heard) -> bool:
    """Whether a typed answer names the point's first thing before its second in one
    sentence, and names the second before the first in none."""
    ahead, behind = (_telling(side, point) for side in point.split(_RANKED))
    sentence = text.layout.sentence
    first = {}
    for side, telling in (("ahead", ahead), ("behind", behind)):
        for w in telling:
            for at in text.positions(w):
                s = sentence[at]
                first[side, s] = min(first.get((side, s), at), at)
    both = [s for (side, s) in first if side == "ahead" and ("behind", s) in first]
    return bool(both) and all(first["ahead", s] < first["behind", s] for s in both)


def _telling(side: str, point: str) -> Sequence[str]:
    """The words of one side of a pair that the other does not share ("element" of
    "element selectors" beside "ID selectors")."""
    other = point.replace(side, " ")
    shared = {stem(w) for w in words(other)}
    return [w for w in words(side) if w not in STOPWORDS and stem(w) not in shared]
