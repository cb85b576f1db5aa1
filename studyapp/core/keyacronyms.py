"""Acronyms and the words they stand for, heard either way. No Qt here.

A person types "true positives" for a model answer's "TP", or "TLS" for its "Transport
Layer Security". The matcher (`keyheard.Heard.positions`) hears an acronym of a point
where the typed answer spells it out, and a point's words where the typed answer writes
their acronym:

- by its letters: the initials of as many words in a row, within one sentence ("first
  in, first out" for "FIFO", "true positives" for "TP"; a plural or lower-case form is
  the same acronym). Two or three letters turn up by chance ("POST updates the" is no
  PUT, "let requests use" no LRU): an acronym this short is spelled out only by words
  that carry content, no small word and no common verb (of three, one may be a verb
  that is also a noun or an adjective: "mean absolute error", "solid state drives").
  Two letters turn up by chance even so ("tracks performance" is no TP): their words
  count only where the model answer says them too, or where a sibling acronym of the
  points, one letter the same, is spelled out by the same word for it ("true
  positives", "false positives" for TP and FP).
- by a definition the points give, "Long Name (LN)" or "LN (Long Name)", whose
  letters need not all match ("Cross-site scripting (XSS)"): its words in a row.

An acronym the typed answer writes ("TLS", in capitals: typed in lower case it is too
often a word) says the words of a point whose initials, in a row, spell it, or that a
definition gives it; not where the points write that acronym themselves (a typed "TP"
is their "TP", not their "truly positive").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

# Two to six capitals, maybe in the plural ("TPs"); not inside a longer word.
ACRONYM = re.compile(r"\b([A-Z]{2,6})s?\b")
SHORT = 3  # an acronym this short is spelled out only by content words
_DEFINED_AFTER = re.compile(
    r"((?:[^\W\d_][\w'’-]*\s+){0,6}[^\W\d_][\w'’-]*)\s*\(\s*([A-Z]{2,6})s?\s*\)"
)
_DEFINED_BEFORE = re.compile(r"\b([A-Z]{2,6})s?\s*\(\s*([^()]{3,60}?)\s*\)")
_SPLIT = re.compile(r"[\s/-]+")


def acronyms_of(points: Iterable[str]) -> set[str]:
    """The acronyms the points write ("LIFO", "TTL", "TP"), which a typed answer may
    spell out."""
    return {found for point in points for found in ACRONYM.findall(point)}


def typed_acronyms(text: str) -> frozenset[str]:
    """The acronyms a typed answer writes in capitals, lower-cased ("TLS" → "tls")."""
    return frozenset(found.casefold() for found in ACRONYM.findall(text))


def _initials_match(acronym: str, names: Sequence[str]) -> int:
    return sum(1 for a, n in zip(acronym, names, strict=False) if n[:1] == a)


def definitions(texts: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """The acronyms the texts define, each with the words it stands for, lower-cased:
    "Global Interpreter Lock (GIL)" and "XSS (cross-site scripting)" give "gil" →
    ("global", "interpreter", "lock") and "xss" → ("cross", "site", "scripting")."""
    found: dict[str, tuple[str, ...]] = {}
    for text in texts:
        for before, acronym in _DEFINED_AFTER.findall(text):
            names = [w for w in _SPLIT.split(before.casefold()) if w]
            key = acronym.casefold()
            chosen = names[-len(key) :]
            # (the words before it that stand for it: as many as its letters, half of
            # them its initials at least; "they call it (SQL)" defines nothing)
            if len(chosen) == len(key) and 2 * _initials_match(key, chosen) >= len(key):
                found[key] = tuple(chosen)
        for acronym, inside in _DEFINED_BEFORE.findall(text):
            names = [w for w in _SPLIT.split(inside.casefold()) if w]
            key = acronym.casefold()
            if len(names) >= len(key) - 1 and names[:1] and names[0][:1] == key[0]:
                found.setdefault(key, tuple(names))
    return found


@lru_cache(maxsize=4096)
def _content(word: str) -> bool:
    """A word that may stand for a letter of a short acronym: no small word, no common
    verb ("let", "use", "updates"), three letters at least."""
    from studyapp.core.keyphrases import PLAIN_WORDS, VERBS  # (it imports keyheard)

    return len(word) >= 3 and word not in PLAIN_WORDS and word not in VERBS


def spelled_at(
    tokens: Sequence[str], sentence: Sequence[int], acronym: str, expansion: Sequence[str] = ()
) -> list[int]:
    """Where words in a row start, within one sentence, that spell `acronym` out: its
    definition's words (`expansion`, by stem), or else the initials of as many words."""
    from studyapp.core.keyheard import stem  # (it imports this module)

    if expansion:
        wanted = [stem(w) for w in expansion]
        n = len(wanted)
        stems = [stem(t) for t in tokens]
        return [
            i
            for i in range(len(tokens) - n + 1)
            if sentence[i] == sentence[i + n - 1] and stems[i : i + n] == wanted
        ]
    n = len(acronym)
    return [
        i
        for i in range(len(tokens) - n + 1)
        if sentence[i] == sentence[i + n - 1]
        and all(tokens[i + k][:1] == acronym[k] for k in range(n))
        and (n > SHORT or _contentful(tokens[i : i + n]))
    ]


