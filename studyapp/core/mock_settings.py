"""How a mock interview is set up (`MockSettings`: topics, count, time per question,
order, whether grades count as reviews), and the set-up remembered for next time in
the store's settings. No Qt; core.mock, which runs the session, re-exports it.

    settings = load_settings(store)                   # the last choices, or defaults
    save_settings(store, settings)                    # MockSession.create does it
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from studyapp.core.store import Store

ORDERS = ("weakest", "due", "random")
SETTINGS_KEY = "mock.settings"  # the last set-up, as MockSettings.to_dict()


@dataclass(frozen=True, slots=True)
class MockSettings:
    """How a mock interview is set up.

    topic_ids: topics to draw from, sub-topics included; empty means every question.
    count: questions to ask (fewer if the topics hold fewer).
    seconds_per_question: the countdown for each question.
    order: "weakest" (weak and low-recall questions first), "due" (scheduled ones
        first) or "random".
    counts_as_review: whether each grade is also a review for the scheduler.
    """

    topic_ids: tuple[int, ...] = ()
    count: int = 5
    seconds_per_question: int = 120
    order: str = "weakest"
    counts_as_review: bool = True

    def __post_init__(self) -> None:
        object.__setattr__(self, "topic_ids", tuple(int(t) for t in self.topic_ids))
        if self.count < 1:
            raise ValueError(f"a mock interview needs at least one question, not {self.count}")
        if self.seconds_per_question < 1:
            raise ValueError(f"time per question must be positive, not {self.seconds_per_question}")
        if self.order not in ORDERS:
            raise ValueError(f"order must be one of {ORDERS}, not {self.order!r}")

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (as remembered in the settings table and in each session)."""
        return {
            "topic_ids": list(self.topic_ids),
            "count": self.count,
            "seconds_per_question": self.seconds_per_question,
            "order": self.order,
            "counts_as_review": self.counts_as_review,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> MockSettings:
        """Settings from `to_dict()` output. Lenient: a missing, mistyped or invalid
        value (an older or hand-edited database) falls back to its default."""
        defaults = cls()
        data = data if isinstance(data, Mapping) else {}

        def pick(name: str, valid: Any) -> Any:
            value = data.get(name, getattr(defaults, name))
            try:
                return value if valid(value) else getattr(defaults, name)
            except (TypeError, ValueError):
                return getattr(defaults, name)

        def positive_int(v: Any) -> bool:
            return isinstance(v, int) and not isinstance(v, bool) and v >= 1

        topics = pick(
            "topic_ids",
            lambda v: (
                isinstance(v, list | tuple)
                and all(isinstance(t, int) and not isinstance(t, bool) for t in v)
            ),
        )
        return cls(
            topic_ids=tuple(topics),
            count=pick("count", positive_int),
            seconds_per_question=pick("seconds_per_question", positive_int),
            order=pick("order", lambda v: v in ORDERS),
            counts_as_review=pick("counts_as_review", lambda v: isinstance(v, bool)),
        )


def settings_over(store: Store, question_ids: list[str], base: MockSettings) -> MockSettings:
    """`base` for a mock over exactly these questions: their number, and named by
    their topics (not by the last set-up's choice)."""
    found = (store.question(qid) for qid in question_ids)
    topics = tuple(dict.fromkeys(q.topic_id for q in found if q is not None))
    return replace(base, count=len(question_ids), topic_ids=topics)


def load_settings(store: Store) -> MockSettings:
    """The set-up chosen last time, or the defaults."""
    return MockSettings.from_dict(store.get_setting(SETTINGS_KEY))


def save_settings(store: Store, settings: MockSettings) -> None:
    """Remember a set-up for the next time the set-up screen opens."""
    store.set_setting(SETTINGS_KEY, settings.to_dict())


# --- the topics last chosen for each deck ------------------------------------------------

CHOSEN_KEY = "mock.chosen_by_deck"  # deck id → DeckChoice.to_dict() (settings, no schema)


@dataclass(frozen=True, slots=True)
class DeckChoice:
    """The topics a deck's last mock was set up on (`topic_ids` as MockSettings has
    them: () every topic), and the row of the window's tree selected when it was
    (`selected`: an opaque (kind, key) pair the view understands; None: none)."""

    topic_ids: tuple[int, ...]
    selected: tuple[int, int | str] | None = None


def remember_choice(
    store: Store,
    topic_ids: tuple[int, ...],
    deck_ids: Iterable[int],
    selected: tuple[int, int | str] | None,
) -> None:
    """Remember a mock's chosen topics for each of `deck_ids` (the decks it drew
    from, and the one of the row selected), so that the set-up can open on them
    again for those decks (ui.mock_start)."""
    kept = store.get_setting(CHOSEN_KEY)
    kept = dict(kept) if isinstance(kept, dict) else {}
    entry = {"topic_ids": list(topic_ids), "selected": list(selected) if selected else None}
    for deck_id in dict.fromkeys(deck_ids):
        kept[str(deck_id)] = entry
    store.set_setting(CHOSEN_KEY, kept)


def remembered_choice(store: Store, deck_id: int) -> DeckChoice | None:
    """The topics a mock from this deck was last set up on; None when none was (or
    what is stored is unreadable: a hand-edited or older store)."""
    kept = store.get_setting(CHOSEN_KEY)
    entry = kept.get(str(deck_id)) if isinstance(kept, dict) else None
    if not isinstance(entry, dict):
        return None
    topics = entry.get("topic_ids")
    if not isinstance(topics, list) or not all(_an_int(t) for t in topics):
        return None
    selected = entry.get("selected")
    readable = isinstance(selected, list) and len(selected) == 2 and _an_int(selected[0])
    if readable and (_an_int(selected[1]) or isinstance(selected[1], str)):
        return DeckChoice(tuple(topics), (selected[0], selected[1]))
    return DeckChoice(tuple(topics))


def _an_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
