"""Bury in a study session and in the progress figures (no Qt): a buried question
leaves the session and the due and new counts until the next study day starts, then
comes back by itself; an undo takes a bury back like a grade."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone

import pytest

from studyapp.core.clock import FakeClock
from studyapp.core.progress import ProgressIndex, topic_progress
from studyapp.core.store import Store, StoreError
from studyapp.core.study import StudySession, day_bounds
from tests.core.shared import T0, open_deck
from tests.core.test_study import QUESTIONS, doc, qid
from tests.helpers.full_disk import WritesFailAfterDeletes


@pytest.fixture
def store(tmp_path) -> Iterator[Store]:
    yield from open_deck(tmp_path / "s.sqlite3", doc(*QUESTIONS))


def walk(session: StudySession) -> list[str]:
    """The titles the session shows, graded Easy one after another."""
    seen = []
    while (question := session.current()) is not None:
        seen.append(question.title)
        session.reveal()
        session.grade(4)
    return seen


def day_end(clock: FakeClock) -> datetime:
    return day_bounds(clock.now(), clock.timezone())[1]


def test_a_buried_question_leaves_the_session_and_the_next_one_shows(store, sr):
    clock = FakeClock(T0)
    session = StudySession(store, sr, clock)
    first = session.current()
    assert first is not None and session.counts().new == 5
    assert session.bury(day_end(clock)) == first.id
    assert session.current() is not None and session.current().id != first.id
    assert session.counts().new == 4
    assert store.reviews() == []  # buried, not graded
    assert first.title not in walk(session)


@pytest.mark.parametrize(
    ("tz", "start"),
    [
        (UTC, datetime(2030, 3, 1, 9, 0, tzinfo=UTC)),
        # 23:30 in UTC+5: the study day ends in half an hour, not at UTC's midnight.
        (timezone(timedelta(hours=5)), datetime(2030, 3, 1, 18, 30, tzinfo=UTC)),
    ],
)
def test_a_buried_question_is_left_out_until_the_next_day_then_comes_back(store, sr, tz, start):
    clock = FakeClock(start, tz=tz)
    session = StudySession(store, sr, clock)
    buried = session.current()
    session.bury(day_end(clock))
    later_today = day_end(clock) - timedelta(minutes=1)
    clock.current = later_today
    assert buried.title not in walk(StudySession(store, sr, clock))  # a new session today
    clock.current = later_today + timedelta(minutes=1)  # the next study day
    assert [q.title for q in [StudySession(store, sr, clock).current()]] == [buried.title]


def test_a_buried_review_is_not_due_in_a_session_until_the_next_day(store, sr):
    """A review due now, buried, is left out as a new question is (general, not new only)."""
    clock = FakeClock(T0)
    session = StudySession(store, sr, clock)
    session.reveal()
    session.grade(4)  # Easy: a review card
    clock.advance(days=60)  # due again
    session = StudySession(store, sr, clock)
    first = session.current()
    assert session.counts().review == 1
    session.bury(day_end(clock))
    assert session.counts().review == 0
    assert first.title not in walk(StudySession(store, sr, clock))


def test_undo_takes_a_bury_back_and_the_question_is_current_again(store, sr):
    clock = FakeClock(T0)
    session = StudySession(store, sr, clock)
    first = session.current()
    session.bury(day_end(clock))
    assert session.undo_kind() == "bury"
    assert session.undo().id == first.id
    assert session.current().id == first.id and not session.revealed
    assert store.buried_until(0) == {}
    assert session.counts().new == 5
    assert not session.can_undo()


def test_undo_after_a_grade_and_a_bury_takes_the_bury_back_first(store, sr):
    clock = FakeClock(T0)
    session = StudySession(store, sr, clock)
    session.reveal()
    session.grade(4)
    second = session.current()
    session.bury(day_end(clock))
    session.undo()
    assert session.current().id == second.id
    assert session.undo_kind() == "grade"
    session.undo()
    assert store.reviews() == [] and store.buried_until(0) == {}


def test_a_session_reloaded_after_a_bury_does_not_bring_it_back(store, sr):
    clock = FakeClock(T0)
    session = StudySession(store, sr, clock)
    buried = session.current()
    session.bury(day_end(clock))
    session.reload()  # an import while studying
    assert buried.title not in walk(session)


def test_the_progress_figures_leave_a_buried_question_out_until_the_day_ends(store, sr):
    clock = FakeClock(T0)
    session = StudySession(store, sr, clock)
    session.reveal()
    session.grade(3)
    clock.advance(days=30)  # the graded one is due again; four are new
    reviewed = store.reviews()[0].question_id
    new_one = qid(store, "Q4?")
    store.bury([reviewed, new_one], int(day_end(clock).timestamp() * 1000))
    index = ProgressIndex.build(store, sr, clock.now())
    totals = index.totals()
    assert (totals.total, totals.due, totals.new) == (5, 0, 3)
    deck = store.decks()[0].id
    assert sum(p.due for p in topic_progress(store, deck, clock.now(), sr).values()) == 0
    moment = index.next_change()
    assert moment is not None and moment <= day_end(clock)
    clock.current = day_end(clock)
    changed = index.advance(clock.now())
    totals = index.totals()
    assert (totals.total, totals.due, totals.new) == (5, 1, 4)
    assert changed.topics


def test_a_buried_questions_row_says_buried_until_the_day_ends(store, sr):
    """The row's state is "buried" (not its card's "new" or "due") while it is buried,
    and its real state again when the day it was buried for ends: the index says which
    rows changed then, so the tree repaints them."""
    clock = FakeClock(T0)
    session = StudySession(store, sr, clock)
    session.reveal()
    session.grade(4)  # Easy: a review, days away
    clock.advance(days=30)  # now due
    reviewed = store.reviews()[0].question_id
    new_one = qid(store, "Q4?")
    store.bury([reviewed, new_one], int(day_end(clock).timestamp() * 1000))
    index = ProgressIndex.build(store, sr, clock.now())
    assert index.state(reviewed) == index.state(new_one) == "buried"
    assert index.states()[new_one] == "buried"
    assert index.state(qid(store, "Q5?")) == "new"  # not buried: its own state
    clock.current = day_end(clock)
    changed = index.advance(clock.now())
    assert {reviewed, new_one} <= changed.questions
    assert index.state(reviewed) in ("due", "weak") and index.state(new_one) == "new"


def revealed_buried(store: Store, sr) -> tuple[StudySession, str, int]:
    """A session over Q2 alone, buried until the day's end, its answer shown: the
    session, the question's id and the moment it would come back."""
    clock = FakeClock(T0)
    target = qid(store, "Q2?")
    until = int(day_end(clock).timestamp() * 1000)
    store.bury([target], until)
    session = StudySession(store, sr, clock, question_ids=[target])
    session.reveal()
    return session, target, until


