"""What a mock interview was about, in words: the topics its set-up chose, one label a
deck, a chosen topic none of whose questions came up marked so, and shortened when
many were chosen (the full words then go in a tooltip). No Qt.

    topics = TopicWords(store)                        # the decks and topics, read once
    words = topics.of(chosen_ids, asked_ids)          # None: nothing to name
    words.short(), words.full

The summary's subtitle and the History's Topics column both name a mock so. They once
named the topics of the questions asked alone: a topic ticked in the set-up that no
question was drawn from (five questions from three topics, weakest first) vanished,
and the label read as if it had never been chosen. A mock over every topic has no
choice to name; it is named by the topics of the questions it asked.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from studyapp.core.mock_results import TOPICS_SEPARATOR
from studyapp.core.store import Store

MOST_NAMES = 4  # names a short label shows; past them "and N more"
NONE_ASKED = "none asked"  # a chosen topic no question of which came up
WHOLE_DECK = "all topics"


@dataclass(frozen=True, slots=True)
class DeckTopics:
    """A deck's part of a mock's topics: the deck's name, whether all of it was chosen,
    and the topics named (their paths), each with whether a question of it came up
    (None: not known, before any answer)."""

    deck: str
    whole: bool
    names: tuple[tuple[str, bool | None], ...] = ()

    def parts(self) -> list[str]:
        """The deck's names, each a unit of the label ("Trees (none asked)")."""
        if self.whole:
            return [WHOLE_DECK]
        return [f"{name} ({NONE_ASKED})" if asked is False else name for name, asked in self.names]


@dataclass(frozen=True, slots=True)
class MockTopicWords:
    """A mock's topics in words: `full`, and `short()` for a narrow place."""

    decks: tuple[DeckTopics, ...]

    def labels(self) -> tuple[str, ...]:
        """One label a deck ("Python: Decorators, Trees (none asked)")."""
        return tuple(_deck_label(d.deck, d.parts()) for d in self.decks)

    @property
    def full(self) -> str:
        return TOPICS_SEPARATOR.join(self.labels())

    @property
    def shortened(self) -> bool:
        return sum(len(d.parts()) for d in self.decks) > MOST_NAMES

    def short(self, most: int = MOST_NAMES) -> str:
        """The label with at most `most` names, the rest counted ("and 3 more")."""
        total = sum(len(d.parts()) for d in self.decks)
        if total <= most:
            return self.full
        room, labels = most - 1, []
        for deck in self.decks:
            parts = deck.parts()[: max(0, room)]
            room -= len(parts)
            if parts:
                labels.append(_deck_label(deck.deck, parts))
        return f"{TOPICS_SEPARATOR.join(labels)} and {total - (most - 1)} more"


def _deck_label(deck: str, parts: Sequence[str]) -> str:
    if parts == [WHOLE_DECK]:
        return f"{deck} ({WHOLE_DECK})"
    return f"{deck}: {', '.join(parts)}"


class TopicWords:
    """The store's decks and topics, read once, to name any number of mocks."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._deck_names: dict[int, str] = {}
        self._parent: dict[int, int | None] = {}
        self._deck_of: dict[int, int] = {}
        self._tops: dict[int, set[int]] = {}  # deck id → its top-level topics
        for deck in store.decks():
            self._deck_names[deck.id] = deck.name
            tops = self._tops.setdefault(deck.id, set())
            for topic in store.topics(deck.id):
                self._parent[topic.id] = topic.parent_id
                self._deck_of[topic.id] = deck.id
                if topic.parent_id is None:
                    tops.add(topic.id)

    def of(
        self, chosen: Sequence[int], asked: Iterable[int] | None, *, known: bool = True
    ) -> MockTopicWords | None:
        """The words for a mock that chose `chosen` (empty: every topic) and asked
        questions of the topics `asked`; `known` False: nothing was answered yet (the
        topics it was started with, say), so no chosen topic is marked "none asked".
        None when there is nothing to name (every topic chosen and nothing asked, or
        every chosen topic since gone)."""
        asked_ids = list(dict.fromkeys(asked or ()))
        named = [t for t in dict.fromkeys(chosen) if t in self._deck_of]
        was_chosen = bool(named)
        if not was_chosen:  # every topic: named by what was asked
            named, known = asked_ids, False
        places = self._store.topic_places(named)
        under = {a for t in asked_ids for a in self._up(t)} if known else None
        by_deck: dict[int, list[int]] = {}
        for topic_id in named:
            if topic_id in places:
                by_deck.setdefault(self._deck_of.get(topic_id, -1), []).append(topic_id)
        decks = []
        for deck_id, ids in by_deck.items():
            tops = self._tops.get(deck_id)
            whole = was_chosen and bool(tops) and tops <= set(ids)
            names = tuple((places[t][1], None if under is None else t in under) for t in ids)
            decks.append(DeckTopics(places[ids[0]][0], whole, names))
        return MockTopicWords(tuple(decks)) if decks else None

    def paths(self, topic_ids: Iterable[int]) -> tuple[tuple[int, ...], ...]:
        """Each topic's path, its top-level topic first: by these a trend tells which
        mocks are on the same topics (a topic, or one within it)."""
        return tuple(tuple(reversed(self._up(t))) for t in dict.fromkeys(topic_ids))

    def _up(self, topic_id: int) -> list[int]:
        """The topic and its ancestors."""
        chain: list[int] = []
        current: int | None = topic_id
        while current is not None and current not in chain:
            chain.append(current)
            current = self._parent.get(current)
        return chain
