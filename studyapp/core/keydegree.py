"""Points that name a change of degree ("Less origin load", "Fewer round trips",
"Higher throughput"), said the way people say a change. No Qt here.

A person rarely repeats "less X": they say what lowers it ("lowering latency and origin
load", "cuts the round trips", "reduces the disk I/O") or that it goes down ("the load
on the origin drops"). A point made of a word of degree and what it is of is said when
the typed answer says what it is of, and in the same sentence, a few words before it
or right after it, a word of the same direction: down for "less", "fewer", "lower",
"smaller"; up for "more", "higher", "greater", "larger". A word of the other direction
there ("raises the origin load") says its contrary.

The other way round, a point's verb of change ("raises precision", "lowers recall",
"increasing the threshold") is heard at a word of degree of its direction typed before
a word that is no small one ("more precision, less recall", "higher threshold"):
`as_degree`, which `keyheard.Heard.positions` asks; the word of the other direction
there ("less precision") turns it (`keyopposed.turned_on_its_thing`).
"""

from __future__ import annotations

from collections.abc import Sequence

from studyapp.core.keyheard import STOPWORDS, Heard, stem, word_set, words

# The words of degree a point opens with, by direction.
_POINT_DOWN = word_set("less fewer lower smaller reduced decreased")
_POINT_UP = word_set("more higher greater larger bigger increased")
# Words that say a change of that direction, typed before what it is of ("cuts the
# round trips") or after it ("origin load drops"), in any of their forms.
_DOWN = frozenset(
    map(
        stem,
        word_set(
            """less fewer lower lowering lowers reduce reduces reducing reduced decrease
    decreases decreasing cut cuts cutting drop drops dropping shrink shrinks shrinking
    minimize minimizes minimizing minimise minimises trim trims smaller down fall falls
    lessen lessens offload offloads relieve relieves off"""
        ),
    )
)
_UP = frozenset(
    map(
        stem,
        word_set(
            """more higher greater larger bigger raise raises raising increase increases
    increasing increased boost boosts boosting grow grows growing rise rises rising up
    maximize maximizes improve improves improving"""
        ),
    )
)
BEFORE_WORDS = 4  # a change word this many words before what it is of, at most
AFTER_WORDS = 3  # or this many after it ("the load on the origin drops")


def degree_point(point: str) -> tuple[str, list[str]]:
    """The direction ("down" or "up") of a point that names a change of degree, and
    the words of what it is of ("origin", "load"); ("", []) for any other point."""
    found = words(point)
    if len(found) < 2 or len(found) > 5 or ":" in point:
        return "", []
    if found[0] in _POINT_DOWN:
        direction = "down"
    elif found[0] in _POINT_UP:
        direction = "up"
    else:
        return "", []
    rest = [w for w in found[1:] if w not in STOPWORDS]
    return (direction, rest) if rest else ("", [])


def _changes(
    text: Heard, at: int, words_of: Sequence[int], changes: frozenset[str], own: bool = False
) -> bool:
    """Whether a change word of `changes` stands near the typed words `words_of`,
    in the sentence of `at`; with `own`, one after them in their own clause only: a
    later clause says its own change ("use higher learning rates, makes training less
    sensitive …": the "less" is the sensitivity's)."""
    sentence, tokens, clause = text.layout.sentence, text.tokens, text.layout.clause
    first, last = min(words_of), max(words_of)
    near = [*range(max(0, first - BEFORE_WORDS), last)]  # ("takes load off the origin")
    near += (
        k
        for k in range(last + 1, min(len(tokens), last + 1 + AFTER_WORDS))
        if not own or clause[k] == clause[last]
    )
    return any(sentence[k] == sentence[at] and stem(tokens[k]) in changes for k in near)


def degree_said(point: str, text: Heard) -> bool | None:
    """Whether the typed answer says a point of degree (see the module's docstring);
    None when the point names no change of degree."""
    direction, rest = degree_point(point)
    if not direction:
        return None
    same, other = (_DOWN, _UP) if direction == "down" else (_UP, _DOWN)
    found = [text.positions(w) for w in rest]
    if not all(found):
        return False
    for at in found[0]:
        group = [at]
        for positions in found[1:]:
            close = [p for p in positions if abs(p - at) <= len(rest) + 2]
            if not close:
                break
            group.append(min(close, key=lambda p: abs(p - at)))
        else:
            if _changes(text, at, group, same) and not _changes(text, at, group, other, True):
                return True
    return False


# The verbs of change a point says, by direction, heard at a word of degree.
_VERBS_UP = frozenset(map(stem, word_set("raise increase boost grow rise maximize maximise")))
_VERBS_DOWN = frozenset(
    map(stem, word_set("lower reduce decrease cut drop shrink minimize minimise lessen"))
)

_COMPARING = word_set("than")  # ("more than once": a comparison, no change)
# Words of amount only: "more precision", "less recall", "higher threshold". A word of
# size describes a thing rather than a change of it ("with bigger batches the gradient
# noise is lowered": "bigger" was heard as "raises" and turned the point it said).
_DEGREES_UP = frozenset(map(stem, word_set("more higher greater increased")))
_DEGREES_DOWN = frozenset(map(stem, word_set("less fewer lower reduced decreased")))


def degrees(verb_stem: str) -> frozenset[str]:
    """The words of degree that say a verb of change (by its stem) before what it is
    of: "more", "higher" … for "raise"; none for any other word."""
    if verb_stem in _VERBS_UP:
        return _DEGREES_UP
    return _DEGREES_DOWN if verb_stem in _VERBS_DOWN else frozenset()


def as_degree(tokens: Sequence[str], word: str) -> list[int]:
    """Where the typed words say a verb of change (`word`) by a word of degree of its
    direction before what it is of ("more precision" for "raises precision"); none for
    any other word, nor where the degree compares ("more than once")."""
    said = degrees(stem(word))
    if not said:
        return []
    return [
        k
        for k, token in enumerate(tokens[:-1])
        if stem(token) in said and tokens[k + 1] not in STOPWORDS | _COMPARING
    ]
