"""Learn ahead, as in Anki, driven through the window: when nothing else is left in a
session, a learning step due within the learn-ahead limit (Preferences, 20 minutes
by default) shows at once, graded as of then, instead of a page saying "The next
question is due in 5 minutes"; a step due later than the limit is still waited for,
and shows as soon as it comes within the limit. 0 turns it off."""

from __future__ import annotations

import re
from datetime import timedelta

from PySide6.QtCore import Qt

from studyapp.core import settings_schema as schema
from studyapp.core.study import to_ms
from tests.ui.conftest import qid, topic_id
from tests.ui.window_helpers import QT_WARNINGS_FAIL, press

pytestmark = QT_WARNINGS_FAIL

PV = "What is a p-value?"
BV = "What is bias-variance?"


def plain(html: str) -> str:
    return re.sub("<[^>]+>", "", html)


def study(qtbot, window, store, topic="Statistics"):
    window.tree.select_topic(topic_id(store, topic))
    window.controllers["study"].start_study()
    assert window.mode == "study"


def answer(qtbot, window, key):
    press(qtbot, window, Qt.Key.Key_Space)
    press(qtbot, window, key)


def test_a_step_due_within_the_limit_shows_at_once_when_nothing_else_is_left(
    qtbot, make_window, store, clock
):
    window = make_window(show=True)
    study(qtbot, window, store)
    failed = window.current_qid
    answer(qtbot, window, Qt.Key.Key_1)  # Again: back in a minute
    answer(qtbot, window, Qt.Key.Key_4)  # Easy: the other one is done for days
    # Only the failed question is left, due in a minute: no waiting page, it is here.
    assert window.current_qid == failed
    assert window.grading.face == "hidden"
    assert not window.controllers["study"].waiting.timer.isActive()
    assert "0 new · 1 learning · 0 review" in plain(window.grading.status.text())
    clock.advance(seconds=20)  # answered 40 s before its step was due
    answer(qtbot, window, Qt.Key.Key_3)  # Good: the next step, 10 minutes on
    last = store.reviews()[-1]
    assert (last.question_id, last.rating) == (failed, 3)
    assert last.reviewed_at_ms == to_ms(clock.now())  # graded as of now, not of its step
    # Its 10-minute step is within the limit too: shown at once again.
    assert window.current_qid == failed and window.grading.face == "hidden"
    answer(qtbot, window, Qt.Key.Key_4)
    assert window.grading.face == "done"


def test_a_relearning_step_of_a_forgotten_review_is_learned_ahead_too(
    qtbot, make_window, store, clock
):
    """The same for a lapse (a review graded Again: a 10-minute relearning step), on
    another topic, with new questions of the topic left to study first."""
    window = make_window(show=True)
    study(qtbot, window, store, topic="Security")  # one question
    answer(qtbot, window, Qt.Key.Key_4)  # Easy: a review, days away
    press(qtbot, window, Qt.Key.Key_Escape)
    clock.advance(days=60)  # long overdue
    window.controllers["study"].start_study(all_topics=True)
    forgotten = qid(store, "Is this answer safe?")
    assert window.current_qid == forgotten  # the due review comes first
    answer(qtbot, window, Qt.Key.Key_1)  # forgotten: relearning
    new_ones = []
    while window.current_qid != forgotten:  # the five new questions, each Easy
        assert window.grading.face == "hidden", new_ones
        new_ones.append(window.current_qid)
        answer(qtbot, window, Qt.Key.Key_4)
    assert len(new_ones) == 5
    assert window.grading.face == "hidden"  # its step (10 minutes) did not make us wait


def test_a_step_due_later_than_the_limit_is_waited_for_until_it_is_within_it(
    qtbot, make_window, store, clock
):
    schema.write(store, schema.LEARN_AHEAD, 4)
    window = make_window(show=True)
    study(qtbot, window, store)
    good = window.current_qid
    answer(qtbot, window, Qt.Key.Key_3)  # Good on a new question: a 10-minute step
    answer(qtbot, window, Qt.Key.Key_4)
    assert window.grading.face == "waiting"
    # It shows 4 minutes ahead of its step: in 6 minutes, and the page says so.
    assert "shows in 6 minutes" in window.answer.notice_label.text()
    timer = window.controllers["study"].waiting.timer
    assert 6 * 60_000 - 1_000 <= timer.remainingTime() <= 6 * 60_000 + 1_000
    clock.advance(minutes=6)
    timer.timeout.emit()  # what the timer does when the 6 minutes are up
    assert window.current_qid == good and window.grading.face == "hidden"


def test_a_limit_of_zero_waits_for_each_step(qtbot, make_window, store, clock):
    schema.write(store, schema.LEARN_AHEAD, 0)
    window = make_window(show=True)
    study(qtbot, window, store)
    answer(qtbot, window, Qt.Key.Key_3)  # a 10-minute step
    answer(qtbot, window, Qt.Key.Key_4)
    assert window.grading.face == "waiting"
    assert "comes back in 10 minutes" in window.answer.notice_label.text()


def test_the_limit_is_set_in_the_preferences(qtbot, make_window, store):
    window = make_window(show=True)
    controller = window.controllers["prefs"]
    controller.find_microphones = lambda: ()  # no system probe in tests
    dialog = controller.open_preferences()
    spin = dialog.editors[schema.LEARN_AHEAD]
    assert spin.value() == 20  # Anki's default
    spin.setValue(0)
    dialog.accept()
    assert schema.load_settings(store)[schema.LEARN_AHEAD] == 0
    study(qtbot, window, store)
    answer(qtbot, window, Qt.Key.Key_1)  # a 1-minute step, now waited for
    answer(qtbot, window, Qt.Key.Key_4)
    assert window.grading.face == "waiting"


