"""A point that only spells out the acronym the question asks about. No Qt here.

"What does GPT stand for?" has the point "Generative Pre-trained Transformer": the
typed answer "a partial answer about GPT" writes the acronym, which the matcher hears
as its words (`keyacronyms`), and so earned the very point the question asks for. A
point that is nothing but the words of an acronym the question writes ("stands for
Retrieval-Augmented Generation" under "What is RAG?") is said only where the typed
answer says it with the question's acronyms left out: spelled out, not repeated.
A point that says more of it ("Content Delivery Network: edge servers near users")
is heard as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from studyapp.core.keyacronyms import ACRONYM, typed_acronyms
from studyapp.core.keyheard import STOPWORDS, word_set, words

# Words that say a point is a name's meaning, no more ("stands for …", "short for …").
_NAMING_WORDS = word_set("stand stands standing short full form acronym abbreviation means")


def asked_acronyms(question: str) -> frozenset[str]:
    """The acronyms the question writes in capitals, lower-cased."""
    return typed_acronyms(question)


def spells_only(point: str, acronyms: frozenset[str]) -> bool:
    """Whether the point's words are those of one of the acronyms, or of a part of it
    ("Generative" of GPT), spelled out by their initials in a row, and small or naming
    words ("stands for") only besides."""
    # (a hyphened word one initial or two: "Pre-trained" of GPT, "Retrieval-Augmented"
    # of RAG)
    for text in (point, point.replace("-", "")):
        found = [w for w in words(text) if w not in STOPWORDS and w not in _NAMING_WORDS]
        initials = "".join(w[0] for w in found)
        if found and any(initials in acronym for acronym in acronyms):
            return True
    return False


def without_asked(
    terms: Sequence[str],
    ticks: Sequence[bool],
    typed: str,
    question: str,
    tick: Callable[[list[str], str], list[bool]],
) -> list[bool]:
    """The ticks, each of a point that only spells out the question's acronym kept
    where `tick` (the matcher, on the points and a typed text) hears it with the
    question's acronyms left out of the typed answer."""
    asked = asked_acronyms(question)
    repeated = asked & typed_acronyms(typed)
    chosen = [k for k, t in enumerate(terms) if ticks[k] and spells_only(t, repeated)]
    if not chosen:
        return list(ticks)
    blank = re.sub(ACRONYM.pattern, lambda m: " " if m[1].casefold() in repeated else m[0], typed)
    again = tick(list(terms), blank)
    return [again[k] if k in chosen else said for k, said in enumerate(ticks)]
