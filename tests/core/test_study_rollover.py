"""A study session open when the study day ends (local midnight) takes the new day's
limits (`set_limits`): the new questions and reviews of the new day's allowance join,
what was buried until then comes back, and the questions studied yesterday in the
same session do not count against today. No Qt; a fake clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo

import pytest

from studyapp.core.clock import FakeClock
from studyapp.core.settings_schema import NEW_PER_DAY
from studyapp.core.store import Store
from studyapp.core.study import (
    StudySession,
    next_day_start,
    study_day,
    todays_limits_in,
)
from tests.core.test_study_per_deck import DECKS, SR, deck_id, doc, study

LATE = datetime(2030, 3, 1, 23, 50, tzinfo=UTC)


@pytest.fixture
def store(tmp_path) -> Iterator[Store]:
    with Store.open(tmp_path / "s.sqlite3") as s:
        for name, titles in DECKS.items():
            s.import_document(doc(name, titles), f"{name}.md", f"hash-{name}")
        yield s


def limits_now(store: Store, clock: FakeClock, per_day: int):
    return todays_limits_in(store, {NEW_PER_DAY: per_day}, clock.now(), clock.timezone())


def session_at(store: Store, clock: FakeClock, per_day: int, **scope: int) -> StudySession:
    return StudySession(store, SR, clock, limits=limits_now(store, clock, per_day), **scope)


def walk(session: StudySession) -> list[str]:
    seen = []
    while (question := session.current()) is not None:
        seen.append(question.title)
        session.reveal()
        session.grade(4)
    return seen


def roll_over(store: Store, clock: FakeClock, session: StudySession, per_day: int) -> None:
    """What the window does when its day timer finds a new day."""
    clock.current = next_day_start(clock) + timedelta(seconds=1)
    assert study_day(clock) != session.day
    session.set_limits(limits_now(store, clock, per_day))
    assert session.day == study_day(clock)


@pytest.mark.parametrize(("deck", "per_day"), [("SQL", 2), ("JavaScript quick ones", 3)])
def test_the_new_days_new_questions_join_the_open_session(store, deck, per_day):
    clock = FakeClock(LATE)
    session = session_at(store, clock, per_day, deck_id=deck_id(store, deck))
    studied = walk(session)
    assert len(studied) == per_day and session.is_finished()
    assert session.held_back.new == len(DECKS[deck]) - per_day
    roll_over(store, clock, session, per_day)
    # The day's whole allowance again: yesterday's grades in this session are not today's.
    assert session.counts().new == per_day
    today = walk(session)
    assert len(today) == per_day and not set(today) & set(studied)


def test_a_session_over_every_deck_takes_each_decks_new_allowance(store):
    clock = FakeClock(LATE)
    session = session_at(store, clock, 1)
    assert len(walk(session)) == 3  # one from each deck
    roll_over(store, clock, session, 1)
    assert session.counts().new == 3


def test_grades_after_the_rollover_count_against_the_new_day(store):
    """A reload after the rollover (an import, say) does not hand today's allowance
    out again: the grades since the new day's limits were counted are taken from it."""
    clock = FakeClock(LATE)
    session = session_at(store, clock, 2, deck_id=deck_id(store, "SQL"))
    walk(session)
    roll_over(store, clock, session, 2)
    session.reveal()
    session.grade(4)
    session.reload()
    assert session.counts().new == 1


def test_yesterdays_last_grade_can_still_be_undone_after_the_rollover(store):
    clock = FakeClock(LATE)
    session = session_at(store, clock, 2, deck_id=deck_id(store, "SQL"))
    studied = walk(session)
    roll_over(store, clock, session, 2)
    undone = session.undo()  # yesterday's last grade, taken back
    assert undone is not None and undone.title == studied[-1]
    assert session.current().id == undone.id
    assert [r.question_id for r in store.reviews()] == [
        q.id for q in store.questions() if q.title == studied[0]
    ]
    # Today's limits did not count it: they are given again, and two it is, in all.
    assert session.limits_stale
    session.set_limits(limits_now(store, clock, 2))
    assert not session.limits_stale
    assert session.current().id == undone.id and session.counts().new == 2


