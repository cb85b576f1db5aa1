"""One idea, one key point: an answer that says a thing twice (a bullet's bold phrase
under its own sentence, a table cell repeating a sentence, a "label: value" line
repeating the prose) gave a point for each copy, so a right answer could not reach
100 % ("useMemo: computed value" beside "useMemo caches a computed value") and one typed
sentence counted three times ("type: unions, intersections and mapped types" beside
"intersections" and "mapped types").

A point whose every word is a word of another point is that point again, and goes,
when the answer says it only there: in the other point's own sentence, or in a line or
cell of nothing but the other point's words (after a label of its own). The other,
which says more, stays. A name stays, and so does the term a point opens with (what is
defined beside its definition), a side's point beside another side's. A point the
answer also says in a sentence of its own stays ("**partitions**" of "an
append-only log split into partitions" beside "in order within a partition"). Only
articles and the like are left out of the words compared: "after", "cannot", "not yet"
tell two points apart ("WHERE: filters rows before they are grouped and cannot use
aggregates" does not say "HAVING: filters groups after GROUP BY and can use …")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from studyapp.core.keymatch import alternatives, split_point, statement, stem, word_set, words

# Words that tell nothing apart: a point with or without them says the same.
_BARE = word_set("a an the is are be its their this these that those of to")
_FENCED = re.compile(r"```.*?```", re.S)
_PIECES = re.compile(r"(?<=[.!?;])\s+|\n")
_LABEL = re.compile(r"^[\W_]*[^:\n]{1,40}?:(?:\*\*)?\s")  # "**Purpose:** ", "- useMemo: "


def _stems(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in words(text) if w not in _BARE)


def without_repeats(points: Sequence[str], answer: str) -> list[str]:
    """The points without those another one of them says already, where the answer
    says them; of two with the same words, the first."""
    own = [_stems(point) for point in points]
    pieces = [
        (_stems(piece), _stems(_LABEL.sub("", piece)))
        for piece in _PIECES.split(_FENCED.sub(" ", answer))
    ]
    kept = [
        point
        for i, point in enumerate(points)
        if not own[i]
        or not any(
            own[i] <= own[j]
            and (own[i] != own[j] or j < i)
            and _said_within(point, points[j])
            and _only_there(own[i], own[j], pieces)
            for j in range(len(points))
            if j != i
        )
    ]
    return [
        point
        for i, point in enumerate(kept)
        if not any(_said_more(point, kept[j], j < i) for j in range(len(kept)) if j != i)
    ]


def _said_more(point: str, other: str, first: bool) -> bool:
    """Whether another point says all a point says of the same name, by another of its
    names ("VAE: Fast generation" of "VAE (Variational Autoencoder): Fast"): the same
    idea twice; of two that say the same, the first stays."""
    name, gloss = split_point(point)
    other_name, other_gloss = split_point(other)
    if not gloss or not other_gloss or not _stems(gloss) <= _stems(other_gloss):
        return False
    if _stems(gloss) == _stems(other_gloss) and not first:
        return False
    names = {_stems(n) for n in alternatives(name)} - {frozenset()}
    return name != other_name and bool(names & {_stems(n) for n in alternatives(other_name)})


def _said_within(inner: str, outer: str) -> bool:
    """Whether the inner point can be a part of what the outer says: not another side's
    ("and: returns the first falsy operand, or …" names "or" without saying its point),
    and not the name the outer point opens with, which it says something of ("Gradient
    descent" of "Gradient descent is an algorithm that …": the term and what it is), nor
    a name."""
    side, gloss = split_point(inner)
    outer_side, outer_gloss = split_point(outer)
    if gloss and outer_gloss:
        return _stems(side) == _stems(outer_side)
    if gloss:  # ("useMemo: computed value" of "useMemo caches a computed value")
        return _opens(outer, side)
    return not _name(inner) and not (_opens(outer, inner) and not statement(inner))


def _name(point: str) -> bool:
    """Whether a point is a name, each word capitalised or initials ("Singular Value
    Decomposition (SVD)"): naming the method is a point of its own beside what the
    answer says of it ("computed with SVD of the centred data matrix"). Not a phrase
    that only holds initials ("position HEAD" of "reflog: records every position
    HEAD"): a piece of the other point."""
    return all(w[:1].isupper() for w in point.split() if w[:1].isalpha())


def _opens(text: str, opening: str) -> bool:
    """Whether a text's first words are those of `opening`."""
    own = [stem(w) for w in words(opening)]
    return [stem(w) for w in words(text)[: len(own)]] == own


def _only_there(
    inner: frozenset[str], outer: frozenset[str], pieces: list[tuple[frozenset[str], ...]]
) -> bool:
    """Whether every sentence, line or cell of the answer that says the inner point's
    words says the outer point too, or nothing but the outer point's words after its
    label ("**Purpose:** spreads requests across servers")."""
    return all(outer <= piece or told <= outer for piece, told in pieces if inner <= piece)
