"""Points that name kinds of one thing, said by what tells each kind apart. No Qt here.

Points "Key-value stores", "Document databases", "Column-family stores" and "Graph
databases" end in a word that names what they are kinds of; a person listing them
says "key-value and document databases", or "key-value, graph", and means the same
kinds. A point whose last word ends another point too is said by its other words
when one of those is its own (no other point with that last word has it): "key-value"
says "Key-value stores", "at most once" says "At-most-once delivery", but "type"
does not say "Type I error" next to "Type II error". A step named by a technology and
its process ("TCP handshake" beside "TLS handshake", `keyprocess`) is no kind: "talks
TCP to the server, then does a TLS handshake" names the protocol, and no handshake of
it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from studyapp.core.keymatch import (
    _PARENS,
    Heard,
    said,
    significant,
    split_point,
    statement,
    stem,
)


def _name_words(point: str) -> list[str]:
    name, gloss = split_point(point)  # (a clause, "… of the data given the
    # parameters", names no kind of what another ends in: "… of the parameters")
    return [] if gloss or statement(name) else significant(_PARENS.sub(" ", name))


def said_as_kind(point: str, points: Sequence[str], heard: Heard, question: str = "") -> bool:
    """Whether the typed answer says `point` by the words that tell its kind from the
    other points' (see the module's docstring)."""
    wanted = _name_words(point)
    if len(wanted) < 2:
        return False
    from studyapp.core.keyprocess import step_name  # (it imports keymatch, as this does)

    if step_name(point):
        return False  # "TCP handshake": a step, which its technology alone does not say
    named = [found for other in points if len(found := _name_words(other)) >= 2]
    heads = Counter(stem(found[-1]) for found in named)
    head = stem(wanted[-1])
    if heads[head] < 2:
        return False
    own = [stem(w) for w in wanted[:-1]]
    others = {
        stem(w)
        for found in named
        if found != wanted and stem(found[-1]) == head
        for w in found[:-1]
    }
    if not any(w not in others and len(w) > 2 for w in own):
        return False  # ("type" of "Type I error" is also Type II's)
    return said(" ".join(wanted[:-1]), heard, question)
