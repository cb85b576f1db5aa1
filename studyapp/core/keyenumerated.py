"""A sentence that only lists things: a pipeline, the steps or parts of something, as
short noun phrases between commas ("DNS lookup, TCP handshake, TLS handshake, HTTP
request, server response, rendering.", "Lexing, parsing, semantic analysis, then code
generation."). Each item is a point of its own: none dropped, none merged with its
neighbour. No Qt here.

A sentence is such a list only when every piece between its commas (and an "and",
"or" or "then" before the last) is a short phrase naming something: up to four words
(articles aside), no pronoun or auxiliary, an article only after a preposition
("delivery to the inbox"), and no verb doing something to what follows ("use
timeouts", "the model fits noise", "sends HTTP"). A lead before a colon that only
announces the list ("Steps:", "The main stages:") is no part of it. Prose with commas
("Acquire locks in a fixed order, use timeouts, or avoid holding several") stays
prose, said in clauses (`keyclauses`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from studyapp.core import keylang
from studyapp.core.keymatch import restates, word_set, words

MIN_ITEMS = 3  # two things joined by "and" are one phrase, not a list
MAX_ITEM_WORDS = 4  # a longer piece says something of what it names: a clause

# (the list's own conjunction in any language: "Read Committed et Serializable")
_JOIN = rf"(?:and\s+then|{keylang.CONJUNCTION}|then)"
_SPLIT = re.compile(rf"\s*,\s*(?:{_JOIN}\s+)?")
_LAST = re.compile(rf"\s+{_JOIN}\s+")
_ARTICLE = re.compile(r"^(?:a|an|the)\s+", re.IGNORECASE)
# What makes a piece a clause wherever it stands: an auxiliary, a pronoun, an article
# or determiner inside it, a word that links clauses.
_CLAUSE_WORDS = word_set(
    """is are was were be been being am has have had do does did can could will would
    shall should may might must not it they we you he she i this these those that which
    who whom whose what when where while because if so but its their his her our your
    my there here"""
)
# Small words a noun phrase may hold inside ("deployment to staging", "SQL query on a
# miss"), never at its ends; an article only after one of them.
_INNER = word_set("of to on for in from with by over into per and or")
_ARTICLES = word_set("a an the")
_WORDS = re.compile(r"[^\W\d_][\w'’/+.-]*(?:\s+[\w'’/+.-]+)*")


def items(sentence: str) -> list[str]:
    """The items a sentence lists when it only lists short noun phrases (see the
    module's docstring), in its order, each without a leading article; [] for prose."""
    text = sentence.strip().rstrip(".!?").strip()
    lead, colon, rest = text.partition(": ")
    if colon and _announces(lead):
        text = rest  # "Then: linting, unit tests, …", "Three stages: …"
    if not text or re.search(r"[;:=()\[\]{}\"“”]|\s[–—-]\s", text):
        return []
    pieces = [p.strip() for p in _SPLIT.split(text)]
    if len(pieces) < 2:
        return []
    last = _LAST.split(pieces[-1])
    if len(last) == 2:  # "…, semantic analysis and code generation"
        pieces[-1:] = last
    pieces = [_ARTICLE.sub("", p) for p in pieces]
    if len(pieces) < MIN_ITEMS or not all(_noun_phrase(p) for p in pieces):
        return []
    return pieces


def _announces(lead: str) -> bool:
    """Whether what comes before a colon only announces a list ("Steps", "Then", "The
    three main stages"): it names nothing the items do not."""
    from studyapp.core.keyclauses import INTRO_WORDS, MARKERS  # (it imports this module)

    found = [w for w in words(lead) if w not in _ARTICLES]
    return 0 < len(found) <= MAX_ITEM_WORDS and all(w in INTRO_WORDS | MARKERS for w in found)


def _noun_phrase(piece: str) -> bool:
    """Whether a piece names something rather than says something (see the module's
    docstring)."""
    from studyapp.core.keyphrases import VERBS  # (it imports keymatch)

    found = words(piece)
    counted = [w for w in piece.split() if w.casefold() not in _ARTICLES]
    if not 1 <= len(counted) <= MAX_ITEM_WORDS or not _WORDS.fullmatch(piece):
        return False  # (a piece of symbols, "O(n)", "k-1", is no item of prose)
    if any(w in _CLAUSE_WORDS for w in found) or found[0] in _INNER or found[-1] in _INNER:
        return False
    if any(w in _ARTICLES and found[k - 1] not in _INNER for k, w in enumerate(found)):
        return False  # ("delivery to the inbox", not "model the noise")
    first, *rest = piece.split()
    if rest and first.casefold() in VERBS and first[:1].islower():
        return False  # "use timeouts", "sends HTTP": a verb and its object
    # a verb with a word after it, past its first: "model fits noise", "tests pass"
    return not any(
        w in VERBS and w.endswith(("s", "ed")) and w not in ("process", "access")
        for w in found[1:-1]
    )


def listed(texts: Sequence[str]) -> int:
    """How many items the sentences of an answer's paragraphs list (`items`)."""
    from studyapp.core.keyclauses import sentences  # (it imports this module)

    return sum(len(items(s)) for text in texts for s in sentences(text))


def points(sentence: str, question: str) -> list[str]:
    """A listing sentence's items as points: those that say more than the question."""
    return [i for i in items(sentence) if not (question and restates(i, question))]
