"""A change of kind said by the kinds changed: "converts sort-merge joins to broadcast
joins" says "switches join strategies". No Qt here.

A point that changes a thing's kind ("switches join strategies", "changes the index
type", "swaps sorting algorithms") names no kind; a person telling it names the two
kinds, from one to the other: "converts sort-merge joins to broadcast joins", "replaces
B-tree indexes with hash indexes". The point is said when one typed clause has a verb
of change and the thing twice, each time after another word that names its kind, the
second after "to", "into", "with" or "for" ("… joins to broadcast joins"). The thing
named once ("uses broadcast joins") changes nothing, and a denied change ("never
converts …") says none.
"""

from __future__ import annotations

from studyapp.core.keymatch import STOPWORDS, Heard, stem, word_set, words

# Words that name the kinds of a thing, not a thing: "join *strategies*".
_KINDS = word_set(
    "strategy strategies type types kind kinds mode modes algorithm algorithms method methods"
)
# Verbs of change, in the point and typed.
_CHANGES = frozenset(
    stem(w)
    for w in words(
        "switch switches switched switching change changes changed changing convert converts"
        " converted converting swap swaps swapped swapping replace replaces replaced"
        " replacing turn turns turned turning"
    )
)
_INTO = word_set("to into with for")
SPAN = 8  # words from the first kind named to the second, at most


def changed_thing(point: str) -> str:
    """The thing whose kind a point changes ("join" of "switches join strategies"), or
    ""."""
    found = [w for w in words(point) if w not in STOPWORDS]
    for k in range(len(found) - 2):
        verb, thing, kinds = found[k : k + 3]
        if stem(verb) in _CHANGES and kinds in _KINDS and thing not in _KINDS:
            return thing
    return ""


def kinds_changed(point: str, heard: Heard) -> bool:
    """Whether the typed answer says the point's change of kind by naming the two kinds
    (see the module's docstring)."""
    thing = changed_thing(point)
    if not thing:
        return False
    text = heard.affirmed()  # (a denied change is none)
    tokens, clause = text.tokens, text.layout.clause
    named = [i for i, t in enumerate(tokens) if i > 0 and stem(t) == stem(thing)]
    for first in named:
        for second in named:
            if not 0 < second - first <= SPAN or clause[first] != clause[second]:
                continue
            kind_one, kind_two = tokens[first - 1], tokens[second - 1]
            if kind_one in STOPWORDS or kind_two in STOPWORDS or kind_one == kind_two:
                continue
            between = tokens[first + 1 : second - 1]
            if not any(w in _INTO for w in between):
                continue
            if any(
                i < first and clause[i] == clause[first] and i in text.positions(tokens[i])
                for i in range(len(tokens))
                if stem(tokens[i]) in _CHANGES
            ):
                return True  # (a change denied, "never converts", is no more heard)
    return False
