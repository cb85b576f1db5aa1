"""A clause point whose verb and object a typed answer leaves out, its other noun
made the object of another action. No Qt here.

A point "uploads your local commits to the remote repository" does its verb to the
commits and brings in the remote repository by a preposition. An answer that
"deletes the remote repository" says neither the verb (in any form or synonym
`keyheard` hears) nor the object, and does another action to the point's other thing:
it shares the point's nouns and says another thing of them. Such a point is not said,
unless the answer also says the rest of the point (its subject, or what follows the
destination): "remembers the variables of its enclosing scope" says "function that
keeps access to the variables of the scope …" in other words.
Recognizing either verb needs no list of verbs: `keyobject.object_head` takes a
lower-case word in the "-s" of a verb's third person before its object ("uploads")
as the point's verb, and the typed one is the word right before the noun group
(`keyobject.verb_before`, as for `keyaction`: "deletes the remote repository", "wipes
every remote repository"), not a preposition ("between the tables") nor an "-ing"
form ("using a shard key").
"""

from __future__ import annotations

from studyapp.core.keyheard import STOPWORDS, Heard, stem, words
from studyapp.core.keyrelation import RELATING


def displaced(point: str, text: Heard, asked=frozenset()) -> bool:
    """True when the typed answer says neither a clause point's verb nor its object's
    head noun, and makes another noun of the point the object of a verb the point does
    not say ("deletes the remote repository" for "uploads your local commits to the
    remote repository")."""
    from studyapp.core.keyobject import object_head, verb_before

    verb_word, head = object_head(point)
    if text.language or not verb_word or not head or stem(head) in asked:
        return False
    if stem(verb_word) in asked or text.positions(verb_word) or text.derived(verb_word):
        return False  # its action is said
    if text.positions(head) or text.derived(head):
        return False  # its object is named: what is done to it is judged elsewhere
    told = words(point.split(": ")[-1])
    if head not in told:
        return False
    own = {stem(w) for w in told}
    start = told.index(head) + 1
    destination = _destination(told, start, asked)
    if not destination:
        return False
    # The rest of the point, its subject and what follows the destination, said: the
    # answer tells more of the point than the noun ("remembers the variables of its
    # enclosing scope" for "function that keeps access to the variables of the scope")
    after = told[told.index(destination[-1], start) + 1 :]
    rest = [
        w
        for w in told[: told.index(verb_word)] + after
        if w not in STOPWORDS and stem(w) not in asked and w not in destination
    ]
    if any(text.positions(w) for w in rest):
        return False
    for word in destination:
        for at in text.positions(word):
            doer = verb_before(at, text, gerund=False)
            if doer is not None and stem(text.tokens[doer]) not in own:
                return True
    return False


def _destination(told: list[str], start: int, asked) -> list[str]:
    """The content words of the noun group a preposition of direction brings in right
    after the point's object ("remote", "repository" of "… commits to the remote
    repository"); none where the object goes to no place or thing."""
    from studyapp.core.keyphrases import PLAIN_WORDS  # (it imports keymatch)

    if start >= len(told) or told[start] not in RELATING:
        return []
    group = []
    for word in told[start + 1 :]:
        if word in STOPWORDS:
            if group:
                break
            continue
        group.append(word)
        if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            break  # a plural ends its noun group ("tables | valid")
    return [w for w in group if w not in PLAIN_WORDS and stem(w) not in asked]
