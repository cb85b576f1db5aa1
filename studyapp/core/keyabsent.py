"""A name said only as absent, and a point that names an absence. No Qt.

"There is no VACUUM", "Postgres does not need VACUUM", "without an index": the name is
typed, but only to say that the thing is not there or not needed, which is no saying
of the point "VACUUM" or "index". A name's word is heard as absent when a negation of
a noun stands just before it ("no", "without", `keydenial.NOUN_NEGATIONS`), or a
negated verb whose object it is ("does not *need* VACUUM", "is not a lock"). The word
right after a negated verb is the denied verb itself, and a name said so is still said:
"so the model doesn't overfit" names overfitting as what is prevented.

The other way round, a point that itself names an absence, "lock-free" or "stateless",
is said by an answer that denies its root: "no locks are held", "keeps no state",
"without locks" (`absence_said`).
"""

from __future__ import annotations

import re

from studyapp.core.keydenial import NOT_DENYING, NOUN_NEGATIONS, negated
from studyapp.core.keyheard import CLAUSE_WORDS, STOPWORDS, Heard, stem, word_set, words

SCOPE = 3  # words after a negation that it may deny (`keydenial.NEGATION_SCOPE`)
# "lock-free", "stateless", "schema-less": the root is what is absent.
_PRIVATIVE = re.compile(
    r"^(?:(?P<hyphened>[^\W\d_]{3,})-(?:free|less)|(?P<fused>[^\W\d_]{3,})less)$"
)


def absent_positions(text: Heard) -> frozenset[int]:
    """The positions of the typed words said only as absent: in a noun negation's
    scope ("no VACUUM", "without an index"), or after a negated verb but not the verb
    itself ("does not need VACUUM": "vacuum", not "need")."""
    tokens = text.tokens
    clause = text.layout.clause
    hyphened = text.layout.hyphened
    found: set[int] = set()
    for i, token in enumerate(tokens):
        if not negated(tokens, i) or i in hyphened or (token == "no" and text.language):
            continue  # (Spanish "no" denies a verb, Portuguese "no" is "in the")
        if i + 1 < len(tokens) and tokens[i + 1] in _NOT_ABSENCE:
            continue  # "not just a cache", "no more than one thread"
        noun = token in NOUN_NEGATIONS
        verb_seen = noun
        for j in range(i + 1, min(len(tokens), i + 1 + SCOPE)):
            if tokens[j] in CLAUSE_WORDS or clause[j] != clause[i]:
                break
            if tokens[j] in STOPWORDS:
                continue
            if not verb_seen:
                verb_seen = True  # the denied verb ("need"), or the name as verb ("overfit")
                if not _auxiliary(tokens[j]):
                    continue
            found.add(j)
    return frozenset(found)


# Words after a negation that make it no denial of what follows ("not only", "no more
# than": `keydenial`'s, and comparisons).
_NOT_ABSENCE = NOT_DENYING | word_set("more less fewer")
_AUX = word_set("is are was were be been being")


def _auxiliary(token: str) -> bool:
    """A copula after the negation: what follows it is the denied predicate ("is not
    a lock")."""
    return token in _AUX


def affirmed(text: Heard) -> Heard:
    """The typed answer without the words it says only as absent (nor those it was
    heard without already: what a negation denies)."""
    absent = absent_positions(text)
    if not absent:
        return text
    deaf = absent | text._deaf
    found = Heard(text.tokens, deaf, text.layout, text.acronyms, text.language, text.spelling)
    found._glossed = text._glosses()
    return found


def absence_said(point: str, text: Heard) -> bool:
    """Whether a point naming an absence ("lock-free", "stateless") is said by the typed
    answer denying its root ("no locks are held", "keeps no state")."""
    tokens = point.split()
    roots = [(i, m) for i, t in enumerate(tokens) if (m := _PRIVATIVE.match(t.casefold()))]
    if len(roots) != 1:
        return False
    at, match = roots[0]
    root = match.group("hyphened") or match.group("fused")
    rest = [w for k, t in enumerate(tokens) if k != at for w in words(t) if w not in STOPWORDS]
    denied = _denied_roots(text)
    if not any(stem(root) == stem(text.tokens[p]) or p in text.positions(root) for p in denied):
        return False
    return all(text.positions(w) for w in rest)


def _denied_roots(text: Heard) -> set[int]:
    """Positions of the words any negation denies (a noun's or a verb's)."""
    from studyapp.core.keydenial import denied_positions

    return set(denied_positions(text.tokens, text.layout)) | set(absent_positions(text))
