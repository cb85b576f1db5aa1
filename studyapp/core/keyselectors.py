"""A point's selecting word said as another of its kind. No Qt here.

Some words pick out which thing, how many or in what way, and a word of another kind in
their place says another thing, not the same one in other words: "the program sees the
*original* order" and "the program sees a *different* order", "threads write to
*different* variables" and "threads write to the *same* variable", "streams over *one*
TCP connection" and "a *new* TCP connection per request", "*both* the client and the
server can send" and "*only* the client can send", "grows the window *exponentially*"
and "the window grows *linearly*". Such words are few and closed (`KINDS`: one kind a
line, words of one kind saying the same here: "separate" says "different", "many
types" "different types", "a single connection" "the same connection", "the original
order" "the same order").

Where a point's selecting word is not said (nor another of its kind) and the typed
answer names the thing it selects with a word of another kind right before it (past
the point's own words between: "a new *TCP* connection"), or, for a manner ("-ly"),
says another manner in the clause where the point's thing is, the typed answer says
another thing and no such point (`selector_swapped`).
"""

from __future__ import annotations

from functools import lru_cache

from studyapp.core.keyheard import STOPWORDS, Heard, stem, words

KINDS = """
same identical original initial one single only sole
different separate distinct other another various own private many multiple several
    all every each both
new fresh
first
last final
next
previous prior
linear linearly
exponential exponentially
logarithmic logarithmically
quadratic quadratically
constant
random randomly
sequential sequentially
public
"""

# Small words that may stand between a selecting word and its thing ("the", "a").
_BETWEEN = frozenset({"a", "an", "the", "its", "their"})


@lru_cache(maxsize=1)
def _kinds() -> dict[str, int]:
    """Each selecting word's kind (a line of `KINDS`; an indented line goes on)."""
    lines = KINDS.strip().replace("\n    ", " ").split("\n")
    return {w: k for k, line in enumerate(lines) for w in line.split()}


def _kind(word: str) -> int | None:
    return _kinds().get(word)


def selector_swapped(point: str, text: Heard) -> bool:
    """True when the typed answer says a selecting word of the point as another of its
    kind, where the point's thing is (see the module's docstring)."""
    if text.language:
        return False
    told = words(point.split(": ")[-1])
    own = {stem(w) for w in told if w not in STOPWORDS}
    tokens = text.tokens
    selected = {i: _thing(told, i) for i, word in enumerate(told) if _kind(word) is not None}
    said_most = _clauses_saying(own, text)
    for i, word in enumerate(told):
        kind = _kind(word)
        if kind is None:
            continue
        # the things the point's other selecting words pick out: a word of the kind
        # typed before one of them is that one's ("multiple *times*" says no
        # "different results" of "… multiple times can produce different results")
        elsewhere = frozenset(
            (stem(told[j]), stem(t)) for j, t in selected.items() if j != i and t != selected[i]
        )
        if word.endswith("ly"):
            if not _said(kind, text, set(text.layout.sentence)) and _manner_swapped(
                told[:i], kind, text
            ):
                return True
            continue
        thing = selected[i]
        if not thing:
            continue
        places = text.positions(thing)
        sentences = {text.layout.sentence[at] for at in places}
        clauses = None
        if there := [at for at in places if text.layout.clause[at] in said_most]:
            places = there  # (in the clause that says the point: "the same result"
            # there, not "different results only in voice synthesizers" further on)
            clauses = {text.layout.clause[at] for at in places}
        if _said(kind, text, sentences, frozenset(own), elsewhere, clauses):
            continue  # (said, or another of its kind, where the thing is: "each … own")
        kinds = set()
        for at in places:
            k = at - 1
            while k >= 0 and (
                tokens[k] in _BETWEEN or (stem(tokens[k]) in own and _kind(tokens[k]) is None)
            ):
                k -= 1  # the point's own words between ("a new *TCP* connection")
            kinds.add(_kind(tokens[k]) if k >= 0 else None)
        if kind not in kinds and kinds - {None}:
            return True  # the thing selected otherwise, never as the point selects it
    return False


