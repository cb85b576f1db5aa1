"""The word of degree a clause point turns on ("for as short as possible", "rarely
helps"): said, or the clause is not. No Qt here.

A clause point is said by a share of its own words (`keystatement`), so the words it
shares with its topic ("hold", "locks") can make the share while the one word that is
its claim goes missing: "two threads each hold a lock" says no "holding locks for as
short as possible", nor does "hold the lock for a long time"; "an index on a column
with few distinct values always helps" says no "… rarely helps". Such a word is the
claim of its clause where it is

- the goal of an "as … as possible" ("as short as possible", "as few as needed"),
- a word of length said of the clause's act, not naming a thing with its noun ("takes
  long", not "the long tail", "short polling"),
- a word that all but denies ("rarely", "seldom", "hardly", "barely"),

and the typed answer says the clause only when it says that word too, in a form of it
or a word of the same degree ("briefly" for "short", "seldom" for "rarely"). Hedges
("usually a B-tree", "frees most objects", "many samples") are no such word: the claim
stands without them.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from studyapp.core.keyheard import STOPWORDS, Heard, stem, word_set, words

# Words of the same degree, one group a line: a word of a point is said by any of its
# group's.
_GROUPS = """
short shorter shortest brief briefly briefer quick quickly minimal minimum
long longer longest lengthy
few fewer fewest minimal minimum
small smaller smallest minimal
rarely seldom rare hardly barely scarcely
"""
_GROUP_OF: dict[str, frozenset[str]] = {}
for _line in _GROUPS.strip().splitlines():
    for _word in _line.split():
        _GROUP_OF[stem(_word)] = _GROUP_OF.get(stem(_word), frozenset()) | frozenset(
            stem(o) for o in _line.split()
        )
_LENGTH = word_set("short shorter shortest brief briefer long longer longest lengthy")
_ALL_BUT_DENYING = word_set("rarely seldom hardly barely scarcely")
_GOAL = re.compile(
    r"\bas\s+([a-z]+)\s+as\s+(?:possible|needed|necessary|required|you\s+can|it\s+can)\b",
    re.IGNORECASE,
)


def degree_words(point: str) -> list[str]:
    """The words of degree a clause point turns on, in its order ("short" of "holding
    locks for as short as possible")."""
    found = words(point)
    goals = {m[1].casefold() for m in _GOAL.finditer(point)}
    return list(
        dict.fromkeys(
            w
            for k, w in enumerate(found)
            if w in goals
            or w in _ALL_BUT_DENYING
            or (w in _LENGTH and (k + 1 == len(found) or found[k + 1] in STOPWORDS))
        )
    )


def degree_missing(point: str, asked: Collection[str], text: Heard) -> bool:
    """Whether a clause point said by a share of its own words leaves out the degree it
    turns on: none of its words of degree (not the question's, `asked` stems: "How
    long …?") typed, in a form or a word of the same degree."""
    degrees = [w for w in degree_words(point) if stem(w) not in asked]
    if not degrees:
        return False
    return not any(_said(w, text) for w in degrees)


def _said(word: str, text: Heard) -> bool:
    if text.positions(word) or text.derived(word):
        return True
    typed = {stem(t) for t in text.tokens}
    return bool(_GROUP_OF.get(stem(word), frozenset()) & typed)
