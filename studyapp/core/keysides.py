"""Which stretch of a typed answer is about which side a model answer contrasts. No Qt.

Points "TCP: connection-oriented …" and "UDP: connectionless …" name the sides an
answer sets against each other; what a side's point says must be said about that side
(`keymatch.said`): in the clauses of the typed answer that name it and go on from it,
not in another side's ("is compares values, == compares identity" says no side right).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from studyapp.core.keymatch import (
    _PARENS,
    NEAR_SLACK,
    STOPWORDS,
    Heard,
    significant,
    split_point,
    stem,
    word_set,
    words,
)

# Words before a side's name that only set it against the one the clause is about
# ("TCP, unlike UDP, is …", "A thread, as opposed to a process, …").
CONTRASTING = word_set(
    "unlike than versus vs compared opposed contrast gegensatz anders "
    "diferencia contrario contrairement differenza differently tegenstelling"
)


def about_side(name: str, gloss: str, sides: Sequence[str], text: Heard) -> tuple[Heard, set[str]]:
    """The words of the typed answer about the side `name`: the clauses that name it,
    and those that go on from them in the same sentence ("TCP is reliable and keeps
    order; UDP …"), or lead up to it ("Connection-oriented, reliable: that is TCP"); and
    the stems every side's point says, which tell no side from another (then one of
    the point's other words must be said there). A side named only to be set against
    another ("unlike UDP") is not what its clause is about. The whole answer, and no
    stems, where it contrasts no sides or does not name this one. A side this point's
    own words name ("threads: run inside a process") is no other side here."""
    named = [split_point(side) for side in sides]
    inside = {stem(w) for w in words(gloss)}
    others = {
        n
        for n, other_gloss in named
        if other_gloss and n != name and not {stem(w) for w in words(n)} <= inside
    }
    if not others:
        return text, set()
    if not named_at(name, text):
        if any(named_at(other, text) for other in others):
            return text.part([]), set()  # only another side is named: none of it is this one's
        return text, set()
    glosses = [{stem(w) for w in words(g)} for _n, g in named if g]
    shared = set.intersection(*glosses) - STOPWORDS if len(glosses) > 1 else set()
    clause, sentence = text.layout.clause, text.layout.sentence
    about: dict[int, set[str]] = {}
    for side in (name, *others):
        for at in named_at(side, text):
            if at and text.tokens[at - 1] in CONTRASTING:
                continue
            if at > 1 and text.tokens[at - 2] in CONTRASTING:
                continue  # "compared with UDP", "as opposed to UDP"
            about.setdefault(clause[at], set()).add(side)
    order = sorted(set(clause))
    first_word = {c: clause.index(c) for c in order}
    sides_of: dict[int, set[str]] = {c: about.get(c, set()) for c in order}
    for before, after in itertools.pairwise(order):  # what goes on from the side named
        same = sentence[first_word[before]] == sentence[first_word[after]]
        if same and not sides_of[after]:
            sides_of[after] = sides_of[before]
    for before, after in reversed(list(itertools.pairwise(order))):  # what leads up to it
        same = sentence[first_word[before]] == sentence[first_word[after]]
        if same and not sides_of[before]:
            sides_of[before] = sides_of[after]
    keep = [i for i, c in enumerate(clause) if name in sides_of[c]]
    if not keep:
        return text, shared
    return text.part(keep), shared


def named_at(name: str, text: Heard) -> list[int]:
    """Where the typed answer names `name` (the place of its first significant word,
    the rest after it, near and in its clause: "join … left" and "the left table; left
    join" name no LEFT JOIN at "left table")."""
    wanted = significant(_PARENS.sub(" ", name)) or significant(name)
    if not wanted:
        return []
    width = len(wanted) + NEAR_SLACK
    rest = [text.positions(w) for w in wanted[1:]]
    clause = text.layout.clause
    return [
        pos
        for pos in text.positions(wanted[0])
        if all(any(0 < p - pos < width and clause[p] == clause[pos] for p in o) for o in rest)
    ]


def after_name(name: str, gloss: str) -> list[str]:
    """The words of a gloss after those it opens with that say its name again
    ("Generator: generator produces a fake sample" → "produces a fake sample"); all of
    them when that leaves none."""
    named = {stem(w) for w in words(name)}
    found = words(gloss)
    start = 0
    while start < len(found) and (stem(found[start]) in named or found[start] in STOPWORDS):
        start += 1
    return found[start:] if any(stem(w) in named for w in found[:start]) else found
