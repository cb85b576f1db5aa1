"""A comparison keeps what it compares with. No Qt here.

A long clause is cut to its first words (`keyclauses`, at most `MAX_CLAUSE_WORDS`), and
a cut that falls between a comparison and its standard leaves half an idea: "applying
it twice has the same effect" of "… the same effect as applying it once", "every leaf
sits at the same depth" of "… as every other leaf". Such a point is said by any answer
that says "the same effect" of anything. A clause whose comparison ("the same … as",
"different … from", "…er … than") runs past the limit, with a short standard after it,
stays whole.

The words that make such a point's idea are then small ones: "the same" and "once"
of "… twice has the same effect as applying it once". A comparison's words of sameness
and of count (`compared_words`) count among its own words, so "has the same effect"
of anything says no more than half of it.
"""

from __future__ import annotations

import re

STANDARD_WORDS = 6  # the standard after "as", "than", "from": this many words at most
_COMPARISON = re.compile(
    r"\bthe\s+same\b(?:\s+[\w-]+){0,3}?\s+as\s"
    r"|\b(?:similar|identical|different(?:ly)?)\b(?:\s+[\w-]+)?\s+(?:to|from|than)\s"
    r"|\b\w+er\b(?:\s+[\w-]+){0,2}?\s+than\s",
    re.I,
)


def compared_whole(clause: str, limit: int) -> bool:
    """Whether a clause longer than `limit` words is one comparison whose standard the
    limit would cut off (see the module's docstring)."""
    found = list(_COMPARISON.finditer(clause))
    if not found:
        return False
    standard = clause[found[-1].end() :].split()
    before = clause[: found[-1].end()].split()
    return len(before) <= limit < len(before) + len(standard) and len(standard) <= STANDARD_WORDS


_COMPARED = frozenset(["same", "different", "identical", "similar", "once", "twice"])


def compared_words(point: str) -> list[str]:
    """The words of sameness and of count of a point that compares ("same", "once",
    "twice" of "… the same effect as applying it once"); none for any other point."""
    if not _COMPARISON.search(point):
        return []
    found = [w for w in re.findall(r"[a-z]+", point.casefold()) if w in _COMPARED]
    return list(dict.fromkeys(found))
