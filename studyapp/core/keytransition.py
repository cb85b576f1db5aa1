"""A change a point says keeps a quality, said ending in the quality's opposite. No Qt.

"A transaction moves the database from one valid state to another": the state it ends
in is valid too. A typed clause that says the change ends in the opposite ("from a valid
state to an invalid one", "from a consistent snapshot into an inconsistent one") says the
point's contrary, however many of its words it says; one that denies it ("never from a
valid state to an invalid one") says the point. The opposite is a word of
`keysynonyms.opposites` or the quality with a negating prefix ("in-", "un-", "non-", …).
"""

from __future__ import annotations

import re

from studyapp.core.keyheard import Heard, stem

# "from one valid state to another (valid state)": the quality, and the thing it is of
_KEPT = re.compile(
    r"\bfrom\s+(?:one|a|an|the)\s+(?P<quality>[^\W\d_][\w-]*)\s+(?P<thing>[^\W\d_]+)"
    r"\s+(?:to|into)\s+another\b",
    re.IGNORECASE,
)
_PREFIXES = ("in", "un", "non", "im", "il", "ir", "dis")
_ENDS = frozenset({"to", "into"})  # where a typed change ends
_END_WORDS = 3  # the words after "to" its end's quality may be ("to an invalid one")


def end_turned(point: str, text: Heard, answer: str = "") -> bool:
    """Whether the typed answer says a change the point says keeps a quality ends in the
    quality's opposite (see the module's docstring), not denied. A point that is the
    quality and its thing only ("valid state") is of the change the model answer says
    them in ("from one valid state to another")."""
    kept = _KEPT.search(point) or next((k for k in _KEPT.finditer(answer) if _of(point, k)), None)
    if kept is None:
        return False
    quality = kept["quality"].casefold()
    against = _opposite_stems(quality)
    tokens = text.tokens
    clause = text.layout.clause
    denied = None
    for at, token in enumerate(tokens):
        if token != "from":
            continue
        ends = [
            k for k in range(at + 1, len(tokens)) if clause[k] == clause[at] and tokens[k] in _ENDS
        ]
        for end in ends[:1]:
            for k in range(end + 1, min(len(tokens), end + 1 + _END_WORDS)):
                if clause[k] != clause[end] or stem(tokens[k]) not in against:
                    continue
                if denied is None:
                    from studyapp.core.keydenial import denied_positions

                    denied = denied_positions(tokens, text.layout, whole=True)
                if k not in denied:
                    return True
    return False


def _of(point: str, kept: re.Match) -> bool:
    """Whether a point is a change's quality and thing, as the answer writes them."""
    return " ".join(point.casefold().split()) == f"{kept['quality']} {kept['thing']}".casefold()


def _opposite_stems(quality: str) -> frozenset[str]:
    from studyapp.core.keysynonyms import opposites  # (it imports keyheard)

    prefixed = {stem(f"{prefix}{quality}") for prefix in _PREFIXES}
    return frozenset(opposites(stem(quality))) | frozenset(prefixed)
