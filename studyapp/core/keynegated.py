"""A point of several claims is not said by an answer that denies one of them. No Qt.

"PUT: replaces the whole resource and is idempotent" was ticked by "PUT replaces the
whole resource and is *never* idempotent": the denied word is not heard, but the rest
of the point is, and three words of four say it. A clause point that affirms (it says
no "not" itself, `keydenial.denies`) is not said where a word of its own is typed, on
its side, only right after a negation of a verb, as what the negation denies first:
"is never idempotent", "is no longer idempotent", "is hardly idempotent", "is not at
all idempotent", "is neither idempotent nor safe". "not only", "not just" deny nothing,
nor "no longer than" (a comparison); a word said affirmed anywhere on the side (it is
"not slow, it is idempotent") is said.
"""

from __future__ import annotations

from collections.abc import Sequence

from studyapp.core.keydenial import NT_STEMS, denies
from studyapp.core.keyheard import STOPWORDS, Heard, stem, word_set, words

# Negations of a verb or of a quality, and the near-negations that deny as much.
_DENYING = word_set("not never cannot hardly barely scarcely neither")
_NOT_DENYING = word_set("only just merely simply solely")
# Words between a negation and what it denies that deny nothing themselves.
_FILLERS = word_set("at all even ever really always longer any")


def _negation(tokens: Sequence[str], i: int) -> bool:
    token = tokens[i]
    if token in _DENYING or (token == "t" and i and tokens[i - 1] in NT_STEMS):
        return True
    # "no longer idempotent" denies; "no longer than a second" compares
    return (
        token == "no"
        and i + 1 < len(tokens)
        and tokens[i + 1] == "longer"
        and (i + 2 >= len(tokens) or tokens[i + 2] != "than")
    )


def denied_heads(text: Heard) -> frozenset[int]:
    """The first content word each negation of a verb denies, in its clause."""
    tokens, clause = text.tokens, text.layout.clause
    heads = set()
    for i in range(len(tokens)):
        if not _negation(tokens, i) or i in text.layout.hyphened:
            continue
        for j in range(i + 1, len(tokens)):
            if clause[j] != clause[i] or tokens[j] in _NOT_DENYING:
                break
            if tokens[j] not in STOPWORDS | _FILLERS:
                heads.add(j)
                break
    return frozenset(heads)


def claim_denied(term: str, sides: Sequence[str], heard: Heard, question: str) -> bool:
    """Whether the typed answer denies a claim of an affirming clause point (see the
    module's docstring): a word of the point's own typed, on its side, only where a
    negation denies it."""
    from studyapp.core.keyclauses import own_words  # (they import keymatch)
    from studyapp.core.keymatch import asked_stems, restates, split_point, statement
    from studyapp.core.keysides import about_side

    name, gloss = split_point(term)
    said = gloss or term
    if not statement(said) or denies(said):
        return False
    heads = denied_heads(heard)
    if not heads:
        return False
    text = heard
    if gloss:
        text, _ = about_side(name, gloss, sides, heard, restates(name, question), True)
    named = {stem(w) for w in words(name)} if gloss else set()
    told = Heard.of(said)  # (what it denies in a clause of its own: "whose key cannot match")
    mine = {stem(told.tokens[i]) for i in denied_heads(told)}
    own = [w for w in own_words(said, asked_stems(question)) if stem(w) not in named | mine]
    for word in own:
        spots = text.positions(word) or text.derived(word)
        if spots and all(p in heads for p in spots):
            return True
    return False
