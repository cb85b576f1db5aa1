"""A term marked in prose that compares two things, said of the one its sentence is
about. No Qt here.

Asked "What is the difference between git merge and git rebase?", an answer that says
"`git merge` joins two branches with a **merge commit** …. `git rebase` replays your
commits …, giving a **linear history**" marks what each side does. Taken as points on
their own ("merge commit", "linear history"), they are said by an answer that gives
each to the other side. A marked term whose sentence names one of the question's
sides before it, and no other, is that side's: "git merge: merge commit", heard on its
side (`keysides`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from studyapp.core import keysections
from studyapp.core.keyheard import stem, words

# "the difference between X and Y", "X vs Y", "X or Y?", "compare X and Y"
_BETWEEN = re.compile(r"\bbetween\s+(?P<a>.+?)\s+and\s+(?P<b>.+?)\s*[?.]?$", re.I)
_VERSUS = re.compile(r"^(?:\w+\s+){0,3}?(?P<a>.+?)\s+(?:vs\.?|versus)\s+(?P<b>.+?)\s*[?.]?$", re.I)
_COMPARE = re.compile(r"\bcompare\s+(?P<a>.+?)\s+(?:and|with|to)\s+(?P<b>.+?)\s*[?.]?$", re.I)
_ARTICLE = re.compile(r"^(?:an?|the)\s+", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")  # (a sentence may open with `code`)
SIDE_WORDS = 4  # a side the question names, this many words at most


def question_sides(question: str) -> list[str]:
    """The two things a question compares ("git merge", "git rebase"), or none."""
    for pattern in (_BETWEEN, _VERSUS, _COMPARE):
        match = pattern.search(question.strip())
        if match:
            found = [_ARTICLE.sub("", match[k].strip(" `*")) for k in ("a", "b")]
            if all(0 < len(words(f)) <= SIDE_WORDS for f in found):
                return found
    return []


def attach(candidates: Sequence, prose: Sequence[str], question: str) -> None:
    """Give each marked term of a prose answer that compares the question's two sides
    the side its sentence is about (see the module's docstring): its term becomes
    "side: term". Nothing where the answer does not name both sides. (Also where this
    runs over the candidates: items that illustrate sections' headings, `keysections`.)"""
    keysections.mark_examples(candidates)
    sides = question_sides(question)
    if len(sides) != 2:
        return
    told = [_stems(side) for side in sides]
    every = set.intersection(*(set(t) for t in told))  # ("git" of both)
    telling = [[s for s in t if s not in every] or t for t in told]
    said = [_stems(s) for text in prose for s in _SENTENCE_END.split(text)]
    if not all(any(_at(s, t) for s in said) for t in telling):
        return
    for candidate in candidates:
        if candidate.source != "bold" or ": " in candidate.term or candidate.gloss:
            continue  # (a list item's lead, "**Lock**: …", is a side already)
        term = _stems(candidate.term)
        if any(set(term) <= set(t) for t in told):
            continue  # (a side's name marked: "**lock**")
        owners = set()
        for found in said:
            at = _at(found, term)
            if not at:
                continue
            before = found[: at[0]]
            owners |= {k for k, t in enumerate(telling) if _at(before, t)}
        if len(owners) == 1:
            candidate.term = f"{sides[owners.pop()]}: {candidate.term}"


def _stems(text: str) -> list[str]:
    return [stem(w) for w in words(text)]


def _at(found: Sequence[str], wanted: Sequence[str]) -> list[int]:
    """Where the run of stems `wanted` starts in `found`."""
    n = len(wanted)
    return [i for i in range(len(found) - n + 1) if list(found[i : i + n]) == list(wanted)]


COMPOUND_WORDS = 3  # a gloss this short that holds its name's word is a compound


def compound_of_name(name: str, gloss: str, sides: Sequence[str] = ()) -> bool:
    """Whether what a point says of its side is a compound that holds the word that
    tells the side from the others ("git merge: merge commit" beside "git rebase: …"),
    no clause: a thing, said only as a whole ("write-heavy workloads" of "Write-back"
    beside "Write-through" holds "write", which tells no side)."""
    from studyapp.core.keymatch import split_point, statement

    own = words(gloss)
    mine = _stems(name)
    others = {
        s
        for side in sides
        if _stems(split_point(side)[0]) != mine
        for s in _stems(split_point(side)[0])
    }
    telling = set(mine) - others
    return (
        0 < len(own) <= COMPOUND_WORDS
        and not statement(gloss)
        and bool({stem(w) for w in own} & telling)
    )


def run_said(gloss: str, text) -> bool:
    """Whether the typed words say a compound's words in a row ("an extra merge
    commit"; not "merge rewrites your commits")."""
    from studyapp.core.keyheard import STOPWORDS

    wanted = [w for w in words(gloss) if w not in STOPWORDS]
    if not wanted:
        return False
    spots = [set(text.positions(w)) for w in wanted]
    return any(all(at + k in spots[k] for k in range(1, len(wanted))) for at in spots[0])
