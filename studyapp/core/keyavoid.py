"""A point that says no by its verb ("avoiding a shuffle", "prevents overfitting",
"skips the re-render"), said by a typed denial of what it avoids. No Qt here.

What a thing avoids is as often told as the effect that follows: "so no shuffle is
needed", "so the model doesn't overfit", "there is no lock contention". Such a point is
said where the typed answer says what it avoids (half its words at least) and denies it
there ("no …", "doesn't …", "never has to …"); what "prevents A from doing B" (or
"stops A from doing B") avoids is B. Anywhere else the rest of the matcher judges, as
for any clause: where the typed answer says the avoiding verb itself (or one of its
group, `keysynonyms`: "prevents" for "avoids"), or what is avoided without denying it
("loops are detected" for "prevents loops": a paraphrase as often as a contrary).
"""

from __future__ import annotations

import math
import re

from studyapp.core.keyheard import STOPWORDS, Heard, stem, word_set, words

# The verbs that make a point an avoidance: what follows them is what does not happen.
AVOIDING = frozenset(stem(w) for w in word_set("avoid prevent eliminate skip"))
# … and this one, with a "from" after it ("stops the browser from caching the page"):
_STOPPING = frozenset(stem(w) for w in word_set("stop"))
OPENING_WORDS = 3  # the avoiding verb among a point's first words (after its subject)
# Where what is avoided ends: another clause ("prevents loops *and lets* operators …").
_CLAUSE_END = re.compile(r"[,;:]|\s(?:and|but|so|which|while|because)\s", re.I)


def _avoided(point: str, asked: set[str]) -> tuple[str, list[str]]:
    """The avoiding verb of a point and the words of what it avoids ("avoiding",
    ["shuffle"]); ("", []) for any other point."""
    tokens = point.split()
    for k, token in enumerate(tokens[:OPENING_WORDS]):
        word = next(iter(words(token)), "")
        told = " ".join(tokens[k + 1 :])
        from_ = re.search(r"\bfrom\b", told)
        if stem(word) not in AVOIDING and not (stem(word) in _STOPPING and from_):
            continue  # ("stops the browser from caching": only with its "from")
        if from_:  # "prevents the processor from reordering loads"
            told = re.split(r"\bfrom\b", told, maxsplit=1)[1]
        told = _CLAUSE_END.split(told, maxsplit=1)[0]  # ("prevents loops and lets …")
        rest = [w for w in words(told) if w not in STOPWORDS and stem(w) not in asked]
        return (word, rest) if rest else ("", [])
    return "", []


def avoidance_said(point: str, text: Heard, asked: set[str]) -> bool | None:
    """True where the typed answer says an avoidance point by denying what it avoids
    (see the module's docstring); None where the rest of the matcher judges."""
    from studyapp.core.keyabsent import absent_positions
    from studyapp.core.keydenial import denied_positions

    verb, avoided = _avoided(point, asked)
    if not verb or text.positions(verb):
        return None
    found = [text.positions(w) or text.derived(w) for w in avoided]
    if sum(1 for f in found if f) < math.ceil(len(avoided) / 2):
        return None
    places = {p for f in found for p in f}
    denied = denied_positions(text.tokens, text.layout, whole=True) | absent_positions(text)
    if places & denied:
        return True  # "so no shuffle is needed", "never has to do a full table scan"
    return None  # ("loops are detected" for "prevents loops": judged as any clause)