def _contentful(run: Sequence[str]) -> bool:
    """Whether a short acronym's run of words carries content (`_content`); of three,
    one may be a common verb that is a noun or adjective too ("mean absolute error",
    "solid state drives")."""
    from studyapp.core.keyphrases import PLAIN_WORDS, VERBS  # (it imports keyheard)

    if all(_content(w) for w in run):
        return True
    verbs = [w for w in run if w in VERBS and w not in PLAIN_WORDS and len(w) >= 3]
    rest = [w for w in run if w not in verbs]
    return len(run) > 2 and len(verbs) == 1 and all(_content(w) for w in rest)


TWO = 2  # an acronym this short is spelled out only where the words are borne out


def borne_out(
    tokens: Sequence[str],
    sentence: Sequence[int],
    acronym: str,
    at: int,
    siblings: Iterable[str],
    context: frozenset[str],
) -> bool:
    """Whether the run of words at `at` that spells a two-letter `acronym` by its
    initials is borne out: each of its words is said in the model answer (`context`,
    stems), or a sibling acronym (one letter the same, at the same place) is spelled out
    in the typed answer with the same word for that letter."""
    from studyapp.core.keyheard import stem  # (it imports this module)

    n = len(acronym)
    run = tokens[at : at + n]
    if all(stem(w) in context for w in run):
        return True
    for other in siblings:
        if other == acronym or len(other) != n:
            continue
        shared = [k for k in range(n) if other[k] == acronym[k]]
        for j in spelled_at(tokens, sentence, other) if shared else ():
            if any(tokens[j + k] == run[k] for k in shared):
                return True
    return False


def stood_for(points: Iterable[str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """What the acronyms a typed answer may write stand for, as far as the points tell:
    their definitions, and each run of two to six words of a point (no small word at its
    ends, no negation in it: "k-NN" is no "not need") under its initials ("Transport
    Layer Security" under "tls")."""
    from studyapp.core.keyheard import NEGATIONS, STOPWORDS, words  # (it imports this module)

    points = list(points)
    found: dict[str, set[tuple[str, ...]]] = {}
    for key, names in definitions(points).items():
        found.setdefault(key, set()).add(names)
    # (an acronym the points write stands for itself: "TP" typed is their "TP", no
    # "truly positive" of theirs)
    written = {a.casefold() for a in acronyms_of(points)}
    for point in points:
        own = words(point)
        for i, first in enumerate(own):
            if first in STOPWORDS or first in NEGATIONS:
                continue
            for n in range(2, 7):
                run = own[i : i + n]
                if len(run) < n:
                    break
                if run[-1] in NEGATIONS:
                    break  # (and every longer run holds it)
                if run[-1] in STOPWORDS:
                    continue
                key = "".join(w[0] for w in run)
                if key not in written:
                    found.setdefault(key, set()).add(tuple(run))
    return tuple((key, names) for key, many in sorted(found.items()) for names in sorted(many))
