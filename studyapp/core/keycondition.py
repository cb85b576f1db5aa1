"""A condition a point states, which its words said as the thing estimated do not
say. No Qt here.

A point "assuming the null hypothesis is true" (or "… of the data given the
parameters") is a condition: what a probability is computed under. The misconception
"the p-value is the probability that the null hypothesis is true" says every word of
it, but as what the probability is of. A point's condition, the words after its
"assuming", "given", "provided" or "conditional on", is said only where the typed
answer says them as a condition too: a word that opens one ("assuming", "given",
"if", "under", "when" …) a few words before them, in their sentence. Where the
typed answer does not say the condition's words, the share of the point's words
decides, as before.

The other way round: what a point's probability is of ("probability of seeing data at
least as extreme …") is not said by its words typed only as what is given ("the
probability that the null hypothesis is true given the data"): P(H0 | data) for
P(data | H0) (`condition_swapped`).
"""

from __future__ import annotations

from studyapp.core.keyheard import STOPWORDS, Heard, stem, word_set, words

# Words that open a point's condition ("assuming the null hypothesis is true").
_POINT_OPENERS = word_set(
    "assuming assume given provided supposing conditional conditioned presuming"
)
# Words that open a condition in a typed answer.
TYPED_OPENERS = _POINT_OPENERS | word_set(
    "assumes assumed if under suppose when whenever once presume presumed where"
)
_DETERMINERS = word_set("a an the any each every some this that")  # ("a given node")
OPENER_GAP = 4  # words from the condition's opening word to its first word said


def condition(point: str, asked=frozenset()) -> list[str]:
    """The words of a point's condition (own words, not the question's), or none when
    the point states no condition ("a given node" is no condition)."""
    told = words(point.split(": ")[-1])
    for at, word in enumerate(told):
        if word not in _POINT_OPENERS:
            continue
        if at and told[at - 1] in _DETERMINERS:
            continue
        rest = told[at + 1 :]
        if rest and rest[0] == "on":
            rest = rest[1:]  # ("conditional on")
        return [w for w in rest if w not in STOPWORDS and stem(w) not in asked]
    return []


def condition_turned(point: str, text: Heard, asked=frozenset()) -> bool:
    """True when the typed answer says the words of the point's condition, but nowhere
    as a condition (see the module's docstring)."""
    wanted = [] if text.language else condition(point, asked)
    found = [text.positions(w) for w in wanted]
    if not wanted or 2 * sum(1 for f in found if f) < len(wanted):
        return False
    sentence, tokens = text.layout.sentence, text.tokens
    for positions in found:
        for at in positions:
            before = range(max(0, at - OPENER_GAP - 1), at)
            if any(tokens[k] in TYPED_OPENERS and sentence[k] == sentence[at] for k in before):
                return False
    return True


# Words that name a probability, whose object follows ("probability of seeing data").
_PROBABILITY = word_set("probability probabilities chance chances likelihood odds")
# Words that open the given side of a conditional probability in a typed answer.
_GIVEN = word_set("given assuming conditional conditioned")


def condition_swapped(point: str, text: Heard, asked=frozenset()) -> bool:
    """True when a point names what a probability is of ("probability of seeing data at
    least as extreme …") and the typed answer says one of those words only as what it
    is given ("the probability that the null hypothesis is true given the data"):
    P(H0 | data) for P(data | H0). A point's own condition ("… given the disease") is
    no part of what the probability is of."""
    told = words(point.split(": ")[-1])
    heads = [at for at, w in enumerate(told) if w in _PROBABILITY]
    if text.language or not heads:
        return False
    given = condition(point, asked)
    subject = [
        w
        for w in told[heads[0] + 1 :]
        if w not in STOPWORDS and w not in _PROBABILITY and stem(w) not in asked
    ]
    subject = [w for w in subject if w not in given and w not in _POINT_OPENERS]
    tokens, sentence = text.tokens, text.layout.sentence

    def given_side(at: int) -> bool:
        before = range(max(0, at - OPENER_GAP - 1), at)
        return any(
            tokens[k] in _GIVEN
            and sentence[k] == sentence[at]
            and not (k and tokens[k - 1] in _DETERMINERS)  # ("a given node")
            # (a probability named after the condition owns the word: "Given H0, the
            # probability of data this extreme")
            and not any(t in _PROBABILITY for t in tokens[k + 1 : at])
            for k in before
        )

    for w in subject:
        found = text.positions(w)
        if found and all(given_side(at) for at in found):
            return True
    return False
