"""The Statistics tab's year: the calendar heatmap with the streaks and today's goal,
empty and full, the daily goal read from Preferences, and the mastery rule."""

from __future__ import annotations

from datetime import timedelta

from studyapp.core import settings_schema as schema
from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.study import to_ms

from .conftest import T0, settled


def show_stats(qtbot, window):
    view = window.controllers["insights"].show_statistics()  # its days: the clock's zone
    assert view is not None
    view.refresh()
    return settled(qtbot, view)


def test_empty_year(qtbot, make_window):
    view = show_stats(qtbot, make_window())
    heatmap = view.heatmap
    assert heatmap.is_empty()
    assert heatmap.summary() == ("Current streak 0 days · longest 0 days · 0 of 20 answers today")
    assert "7 days" in view.cards["mastery"].hint.text()  # the rule for "mastered"
    heatmap.resize(800, heatmap.minimumHeight())
    assert not heatmap.grab().isNull()  # paints the empty grid without error


def test_full_year_with_streaks_and_goal(qtbot, make_window, store, clock):
    ids = [q.id for q in store.questions()]
    card = None
    # Answers on the last three days (today included) and a run of five, months ago.
    days = [0, 1, 2, 100, 101, 102, 103, 104]
    for i, days_ago in enumerate(days):
        at = T0 - timedelta(days=days_ago)
        card, due = SpacedRepetition().grade(card, 3, at)
        store.record_review(ids[i % len(ids)], 3, 10.0, "study", card, due, to_ms(at))
    schema.write(store, schema.DAILY_GOAL, 1)
    view = show_stats(qtbot, make_window())
    heatmap = view.heatmap
    assert not heatmap.is_empty()
    assert heatmap.streaks.current == 3 and heatmap.streaks.longest == 5
    assert "1 of 1 answers today: goal met" in heatmap.summary()
    today = T0.date()
    assert heatmap.calendar.count(today) == 1
    assert heatmap.calendar.count(today - timedelta(days=50)) == 0
    heatmap.resize(800, heatmap.minimumHeight())
    assert heatmap.cell_rect(today) is not None
    assert "1 answer" in heatmap.tooltip_for(today)