def test_an_undo_of_a_grade_counted_in_the_limits_says_they_are_stale(store):
    """Another way to it: limits given again mid-session (Preferences), then the
    grade before them taken back; a grade after them taken back leaves them be."""
    clock = FakeClock(LATE - timedelta(hours=3))
    session = session_at(store, clock, 3, deck_id=deck_id(store, "SQL"))
    session.reveal()
    session.grade(4)
    session.set_limits(limits_now(store, clock, 4))
    session.reveal()
    session.grade(4)
    session.undo()
    assert not session.limits_stale  # graded after the limits were counted
    session.undo()
    assert session.limits_stale
    session.set_limits(limits_now(store, clock, 4))
    assert session.counts().new == 4


def test_a_question_buried_yesterday_comes_back_in_the_open_session(store):
    clock = FakeClock(LATE)
    session = session_at(store, clock, 20, deck_id=deck_id(store, "SQL"))
    buried = session.current()
    session.bury(next_day_start(clock))
    rest = walk(session)
    assert buried.title not in rest and session.is_finished()
    roll_over(store, clock, session, 20)
    assert session.current().id == buried.id
    assert walk(session) == [buried.title]


@pytest.mark.parametrize(
    ("tz", "late", "day"),
    [
        # 23:50 in UTC+5 is 18:50 UTC: the study day ends at 19:00 UTC.
        (timezone(timedelta(hours=5)), datetime(2030, 3, 1, 18, 50, tzinfo=UTC), date(2030, 3, 1)),
        # 23:50 in UTC−8 is 07:50 UTC the next calendar day in UTC.
        (timezone(timedelta(hours=-8)), datetime(2030, 3, 2, 7, 50, tzinfo=UTC), date(2030, 3, 1)),
    ],
)
def test_the_study_day_is_the_local_one(tz: tzinfo, late: datetime, day: date):
    clock = FakeClock(late, tz=tz)
    assert study_day(clock) == day
    assert next_day_start(clock) == late + timedelta(minutes=10)
    clock.current = next_day_start(clock)
    assert study_day(clock) == day + timedelta(days=1)


def test_the_question_on_screen_stays_on_screen_across_the_rollover(store):
    clock = FakeClock(LATE)
    session = session_at(store, clock, 2, deck_id=deck_id(store, "SQL"))
    session.reveal()
    session.grade(4)
    on_screen = session.current()
    session.show()
    session.reveal()
    roll_over(store, clock, session, 2)
    assert session.current().id == on_screen.id and session.revealed
    assert session.counts().new == 2  # today's two: the one on screen and one more


@pytest.mark.parametrize("minutes_before", [5, 50])
def test_a_review_that_fell_due_in_the_evening_joins_at_the_rollover(store, minutes_before):
    """A review falling due after the session was built (late in the evening, in a
    zone whose midnight is just after it) is in the queue of the new day."""
    study(store, "SQL 1?", datetime(2030, 3, 1, 9, 0, tzinfo=UTC), rating=4)  # a review
    (reviewed,) = [q for q in store.questions() if q.title == "SQL 1?"]
    due = SR.due(store.card_json(reviewed.id))
    assert due is not None
    midnight = due + timedelta(minutes=5)  # the zone's midnight, five minutes after it
    zone = timezone(-(midnight - midnight.replace(hour=0, minute=0, second=0, microsecond=0)))
    clock = FakeClock(due - timedelta(minutes=minutes_before), tz=zone)
    session = session_at(store, clock, 0, deck_id=deck_id(store, "SQL"))  # no new ones
    assert session.current() is None and session.is_finished()
    roll_over(store, clock, session, 0)
    assert session.current().id == reviewed.id
    assert session.counts().review == 1
