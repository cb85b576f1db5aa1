"""How people say what a clause does, told apart from another's: "is applied to" for
the verb both sides share, and a participle for "after". No Qt here.

Asked how WHERE differs from HAVING, a person says "WHERE is applied to individual
rows; HAVING is applied to the aggregated groups". Both filter: the verb every side's
point says ("filters") tells no side from another, and "is applied to", "works on",
"operates on" or "acts on" says it of the side's own object (`light_verb`). And "the
aggregated groups" are the "groups after aggregation", "the windowed rows" the "rows
after windowing": a participle before a noun says "after" of it (`participles`, heard
where the participle is).
"""

from __future__ import annotations

from collections.abc import Sequence

from studyapp.core.keyheard import STOPWORDS, Heard, stem, word_set

# Verbs that say an action on what follows them, whatever the action is.
_LIGHT = frozenset(stem(w) for w in word_set("applied applies apply works operates acts"))
_ON = word_set("to on upon")
_AFTER = stem("after")
# Words a participle before a noun comes after: an article, a determiner.
_DETERMINERS = word_set("a an the its their each every all these those this that any")
_NOT_PARTICIPLES = word_set("need needed used based called red bed speed seed feed")


def light_verb(text: Heard) -> bool:
    """Whether the typed answer (a side's part of it) says an action by a light verb
    with its object after it ("is applied to", "works on")."""
    tokens = text.tokens
    return any(
        stem(token) in _LIGHT and k + 1 < len(tokens) and tokens[k + 1] in _ON
        for k, token in enumerate(tokens)
    )


def participles(tokens: Sequence[str], clause: Sequence[int]) -> dict[str, list[int]]:
    """Where a participle before a noun says "after" of it ("the aggregated groups"):
    the stem of "after" heard at the participle."""
    found: list[int] = []
    for k in range(1, len(tokens) - 1):
        word, before, after = tokens[k], tokens[k - 1], tokens[k + 1]
        if len(word) < 6 or not word.endswith("ed") or word in _NOT_PARTICIPLES:
            continue
        if before not in _DETERMINERS or after in STOPWORDS or after.endswith("ed"):
            continue
        if clause[k] == clause[k + 1] == clause[k - 1]:
            found.append(k)
    return {_AFTER: found} if found else {}


def shared_verbs(
    wanted: Sequence[str], found: Sequence[str], shared: set[str], text: Heard
) -> list[str]:
    """The verbs of a side's point that every side's point says, not typed, when the
    side's part of the typed answer says an action by a light verb (`light_verb`)."""
    from studyapp.core.keysubject import predicate  # (it imports keyclauses)

    if not shared or not light_verb(text):
        return []
    return [w for w in wanted if w not in found and stem(w) in shared and predicate(w)]
