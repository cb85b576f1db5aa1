"""Points of an answer given in two languages: each version's point is said with its
translation. No Qt here.

Notes kept in two languages say each idea twice, once in each ("Cuando el modelo
memoriza el ruido del entrenamiento. When the model memorizes training noise …";
"Итеративный метод оптимизации … Iterative optimization …"), and the answer's points
are then a point per version. A person answers in one of them, so a complete answer
could never earn more than the share of its own language's points. A point counts as
said where it is said itself or where a point of the other version that stands in the
same place of its own version is said: the versions are the points grouped by their
language, the first of one beside the first of the other, and so on (where one version
has more points than the other, each point stands beside those of the other that take
up the same share of it).

A point's language is its script where that is not the Latin one (Cyrillic, Greek,
CJK …: each a version of its own), or for a Latin one the other language whose small
words it says (`keylang`), where the card as a whole (its question and answer)
says at least `keylang.LANGUAGE_EVIDENCE` of them; else English. English is a version
only where the answer has English in it too: `ENGLISH_EVIDENCE` of its small words, or,
beside another script, `LATIN_WORDS` plain lower-case Latin words ("Iterative
optimization: step against the gradient"), so names in a Russian answer ("Adam",
"SGD") are no version of their own. Versions too unlike in size (one more than twice
the other) are no translations of each other, and nothing is paired.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from studyapp.core import keybilingual, keylang
from studyapp.core.keyheard import ENGLISH_STOPWORDS, words

ENGLISH_EVIDENCE = 2  # English small words an answer says, at the least, to have English
LATIN_WORDS = 3  # or, beside another script, plain lower-case Latin words
_LATIN_WORD = re.compile(r"\b[a-z]{2,}\b")


def with_translations(
    terms: Sequence[str], ticks: Sequence[bool], answer: str, question: str = ""
) -> list[bool]:
    """The ticks, each point also ticked where a point it translates is (see the
    module's docstring); the card's `question` is evidence of its languages too."""
    ticks = list(ticks)
    versions = _versions(terms, answer, question)
    if len(versions) < 2:
        return ticks
    said = list(ticks)
    for one in versions:
        for other in versions:
            if one is other:
                continue
            for i, at in enumerate(one):
                if said[at]:
                    continue
                ticks[at] = ticks[at] or any(said[other[j]] for j in _beside(i, one, other))
    return ticks


def _beside(i: int, one: Sequence[int], other: Sequence[int]) -> range:
    """The places in `other` that take up the share of its version that place `i` does
    of `one`'s."""
    start = i * len(other) // len(one)
    end = -(-(i + 1) * len(other) // len(one))  # (rounded up)
    return range(start, max(end, start + 1))


def _versions(terms: Sequence[str], answer: str, question: str) -> list[list[int]]:
    """The places of the points of each language version, in the answer's order; none
    where the answer is in one language or its versions are too unlike in size."""
    foreign = _latin_language(f"{question}\n{answer}")
    english = _has_english(answer)
    halves = keybilingual.versions(answer, question)  # (lines of two halves)
    found: dict[str, list[int]] = {}
    for at, term in enumerate(terms):
        language = _half_language(term, halves) or _language(term, foreign)
        if language == "english" and not english:
            continue
        found.setdefault(language, []).append(at)
    versions = list(found.values())
    if len(versions) < 2:
        return []
    sizes = [len(v) for v in versions]
    return versions if max(sizes) <= 2 * min(sizes) else []


def _half_language(term: str, halves: tuple[str, set[str], set[str]] | None) -> str:
    """The language of the halves of the answer's lines a point's words are of (see
    `keybilingual`): "Regularisierung hilft", said with no small words, is German where
    it is cut from the German halves; "" where that does not tell."""
    if halves is None:
        return ""
    foreign, other, english = halves
    found = words(term)
    lean = sum(w in other for w in found) - sum(w in english for w in found)
    return foreign if lean > 0 else "english" if lean < 0 else ""


def _language(term: str, foreign: str | None) -> str:
    script = _script(term)
    if script != "LATIN":
        return script
    found = [w for w in words(term) if len(w) > 1]
    if foreign is not None:
        small = keylang.small_words(foreign)
        if sum(w in small for w in found) > sum(w in ENGLISH_STOPWORDS for w in found):
            return foreign
    return "english"


def _script(text: str) -> str:
    """The script most of a text's letters are written in ("LATIN", "CYRILLIC", "CJK" …)."""
    counts: dict[str, int] = {}
    for ch in text:
        if ch.isalpha():
            name = unicodedata.name(ch, "LATIN").split()[0]
            counts[name] = counts.get(name, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else "LATIN"


def _latin_language(answer: str) -> str | None:
    """The other language in the Latin script whose small words the answer says most
    of, `keylang.LANGUAGE_EVIDENCE` at least; None where none is."""
    return keylang.language(words(answer), frozenset())


def _has_english(answer: str) -> bool:
    found = [w for w in words(answer) if len(w) > 1]
    if sum(w in ENGLISH_STOPWORDS for w in found) >= ENGLISH_EVIDENCE:
        return True
    if not any(ch.isalpha() and _script(ch) != "LATIN" for ch in answer):
        return False
    return len(_LATIN_WORD.findall(answer)) >= LATIN_WORDS
