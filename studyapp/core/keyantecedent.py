"""A point cut from what it is said of, said of another thing. No Qt here.

A sentence "Switching between processes also changes the page tables, which flushes
the TLB" gives a point that opens with its verb, "flushes the TLB": what does it is in
the sentence before it. A typed answer that says the verb of another thing the model
answer names ("switching *threads* also flushes the TLB", threads being what the
answer compares processes with) says no such point. Where the typed answer says the
point's verb right after a subject (past "also", "then", an adverb or an auxiliary),
the subject (its head and the word before it) is judged: a pronoun, words of the model
answer's sentence before the point (the point's own thing) or words the model answer
never uses (a paraphrase, not judged) leave the point heard as before; a word the
model answer uses only elsewhere ("threads", "*symbolic* links" where the point is of
hard links), at every place the typed answer says the verb, makes it another thing
(`said_of_another`).
"""

from __future__ import annotations

import re

from studyapp.core.keyheard import STOPWORDS, Heard, stem, word_set, words

# Words between a subject and its verb ("processes *also* flush …").
_BETWEEN = word_set(
    "also then just only still first often always never usually then is are was were be"
    " been can could will would may might must should does do did has have had"
)

_PASSIVE = word_set("is are was were be been being")


def said_of_another(point: str, text: Heard, answer: str) -> bool:
    """True when the point opens with its verb and the typed answer says that verb only
    of another thing the model answer names (see the module's docstring)."""
    from studyapp.core.keymatch import split_point
    from studyapp.core.keysubject import predicate

    if text.language or not answer or split_point(point)[1]:
        return False
    told = point.split()
    if len(told) < 2 or not predicate(told[0]):
        return False  # (a verb and what it does: "flushes the TLB")
    flat = " ".join(re.sub(r"[*_`]", "", answer).split())
    found = re.search(r"\b" + r"\W+".join(re.escape(w) for w in words(point)[:3]), flat, re.I)
    if not found:
        return False
    start = max(flat.rfind(m, 0, found.start()) for m in ".!?\n")
    before = {stem(w) for w in words(flat[start + 1 : found.start()]) if w not in STOPWORDS}
    if not before:
        return False
    rest = flat[: start + 1] + " " + flat[found.end() :]
    elsewhere = {stem(w) for w in words(rest) if w not in STOPWORDS} - before
    own = {stem(w) for w in words(point)}
    verb = words(told[0])[0]
    places = text.positions(verb)
    if not places:
        return False
    tokens = text.tokens
    for at in places:
        k = at - 1
        while k >= 0 and (tokens[k] in _BETWEEN or tokens[k].endswith("ly")):
            k -= 1
        if k < 0 or text.layout.clause[k] != text.layout.clause[at]:
            return False  # no subject before it in its clause
        if tokens[k] in STOPWORDS or _PASSIVE & set(tokens[k + 1 : at]):
            return False  # a pronoun, or a passive's object ("a scale … are applied")
        subject = [stem(tokens[k])]
        if k and text.layout.clause[k - 1] == text.layout.clause[k]:
            subject.append(stem(tokens[k - 1]))  # its modifier ("*symbolic* links")
        if not any(w in elsewhere and w not in own for w in subject):
            return False  # its own thing, or words the answer never says
    return True
