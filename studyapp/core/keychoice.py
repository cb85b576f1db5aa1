"""A choice the notes set is not said by an answer that keeps both sides. No Qt here.

"In the presence of a **network partition**, a distributed system must choose between
**consistency** and **availability**" gave the points "consistency" and "availability",
which "a distributed system keeps both consistency and availability, no choice needed"
said, earning 100 %. A point the answer names as one side of a choice ("choose between
A and B", "either A or B", "trade off A against B") is not said by a typed clause that
names it with "both" (or with a choice denied: "no choice", "no trade-off", "don't have
to choose"), where the typed answer never names it otherwise: it says the choice away.
"""

from __future__ import annotations

import re
from functools import lru_cache

from studyapp.core.keyheard import Heard, stem, word_set, words

_CHOOSING = re.compile(
    r"\b(?:choose|chooses|choosing|choice|pick|picks|trade[- ]?offs?|trades?\s+off)\b"
    r"[^.;!?]*?\bbetween\b|\beither\b",
    re.I,
)
_BOTH = word_set("both")
_NO_CHOICE = re.compile(
    r"\bno\s+(?:choice|trade[- ]?offs?)\b|\b(?:don'?t|doesn'?t|never|not)\s+(?:have|need)\s+to\s+"
    r"(?:choose|pick)\b|\bwithout\s+(?:choosing|a\s+choice|a\s+trade[- ]?off)\b",
    re.I,
)


@lru_cache(maxsize=64)
def _chosen(answer: str) -> frozenset[str]:
    """The stems of the words the answer names after a choice's word, in its sentence."""
    plain = re.sub(r"[*_`]", "", answer)
    found: set[str] = set()
    for sentence in re.split(r"(?<=[.!?])\s+|\n", plain):
        if match := _CHOOSING.search(sentence):
            found |= {stem(w) for w in words(sentence[match.end() :])}
    return frozenset(found)


def choice_kept_away(term: str, heard: Heard, answer: str) -> bool:
    """Whether the typed answer says the point, one side of a choice, only with the
    choice denied (see the module's docstring)."""
    own = [w for w in words(term) if len(w) > 2]
    if not own or not answer or not all(stem(w) in _chosen(answer) for w in own):
        return False
    from studyapp.core.keydenial import negated

    told = [stem(w) for w in own]  # (where the whole term is typed: "write-through")
    spots = [
        p
        for p in heard.positions(own[0])
        if [stem(t) for t in heard.tokens[p : p + len(own)]] == told
    ] or [p for w in own for p in heard.positions(w)]
    if not spots:
        return False
    if _NO_CHOICE.search(heard.said_text()):
        return True
    tokens, sentence = heard.tokens, heard.layout.sentence

    def kept_both(p: int) -> bool:  # "keeps both consistency and availability"
        at = [
            i
            for i in range(max(0, p - BOTH_GAP), p)
            if tokens[i] in _BOTH and sentence[i] == sentence[p]
        ]
        return bool(at) and not any(  # (not "you can't have both …")
            negated(tokens, j)
            for j in range(max(0, at[0] - NEGATION_GAP), at[0])
            if sentence[j] == sentence[p]
        )

    return all(kept_both(p) for p in spots)


NEGATION_GAP = 3  # words from a negation to the "both" it denies ("can't keep both")
BOTH_GAP = 6  # words from a "both" to a side it keeps ("both write-through and write-back")
