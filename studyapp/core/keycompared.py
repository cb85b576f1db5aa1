"""A side's point said of another thing the question compares is not said. No Qt here.

Asked "What does `git reset --hard` do compared to `--soft` and `--mixed`?", a model
answer's point "--hard: throws away uncommitted changes in tracked files" was ticked by
"--soft resets the index and throws away uncommitted changes": the points name two
sides only (`--hard`, `--mixed`), so the clause about `--soft`, a side no point opens
with, was heard as leading up to the `--hard` named later in its sentence. Asked
"What is the difference between a lightweight and an annotated tag?", an answer whose
points are all the annotated tag's ("annotated tag: signed") gave them to an answer
that says them of the lightweight tag. The things a question compares
(`compared_names`: its two sides, `keymarksides.question_sides`, or the code it names
beside a word that compares, "compared to", "vs", "difference") are sides too, each
with nothing said of it: a point of one of them is heard in the clauses about it
(`keysides.about_side`), or about none of them, not in those about another.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from studyapp.core.keyheard import STOPWORDS, Heard, stem, words
from studyapp.core.keymarksides import question_sides
from studyapp.core.keymatch import said, split_point

_CODE = re.compile(r"`([^`\n]{1,60})`")
_COMPARING = re.compile(r"\b(?:compared?|comparison|vs\.?|versus|differ\w*|between)\b", re.I)
QUESTION_CHARS = 400  # a question longer than this compares nothing here


def compared_names(question: str) -> list[str]:
    """The things a question compares: its two sides ("git fetch", "git pull"), or the
    code it names where it compares ("`git reset --hard` … compared to `--soft` and
    `--mixed`"), each once; [] for none."""
    if len(question) > QUESTION_CHARS:
        return []
    sides = question_sides(question)
    if len(sides) == 2:
        return sides
    if not _COMPARING.search(question):
        return []
    found = list(dict.fromkeys(code.strip() for code in _CODE.findall(question)))
    return found if len(found) >= 2 and all(_stems(f) for f in found) else []


def _stems(name: str) -> frozenset[str]:
    return frozenset(stem(w) for w in words(name)) - STOPWORDS


def said_of_another(point: str, heard: Heard, question: str, sides: Sequence[str]) -> bool:
    """Whether a side's point ("--hard: throws away …") that the typed answer says is said
    only of another thing the question compares (see the module's docstring). False for
    a point of no side, or of a side that is none of the question's."""
    name, gloss = split_point(point)
    if not gloss:
        return False
    compared = compared_names(question)
    if len(compared) < 2:
        return False
    every = frozenset.intersection(*(_stems(c) for c in compared))  # ("git" of both)
    telling = [_stems(c) - every or _stems(c) for c in compared]
    own = _stems(name)
    mine = [k for k, t in enumerate(telling) if t <= own or own <= _stems(compared[k])]
    if len(mine) != 1:
        return False
    named = [_stems(split_point(s)[0]) - every for s in sides]
    added = [  # (not one a point names already: "Write-back" of "write-back cache")
        f"{c}: {c}"
        for k, c in enumerate(compared)
        if k != mine[0]
        and not telling[k] & own
        and not any(n and (n <= _stems(c) or telling[k] <= n) for n in named)
    ]
    if not added:
        return False  # (every side the question compares is a side of the points already)
    if said(point, heard, question, [*sides, *added]):
        return False
    return said(point, heard, question, sides)
