"""Reviews dated ahead of the clock: the computer's clock was ahead when they were
made (or the store comes from a machine whose clock was). Their cards were hidden
from the study queue and the due counts until that future time plus the interval;
now a card whose last review is dated ahead of now is due now, its next grade
measures from now (no negative elapsed time), and the history keeps every review
as it was written."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from studyapp.core.clock import FakeClock
from studyapp.core.decks import deck_list
from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.progress import card_info, due_counts, question_state
from studyapp.core.scheduler import CLOCK_SLACK, SpacedRepetition, recall_words
from studyapp.core.store import Store
from studyapp.core.study import StudySession, to_ms

T0 = datetime(2030, 3, 1, 9, 0, tzinfo=UTC)
AHEAD = timedelta(days=3)


@pytest.fixture
def sr() -> SpacedRepetition:
    return SpacedRepetition()


@pytest.fixture
def store(tmp_path) -> Iterator[Store]:
    doc = ParsedDocument(
        deck_name="AI",
        format="markdown",
        questions=[ParsedQuestion(f"Q{i}?", f"Answer {i}", i, ("ML",)) for i in range(1, 4)],
        has_sections=True,
    )
    with Store.open(tmp_path / "s.sqlite3") as s:
        s.import_document(doc, "x.md", "hash")
        yield s


def grade_at(store: Store, sr: SpacedRepetition, qid: str, rating: int, at: datetime) -> int:
    card, due = sr.grade(store.card_json(qid), rating, at)
    return store.record_review(qid, rating, 5.0, "study", card, due, to_ms(at))


def history(store: Store) -> list[tuple]:
    with contextlib.closing(sqlite3.connect(store.path)) as conn:
        return conn.execute(
            "SELECT id, question_id, reviewed_at_ms, rating, card_before_json FROM reviews"
            " ORDER BY id"
        ).fetchall()


def reviewed_ahead(store: Store, sr: SpacedRepetition, rating: int = 3) -> str:
    """Q1 studied on a day, then reviewed again while the clock was three days ahead
    (its card now due days after that future moment). Returns its id."""
    qid = store.questions()[0].id
    grade_at(store, sr, qid, 3, T0 - timedelta(days=10))
    grade_at(store, sr, qid, rating, T0 + AHEAD)
    return qid


def test_a_card_reviewed_ahead_of_the_clock_is_in_the_queue_and_the_counts(store, sr):
    qid = reviewed_ahead(store, sr)
    card = store.card_json(qid)
    assert sr.due(card) > T0 + AHEAD  # as stored: days after the future review

    session = StudySession(store, sr, FakeClock(T0))
    assert session.current() is not None and session.current().id == qid
    assert session.counts().review == 1  # not hidden for days
    counts, _ = due_counts([card, None, None], T0, sr)
    assert (counts.new, counts.review) == (2, 1)
    assert question_state(card, 3, T0, sr) == "due"
    assert sr.is_due(card, T0) and sr.due(card, T0) <= T0
    assert recall_words(sr, card, T0).startswith("due now")
    (deck,) = deck_list(store, T0, sr)  # `studyapp decks`
    assert deck.due == 1


def test_its_next_grade_measures_from_now_and_the_history_is_kept(store, sr):
    qid = reviewed_ahead(store, sr, rating=1)  # Again, while the clock was ahead
    before = history(store)
    clock = FakeClock(T0)
    session = StudySession(store, sr, clock)
    assert session.current().id == qid
    intervals = sr.preview(store.card_json(qid), T0)
    assert all(timedelta(0) < wait for wait in intervals.values())
    session.reveal()
    session.grade(3)

    card = store.card_json(qid)
    raw = json.loads(card)
    assert datetime.fromisoformat(raw["last_review"]) == T0
    assert T0 < sr.due(card) <= T0 + intervals[3] + timedelta(seconds=1)
    assert sr.due(card) < T0 + AHEAD  # no longer anchored at the future moment
    # Nothing the person did was rewritten: the review dated ahead is still there as it was.
    assert history(store)[: len(before)] == before
    assert sorted(r.reviewed_at_ms for r in store.reviews(qid)) == [
        to_ms(T0 - timedelta(days=10)),
        to_ms(T0),
        to_ms(T0 + AHEAD),
    ]
    # The latest answer is the one just given, not the one dated ahead (Again: weak).
    assert store.cards()[qid].last_rating == 3
    assert card_info(store, qid).last_rating == 3
    assert question_state(card, 3, T0, sr) != "weak"
    assert session.current() is None or session.current().id != qid


def test_negative_elapsed_time_counts_as_none(store, sr):
    """Graded before its last review's date, a card is scheduled as if graded at that
    moment (no time elapsed), never from a negative span."""
    qid = reviewed_ahead(store, sr)
    card = store.card_json(qid)
    at_review = sr.preview(card, T0 + AHEAD)
    assert sr.preview(card, T0) == at_review
    assert sr.retrievability(card, T0) == sr.retrievability(card, T0 + AHEAD)


def test_a_clock_a_moment_behind_does_not_bring_a_card_back_at_once(store, sr):
    """A clock set back by less than CLOCK_SLACK (a time sync) just after a grade: the
    card keeps its interval instead of coming straight back."""
    qid = store.questions()[0].id
    grade_at(store, sr, qid, 3, T0)
    card = store.card_json(qid)
    a_moment_before = T0 - CLOCK_SLACK / 2
    assert not sr.is_due(card, a_moment_before)
    assert sr.due(card, a_moment_before) == sr.due(card)
    session = StudySession(store, sr, FakeClock(a_moment_before))
    assert qid not in {q.id for q in [session.current()] if q is not None}
    assert session.counts().review == 0


@pytest.mark.parametrize("ahead", [timedelta(hours=2), timedelta(days=3), timedelta(days=400)])
def test_any_review_dated_ahead_is_due_now_and_due_as_stored_once_its_time_passed(
    store, sr, ahead
):
    qid = store.questions()[1].id
    grade_at(store, sr, qid, 3, T0 + ahead)
    card = store.card_json(qid)
    assert sr.is_due(card, T0)
    # Once the clock reaches the review's date, the card is due as stored again: its
    # interval, measured from that moment (not later than now).
    after = T0 + ahead + CLOCK_SLACK * 2
    assert sr.due(card, after) == sr.due(card) and not sr.is_due(card, after)