def test_chosen_questions_learn_ahead_too(qtbot, make_window, store):
    """ "Study these" (the weak topics, a topic's bar in the statistics)."""
    window = make_window(show=True)
    chosen = [qid(store, PV), qid(store, BV)]
    assert window.controllers["study"].start_study_on(chosen, "two questions")
    first = window.current_qid
    answer(qtbot, window, Qt.Key.Key_1)
    answer(qtbot, window, Qt.Key.Key_4)
    assert window.current_qid == first and window.grading.face == "hidden"


def test_a_step_begun_before_a_restart_is_learned_ahead_in_the_next_session(
    qtbot, make_window, store
):
    window = make_window(show=True)
    study(qtbot, window, store, topic="Security")  # one question
    failed = window.current_qid
    answer(qtbot, window, Qt.Key.Key_1)  # Again: a 1-minute step
    window.close()
    again = make_window(show=True)  # a restart, seconds later
    study(qtbot, again, store, topic="Security")
    assert again.current_qid == failed and again.grading.face == "hidden"


def test_the_same_question_shown_again_at_once_says_why(qtbot, make_window, store):
    """Again (a minute) or Hard (six) on the last question left: it shows again at
    once, looking as it did before the grade; the status bar says the grade was
    taken and why it is back. A grade followed by another question says only that."""
    window = make_window(show=True)
    study(qtbot, window, store)
    answer(qtbot, window, Qt.Key.Key_4)  # the next question follows: nothing more said
    assert window.statusBar().currentMessage() == "Graded Easy."
    last = window.current_qid
    for key, name in ((Qt.Key.Key_1, "Again"), (Qt.Key.Key_2, "Hard")):
        answer(qtbot, window, key)
        assert window.current_qid == last and window.grading.face == "hidden"
        said = window.statusBar().toolTip()  # whole, however narrow the bar
        assert f"Graded {name}. Nothing else is left, so it comes back now" in said


def test_the_waiting_page_says_when_the_step_comes_back_and_counts_down_each_minute(
    qtbot, make_window, store, clock
):
    """A tester read "The next question is due in 10 minutes (at 06:34)" beside the
    header's "learning step due in 30 minutes" and the Study button's "coming back from
    06:54", and read "in 8 minutes" still at 06:34. The page says when the step comes
    back (the others' moment) and when the learn-ahead limit shows it, and its count
    goes down each minute until the session leaves the page."""
    schema.write(store, schema.LEARN_AHEAD, 4)
    window = make_window(show=True)
    study(qtbot, window, store)
    controller = window.controllers["study"]
    stepped = window.current_qid
    answer(qtbot, window, Qt.Key.Key_3)  # Good on a new question: a 10-minute step
    answer(qtbot, window, Qt.Key.Key_4)
    assert window.grading.face == "waiting"
    tz = clock.timezone()
    step_due = controller.ctx.scheduler.due(store.card_json(stepped))
    back = f"{step_due.astimezone(tz):%H:%M}"
    shows = f"{(step_due - timedelta(minutes=4)).astimezone(tz):%H:%M}"
    text = plain(window.answer.notice_label.text())
    assert "question is due" not in text
    assert f"shows in 6 minutes (at {shows}): it comes back at {back}" in text
    assert "learn-ahead limit (4 minutes)" in text
    assert controller.waiting.tick.isActive()
    clock.advance(minutes=2)
    controller.waiting.tick.timeout.emit()  # a minute's tick, as the timer gives it
    text = plain(window.answer.notice_label.text())
    assert f"shows in 4 minutes (at {shows}): it comes back at {back}" in text
    press(qtbot, window, Qt.Key.Key_Escape)  # the session ends: no tick left running
    assert window.mode != "study" and not controller.waiting.tick.isActive()


def test_the_waiting_page_redraws_as_each_clock_minute_begins(qtbot, make_window, store, clock):
    """The countdown was redrawn every 60 s from when the page appeared: 40 s into a
    minute, it said "in 8 minutes" until 40 s into the next, beside an "(at 06:34)"
    the clock had moved on from. It redraws as each clock minute begins; the line
    under it says the question comes back when its time comes (it said "when its step
    is due", under an earlier time the learn-ahead limit gives)."""
    schema.write(store, schema.LEARN_AHEAD, 4)
    clock.advance(seconds=40)  # 40 s into a minute
    window = make_window(show=True)
    study(qtbot, window, store)
    controller = window.controllers["study"]
    answer(qtbot, window, Qt.Key.Key_3)  # Good on a new question: a 10-minute step
    answer(qtbot, window, Qt.Key.Key_4)
    text = plain(window.answer.notice_label.text())
    assert "shows in 6 minutes" in text
    assert "comes back by itself when its time comes" in text and "step is due" not in text
    tick = controller.waiting.tick
    assert tick.isActive() and tick.interval() == 20_000  # the next minute, not 60 s on
    clock.advance(seconds=20)
    tick.timeout.emit()  # the timer, 20 s on
    assert tick.isActive() and tick.interval() == 60_000  # then each minute, on the minute
    clock.advance(minutes=1, seconds=5)  # a late tick: the next is back on the minute
    tick.timeout.emit()
    assert tick.interval() == 55_000
    assert "shows in 5 minutes (at " in plain(window.answer.notice_label.text())  # 4 min 35 s
