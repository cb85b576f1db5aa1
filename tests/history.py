"""Constructed study histories for the weak-topic, statistics and PDF tests.

A pattern is a sequence of (days ago, rating): each is graded through the real
scheduler in time order and saved as a review with the card it produced, as a
study session would.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta

from studyapp.core.model import ParsedDocument, ParsedQuestion, Review
from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.store import MockReview, Store, WeakMockAttempt
from studyapp.core.study import to_ms

NOW = datetime(2030, 3, 1, 12, 0, tzinfo=UTC)
SCHEDULER = SpacedRepetition()

Pattern = Sequence[tuple[float, int]]  # (days ago, rating)

WEAK = ((30, 3), (5, 1), (2, 1))  # known once, then Again twice this week
STRONG = ((60, 3), (45, 3), (20, 4), (1, 3))


def doc(questions: Iterable[tuple[str, str, tuple[str, ...]]], deck: str = "Interview"):
    """A parsed document from (title, answer, topic path) triples."""
    return ParsedDocument(
        deck_name=deck,
        format="markdown",
        questions=[
            ParsedQuestion(title, answer, line * 10, path)
            for line, (title, answer, path) in enumerate(questions, start=1)
        ],
        has_sections=True,
    )


def replay(pattern: Pattern, now: datetime = NOW) -> tuple[str | None, list[Review]]:
    """The card and reviews a pattern leaves, without a store (for question_weakness)."""
    card: str | None = None
    reviews = []
    for i, (days_ago, rating) in enumerate(sorted(pattern, key=lambda p: -p[0])):
        at = now - timedelta(days=days_ago)
        card, _due = SCHEDULER.grade(card, rating, at)
        reviews.append(Review(i + 1, "q", to_ms(at), rating, 10.0, "study"))
    return card, reviews


def record(store: Store, qid: str, pattern: Pattern, now: datetime = NOW) -> None:
    """Save a pattern's reviews for a question (its card continues from the stored one)."""
    card = store.card_json(qid)
    for days_ago, rating in sorted(pattern, key=lambda p: -p[0]):
        at = now - timedelta(days=days_ago)
        card, due = SCHEDULER.grade(card, rating, at)
        store.record_review(qid, rating, 12.0, "study", card, due, to_ms(at))


def mock_attempt(
    days_ago: float = 1,
    *,
    overtime: bool = False,
    rating: int | None = 3,
    coverage: float | None = None,
    typed: str | None = None,
    session: int = 1,
    now: datetime = NOW,
) -> WeakMockAttempt:
    return WeakMockAttempt(
        question_id="q",
        session_id=session,
        session_state="finished",
        started_at_ms=to_ms(now - timedelta(days=days_ago)),
        position=0,
        seconds=90.0,
        overtime=overtime,
        rating=rating,
        coverage=coverage,
        typed_answer=typed,
    )


def run_mock(
    store: Store,
    answers: Sequence[tuple[str, bool, int | None, float | None, str | None]],
    days_ago: float = 1,
    now: datetime = NOW,
    *,
    finish: bool = True,
) -> int:
    """A mock interview over (qid, overtime, rating or None, coverage, typed answer);
    graded answers also count as reviews (mode "mock"), as in the app."""
    started = now - timedelta(days=days_ago)
    session = store.create_mock_session({}, [a[0] for a in answers], to_ms(started))
    for position, (qid, overtime, rating, coverage, typed) in enumerate(answers):
        at = started + timedelta(minutes=3 * (position + 1))
        review = None
        if rating is not None:
            card, due = SCHEDULER.grade(store.card_json(qid), rating, at)
            review = MockReview(card, due, to_ms(at))
        store.record_mock_answer(
            session,
            qid,
            position,
            seconds=200.0 if overtime else 60.0,
            overtime=overtime,
            rating=rating,
            coverage=coverage,
            typed_answer=typed,
            review=review,
        )
    if finish:
        store.finish_mock_session(session, to_ms(started + timedelta(minutes=30)))
    return session


def ids(store: Store) -> dict[str, str]:
    """Title → question id."""
    return {q.title: q.id for q in store.questions()}
