"""A point that says what causes what ("a high bias causes underfitting"), typed with
cause and effect the other way round. No Qt here.

A cause and its effect are said in many orders: "A causes B", "A leads to B", "A makes
B …", "A reduces B", "A, so B" put the cause first; "B is caused by A", "B is reduced
by A", "B results from A", "B comes from A", "B because of A", "B due to A" put the
effect first. Any of them says the point ("underfitting results from high bias" says
"a high bias causes underfitting").
A typed answer that puts the point's effect on the cause's side and its cause on the
effect's ("underfitting causes a high bias", "writes fail, so the disk fills up"), and
nowhere the right way round, says the point's contrary: the same words, the relation
turned (`cause_swapped`). Only the sentence that joins the two by such a word is weighed;
cause and effect said apart are judged by the rest of the matcher.
"""

from __future__ import annotations

from collections.abc import Sequence

from studyapp.core.keyheard import STOPWORDS, Heard, stem, words

# The words that join a cause to its effect, as stems in a row: the cause before them
# (FORWARD) or after them (BACKWARD). A verb of them in the passive puts the cause after
# it ("is caused by", "is reduced by"): `PASSIVE_BY`.
FORWARD = (
    ("lead", "to"),
    ("led", "to"),
    ("result", "in"),
    ("caus",),
    ("make",),
    ("made",),
    ("produc",),
    ("trigger",),
    ("driven",),
    ("reduc",),
    ("increas",),
    ("so",),
    ("therefor",),
    ("henc",),
    ("thus",),
)
BACKWARD = (
    ("result", "from"),
    ("come", "from"),
    ("stem", "from"),
    ("due", "to"),
    ("becaus",),
)
_CONNECTIVES = frozenset({("so",), ("therefor",), ("henc",), ("thus",)})
PASSIVE_BY = "by"


def _link(stems: Sequence[str], at: int) -> tuple[int, bool] | None:
    """The length and the direction (True: the cause comes first) of a joining word
    at `at`, or None."""
    for link in BACKWARD:
        if tuple(stems[at : at + len(link)]) == link:
            return len(link), False
    for link in FORWARD:
        if tuple(stems[at : at + len(link)]) == link:
            end = at + len(link)
            if link not in _CONNECTIVES and end < len(stems) and stems[end] == PASSIVE_BY:
                return len(link) + 1, False  # ("underfitting is caused by high bias")
            return len(link), True
    return None


def _relations(tokens: Sequence[str], sentence: Sequence[int]) -> list[tuple[set, set]]:
    """(cause stems, effect stems) for each joining word of the tokens, each side the
    content words of its sentence on that side of the word."""
    stems = [stem(t) for t in tokens]
    found = []
    at = 0
    while at < len(tokens):
        link = _link(stems, at)
        if link is None:
            at += 1
            continue
        length, forward = link
        own = [k for k in range(len(tokens)) if sentence[k] == sentence[at]]
        before = {stems[k] for k in own if k < at and tokens[k] not in STOPWORDS}
        after = {stems[k] for k in own if k >= at + length and tokens[k] not in STOPWORDS}
        found.append((before, after) if forward else (after, before))
        at += length
    return found


def _sides(point: str, asked: frozenset[str]) -> tuple[set, set] | None:
    """The stems of a point's cause and of its effect, or None for a point that joins
    none by a word of cause (or more than one)."""
    tokens = words(point)
    found = _relations(tokens, [0] * len(tokens))
    if len(found) != 1:
        return None
    cause, effect = ({s for s in side if s not in asked} for side in found[0])
    return (cause - effect, effect - cause) if cause - effect and effect - cause else None


def cause_swapped(point: str, text: Heard, asked: frozenset[str] = frozenset()) -> bool:
    """True when the typed answer joins the point's effect as a cause to its cause as
    an effect, and never the right way round (see the module's docstring)."""
    if text.language:
        return False
    sides = _sides(point, asked)
    if sides is None:
        return False
    cause, effect = sides
    typed = _relations(text.tokens, text.layout.sentence)
    swapped = any(
        effect & their_cause and cause & their_effect for their_cause, their_effect in typed
    )
    kept = any(cause & their_cause and effect & their_effect for their_cause, their_effect in typed)
    return swapped and not kept