def _clauses_saying(own: set[str], text: Heard) -> set[int]:
    """The typed clauses that say the most of a point's words (stems), at least half
    of them; none when no clause does."""
    sentence = text.layout.clause
    counts: dict[int, set[str]] = {}
    for at, token in enumerate(text.tokens):
        if (found := stem(token)) in own:
            counts.setdefault(sentence[at], set()).add(found)
    most = max((len(found) for found in counts.values()), default=0)
    if 2 * most < len(own):
        return set()
    return {at for at, found in counts.items() if len(found) == most}


def _thing(told: list[str], i: int) -> str:
    """What the point's selecting word at `i` picks out: the next word past small ones
    ("both *the* client"); "" when none (a small word, another selecting word)."""
    after = [w for w in told[i + 1 :] if w not in _BETWEEN]
    thing = after[0] if after else ""
    return "" if not thing or thing in STOPWORDS or _kind(thing) is not None else thing


def _said(
    kind: int,
    text: Heard,
    sentences: set[int],
    own: frozenset[str] = frozenset(),
    elsewhere: frozenset[tuple[str, str]] = frozenset(),
    clauses: set[int] | None = None,
) -> bool:
    """Whether a word of the kind is said in one of the typed sentences; with the stems
    of the point's words (`own`), not where the typed one picks out a thing the point
    does not name ("every few *seconds*" says no "both" of "both the client and the
    server can send messages", `selects_other`), nor one the point selects with another
    of its words as it does (`elsewhere`: pairs of stems, the word and its thing).
    With `clauses`, in those typed clauses only."""
    sentence = text.layout.sentence
    clause = text.layout.clause
    return any(
        (sentence[p] in sentences if clauses is None else clause[p] in clauses)
        and not (own and selects_other(p, text, own))
        and not _selects(p, text, elsewhere)
        for w, k in _kinds().items()
        if k == kind
        for p in text.positions(w)
    )


def _selects(at: int, text: Heard, pairs: frozenset[tuple[str, str]]) -> bool:
    """Whether the typed word at `at` is one of `pairs`' selecting words picking out its
    thing (stems): the first word after it in its clause, past small ones."""
    things = {thing for word, thing in pairs if word == stem(text.tokens[at])}
    if not things:
        return False
    clause = text.layout.clause
    for k in range(at + 1, len(text.tokens)):
        token = text.tokens[k]
        if clause[k] != clause[at]:
            return False
        if token in STOPWORDS or token in _BETWEEN or token in _COUNTS:
            continue
        return stem(token) in things
    return False


def selects_other(at: int, text: Heard, own: frozenset[str]) -> bool:
    """Whether the typed selecting word at `at` picks out a thing the point does not
    name: the first word after it in its clause, past small ones ("few" of "every few
    seconds"), is a noun none of the point's words (`own`, stems) and no selecting word.
    A word used alone ("each has its own", "both can send") selects nothing else."""
    from studyapp.core.keyclauses import verb  # (it imports keymatch)

    clause = text.layout.clause
    for k in range(at + 1, len(text.tokens)):
        token = text.tokens[k]
        if clause[k] != clause[at]:
            break
        if token in STOPWORDS or token in _BETWEEN or token in _COUNTS:
            continue
        if stem(token) in own or _kind(token) is not None or verb(token):
            return False
        return token.isalpha()
    return False


# Words of number that stand between a selecting word and its thing ("every few seconds").
_COUNTS = frozenset({"few", "couple", "two", "three"})


def _manner_swapped(before: list[str], kind: int, text: Heard) -> bool:
    """Whether a manner of another kind ("linearly") stands in a typed clause that
    names the last own word before the point's manner ("grows the window")."""
    anchors = [w for w in before if w not in STOPWORDS and _kind(w) is None][-1:]
    if not anchors:
        return False
    clause = text.layout.clause
    places = {clause[p] for p in text.positions(anchors[0])}
    return any(
        clause[p] in places and (other := _kind(t)) is not None and other != kind
        for p, t in enumerate(text.tokens)
        if t.endswith("ly")
    )
