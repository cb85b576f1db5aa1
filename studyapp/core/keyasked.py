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
"""

from __future__ import annotations

from studyapp.core.keyheard import STOPWORDS, stem, words
from studyapp.core.keymarksides import question_sides


def _telling(sides: list[str]) -> list[set[str]]:
    """Each side's stems that the other side's name does not hold ("livenes")."""
    told = [{stem(w) for w in words(s)} - STOPWORDS for s in sides]
    return [told[0] - told[1], told[1] - told[0]]


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
