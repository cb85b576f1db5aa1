"""A point said of the other of two sides a pair of words names. No Qt here.

Some answers set two sides of one thing against each other by a pair of words, each
point saying what holds on one side: "all rows from the left table", "matching rows
from the right"; "the parent process waits, the child exits". A typed answer that
swaps them ("all rows from the right table and the matching rows from the left") says
each point's other words, and the side words too, only each of the other point; word
by word it says everything. A point that names one side only (`_SIDES`) is not said
where the typed clauses that speak of it most name the other side and never its own:
most by the point's own words no other point has ("all", "matching"), then by all its
words. A side denied ("not from the left table") is not named.
"""

from __future__ import annotations

from collections.abc import Sequence

from studyapp.core.keyheard import STOPWORDS, Heard, stem, words

# Pairs of words that name the two sides of one thing. Each line is two groups, split
# by "|".
_SIDES = """
left | right
parent parents | child children
producer producers | consumer consumers
sender senders | receiver receivers
upstream | downstream
"""


def _pairs() -> dict[str, frozenset[str]]:
    found: dict[str, frozenset[str]] = {}
    for line in _SIDES.strip().split("\n"):
        one, other = ({stem(w) for w in side.split()} for side in line.split("|"))
        for s in one:
            found[s] = frozenset(other)
        for s in other:
            found[s] = frozenset(one)
    return found


_OTHER = _pairs()
_SIDE_WORDS = frozenset(_OTHER)


def side_swapped(point: str, points: Sequence[str], text: Heard) -> bool:
    """Whether the typed answer says the point of the other side (see the module's
    docstring)."""
    told = words(point)
    sides = {stem(w) for w in told if stem(w) in _SIDE_WORDS}
    if len(sides) != 1:
        return False  # (no side, or both: "left … right")
    side = next(iter(sides))
    other = _OTHER[side]
    own = [w for w in dict.fromkeys(told) if w not in STOPWORDS and stem(w) not in sides | other]
    if not own:
        return False
    elsewhere = {stem(w) for p in points if p != point for w in words(p)}
    distinct = [w for w in own if stem(w) not in elsewhere]
    from studyapp.core.keydenial import denied_positions  # (it imports keymatch)

    denied = denied_positions(text.tokens, text.layout)
    clause = text.layout.clause
    heard: dict[int, tuple[int, int]] = {}
    for c in set(clause):
        found = {w for w in own if any(clause[p] == c for p in text.positions(w))}
        heard[c] = (sum(w in found for w in distinct), len(found))
    if not heard:
        return False
    best = max(heard.values())
    if best[1] < max(1, len(own) // 2):
        return False  # (no clause speaks of it)
    verdicts = []
    for c, score in heard.items():
        if score != best:
            continue
        named = {stem(t) for i, t in enumerate(text.tokens) if clause[i] == c and i not in denied}
        verdicts.append(
            (bool(named & other) and side not in named) or _moved(told, side, other, text, c)
        )
    return all(verdicts)


def _moved(told: list[str], side: str, other: frozenset[str], text: Heard, c: int) -> bool:
    """Whether a typed clause `c` that names both sides puts the other one where the
    point puts its own: "all rows from the left table" typed "all rows from the right
    table" beside "a left join" (each word the side word stands before in the point,
    "table", stands after the other side's word in the clause, never after its own)."""
    ahead = {  # the word each of the point's side words qualifies: "join", "table"
        stem(told[i + 1])
        for i in range(len(told) - 1)
        if stem(told[i]) == side and told[i + 1] not in STOPWORDS
    }
    tokens, clause = text.tokens, text.layout.clause
    before: dict[str, set[str]] = {}  # each such word's side in the clause
    for i in range(1, len(tokens)):
        if clause[i] == c and stem(tokens[i]) in ahead:
            before.setdefault(stem(tokens[i]), set()).add(stem(tokens[i - 1]))
    return any(found & other and side not in found for found in before.values())
