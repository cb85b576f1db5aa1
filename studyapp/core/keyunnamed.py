"""A point's own subject left unnamed where the typed answer says the rest of it of
another thing. No Qt here.

A point that names what it is about ("Sinks must be idempotent or transactional too",
the last item of a list whose other items are about the producer) says its predicate of
that subject. A typed answer that never names the subject (in any form or synonym
`keyheard` hears) and says the point's other words only in clauses whose subject is what
another point is about, its side or its subject ("Exactly once needs an idempotent
producer and transactions"), says no such point: its words are about something else.
A clause whose subject is a pronoun ("they must be …"), the point's own words or any
other words (a paraphrase: "the output systems must be …") is heard as before, and so
is a point whose subject is what the question asks (the question's words are another
thing where they name another point's side: "Exactly-once: …").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from studyapp.core.keyheard import STOPWORDS, Heard, stem, words


def subject_unnamed(
    point: str, points: Sequence[str], text: Heard, answer: str, asked=frozenset()
) -> bool:
    """True when the typed answer names none of a clause point's subject and says its
    other words only where another point's subject or side is the subject (see the
    module's docstring)."""
    from studyapp.core.keyclauses import own_words  # (they import keymatch)
    from studyapp.core.keymatch import split_point, statement

    if text.language or not answer or split_point(point)[1] or not statement(point):
        return False
    subject = [w for w in subject_of(point) if stem(w) not in asked]
    if not subject or any(text.positions(w) or text.derived(w) for w in subject):
        return False
    mine = {stem(w) for w in words(point)}
    others = {  # (the question's words too, where they name another point's side)
        stem(w) for other in points if other != point for w in _doer(other)
    } - mine
    named = {stem(w) for w in subject}
    rest = [w for w in own_words(point, frozenset(asked)) if stem(w) not in named]
    places = {p for w in rest for p in _said(w, text)}
    if not places:
        return False
    for at in places:
        doer = _typed_subject(text, at)
        if not doer or not others & set(doer) or mine & set(doer):
            return False  # a pronoun, its own thing, or a paraphrase: not judged here
    return True


def _said(word: str, text: Heard) -> list[int]:
    return text.positions(word) or text.derived(word)


# Words that open a subject and are no part of it.
_OPENERS = frozenset({"a", "an", "the", "each", "every", "all", "some", "any"})
SUBJECT_WORDS = 3  # a subject of a point, at most this many words ("Edge servers")


def subject_of(point: str) -> list[str]:
    """The words of a clause point's subject, a short noun group before its verb
    ("sinks" of "Sinks must be idempotent", "edge servers" of "Edge servers cache …");
    [] where it opens with a verb or a phrase ("Makes joins cheaper", "scaled by",
    "probability of getting a result")."""
    from studyapp.core.keyclauses import verb  # (it imports keymatch)
    from studyapp.core.keydoing import _known_verb, _verb_at
    from studyapp.core.keysubject import predicate

    told = point.split()
    while told and told[0].casefold() in _OPENERS:
        told = told[1:]
    at = _verb_at(told) if len(told) > 1 else 0
    found = words(" ".join(told[:at]))
    if not found or len(found) > SUBJECT_WORDS or re.search(r"[,;:()]", " ".join(told[:at])):
        return []
    # (a first word that may be a verb, "Makes joins …", only before a verb for sure:
    # "Sinks must be …")
    if verb(found[0]) or (predicate(found[0]) and not _known_verb(told[at])):
        return []
    if any(w in STOPWORDS or w.endswith(("ing", "ed")) for w in found):
        return []
    return found


def _doer(point: str) -> list[str]:
    """What a point is about: the side it names ("Exactly-once" of "Exactly-once:
    idempotent producer"), or its subject."""
    from studyapp.core.keymatch import split_point

    name, gloss = split_point(point)
    return words(name) if gloss else subject_of(point)


def _typed_subject(text: Heard, at: int) -> list[str]:
    """The stems of the subject of the typed clause that holds position `at`: the words
    before its verb; a clause with no verb or none before it ("… and transactions",
    "and must be …") has the subject of the clause before it in its sentence. [] for a
    pronoun or none."""
    from studyapp.core.keydoing import _verb_at

    tokens, clause, sentence = text.tokens, text.layout.clause, text.layout.sentence
    current = clause[at]
    while True:
        spots = [i for i in range(len(tokens)) if clause[i] == current]
        if not spots or sentence[spots[0]] != sentence[at]:
            return []
        told = [tokens[i] for i in spots]
        verb = _verb_at(told)
        found = [stem(t) for t in told[:verb] if t not in STOPWORDS | _LINKS] if verb else []
        if found:
            return found
        if verb and any(t not in _LINKS for t in told[:verb]):
            return []  # a pronoun ("they must be …")
        current -= 1


_LINKS = frozenset({"and", "or", "but", "so", "then", "while", "whereas"})
