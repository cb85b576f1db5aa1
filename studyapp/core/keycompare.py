"""A comparison said the other way round. No Qt here.

A point that ranks its subject, "Creating and switching threads is cheaper", "L1 is the
smallest and fastest", says an order between two things. A typed answer that says the
grade of the other thing ("switching processes is cheaper than switching threads",
"L3 is the smallest and fastest") or its opposite of the point's subject ("L1 is the
largest and slowest", "a thread is heavier than a process") reverses that order, with
every word of the point in it; so does one that grades the other side where the point
is a side's ("Threads: cheaper to create"). Where a typed answer says the point's grade (or a word
of its group: "quicker" for "faster", `keysynonyms`) or its opposite about a named
subject, and nowhere about the point's subject in the point's direction, it says no
such point. A grade said of no one ("it is cheaper"), or not said at all, is not judged
here.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from studyapp.core.keyheard import CLAUSE_WORDS, STOPWORDS, Heard, stem, word_set, words
from studyapp.core.keysynonyms import GRADES, _bases, opposites, synonyms

_COPULAS = word_set("is are was were be being been gets get becomes become stays stay")
# What may stand between a copula and its grade ("is *the* smallest", "is *much* faster")
_BETWEEN = word_set("the a an much far even still also usually generally typically often")
_PRONOUNS = word_set("it its they them this that these those which one ones")
_NEAR = 4  # words between a grade and the copula before it, at most
_THAN_WORDS = 4  # words after "than" that name the other side


def _grade_at(told: list[str]) -> int:
    """Where a point's grade stands: a word in "-er"/"-est" after a copula ("is
    cheaper", "is the smallest and fastest"); -1 for none."""
    for i, w in enumerate(told):
        if i == 0 or not w.endswith(GRADES) or len(w) < 5:
            continue
        before = [t for t in told[max(0, i - _NEAR) : i] if t not in _BETWEEN]
        if before and before[-1] in _COPULAS and _graded(w):
            return i
    return -1


def _graded(word: str) -> bool:
    """Whether a word in "-er"/"-est" is an adjective's grade, not a doer ("user"):
    its group or the table of opposites knows it graded (`keysynonyms`)."""
    return bool(synonyms(stem(word)) or _opposites_of(word))


def _opposites_of(word: str) -> frozenset[str]:
    """The stems of the bases of the words opposite to a grade ("small", "tiny" for
    "largest"), found through its base ("large")."""
    for suffix in GRADES:
        if word.endswith(suffix):
            found: set[str] = set()
            for base in _bases(word[: -len(suffix)]):
                found |= opposites(stem(base))
            return frozenset(found)
    return frozenset()


def _opposite_grade(token: str, against: frozenset[str]) -> bool:
    """Whether a typed word is a grade whose base is one of `against` ("slowest")."""
    for suffix in GRADES:
        if token.endswith(suffix) and len(token) > len(suffix) + 2:
            cut = token[: -len(suffix)]
            if any(stem(base) in against for base in _bases(cut)):
                return True
    return stem(token) in against and token.endswith(GRADES)


def reversed_order(point: str, text: Heard, asked: Collection[str] = ()) -> bool:
    """True when the typed answer says the point's comparison only the other way round
    (see the module's docstring)."""
    if text.language:
        return False
    name, _, gloss = point.rpartition(": ")
    told = words(gloss)
    if name and _grade_at(["is", *told]) == 1:
        told = [*words(name), "is", *told]  # a side's grade: "Threads: cheaper to create"
    at = _grade_at(told)
    if at < 0:
        return False
    copula = max(i for i in range(at) if told[i] in _COPULAS)
    subject = [w for w in told[:copula] if w not in STOPWORDS]
    # (what tells the subject from what it is compared with: "threads" of "Switching
    # threads is cheaper than switching processes", not the "switching" both share)
    compared = set(told[told.index("than") + 1 :]) if "than" in told[at:] else set()
    subject = [w for w in subject if w not in compared] or subject
    if not subject:
        return False
    heard = {w: set(text.positions(w)) for w in subject}
    rivals = {i for w in compared - set(subject) - STOPWORDS for i in text.positions(w)}
    grade = told[at]
    same = set(text.positions(grade))
    against = _opposites_of(grade)
    other = {i for i, t in enumerate(text.tokens) if _opposite_grade(t, against)} - same
    judged = False
    for p in sorted(same | other):
        before, after = _sides(text, p)
        before = [i for i in before if text.tokens[i] not in _PRONOUNS | CLAUSE_WORDS]
        if not before:
            continue  # a grade said of no one named ("so it is cheaper")
        named = {w for w in subject if heard[w] & set(before)}
        beyond = {w for w in subject if heard[w] & set(after)} - named
        if p in same and named and not beyond:
            return False  # the point's subject has the grade
        if p in other and not named:
            return False  # another thing has the opposite ("processes are heavier", "UDP
            # is faster" for "TCP: slower")
        # (another thing graded, where the point's subject is named elsewhere: "L3 is
        # the smallest … L1 is the largest"; a subject not heard at all is not judged)
        # ("switching processes is cheaper": the grade given to what it is compared with)
        rival = p in same and not named and bool(rivals & set(before))
        judged = judged or bool(named or beyond) or any(heard.values()) or rival
    return judged


