"""The statistics view's figures: days in the user's timezone, ratings, mastery, mocks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from studyapp.core.stats import DAYS, collect_stats, reviews_per_day
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

    stats = collect_stats(store, None, NOW, SCHEDULER, tz=UTC)

    assert stats.ratings == {1: 3, 2: 0, 3: 4, 4: 2}
    in_window = 2 + 2 + 2  # the two Agains, the strong pattern's last two, the mock grades
    assert stats.reviews_in_window == in_window
    statistics, optimization = stats.topics
    assert (statistics.name, statistics.total, statistics.studied) == ("Statistics", 2, 2)
    assert set(statistics.question_ids) == {q["What is a p-value?"], q["What is a t-test?"]}
    assert statistics.mastered == 1 and statistics.fraction == 0.5
    assert (optimization.studied, optimization.total) == (1, 1)
    (mock,) = stats.mocks
    assert mock.score == pytest.approx((1.0 + 0.0) / 2)
    assert mock.coverage == pytest.approx(0.25) and mock.graded == 2 and mock.overtime == 1
