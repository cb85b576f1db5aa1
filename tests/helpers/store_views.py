"""What a deck holds, read back from a store the way a test compares two decks."""

from __future__ import annotations

from studyapp.core.store import Store


def topic_paths(store: Store, deck_id: int) -> dict[str, tuple[str, ...]]:
    """Each question's title → its topic path, outermost first."""
    topics = {t.id: t for t in store.topics(deck_id)}

    def path(topic_id: int | None) -> tuple[str, ...]:
        names: list[str] = []
        while topic_id is not None:
            names.insert(0, topics[topic_id].name)
            topic_id = topics[topic_id].parent_id
        return tuple(names)

    return {q.title: path(q.topic_id) for q in store.questions(deck_id=deck_id)}
