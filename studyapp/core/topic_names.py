"""When two topic names are the same topic: case and spacing aside.

A person writes "System Design" in one heading and "system design" in another, a
sheet's label column holds "Machine Learning" and "Machine  Learning", a folder has
"SYSTÈME.md" beside "Système.md", a re-import respells a heading: each is one topic,
not two side by side in the tree. A name's key is its words joined by single spaces,
compared as Unicode compares text without case (NFKC, then casefold: "Straße" is
"STRASSE", a composed "è" the decomposed one).

Of the spellings of one topic, the first one met in the file is shown: it is the one
the person wrote at the top of their notes, the tree reads in the file's order, and
adding questions under another spelling further down never renames the topic (the
most common spelling would flip with a few more of them).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

DEFAULT_TOPIC = "General"  # where questions without a section heading go


PATH_SEPARATOR = " / "  # between a topic's parents' names and its own


def path_name(path: Iterable[str]) -> str:
    """A topic as the answer pane's header names it, its parents first ("Graphs /
    BFS"): one spelling for every place that shows where a question sits."""
    return PATH_SEPARATOR.join(path)


def topic_key(name: str) -> str:
    """What two names of one topic share: their words, without case."""
    text = unicodedata.normalize("NFKC", " ".join(name.split()))
    return unicodedata.normalize("NFKC", text.casefold())


def display_name(name: str) -> str:
    """A topic's name as shown: its words joined by single spaces."""
    return " ".join(name.split())


def path_key(path: Iterable[str]) -> tuple[str, ...]:
    """The key of each level of a topic path."""
    return tuple(topic_key(name) for name in path)


def one_spelling(paths: Sequence[Sequence[str]]) -> list[tuple[str, ...]]:
    """`paths` with each topic spelled as it is first spelled among them, level by
    level: under one parent, "system  design" after "System Design" becomes "System
    Design", and so do the topics below it ("System Design › caching" after "system
    design › Caching" is "System Design › Caching")."""
    first: dict[tuple[str, ...], str] = {}
    spelled: dict[tuple[str, ...], tuple[str, ...]] = {}  # each distinct path once
    result: list[tuple[str, ...]] = []
    for path in map(tuple, paths):
        if path not in spelled:
            keys = path_key(path)
            spelled[path] = tuple(
                first.setdefault(keys[:depth], display_name(name))
                for depth, name in enumerate(path, start=1)
            )
        result.append(spelled[path])
    return result
