"""Live counts on a fake clock: the status bar, the tree and the Study button follow
a grade at once and the clock through one timer set to the next change."""

from __future__ import annotations

from datetime import timedelta, timezone

from studyapp.core import settings_schema as schema
from studyapp.core.clock import FakeClock
from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.study import to_ms

from ..conftest import T0, topic_id


def totals(window) -> str:
    return window.totals_label.text()


def test_counts_follow_a_grade_and_the_clock(qtbot, make_window, store, clock):
    window = make_window()
    assert totals(window) == "6 questions · 0 due · 6 new"
    statistics = topic_id(store, "Statistics")
    window.tree.select_topic(statistics)
    window.controllers["study"].start_study()
    window.reveal()
    window.grade(1)  # Again: due again in a minute, not now
    qtbot.waitUntil(lambda: totals(window) == "6 questions · 0 due · 5 new")
    window.controllers["study"].stop_study()
    browse = window.controllers["browse"]
    timer = browse._clock_timer
    # One timer, set to the moment the failed question falls due (no polling).
    assert timer.isActive() and timer.isSingleShot()
    assert 55_000 <= timer.remainingTime() <= 61_000
    clock.advance(minutes=2)
    timer.timeout.emit()  # what the timer does when that minute is up
    assert totals(window) == "6 questions · 1 due · 5 new"
    window.tree.select_topic(statistics)
    assert window.grading.study_button.text() == "Study   1 due · 1 new"
    node = window.tree.current_node()
    assert (node.due, node.new) == (1, 1)


def test_the_study_button_and_the_status_bar_count_within_today_s_limits(
    qtbot, make_window, store, clock
):
    schema.write(store, schema.NEW_PER_DAY, 1)
    window = make_window()
    browse = window.controllers["browse"]
    browse.refresh_progress()
    assert totals(window) == "6 questions · 0 due · 6 new (1 today)"
    statistics = topic_id(store, "Statistics")
    window.tree.select_topic(statistics)
    assert window.grading.study_button.text() == "Study   0 due · 1 new"
    window.controllers["study"].start_study()
    window.reveal()
    window.grade(4)  # Easy: today's one new question is done
    window.controllers["study"].stop_study()
    window.tree.select_topic(statistics)
    qtbot.waitUntil(lambda: totals(window) == "6 questions · 0 due · 5 new (0 today)")
    assert window.grading.study_button.text() == "Study"  # what a session would offer
    # At midnight the limits start again: the timer wakes for it.
    timer = browse._clock_timer
    assert timer.isActive() and timer.remainingTime() <= 15 * 3_600_000 + 100
    clock.advance(hours=15)  # T0 is 09:00 UTC
    timer.timeout.emit()
    assert totals(window) == "6 questions · 0 due · 5 new (1 today)"
    window.tree.select_topic(statistics)
    assert window.grading.study_button.text() == "Study   0 due · 1 new"


def test_today_is_the_clock_s_day_where_the_person_is(make_window, store):
    # 09:00 UTC is 19:00 ten hours east. A new question first studied at 20:00 UTC the
    # evening before was studied this morning there: today's one new question is taken.
    schema.write(store, schema.NEW_PER_DAY, 1)
    studied = T0 - timedelta(hours=13)
    qid = store.questions()[0].id
    card, due = SpacedRepetition().grade(None, 3, studied)
    store.record_review(qid, 3, 20.0, "study", card, due, to_ms(studied))
    east = make_window(clock=FakeClock(T0, tz=timezone(timedelta(hours=10))))
    assert totals(east).endswith("5 new (0 today)")
    east.close()
    at_greenwich = make_window(clock=FakeClock(T0))
    assert totals(at_greenwich).endswith("5 new (1 today)")
