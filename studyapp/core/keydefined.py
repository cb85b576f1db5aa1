"""Where a typed answer says what a named thing is. No Qt here.

A point "Name: what it is" ("deadlock: two or more threads each hold a lock the other
needs") is said in one place: where the typed answer names the thing, what it says of
it is in the sentences that name it, or in the sentence right after one, when that
opens with a pronoun for it ("It happens when …") or the one before only names it ("A
queue? FIFO order."). Words of the point in a sentence about
something else say nothing of it: "A deadlock is when one thread runs forever … You
avoid it by adding more threads and locks" does not say that threads each hold a lock.
An answer that never names the thing (the question does) says it anywhere.
"""

from __future__ import annotations

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