def _sides(text: Heard, p: int) -> tuple[list[int], list[int]]:
    """The words a typed grade at `p` is said of (its copula's clause before it) and
    those after its "than", each within its sentence."""
    tokens, clause, sentence = text.tokens, text.layout.clause, text.layout.sentence
    start = p - 1
    while start >= 0 and p - start <= _NEAR + 1 and sentence[start] == sentence[p]:
        if tokens[start] in _COPULAS:
            break
        start -= 1
    else:
        start = -1
    before: list[int] = []
    if start >= 0 and tokens[start] in _COPULAS:
        before = [
            i
            for i in range(start)
            if clause[i] == clause[start - 1 if start else 0]
            and sentence[i] == sentence[p]
            and tokens[i] not in STOPWORDS
        ]
    after: list[int] = []
    for q in range(p + 1, min(p + 2 + _THAN_WORDS, len(tokens))):
        if tokens[q] == "than" and sentence[q] == sentence[p]:
            after = [
                i
                for i in range(q + 1, min(q + 1 + _THAN_WORDS, len(tokens)))
                if sentence[i] == sentence[p] and tokens[i] not in STOPWORDS
            ]
            break
    return before, after


# --- two things each with its own part, swapped ----------------------------------------

# Where a point pairs two things ("SRAM: used for CPU caches, while DRAM is used for main
# memory"): a contrast between two halves.
_PAIRED = re.compile(r",?\s+(?:while|whereas)\s+|;\s+|,\s+but\s+", re.I)
# … or, with no contrast word, two halves an "and" joins ("young generation is collected
# often and the old generation rarely"): each half still names its own thing first.
_JOINED = re.compile(r",?\s+and\s+", re.I)


def pairs_swapped(point: str, text: Heard) -> bool:
    """True when a point that gives each of two things its own part ("SRAM: used for CPU
    caches, while DRAM is used for main memory") is typed with the parts the other way
    round: the words of each part come after the other thing's name, nearest, in their
    sentence ("DRAM is used for CPU caches, while SRAM … is used for main memory"). A
    part said with no name before it ("caches use it") is not judged."""
    if text.language:
        return False
    name, _, gloss = point.rpartition(": ")
    halves = _PAIRED.split(gloss)
    if len(halves) == 1:  # ("young generation is collected often and the old one rarely")
        halves = _JOINED.split(gloss)
    if len(halves) != 2:
        return False
    one, other = (_distinct(h, halves[1 - k]) for k, h in enumerate(halves))
    if name and len(words(name)) == 1 and words(name)[0] not in one:
        one = [words(name)[0], *one]  # (the side the point is of names its first part)
    if len(one) < 2 or len(other) < 2 or one[0] == other[0]:
        return False
    firsts = (set(text.positions(one[0])), set(text.positions(other[0])))
    if not all(firsts):
        return False
    for k, part in enumerate((one[1:], other[1:])):
        own, others = firsts[k], firsts[1 - k]
        places = sorted({p for w in part for p in text.positions(w)} - own - others)
        nearest = [_named_before(p, own | others, text) for p in places]
        if not nearest or any(n is None or n in own for n in nearest):
            return False  # a part said after its own name, or after none
    return True


def _distinct(half: str, other: str) -> list[str]:
    """A half's own words that the other half does not say, in order."""
    from studyapp.core.keyclauses import own_words

    theirs = {stem(w) for w in words(other)}
    return [w for w in own_words(half, frozenset()) if stem(w) not in theirs]


def _named_before(p: int, names: set[int], text: Heard) -> int | None:
    """The nearest place before `p`, in its sentence, where a name is said."""
    sentence = text.layout.sentence
    before = [q for q in names if q < p and sentence[q] == sentence[p]]
    return max(before) if before else None
