"""Technical words said in plain English, with or without a "not". No Qt here.

A person who knows the idea says it in their own words: "a list can be changed, a tuple
cannot" for "lists are mutable, tuples are immutable", "smaller" for "uses less memory".
`_GLOSSES` is a small curated table of common technical notions and the plain phrases
that say them; the matcher (`keyheard.Heard.positions`) hears the notion's words where
the typed answer says one of its phrases.

The table knows negation (a line that opens with "|" goes on the one before it): a
line `mutable ~ immutable: can be changed | …` says that
"can be changed" says "mutable", and that the phrase denied ("cannot be changed", "can't
be changed", "can never be changed", "is not changeable") says "immutable"; a line
without "~ opposite" says nothing where its phrase is denied ("not smaller" is no "less
memory"). A denied phrase never says the notion itself. A bare modal that ends its clause
repeats the phrase of the clause before it with its own polarity: "a list can be changed,
a tuple cannot" says "immutable" of the tuple, "a tuple cannot be changed, a list can"
says "mutable" of the list.

A phrase that ends in "_" says its notion only with an object after it (or in the
passive): "drops the duplicates" and "rows are dropped" say "removes", "latency drops to
5 ms" does not. Besides the notions of one word, the table holds a few common paraphrase
families of answers about systems: "loses power", "dies" for "crash"; "kept even if",
"still there after", "not lost" for "survives".

As in `keysynonyms`, a phrase is in the table only when every sense it has in technical
prose is the notion's.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

_GLOSSES = """
mutable ~ immutable: can be changed | can be modified | can be altered | can be mutated
  | can change | changeable | modifiable
writable ~ read only: can be written | can be written to | can write to | can be updated
hashable: can be hashed | has a hash value
critical section: one thread at a time | one goroutine at a time | one process at a time
  | mutual exclusion | exclusive access
nullable: can be null | may be null
stateful ~ stateless: keeps state | stores state | holds state | keeps session state
  | stores session state | holds session state
less memory: smaller | lighter | more compact | less space | less ram
  | smaller footprint
more memory: bigger | heavier | more space | more ram | larger footprint
ordered ~ unordered: keeps order | preserves order | keeps insertion order
  | preserves insertion order
persistent ~ volatile: survives restarts | survives a restart | survives a crash
  | kept on disk
lazily ~ eagerly: on demand | only when needed | when needed
self contained: everything inside | all the info inside | contains everything it needs
reversible ~ irreversible: can be undone | can be reversed | can be rolled back
crash: loses power | lose power | lost power | power loss | power failure | power outage
  | power cut | outage | dies | die | died
survives: kept even if | kept even after | kept even when | still there after
  | still there if | remains after | remain after | persists after | persist after
  | outlives | outlive | preserved even if
lost ~ survives: lost | gone | wiped
removes: drop _ | gets rid of | get rid of | throws away | throw away | filters out
  | filter out
