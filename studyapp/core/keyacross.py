"""A point that is a thing and where it reaches ("transactions across partitions",
"locks on rows", "replication between regions"), said with more words between the two
than a name may hold. No Qt here.

A person says the thing and then what it does there: "Transactions let you write
atomically across several partitions" says "transactions across partitions", though
five words stand between them. The point is said when one typed clause names the thing
and, after it, the point's preposition with the place a word or two after it ("across
several partitions"); the preposition is the relation, so "transactions … in one
partition" says no "transactions across partitions". What a negation denies is not
heard ("transactions never span across partitions").
"""

from __future__ import annotations

from studyapp.core.keymatch import STOPWORDS, Heard, stem, word_set, words

_PREPOSITIONS = word_set("across between among over within inside")
PLACE_GAP = 2  # words from the preposition to the place ("across *several* partitions")
REACH = 10  # words from the thing to the preposition, at most


def _parts(point: str) -> tuple[str, str, str]:
    """A point "thing preposition place" as its three words, or three empty ones."""
    found = [w for w in words(point) if w not in STOPWORDS or w in _PREPOSITIONS]
    if len(found) == 3 and found[1] in _PREPOSITIONS and found[0] not in _PREPOSITIONS:
        return found[0], found[1], found[2]
    return "", "", ""


def reach_said(point: str, heard: Heard) -> bool:
    """Whether the typed answer says the point's thing and, in its clause, the point's
    preposition before its place (see the module's docstring)."""
    from studyapp.core.keyclauses import verb  # (it imports keymatch)

    thing, preposition, place = _parts(point)
    if not thing or verb(thing):
        return False
    text = heard.affirmed()
    clause = text.layout.clause
    places = set(text.positions(place))
    for at in text.positions(thing):
        for k in range(at + 1, min(at + REACH + 1, len(text.tokens))):
            if clause[k] != clause[at]:
                break
            if stem(text.tokens[k]) != stem(preposition) or k not in text.positions(text.tokens[k]):
                continue
            if places & set(range(k + 1, k + PLACE_GAP + 2)):
                return True
    return False
