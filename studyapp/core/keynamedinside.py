"""A side's name typed only as a word of what its own point says. No Qt here.

A point may hold its side's name inside one of its phrases: "type: unions,
intersections and mapped types", "record: value equality, with-expressions and
positional record syntax". A typed answer that says that phrase of another side
("interfaces can express … mapped types", "classes give … positional record syntax")
does not name the side there: the word is the phrase's, and what the clause says is
said of the side it does name. Such a place is where the typed answer has, beside the
word, the nearest word of the phrase that is no small word, within a few words, where
the phrase has it ("mapped" right before "types"; small words alone beside it, "a
set", tell nothing), and where the side named last before it is another. Only the
name's own word, singular or plural, is one: the "generate" of "Generative: designed
to generate text" is what the point says.
"""

from __future__ import annotations

from collections.abc import Sequence

from studyapp.core.keyheard import STOPWORDS, Heard, stem, words

REACH = 3  # words from the name's word to the phrase's word beside it, small ones between


def inside_own_phrase(
    name: str, gloss: str, text: Heard, named: Sequence[int], others: Sequence[int]
) -> set[int]:
    """The typed places of the side `name` (`named`: where the answer names it) that
    are words of a phrase of its own point's `gloss`, where the side named last before
    them is another (`others`: where the answer names those), see the module's
    docstring."""
    own = words(gloss)
    mine = {stem(w) for w in words(name) if w not in STOPWORDS}  # (not `and`, `or`)
    spelled = [w for w in words(name) if w not in STOPWORDS]
    found: set[int] = set()
    for at, word in enumerate(own):
        if stem(word) not in mine or not any(_same_word(word, w) for w in spelled):
            continue  # ("generate text" holds no "Generative": another word of its stem)
        for way in (-1, 1):
            step = next(
                (
                    k * way
                    for k in range(1, REACH + 1)
                    if 0 <= at + k * way < len(own) and own[at + k * way] not in STOPWORDS
                ),
                0,
            )
            if not step or stem(own[at + step]) in mine:
                continue
            beside = set(text.positions(own[at + step]))
            found |= {p for p in text.positions(word) if p + step in beside}
    sentence = text.layout.sentence

    def before(at: int, places) -> bool:
        return any(p < at and sentence[p] == sentence[at] for p in places)

    named_here = [p for p in named if p not in found]
    return {
        at
        for at in found
        if before(at, others)
        and max(o for o in others if o < at) > max((p for p in named_here if p < at), default=-1)
    }


def _same_word(one: str, other: str) -> bool:
    """Whether two words are one, in the singular or the plural ("types", "type")."""
    short, long = sorted((one.casefold(), other.casefold()), key=len)
    return long.startswith(short) and len(long) - len(short) <= len("es")
