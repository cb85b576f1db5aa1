"""The statistics view's figures: days in the user's timezone, ratings, mastery, mocks."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from studyapp.core.stats import (
    CALENDAR_DAYS,
    DAYS,
    GoalProgress,
    Streaks,
    collect_stats,
    reviews_per_day,
    streaks,
)
from studyapp.core.store import Store
from studyapp.core.study import to_ms
from tests.history import NOW, SCHEDULER, STRONG, WEAK, doc, ids, record, run_mock

QUESTIONS = (
    ("What is a p-value?", "x", ("Statistics",)),
    ("What is a t-test?", "x", ("Statistics", "Tests")),
    ("What is Adam?", "x", ("Optimization",)),
)


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "store.sqlite3") as s:
        s.import_document(doc(QUESTIONS), "/notes.md", "h1")
        yield s


@pytest.mark.parametrize(
    ("moment", "tz", "day_index"),
    [
        (datetime(2030, 3, 1, 11, 0, tzinfo=UTC), UTC, DAYS - 1),  # today
        (datetime(2030, 2, 28, 23, 30, tzinfo=UTC), UTC, DAYS - 2),  # yesterday in UTC …
        (datetime(2030, 2, 28, 23, 30, tzinfo=UTC), timezone(timedelta(hours=2)), DAYS - 1),
        (datetime(2030, 1, 31, 0, 0, tzinfo=UTC), UTC, 0),  # the first day of the window
        (datetime(2030, 1, 30, 23, 59, tzinfo=UTC), UTC, None),  # before it
        (datetime(2030, 3, 2, 0, 0, tzinfo=UTC), UTC, None),  # after now's day
    ],
)
def test_reviews_per_day_counts_calendar_days_in_the_users_timezone(moment, tz, day_index):
    days = reviews_per_day([to_ms(moment)], NOW, tz)
    assert len(days) == DAYS and days[-1].day == NOW.astimezone(tz).date()
    counts = [d.count for d in days]
    if day_index is None:
        assert sum(counts) == 0
    else:
        assert counts[day_index] == 1 and sum(counts) == 1


def test_empty_store_has_empty_figures(store):
    stats = collect_stats(store, None, NOW, SCHEDULER, tz=UTC)
    assert stats.reviews_in_window == 0 and stats.total_ratings == 0
    assert stats.studied == 0 and stats.mocks == []
    assert [t.name for t in stats.topics] == ["Statistics", "Optimization"]


def test_figures_follow_the_history(store):
    q = ids(store)
    record(store, q["What is a p-value?"], WEAK)  # 3, 1, 1
    record(store, q["What is a t-test?"], STRONG)  # 3, 3, 4, 3
    run_mock(
        store,
        [
            (q["What is Adam?"], True, 4, 0.5, "adaptive"),
            (q["What is a p-value?"], False, 1, 0.0, None),
        ],
        days_ago=3,
    )
    run_mock(
        store, [(q["What is Adam?"], False, None, None, None)], days_ago=2
    )  # all skipped: no score
    abandoned = run_mock(
        store, [(q["What is a t-test?"], False, 4, 1.0, None)], days_ago=1, finish=False
    )
    store.abandon_mock_session(abandoned, to_ms(NOW - timedelta(hours=20)))  # no score either

    stats = collect_stats(store, None, NOW, SCHEDULER, tz=UTC)

    assert stats.ratings == {1: 3, 2: 0, 3: 4, 4: 3}  # a grade in an abandoned mock is a review
    in_window = 2 + 2 + 2 + 1  # two Agains, the strong pattern's last two, the mocks' grades
    assert stats.reviews_in_window == in_window
    statistics, optimization = stats.topics
    assert (statistics.name, statistics.total, statistics.studied) == ("Statistics", 2, 2)
    assert set(statistics.question_ids) == {q["What is a p-value?"], q["What is a t-test?"]}
    assert statistics.mastered == 1 and statistics.fraction == 0.5
    assert (optimization.studied, optimization.total) == (1, 1)
    (mock,) = stats.mocks
    assert mock.score == pytest.approx((1.0 + 0.0) / 2)
    assert mock.coverage == pytest.approx(0.25) and mock.graded == 2 and mock.overtime == 1


@pytest.mark.parametrize(("ended_on", "coverage"), [(0.0, 0.5), (0.5, 0.75)])
def test_a_mocks_coverage_counts_the_answer_it_was_ended_on(store, ended_on, coverage):
    """Ended on a typed answer (not graded, its coverage kept), the mock's coverage
    left it out: its summary counted it."""
    q = ids(store)
    run_mock(
        store,
        [
            (q["What is Adam?"], False, 3, 1.0, "adaptive moments"),
            (q["What is a p-value?"], False, None, ended_on, "chance"),
        ],
    )
    (mock,) = collect_stats(store, None, NOW, SCHEDULER, tz=UTC).mocks
    assert (mock.graded, mock.score) == (1, pytest.approx(2 / 3))
    assert mock.coverage == pytest.approx(coverage)


def test_a_question_buried_before_its_first_grade_is_not_studied(store):
    """Burying a never-graded question (-) took it out of the new count, and the
    Statistics tab counted total minus new as studied: "3 studied" of two graded."""
    q = ids(store)
    record(store, q["What is a p-value?"], WEAK)
    store.bury([q["What is a t-test?"]], to_ms(NOW + timedelta(hours=12)))
    store.bury([q["What is Adam?"]], to_ms(NOW + timedelta(hours=12)))

    stats = collect_stats(store, None, NOW, SCHEDULER, tz=UTC)

    statistics, optimization = stats.topics
    assert (statistics.studied, statistics.total) == (1, 2)
    assert (optimization.studied, optimization.total) == (0, 1)
    assert stats.studied == 1
    # Buried after its grades, a question is still one studied.
    store.bury([q["What is a p-value?"]], to_ms(NOW + timedelta(hours=12)))
    assert collect_stats(store, None, NOW, SCHEDULER, tz=UTC).studied == 1


# --- the daily plan: calendar, streaks, today's goal ---------------------------------------


def _days(*offsets: int, today: date = date(2030, 3, 1)) -> set[date]:
    return {today - timedelta(days=n) for n in offsets}


@pytest.mark.parametrize(
    ("offsets", "current", "longest"),
    [
        ((), 0, 0),
        ((0,), 1, 1),
        ((0, 1, 2), 3, 3),
        ((1, 2), 2, 2),  # nothing yet today: the streak is not broken until the day ends
        ((2, 3, 4), 0, 3),  # yesterday missed: broken
        ((0, 1, 5, 6, 7, 8), 2, 4),
        ((0, 2, 4, 6), 1, 1),
        ((-1, 0), 1, 1),  # a day after today (a clock moved back) does not count
    ],
)
def test_streaks(offsets, current, longest):
    assert streaks(_days(*offsets), date(2030, 3, 1)) == Streaks(current, longest)


def test_calendar_streaks_and_goal_follow_the_answers_in_the_users_timezone(store):
    q = ids(store)
    tz = timezone(timedelta(hours=-5))  # NOW (12:00 UTC) is 07:00 there
    day = timedelta(days=1)
    for days_ago in (400, 3, 2, 1):  # 400: before the year shown
        at = NOW - days_ago * day
        card, due = SCHEDULER.grade(store.card_json(q["What is Adam?"]), 3, at)
        store.record_review(q["What is Adam?"], 3, 5.0, "study", card, due, to_ms(at))
    # Two answers at 02:00 UTC today: still yesterday evening in that timezone.
    for minutes in (0, 1):
        at = NOW.replace(hour=2, minute=minutes)
        card, due = SCHEDULER.grade(store.card_json(q["What is a t-test?"]), 3, at)
        store.record_review(q["What is a t-test?"], 3, 5.0, "study", card, due, to_ms(at))

    stats = collect_stats(store, None, NOW, SCHEDULER, tz=tz, daily_goal=2)
    cal = stats.calendar
    today = date(2030, 3, 1)
    assert cal is not None and cal.last == today and cal.days == CALENDAR_DAYS
    assert cal.count(today - day) == 1 + 2 and cal.count(today - 2 * day) == 1
    assert sum(cal.counts.values()) == 5 and cal.busiest == 3
    assert stats.streaks == Streaks(current=3, longest=3)  # today not answered yet
    assert stats.goal == GoalProgress(done=0, goal=2) and not stats.goal.met

    at = NOW
    card, due = SCHEDULER.grade(store.card_json(q["What is Adam?"]), 4, at)
    store.record_review(q["What is Adam?"], 4, 5.0, "study", card, due, to_ms(at))
    stats = collect_stats(store, None, NOW, SCHEDULER, tz=tz, daily_goal=2)
    assert stats.streaks == Streaks(current=4, longest=4)
    assert stats.goal.done == 1 and stats.goal.fraction == 0.5
    assert str(stats.goal) == "1 of 2 answers today"
    assert str(GoalProgress(2, 2)) == "2 of 2 answers today: goal met"
    # Past the goal (a new user read "33 of 20 answers today" as a count gone wrong):
    assert str(GoalProgress(3, 2)) == "3 answers today: goal of 2 met"
    assert str(GoalProgress(33, 20)) == "33 answers today: goal of 20 met"
    assert GoalProgress(3, 2).fraction == 1.0


def test_answers_to_a_question_taken_out_of_the_notes_still_count_for_the_day(store):
    """A new user answered 6 questions, then a re-import took one of them out of the
    notes: the day's goal said "5 of 20 answers today", and the calendar agreed."""
    q = ids(store)
    for title in ("What is Adam?", "What is a t-test?"):
        card, due = SCHEDULER.grade(None, 3, NOW)
        store.record_review(q[title], 3, 5.0, "study", card, due, to_ms(NOW))
    store.import_document(doc(QUESTIONS[:2]), "/notes.md", "h2")  # Adam taken out
    assert store.question(q["What is Adam?"]) is None  # out of the notes, its answers kept
    stats = collect_stats(store, None, NOW, SCHEDULER, tz=UTC, daily_goal=20)
    assert str(stats.goal) == "2 of 20 answers today"
    assert stats.calendar is not None and stats.calendar.count(NOW.date()) == 2
    assert stats.streaks.current == 1
    # The same tab's reviews per day and ratings agree with it ("38 answers today"
    # over "37 reviews"); the deck's own view counts them too: they were its answers.
    deck = store.decks()[0].id
    for deck_id in (None, deck):
        stats = collect_stats(store, deck_id, NOW, SCHEDULER, tz=UTC, daily_goal=20)
        assert stats.reviews_in_window == 2 and stats.total_ratings == 2


def test_an_empty_store_has_an_empty_calendar(store):
    stats = collect_stats(store, None, NOW, SCHEDULER, tz=UTC)
    assert stats.calendar is not None and stats.calendar.counts == {}
    assert stats.calendar.busiest == 0
    assert stats.streaks == Streaks(0, 0) and stats.goal.done == 0
