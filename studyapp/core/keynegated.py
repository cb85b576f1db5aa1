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

Any affirming point is not said where its words are typed only as denied
(`said_only_denied`): a clause point by what the typed answer claims, a name where the
answer denies its thing is it ("git bisect *is not a binary search*"), unless the model
answer says those words only in a denial of its own ("not what is in the working tree").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from studyapp.core.keydenial import NT_STEMS, denied_positions, denies
from studyapp.core.keyheard import CLAUSE_WORDS, STOPWORDS, Heard, stem, word_set, words
from studyapp.core.keymatch import split_point

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


def said_only_denied(
    term: str, heard: Heard, says: Callable[[str, Heard], bool], answer: str = ""
) -> bool:
    """Whether the typed answer says a point that affirms only in words a negation
    denies: `says`, the point heard in what the answer claims (`keydenial.claimed`), no
    longer says it. A name is said by naming it, even in a denial ("so the model
    doesn't overfit"), but not where the answer denies that its thing is it: "git
    bisect *is not a binary search*", "isn't a snapshot of the next commit"
    (`denied_predicates`). Nor where the model answer `answer` says the point's words
    only in a denial itself ("… records what is in the index, *not what is in the
    working tree*": the point "working tree" is said by "not the working tree")."""
    from studyapp.core.keydenial import claimed
    from studyapp.core.keymatch import statement

    if denies(split_point(term)[1] or term) or _denied_in(term, answer):
        return False  # (its negations are part of saying it: "no effect on …")
    if statement(term):
        found = claimed(term, heard)
        return found is not heard and not says(term, found)
    deaf = denied_predicates(heard)
    if not deaf:
        return False
    told = Heard(
        heard.tokens,
        deaf | heard._deaf,
        heard.layout,
        heard.acronyms,
        heard.language,
        heard.spelling,
    )
    told._glossed = heard._glosses()
    return not says(term, told)


# The forms of "be" a thing is said to be something with ("is", the "isn" of "isn't",
# the "s" of "it's").
_COPULAS = word_set("is are was were be been isn aren wasn weren s re")


def denied_predicates(text: Heard) -> frozenset[int]:
    """The words of each clause that a negated "be" denies, to the clause's end: "is
    not a binary search", "isn't a snapshot of the next commit", "is no longer a
    branch", "is never a merge commit"; "not only", "not just" deny nothing."""
    tokens, clause = text.tokens, text.layout.clause
    denied: set[int] = set()
    for i in range(1, len(tokens)):
        if tokens[i - 1] not in _COPULAS and not (tokens[i] == "t" and tokens[i - 1] in _COPULAS):
            continue
        start = i + 1 if tokens[i] == "t" else i
        if start < len(tokens) and tokens[start] in ("not", "never"):
            start += 1
        elif start + 1 < len(tokens) and tokens[start : start + 2] == ("no", "longer"):
            start += 2
        elif tokens[i] != "t":
            continue
        if start < len(tokens) and tokens[start] in _NOT_DENYING:
            continue
        for j in range(start, len(tokens)):
            if tokens[j] in CLAUSE_WORDS or clause[j] != clause[start - 1] or j in denied:
                break  # (its clause's end, or the rest of it denied already)
            denied.add(j)
    return frozenset(denied)


def _denied_in(term: str, answer: str) -> bool:
    """Whether the model answer says a word of the point's own only where a negation
    denies it."""
    if not answer:
        return False
    told = Heard.of(answer)
    deaf = denied_positions(told.tokens, told.layout, whole=True) | denied_predicates(told)
    if not deaf:
        return False
    own = [w for w in words(split_point(term)[1] or term) if w not in STOPWORDS]
    spots = [told.positions(w) for w in own]
    return any(found and all(p in deaf for p in found) for found in spots)
