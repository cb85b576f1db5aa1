"""Anki's Future Due in the statistics: how many questions fall due on each of the
next 30 days, with today's (overdue included), tomorrow's and the week's totals.
Nothing told a person what was coming."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from studyapp.core.stats import FORECAST_DAYS, collect_stats, future_due
from studyapp.core.store import Store
from studyapp.core.study import to_ms
from tests.history import NOW, SCHEDULER, doc

TITLES = ("Overdue", "Tonight", "Tomorrow", "Tomorrow, suspended", "Day 5", "Day 30", "Day 31")
DUE_IN = {  # from NOW; the rest never studied
    "Overdue": timedelta(days=-3),
    "Tonight": timedelta(hours=1),
    "Tomorrow": timedelta(days=1),
    "Tomorrow, suspended": timedelta(days=1),
    "Day 5": timedelta(days=5),
    "Day 30": timedelta(days=30),
    "Day 31": timedelta(days=31),
}


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "store.sqlite3") as s:
        s.import_document(doc([(t, "x", ("T",)) for t in (*TITLES, "New")]), "/n.md", "h1")
        ids = {q.title: q.id for q in s.questions()}
        for title, due_in in DUE_IN.items():
            at = NOW - timedelta(days=40)
            card, _ = SCHEDULER.grade(None, 4, at)
            card, due = SCHEDULER.with_due(card, NOW + due_in)
            s.record_review(ids[title], 4, 2.0, "study", card, due, to_ms(at))
        s.set_suspended([ids["Tomorrow, suspended"]])
        yield s


def test_the_statistics_forecast_what_falls_due(store):
    forecast = collect_stats(store, None, NOW, SCHEDULER, tz=UTC).forecast
    assert len(forecast.days) == FORECAST_DAYS
    assert forecast.days[0].day == (NOW + timedelta(days=1)).date()
    counts = {i + 1: d.count for i, d in enumerate(forecast.days) if d.count}
    assert counts == {1: 1, 5: 1, 30: 1}  # the suspended one never falls due
    assert (forecast.today, forecast.tomorrow, forecast.week) == (2, 1, 2)
    assert forecast.later == 1 and forecast.scheduled == 6


def test_a_question_buried_today_counts_on_the_day_its_burial_ends(store):
    """Buried, the overdue question is not what a session offers today: the forecast
    had said "Due today: 2" beside a session of one; it counts tomorrow, when its
    burial ends."""
    ids = {q.title: q.id for q in store.questions()}
    end_of_today = datetime.combine(NOW.date() + timedelta(days=1), datetime.min.time(), UTC)
    store.bury([ids["Overdue"]], to_ms(end_of_today))
    forecast = collect_stats(store, None, NOW, SCHEDULER, tz=UTC).forecast
    assert (forecast.today, forecast.tomorrow) == (1, 2)
    assert forecast.scheduled == 6


def test_the_days_are_the_persons():
    """At 21:00 UTC a question due at 03:00 UTC is due tomorrow in UTC, and later today
    at 16:00 in UTC−5 (22:00 there): days end at the person's midnight."""
    now = datetime(2030, 3, 1, 21, 0, tzinfo=UTC)
    due = now + timedelta(hours=6)
    assert future_due([due], now, UTC).tomorrow == 1
    minus5 = timezone(timedelta(hours=-5))
    in_zone = future_due([due], now, minus5)
    assert (in_zone.today, in_zone.tomorrow) == (1, 0)
    assert in_zone.days[0].day == datetime(2030, 3, 2).date()
