"""Where a clause point must keep words the clause cutter would leave out. No Qt here.

`keyclauses` cuts an answer's sentences into clause points and trims their ends. Two
kinds of words carry meaning there: the particle a verb ends on, where the answer's
clause ends ("so they cannot be tampered with": "tampered" alone says something else;
"outside styles don't leak in"),
and the clause before a piece that refers back to it by a pronoun ("recursively copies
all nested objects, so changes to them do not affect the original": "changes to them"
alone refers to nothing), which the two say together.
"""

from __future__ import annotations

import re

from studyapp.core.keymatch import word_set, words

_PARTICLES = word_set("with on upon up out off for about in")
# Words after which the next is a verb ("don't leak in", "can log in", "to opt in").
_BEFORE_VERB = word_set("t not never to can could will would must should may might")
# A piece that goes on from the clause before it and refers back to what it names: a
# link, a subject, and a pronoun after a preposition in it ("so changes to them …"; not
# "and the client verifies it", whose subject is its own).
_REFERRING = re.compile(
    r"^\s*(?:so|and|but|thus|hence)\s+(?:\S+\s+){1,2}(?:to|of|on|in|with|from|for|about)"
    r"\s+(?:them|it)\b",
    re.I,
)
JOINED_WORDS = 18  # the two together, at most this many words (a subject cut from them after)


def particle(pieces: list[str], verb) -> bool:
    """Whether a clause ends on a verb's particle ("tampered with", "relied on"); `verb`
    tells a verb form (`keyclauses.verb`)."""
    found = words(" ".join(pieces[-3:]))[-3:]
    if len(found) < 2 or found[-1] not in _PARTICLES:
        return False
    return (
        found[-2].endswith("ed")
        or verb(found[-2])
        or (len(found) == 3 and found[0] in _BEFORE_VERB)
    )


def refers_back(before: str, after: str) -> bool:
    """Whether a piece refers back to the clause before it by a pronoun that is not its
    subject ("…, so changes to them do not affect the original"), both short enough to
    be one point."""
    return bool(_REFERRING.match(after)) and len(f"{before} {after}".split()) <= JOINED_WORDS
