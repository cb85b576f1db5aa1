"""A clause point about one of the two things a question compares, heard on that
thing's side of the typed answer. No Qt here.

Asked "What is the difference between a liveness probe and a readiness probe?", a
model answer says "A failing liveness probe makes the kubelet restart the container"
and "A failing readiness probe only removes the pod from the service's endpoints".
The two clauses do different things, so they are no turns of one action between sides
(`keysides._contrasted`), yet each is about one side the question names: an answer
that swaps the names ("a failing readiness probe makes the kubelet restart the
container") says both clauses, each of the wrong side. A clause point that names the
telling words of one of the question's two sides and not the other's ("liveness",
not "readiness"; "probe" tells neither) is that side's, heard in the stretch of the
typed answer about it (`keysides.about_side`), as a contrasted clause is.

A question need not name them: "How can a pull request be merged?" answered "A squash
merge combines the branch's commits into one; a merge commit keeps them and adds a
commit with two parents" has two clause points whose subjects are names of two words
or more sharing one ("merge"). An answer that swaps them ("a merge commit combines the
commits into one") says the first point's words of "merge commit", whose "merge" is
the shared word. Where the answer's clause points open with such names, two or more
that share a word, each is a side as the question's would be: a point opening with one
is heard where the typed answer names that side whole, by what it says of it (the
name says none of that: "merge" is no "combines"), nor by the words the other sides'
points say too ("nested objects" of a shallow and a deep copy). Where the typed answer
does not name the side whole ("Squashing folds …"), the point is heard as before.
Asked "What is a squash merge?", the answer's points cut from that name ("combines the
branch's commits into one") are its side, beside "merge commit keeps them …".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from studyapp.core.keyheard import STOPWORDS, stem, words
from studyapp.core.keymarksides import question_sides


def _telling(sides: Sequence[str]) -> list[set[str]]:
    """Each side's stems that no other side's name holds ("livenes", "squash")."""
    told = [_stems(s) for s in sides]
    return [t - set().union(*(o for j, o in enumerate(told) if j != k)) for k, t in enumerate(told)]


def _stems(name: str) -> set[str]:
    return {stem(w) for w in words(name)} - STOPWORDS


def subject(point: str) -> str:
    """The name a clause point opens with (`keysides.clause_side`: "dirty read" of
    "Dirty read sees data …"), in small letters; "" for a point that opens with its
    verb ("Choose SQL databases when …": an instruction's object is no subject), and
    for a name every word of which is capitalised ("Data Generation Speed")."""
    from studyapp.core.keysides import clause_side  # (it imports this module)

    if len(point.split()) > 1 and all(w[:1].isupper() for w in point.split()):
        return ""  # a name written as one ("Data Generation Speed"): no clause
    name, _verb = clause_side(point)
    pieces = [p.strip(",;:").casefold() for p in point.split()]
    while pieces and pieces[0] in ("the", "a", "an"):
        pieces = pieces[1:]
    if not name or pieces[: len(name.split())] != name.casefold().split():
        return ""
    return name.casefold()


def answer_sides(points: Sequence[str], asked: str = "") -> list[str]:
    """The names of two words or more that open the answer's clause points (or that the
    question asks about, `asked`) and share a word with another such name ("squash
    merge", "merge commit"), each once, in order."""
    names = list(dict.fromkeys([*(subject(p) for p in points), asked]))
    names = [n for n in names if len(_stems(n)) >= 2]
    return [
        n
        for n in names
        if any(_stems(n) & _stems(o) and _stems(n) != _stems(o) for o in names if o != n)
    ]


def asked_side(point: str, question: str) -> tuple[str, list[str]]:
    """The side of the question's two that a clause point names alone, and the two
    sides as "side: …" points for `keysides.about_side`; ("", []) when the question
    compares no two things, or the point names both or neither."""
    sides = question_sides(question)
    if len(sides) != 2 or ": " in point:
        return "", []
    telling = _telling(sides)
    if not all(telling):
        return "", []
    own = {stem(w) for w in words(point)}
    named = [k for k, t in enumerate(telling) if t <= own]
    if len(named) != 1 or telling[1 - named[0]] & own:
        return "", []
    side = sides[named[0]]
    other = sides[1 - named[0]]
    return side, [f"{side}: {point}", f"{other}: {other}"]


def answer_side(point: str, question: str, points: Sequence[str]) -> tuple[str, list[str], str]:
    """Where the question compares no two things: the side of those the answer's
    points open with (`answer_sides`) that a clause point opens with, the sides as
    "side: …" points for `keysides.about_side`, and what the point says of its side
    ("combines the branch's commits into one"); ("", [], "") for none."""
    if ": " in point or question_sides(question):
        return "", [], ""
    asked = asked_name(question)
    if not any(_side_of(p, asked) == asked for p in points):
        asked = ""  # (the question's topic, no side of the answer's: "bias-variance …")
    found = answer_sides(points, asked)
    own = _side_of(point, asked)
    if own not in found or not all(_telling(found)):
        return "", [], ""
    said = {_side_of(p, asked): _said_of(p, asked) for p in points}
    rest = said[own]
    # (each other side with what its point says: words of both tell no side)
    others = [f"{o}: {said.get(o) or o}" for o in found if o != own]
    return own, [f"{own}: {rest}", *others], rest


def _side_of(point: str, asked: str) -> str:
    """The name a clause point opens with, or the name the question asks about for a
    point that opens with its verb ("combines the branch's commits …", asked what a
    squash merge is); "" for none."""
    from studyapp.core.keysubject import predicate

    own = subject(point)
    if not own and asked and point.split() and predicate(point.split()[0]):
        return asked
    return own


def _said_of(point: str, asked: str) -> str:
    """What a clause point says of the name it opens with ("combines the branch's
    commits into one"): all of it where the question's name was taken from it."""
    own = subject(point)
    if not own:
        return point
    pieces = point.split()
    start = next(i for i, p in enumerate(pieces) if p.strip(",;:").casefold() == own.split()[0])
    return " ".join(pieces[start + len(own.split()) :])


_WHAT_IS = re.compile(
    r"^\s*what\s+(?:is|are|does|do)\s+(?:an?\s+|the\s+)?(?P<name>[^?]+?)\s*(?:\bdo\b|\bfor\b)?\s*\?\s*$",
    re.IGNORECASE,
)


def asked_name(question: str) -> str:
    """The name a "What is …?" question asks about, in small letters ("squash merge" of
    "What is a squash merge?", "git stash" of "What is git stash for?"); "" for other
    questions or a name of more than four words."""
    match = _WHAT_IS.match(question)
    if not match:
        return ""
    name = " ".join(match["name"].split()).casefold()
    return name if 2 <= len(name.split()) <= 4 else ""
