"""A study session open across midnight, driven through the window on a fake clock:
when the study day rolls over (local midnight) the session takes back what the new
day brings (the new questions of the new day's allowance, what was buried), through
one timer set to the next day's start; the question being read stays on screen, its
counts follow. A day that ended unnoticed (the timer late: a computer asleep) is
caught up at the next grade."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

from PySide6.QtCore import Qt

from studyapp.core import settings_schema as schema
from studyapp.core.clock import FakeClock
from studyapp.core.study import next_day_start
from tests.ui.window_helpers import QT_WARNINGS_FAIL, press, start_studying

pytestmark = QT_WARNINGS_FAIL

LATE = datetime(2030, 3, 1, 23, 50, tzinfo=UTC)


def plain(html: str) -> str:
    return re.sub("<[^>]+>", "", html)


def answer(qtbot, window, key=Qt.Key.Key_4) -> None:
    press(qtbot, window, Qt.Key.Key_Space)
    press(qtbot, window, key)


def study_all(window) -> None:
    window.controllers["study"].start_study(all_topics=True)
    assert window.mode == "study"


def midnight_passes(window, clock: FakeClock) -> None:
    """The clock reaches the next study day and the day timer fires, as it would."""
    timer = window.controllers["study"].day_timer
    assert timer.isActive() and timer.isSingleShot()
    wait = (next_day_start(clock) - clock.now()).total_seconds() * 1000
    # Set to the day's end on the fake clock (its interval: no real time involved).
    assert wait <= timer.interval() <= wait + 1_000
    clock.current = next_day_start(clock) + timedelta(seconds=1)
    timer.timeout.emit()


def test_the_new_days_new_questions_come_into_a_session_left_open(qtbot, make_window, store):
    schema.write(store, schema.NEW_PER_DAY, 2)
    clock = FakeClock(LATE)
    window = make_window(show=True, clock=clock)
    study_all(window)
    answer(qtbot, window)
    answer(qtbot, window)
    assert window.grading.face == "done"
    assert "Today's plan is done" in window.answer.header.title.text()
    midnight_passes(window, clock)
    assert window.grading.face == "hidden" and window.current_qid is not None
    assert "2 new · 0 learning · 0 review" in plain(window.grading.status.text())
    assert "new study day" in window.statusBar().currentMessage()
    answer(qtbot, window)
    answer(qtbot, window)
    assert window.grading.face == "done"
    assert len(store.reviews()) == 4
    # Set again, to the next day's start (checked at least hourly).
    timer = window.controllers["study"].day_timer
    assert timer.isActive() and timer.interval() <= 3_600_000


def test_a_question_buried_yesterday_comes_back_in_the_session(qtbot, make_window, store):
    """In UTC+5 (midnight there is 19:00 UTC), a topic of three: one buried, two
    studied; at midnight the buried one is back in the same session."""
    zone = timezone(timedelta(hours=5))
    clock = FakeClock(datetime(2030, 3, 1, 18, 40, tzinfo=UTC), tz=zone)
    window = make_window(show=True, clock=clock)
    start_studying(qtbot, window, store)  # Optimization: three new questions
    buried = window.current_qid
    press(qtbot, window, Qt.Key.Key_Minus)
    answer(qtbot, window)
    answer(qtbot, window)
    assert window.grading.face == "done"
    midnight_passes(window, clock)
    assert clock.now().astimezone(zone).hour == 0
    assert window.current_qid == buried and window.grading.face == "hidden"
    assert "1 new · 0 learning · 0 review" in plain(window.grading.status.text())


def test_the_answer_being_read_stays_while_its_counts_follow_the_new_day(qtbot, make_window, store):
    schema.write(store, schema.NEW_PER_DAY, 2)
    clock = FakeClock(LATE)
    window = make_window(show=True, clock=clock)
    study_all(window)
    answer(qtbot, window)
    reading = window.current_qid
    press(qtbot, window, Qt.Key.Key_Space)  # the answer revealed, being read
    assert "1 new · 0 learning · 0 review" in plain(window.grading.status.text())
    midnight_passes(window, clock)
    assert window.current_qid == reading and window.grading.face == "grade"
    assert window.answer.is_answer_visible()
    # Today's two: the one being read, and one more.
    assert "2 new · 0 learning · 0 review" in plain(window.grading.status.text())


def test_a_day_ended_while_the_timer_slept_is_caught_up_at_the_next_grade(
    qtbot, make_window, store
):
    schema.write(store, schema.NEW_PER_DAY, 2)
    clock = FakeClock(LATE)
    window = make_window(show=True, clock=clock)
    study_all(window)
    answer(qtbot, window)
    clock.current = next_day_start(clock) + timedelta(hours=7)  # woken in the morning
    answer(qtbot, window)  # yesterday's second new question, graded this morning
    assert window.grading.face == "hidden"  # not "Today's plan is done"
    # Today's two, less the one just graded this morning.
    assert "1 new · 0 learning · 0 review" in plain(window.grading.status.text())


def test_no_day_timer_runs_without_a_session(qtbot, make_window, store):
    window = make_window(show=True)
    study = window.controllers["study"]
    assert not study.day_timer.isActive()
    start_studying(qtbot, window, store)
    assert study.day_timer.isActive()
    press(qtbot, window, Qt.Key.Key_Escape)
    assert not study.day_timer.isActive()


def test_once_statistics_were_shown_the_one_day_timer_runs_without_a_session(
    qtbot, make_window, store
):
    """Their "today" starts afresh at midnight: the same timer, no second one."""
    window = make_window(show=True)
    study = window.controllers["study"]
    window.controllers["insights"].show_statistics()
    assert study.day_timer.isActive() and study.day_timer.interval() <= 3_600_000
    start_studying(qtbot, window, store)
    press(qtbot, window, Qt.Key.Key_Escape)
    assert study.day_timer.isActive()


def test_yesterdays_grade_undone_after_midnight_takes_from_todays_allowance(
    qtbot, make_window, store
):
    """Ctrl+Z after the rollover brings yesterday's last question back; the new day
    still allows two new questions in all, that one included (it said three)."""
    schema.write(store, schema.NEW_PER_DAY, 2)
    clock = FakeClock(LATE)
    window = make_window(show=True, clock=clock)
    study_all(window)
    answer(qtbot, window)
    last = window.current_qid
    answer(qtbot, window)
    midnight_passes(window, clock)
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.current_qid == last
    assert "2 new · 0 learning · 0 review" in plain(window.grading.status.text())
    answer(qtbot, window)
    answer(qtbot, window)
    assert window.grading.face == "done"


def test_a_grade_undone_after_the_limit_was_raised_is_counted_once(qtbot, make_window, store):
    """The same after a new limit in Preferences: the grade taken back gives its
    place back, and grading it again takes it once."""
    from tests.ui.controllers.test_study_prefs_live import set_preference

    schema.write(store, schema.NEW_PER_DAY, 2)
    window = make_window(show=True)
    study_all(window)
    answer(qtbot, window)
    answer(qtbot, window)
    set_preference(window, schema.NEW_PER_DAY, 3)  # one more today
    assert "1 new · 0 learning · 0 review" in plain(window.grading.status.text())
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    window.controllers["study"].reload()  # an import, say: today's allowance holds
    assert "2 new · 0 learning · 0 review" in plain(window.grading.status.text())
    answer(qtbot, window)
    answer(qtbot, window)
    assert window.grading.face == "done"
    assert len(store.reviews()) == 3
