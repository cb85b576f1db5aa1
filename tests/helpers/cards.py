"""Reviews stored with the cards the app's scheduler makes of them.

A test that records a review stores a card with it. A made-up card ("{}") is one the
scheduler cannot read: the app shows its question as new, and the full check makes
such a card again from the question's reviews (core.store.cards_again), so a test
storing one would see its cards change under it. `record` stores the card the app's
grade would have made, at the review's own time.
"""

from __future__ import annotations

from datetime import UTC, datetime

from studyapp.core.scheduler import SpacedRepetition

_SCHEDULER = SpacedRepetition()


def real_card(store, qid: str, rating: int, at_ms: int) -> tuple[str, str]:
    """(card JSON, due) of `qid`'s stored card graded `rating` at `at_ms`, as the app
    grades with its default settings."""
    when = datetime.fromtimestamp(at_ms / 1000, UTC)
    return _SCHEDULER.grade(store.card_json(qid), rating, when)


def record(store, qid: str, rating: int, seconds: float | None, mode: str, at_ms: int) -> int:
    """`store.record_review` with the card the app's grade makes (`real_card`)."""
    card, due = real_card(store, qid, rating, at_ms)
    return store.record_review(qid, rating, seconds, mode, card, due, at_ms)