def test_a_grade_of_a_buried_question_unburies_it_and_an_undo_buries_it_again(store, sr):
    """Chosen questions are studied buried or not: a grade means it was studied after
    all, so it is no longer buried (its row and today's counts have it back); an undo
    of that grade buries it again until the same moment."""
    session, target, until = revealed_buried(store, sr)
    session.grade(3)
    assert session.buried_changed()
    assert store.buried_until(0) == {}
    assert ProgressIndex.build(store, sr, T0).state(target) != "buried"
    session.undo()
    assert session.buried_changed()
    assert store.buried_until(0) == {target: until}
    assert ProgressIndex.build(store, sr, T0).state(target) == "buried"


def test_a_grade_of_a_buried_question_that_cannot_be_saved_leaves_it_buried(store, sr, monkeypatch):
    """Unburying and the grade are one write: a full disk at the grade leaves the
    question buried as it was, not taken out of the buried ones ungraded (the old
    way put the bury back afterwards, which the same full disk refused)."""
    session, target, until = revealed_buried(store, sr)
    monkeypatch.setattr(store, "_conn", WritesFailAfterDeletes(store._conn))
    with pytest.raises(StoreError):
        session.grade(3)
    monkeypatch.undo()
    assert store.buried_until(0) == {target: until}
    assert store.reviews(target) == []


def test_a_grade_of_a_question_not_buried_buries_nothing(store, sr):
    """Another chosen question, never buried, beside one that is: grading it leaves
    the other's bury alone and says nothing buried changed."""
    clock = FakeClock(T0)
    graded, other = qid(store, "Q1?"), qid(store, "Q3?")
    store.bury([other], int(day_end(clock).timestamp() * 1000))
    session = StudySession(store, sr, clock, question_ids=[graded])
    session.reveal()
    session.grade(4)
    assert not session.buried_changed()
    assert set(store.buried_until(0)) == {other}
    session.undo()
    assert set(store.buried_until(0)) == {other}
