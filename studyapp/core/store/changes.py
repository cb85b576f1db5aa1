"""What a store write changed, so a view refreshes only what it shows (Anki's OpChanges).

Every committed write leaves a `Changes` in `Store.last_changes`: the ids of the
questions whose reviews or card changed, of the questions whose text, topic or
presence changed, of the mock sessions touched, the settings keys written,
whether the topic tree or the list of decks changed, and the questions buried or
unburied. A rolled-back write leaves
an empty `Changes` (nothing changed). Writes to the rendered-HTML cache are not
the person's data and are not reported.
"""

from __future__ import annotations

from typing import NamedTuple


class Changes(NamedTuple):
    """What one committed write changed (empty: nothing)."""

    reviews: frozenset[str] = frozenset()  # question ids: a review or card added or undone
    questions: frozenset[str] = frozenset()  # question ids: text, topic, added or removed
    mocks: frozenset[int] = frozenset()  # mock session ids: started, answered, ended
    settings: frozenset[str] = frozenset()  # setting keys written
    topics: bool = False  # topics added, renamed, moved or emptied
    decks: bool = False  # a deck added or re-imported
    buried: frozenset[str] = frozenset()  # question ids: buried or unburied

    def __bool__(self) -> bool:
        return (
            bool(self.reviews or self.questions or self.mocks or self.settings or self.topics)
            or self.decks
            or bool(self.buried)
        )

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.reviews | other.reviews,
            self.questions | other.questions,
            self.mocks | other.mocks,
            self.settings | other.settings,
            self.topics or other.topics,
            self.decks or other.decks,
            self.buried | other.buried,
        )


class ChangeLog:
    """The changes noted inside the transaction under way. (A plain class: a start
    builds no dataclass, each some milliseconds to make.)"""

    __slots__ = ("buried", "decks", "mocks", "questions", "reviews", "settings", "topics")

    def __init__(self) -> None:
        self.reviews: set[str] = set()
        self.questions: set[str] = set()
        self.mocks: set[int] = set()
        self.settings: set[str] = set()
        self.topics = False
        self.decks = False
        self.buried: set[str] = set()

    def freeze(self) -> Changes:
        return Changes(
            frozenset(self.reviews),
            frozenset(self.questions),
            frozenset(self.mocks),
            frozenset(self.settings),
            self.topics,
            self.decks,
            frozenset(self.buried),
        )
