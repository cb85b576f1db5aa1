"""Where a typed answer says what a named thing is. No Qt here.

A point "Name: what it is" ("deadlock: two or more threads each hold a lock the other
needs") is said in one place: where the typed answer names the thing, what it says of
it is in the sentences that name it, or in the sentence right after one, when that
opens with a pronoun for it ("It happens when …") or the one before only names it ("A
queue? FIFO order."). Words of the point in a sentence about
something else say nothing of it: "A deadlock is when one thread runs forever … You
avoid it by adding more threads and locks" does not say that threads each hold a lock.
An answer that never names the thing (the question does) says it anywhere.

So too a clause point cut from a sentence of the answer that defines a name ("A
deadlock is when two or more threads each hold a lock …" gives "two or more threads
each hold a lock the other needs"): what it says is what that name is.
"""

from __future__ import annotations

import re

from studyapp.core.keyheard import STOPWORDS, Heard, stem, word_set, words

# What opens a sentence that goes on about the thing the one before it named.
_PRONOUNS = word_set("it its this that they these those such")


def where_named(name: str, text: Heard) -> Heard:
    """The part of the typed answer that can say what `name` is (see the module's
    docstring): all of it where the answer does not name it."""
    wanted = {stem(w) for w in words(name) if w not in STOPWORDS}
    if not wanted or not text.tokens:
        return text
    sentence = text.layout.sentence
    per_sentence: dict[int, set[str]] = {}
    for word in wanted:
        for at in text.positions(word):
            per_sentence.setdefault(sentence[at], set()).add(word)
    naming = {s for s, found in per_sentence.items() if found >= wanted}
    if not naming:
        return text
    opening: dict[int, str] = {}  # each sentence's first word
    others: dict[int, int] = {}  # … and how many words not the name's it has
    for at, token in enumerate(text.tokens):
        opening.setdefault(sentence[at], token.casefold())
        other = token.casefold() not in STOPWORDS and stem(token) not in wanted
        others[sentence[at]] = others.get(sentence[at], 0) + other
    kept = naming | {s + 1 for s in naming if opening.get(s + 1) in _PRONOUNS or not others.get(s)}
    keep = [at for at in range(len(text.tokens)) if sentence[at] in kept]
    return text.part(keep) if len(keep) < len(text.tokens) else text


# A sentence that defines a name: "A deadlock is when …", "Starvation means …".
_DEFINES = re.compile(
    r"^\W*(?:(?:an?|the)\s+)?(?P<name>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,2}?)\s+"
    r"(?:is|are|means|refers\s+to)\b",
    re.I,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def defined_by(point: str, answer: str) -> str:
    """The name the answer's sentence that holds a clause point defines ("deadlock" for
    "two or more threads each hold a lock …"); "" where none does."""
    from studyapp.core.keymatch import statement  # (it imports keyheard)

    head = " ".join(point.split()[:4])
    if not head or ":" in point or not statement(point):
        return ""  # (a name, "B-tree", is said by naming it, wherever)
    for sentence in _SENTENCE_END.split(" ".join(answer.split())):
        defining = _DEFINES.match(sentence)
        if defining and head in sentence[defining.end() :]:
            return defining["name"]
    return ""


def named_part(name: str, typed: str) -> str:
    """The typed answer's sentences that can say what `name` is (see the module's
    docstring), as text: all of it where it does not name it."""
    wanted = {stem(w) for w in words(name) if w not in STOPWORDS}
    sentences = _SENTENCE_END.split(typed.strip())
    found = [[stem(w) for w in words(sentence)] for sentence in sentences]
    naming = [bool(wanted) and wanted <= set(stems) for stems in found]
    if not any(naming):
        return typed
    kept = []
    for k, sentence in enumerate(sentences):
        before = k > 0 and naming[k - 1]
        only_name = before and not [
            w for w in words(sentences[k - 1]) if w not in STOPWORDS and stem(w) not in wanted
        ]
        opens = words(sentence)[:1] and words(sentence)[0] in _PRONOUNS
        if naming[k] or (before and (opens or only_name)):
            kept.append(sentence)
    return " ".join(kept)
