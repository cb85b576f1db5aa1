"""Which thing a point does something for each of, and which it ranges over. No Qt here.

A point "Layer norm normalizes across the features of each example" says two roles:
the features are what it ranges over (after "across", "over", "along", "within"),
the example what it does it for, one at a time (after "each", "every"). The
misconception "normalizes across the batch for each feature" says the same words
with the roles swapped. A point with both roles is not said where the typed answer
puts a word of the point other than the one it does it for after its own "each"
or "every" ("for each *feature*"), or that one after a word of range ("over the
*examples*"), and never puts that one after an "each" or "every". ("Per" is left out:
"statistics per mini-batch" names the range as much as the unit.)
"""

from __future__ import annotations

from studyapp.core.keyheard import STOPWORDS, Heard, stem, word_set, words

EACH = word_set("each every")  # (not "per": "statistics per mini-batch" is a range)
RANGE = word_set("across over along within throughout")
# Words between "each" and its noun that name no thing ("for every *single* example").
_FILLERS = word_set("single individual one of the its their own given")
REACH = 3  # words from "each" or "across" to the noun it governs, at most


def _governed(told: list[str], at: int) -> str:
    """The first content word after `told[at]`, a few words on ("example" of "each
    single example", "features" of "across its features")."""
    for word in told[at + 1 : at + 1 + REACH]:
        if word in _FILLERS or word in STOPWORDS:
            continue
        return word
    return ""


def roles(point: str) -> tuple[str, list[str]]:
    """The word a point does its verb for each of, and the words it ranges over
    ("example", ["features"]); ("", []) for a point without both roles."""
    told = words(point.split(": ")[-1])
    each = next((g for k, t in enumerate(told) if t in EACH and (g := _governed(told, k))), "")
    ranged = [g for k, t in enumerate(told) if t in RANGE and (g := _governed(told, k))]
    ranged = [w for w in ranged if stem(w) != stem(each)]
    return (each, ranged) if each and ranged else ("", [])


def _after(text: Heard, openers: frozenset[str]) -> set[int]:
    """The positions of the nouns the typed answer puts after a word of `openers`."""
    tokens, found = text.tokens, set()
    for k, token in enumerate(tokens):
        if token not in openers:
            continue
        for at in range(k + 1, min(len(tokens), k + 1 + REACH)):
            if tokens[at] in _FILLERS or tokens[at] in STOPWORDS:
                continue
            found.add(at)
            break
    return found


def roles_swapped(point: str, text: Heard, asked=frozenset()) -> bool:
    """True when the typed answer gives the point's roles to each other's words (see
    the module's docstring)."""
    each = roles(point)[0]
    if not each or text.language:
        return False
    per = _after(text, EACH)
    if per & set(text.positions(each)):
        return False  # "for every single example": its own role said
    own = {w for w in words(point) if w not in STOPWORDS and stem(w) not in asked}
    others = [w for w in own if stem(w) != stem(each)]
    if any(per & set(text.positions(w)) for w in others):
        return True  # "for each feature"
    return bool(_after(text, RANGE) & set(text.positions(each)))  # "over the examples"
