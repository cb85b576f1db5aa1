"""A point's word heard in the form of other typed words. No Qt here.

A compound names a kind of its last part: "JavaScript" is a script, a "microservice" a
service, a "subprocess" a process. A typed compound says a point's word that is its
last part (`compound_heads`): the part five letters long at least, after a first part
of three letters at least that does not turn it into its opposite ("anti-", "dis-");
"database" says no "base", "password" no "word", "disconnects" no "connects".

A count says what a word of number names: "two keys" is a key pair, "2 replicas" a
pair of replicas (`counted`): "pair" is heard where "two" (or "2", "both") stands
before a plural noun.

Two words side by side in the model answer are often typed clipped into one: "protobuf"
for "Protocol Buffers", "regex" for "regular expression" (`clipped`): a typed word
made of the first word's opening (three letters at least) and the second's (two at
least) says both. Only words that stand side by side in the points or the model
answer are joined so: "prototype" says no "protocol".
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from studyapp.core.keyheard import STOPWORDS, stem, word_set

PART_MIN = 5  # letters of the point's word heard as a compound's last part
FIRST_MIN = 3  # letters of the compound's first part ("webserver")
_TURNING = ("anti", "counter", "pseudo", "quasi", "semi", "non", "over", "under", "dis", "mis")
_PAIR = word_set("pair pairs couple")
_TWO = word_set("two 2 both")


def compound_heads(tokens: Sequence[str], word: str) -> list[int]:
    """Where a typed compound ends in `word` ("javascript" for "script")."""
    if len(word) < PART_MIN or not word.isalpha():
        return []
    root = stem(word)
    found = []
    for i, token in enumerate(tokens):
        if len(token) < len(word) + FIRST_MIN or not token.isalpha():
            continue
        own = stem(token)
        if (
            own.endswith(root)
            and len(own) - len(root) >= FIRST_MIN
            and not own.startswith(_TURNING)
        ):
            found.append(i)
    return found


def counted(tokens: Sequence[str], word: str) -> list[int]:
    """Where a count of two before a plural noun says "pair" ("two keys")."""
    if word not in _PAIR:
        return []
    return [
        i
        for i, token in enumerate(tokens[:-1])
        if token in _TWO and tokens[i + 1].endswith("s") and not tokens[i + 1].endswith("ss")
    ]


CLIP_FIRST = 3  # letters of the first word a clipped compound keeps, at least
CLIP_SECOND = 2  # letters of the second word


def clipped(tokens: Sequence[str], word: str, pairs: Collection[tuple[str, str]]) -> list[int]:
    """Where a typed word joins the openings of two words side by side, `word` one of
    them ("protobuf" for "protocol" and for "buffers")."""
    mine = [
        (a, b)
        for a, b in pairs
        if word in (a, b) and a != b and a not in STOPWORDS and b not in STOPWORDS
    ]
    if not mine:
        return []
    # (a word the model answer itself writes is that word, no clipping of two others:
    # "stash" beside "git status shows" is no "status shows"; written whole together, it
    # is them, "pretrained" beside "pre-trained")
    written = {w for pair in pairs for w in pair}
    found = []
    for i, token in enumerate(tokens):
        if len(token) < CLIP_FIRST + CLIP_SECOND or not token.isalpha() or token in STOPWORDS:
            continue
        for a, b in mine:
            if token in (a, b) or len(a) < CLIP_FIRST or not token.startswith(a[:CLIP_FIRST]):
                continue  # (every opening tried below starts with those letters)
            if token in written and not token.startswith(a):
                continue
            if any(
                token.startswith(a[:k])
                and len(token) - k >= CLIP_SECOND
                and b.startswith(token[k:])
                for k in range(CLIP_FIRST, len(a) + 1)
            ):
                found.append(i)
                break
    return found