absorbs: soaks up | soak up | soaked up | soaking up
succeeds ~ fails: succeeds | succeed | succeeded
fails ~ succeeds: fails | fail | failed
slow: takes a long time | take a long time | took a long time | takes ages
different ~ same equal: changed | differ
"""
# A phrase that ends in "_" says its notion only with an object after it: "drops the
# duplicates" says "removes", "latency drops to 5 ms" does not.
_OBJECT = "_"
_PASSIVE = frozenset({"is", "are", "was", "were", "be", "been", "being", "get", "gets", "got"})
# Words after which what follows is no object: prepositions, adverbs of degree, numbers.
_NO_OBJECT = frozenset(
    {"to", "by", "from", "in", "on", "at", "off", "for", "of", "with", "below", "under"}
    | {"over", "sharply", "slightly", "significantly", "quickly", "fast"}
)

# Auxiliaries a phrase is said with or without ("does not keep state" says "keeps state"
# denied); the negations of "n't" other than "can't" only deny.
_AUXILIARIES = frozenset(
    {"do", "does", "did", "doesn", "don", "didn", "is", "are", "was", "were", "isn", "aren", "wasn"}
    | {"haven", "hasn", "hadn"}  # ("haven't changed")
)
_MODAL = "can"
# Determiners a phrase is said with or without ("keeps no state", "keeps any state").
_DETERMINERS = frozenset({"a", "an", "the", "any", "its", "their"})


class Gloss(NamedTuple):
    phrase: tuple[str, ...]  # stems
    said: tuple[str, ...]  # the notion's stems, where the phrase is affirmed
    denied: tuple[str, ...]  # the opposite's stems, where it is denied (or none)
    transitive: bool = False  # only with an object after it (`_OBJECT`)


@lru_cache(maxsize=1)
def _glosses() -> tuple[Gloss, ...]:
    from studyapp.core.keyheard import STOPWORDS, stem, words  # (it imports this module)

    def content(text: str) -> tuple[str, ...]:
        return tuple(stem(w) for w in words(text) if w not in STOPWORDS)

    found = []
    for line in _GLOSSES.strip().replace("\n  |", " |").split("\n"):
        notions, _, phrases = line.partition(":")
        term, _, opposite = notions.partition("~")
        for phrase in phrases.split("|"):
            transitive = phrase.strip().endswith(_OBJECT)
            own = tuple(stem(w) for w in words(phrase) if w not in _DETERMINERS)
            said = tuple(s for s in content(term) if s not in own)
            found.append(Gloss(own, said, content(opposite), transitive))
    return tuple(found)


@lru_cache(maxsize=1)
def _by_opening() -> tuple[dict[str, tuple[Gloss, ...]], tuple[Gloss, ...]]:
    """The glosses by their phrase's first stem, in the table's order, each list with
    the glosses of no words (said anywhere); and those alone."""
    anywhere = tuple(g for g in _glosses() if not g.phrase)
    openings = {g.phrase[0] for g in _glosses() if g.phrase}
    return {
        s: tuple(g for g in _glosses() if not g.phrase or g.phrase[0] == s) for s in openings
    }, anywhere


def _glosses_opening(word_stem: str) -> tuple[Gloss, ...]:
    """The glosses whose phrase may start at a word of `word_stem`, in the table's order
    (the others cannot be said there)."""
    by_opening, anywhere = _by_opening()
    return by_opening.get(word_stem, anywhere)


def _plain(tokens: Sequence[str]) -> list[tuple[str, bool, int]]:
    """The typed words without their negations, auxiliaries and determiners, each stem
    with whether a negation denies it and where it (or the negation before it) stands:
    "cannot be changed" → ("can", True, 0), ("be", False, 1), ("chang", False, 2)."""
    from studyapp.core.keyheard import NEGATIONS, stem  # (it imports this module)

    plain: list[tuple[str, bool, int]] = []
    pending = -1  # where a negation stands that denies the next word
    for i, token in enumerate(tokens):
        if token == "cannot" or (token == _MODAL and tokens[i + 1 : i + 2] == ("t",)):
            plain.append((_MODAL, True, i))
        elif token == "t" and i and (tokens[i - 1] == _MODAL or tokens[i - 1] in _AUXILIARIES):
            if tokens[i - 1] != _MODAL:
                pending = i - 1
        elif token in NEGATIONS:
            pending = i
        elif token in _AUXILIARIES or token in _DETERMINERS:
            continue
        else:
            plain.append((stem(token), pending >= 0, pending if pending >= 0 else i))
            pending = -1
    return plain


def gloss_words(tokens: Sequence[str], clause: Sequence[int]) -> dict[str, list[int]]:
    """Where a typed answer says a notion of `_GLOSSES` in plain words, the notion's
    stems (or, denied, its opposite's) heard at the phrase's first word: "can be
    changed" says "mutabl" there, "cannot be changed" says "immut"; `clause`: each
    word's clause, for a bare modal that repeats the clause before it ("…, a tuple
    cannot")."""
    tokens = tuple(tokens)
    plain = _plain(tokens)
    stems = [p[0] for p in plain]
    found: dict[str, list[int]] = {}
    last: tuple[Gloss, bool] | None = None  # the last phrase said with "can", and how
    for k in range(len(plain)):
        matched = False
        for gloss in _glosses_opening(stems[k]):
            n = len(gloss.phrase)
            if tuple(stems[k : k + n]) != gloss.phrase:
                continue
            if gloss.transitive and not _object_after(tokens, clause, plain[k + n - 1][2]):
                continue
            denied = any(p[1] for p in plain[k : k + n])
            for s in gloss.denied if denied else gloss.said:
                found.setdefault(s, []).append(plain[k][2])
            matched = True
            if gloss.phrase[0] == _MODAL:
                last = (gloss, denied)
        at = plain[k][2]
        ends = k + 1 == len(plain) or clause[plain[k + 1][2]] != clause[at]
        if not matched and last and stems[k] == _MODAL and ends:
            gloss, before = last
            denied = plain[k][1]
            if denied != before:  # ("…, a tuple cannot": the other polarity, said again)
                for s in gloss.denied if denied else gloss.said:
                    found.setdefault(s, []).append(at)
    from studyapp.core.keyapplied import participles  # ("the aggregated groups": after)

    for s, places in participles(tokens, clause).items():
        found.setdefault(s, []).extend(places)
    return found


def _object_after(tokens: Sequence[str], clause: Sequence[int], at: int) -> bool:
    """Whether the word at `at` takes an object: a word follows in its clause that is
    no preposition, adverb of degree or number ("drops the duplicates", not "drops to
    5 ms", "drops sharply"), or it is said in the passive ("duplicates are dropped")."""
    if at and tokens[at - 1] in _PASSIVE:
        return True
    after = at + 1
    while after < len(tokens) and tokens[after] in _DETERMINERS:
        after += 1
    if after >= len(tokens) or clause[after] != clause[at]:
        return False
    word = tokens[after]
    return word not in _NO_OBJECT and not word.isdigit() and not word.endswith("ly")
