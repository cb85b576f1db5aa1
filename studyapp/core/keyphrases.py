"""Key phrases of prose: the run of content words a sentence turns on. No Qt here.

`core.keyterms` takes the key phrase of an answer's key sentences, of a short answer's
clauses and of what an answer says of a term; a phrase never holds a plain word
("about", "really"), and scores by how often the whole answer comes back to its words.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from studyapp.core.keymatch import STOPWORDS, stem, word_set, words

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9*_(\"“])|\n")

# Words that carry no point of their own: a key phrase never holds one.
PLAIN_WORDS = STOPWORDS | word_set(
    """about above after again against all also although am among another any anything
    are around as b basically be because been before being below between both but can
    could d did do does doing done down during e each eg either else etc even ever every
    few first following for further get gets getting give given gives go goes good got had
    has have having he her here hers him his how however i ie if instead just kind know
    known last less let lets like likely lot lots made main make makes making many may
    me might more most much must my need needs never new next no nor not now often one
    ones only other others our out over own part particular really rather s same say
    says second see seen several shall she should since so some something such t take
    takes taking than then there therefore these they thing things those though three
    through thus too two under until up upon us use used uses using usually very was way
    ways we well were what whatever when where whether which while who whom whose why will
    would yes yet you your basically simply generally typically mainly mostly important
    help helps helpful allows allow different various certain actually already always
    together within each example examples called refers means defined nothing everything
    here least once whereas due hence twice finally oh"""
)


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]


def first_sentence(text: str) -> str:
    return next(iter(sentences(text)), "")


def key_sentence(sentences: Sequence[str]) -> str:
    """The paragraph's topic sentence: its first of four words or more. (A key phrase of
    it counts only when the answer comes back to one of its words.)"""
    for sentence in sentences:
        if len(words(sentence)) >= 4:
            return sentence
    return sentences[0] if sentences else ""


def scored_phrase(
    sentence: str, frequencies: Counter[str], longest: int = 3, asked: frozenset[str] = frozenset()
) -> tuple[str, float]:
    """The key phrase (runs of at most `longest` words, none of the `asked` stems) and
    its score."""
    runs: list[list[str]] = [[]]
    for piece in re.findall(r"[\w'’+-]+|[^\w\s]", sentence):
        folded = piece.casefold().strip("'’")
        if (
            not re.match(r"\w", piece)
            or folded in PLAIN_WORDS
            or folded.isdigit()
            or (asked and stem(folded) in asked)
        ):
            runs.append([])
        else:
            runs[-1].append(piece)
    best, best_score = "", 0.0
    for run in runs:
        for size in range(min(longest, len(run)), 0, -1):
            for start in range(len(run) - size + 1):
                window = run[start : start + size]
                stems = [stem(w.casefold()) for w in window]
                score = sum(min(frequencies[s], 4) for s in stems) + 0.5 * size
                score += sum(0.5 for w in window if re.search(r"[A-Z].*[A-Z]|\d", w))
                if score > best_score:
                    best, best_score = " ".join(window), score
    return best, best_score
