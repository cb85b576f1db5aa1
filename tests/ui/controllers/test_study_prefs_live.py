"""Preferences changed during a study session apply to that session at once, as in
Anki: the learn-ahead limit (a step waited for shows now that it is within a raised
limit; a lowered limit makes the session wait), and the daily limits (a raised new
limit brings more new questions into the open session, a lowered one stops it)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

from studyapp.core import settings_schema as schema
from tests.ui.conftest import topic_id
from tests.ui.window_helpers import QT_WARNINGS_FAIL, press

pytestmark = QT_WARNINGS_FAIL


def plain(html: str) -> str:
    return re.sub("<[^>]+>", "", html)


def study(window, store, topic: str | None = "Statistics") -> None:
    if topic is None:
        window.controllers["study"].start_study(all_topics=True)
    else:
        window.tree.select_topic(topic_id(store, topic))
        window.controllers["study"].start_study()
    assert window.mode == "study"


def answer(qtbot, window, key) -> None:
    press(qtbot, window, Qt.Key.Key_Space)
    press(qtbot, window, key)


def set_preference(window, key: str, value: int) -> None:
    """Edit → Preferences…, one value changed, OK: as the person does it mid-session."""
    prefs = window.controllers["prefs"]
    prefs.find_microphones = lambda: ()  # no system probe in tests
    dialog = prefs.open_preferences()
    dialog.editors[key].setValue(value)
    dialog.accept()
    assert schema.load_settings(prefs.store)[key] == value


def test_raising_the_learn_ahead_limit_shows_the_step_waited_for_at_once(qtbot, make_window, store):
    schema.write(store, schema.LEARN_AHEAD, 4)
    window = make_window(show=True)
    study(window, store)
    stepped = window.current_qid
    answer(qtbot, window, Qt.Key.Key_3)  # Good on a new question: a 10-minute step
    answer(qtbot, window, Qt.Key.Key_4)
    assert window.grading.face == "waiting"
    assert "shows in 6 minutes" in window.answer.notice_label.text()
    set_preference(window, schema.LEARN_AHEAD, 15)
    # Within 15 minutes now: here at once, no waiting page nor timer left behind.
    assert window.current_qid == stepped and window.grading.face == "hidden"
    assert not window.controllers["study"].waiting.timer.isActive()


def test_lowering_the_learn_ahead_limit_makes_the_open_session_wait(qtbot, make_window, store):
    """The other way, on an Again (a 1-minute step) with the default 20 minutes: set
    to 0 while another question is on screen, the step is waited for."""
    window = make_window(show=True)
    study(window, store)
    answer(qtbot, window, Qt.Key.Key_1)  # Again: back in a minute
    set_preference(window, schema.LEARN_AHEAD, 0)
    answer(qtbot, window, Qt.Key.Key_4)  # the other question; only the step is left
    assert window.grading.face == "waiting"
    assert "comes back in 1 minute" in window.answer.notice_label.text()
    assert window.controllers["study"].waiting.timer.isActive()


def test_raising_the_new_question_limit_brings_more_into_the_open_session(
    qtbot, make_window, store
):
    schema.write(store, schema.NEW_PER_DAY, 2)
    window = make_window(show=True)
    study(window, store, topic=None)  # six new questions, two allowed today
    answer(qtbot, window, Qt.Key.Key_4)
    answer(qtbot, window, Qt.Key.Key_4)
    assert window.grading.face == "done"
    assert "Today's plan is done" in window.answer.header.title.text()
    set_preference(window, schema.NEW_PER_DAY, 4)
    # Two more today (four, less the two studied), in the session still open.
    assert window.grading.face == "hidden"
    assert "2 new · 0 learning · 0 review" in plain(window.grading.status.text())
    answer(qtbot, window, Qt.Key.Key_4)
    answer(qtbot, window, Qt.Key.Key_4)
    assert window.grading.face == "done"
    assert len(store.reviews()) == 4


def test_lowering_the_new_question_limit_ends_the_open_sessions_new_questions(
    qtbot, make_window, store
):
    window = make_window(show=True)
    study(window, store, topic=None)  # six new questions, twenty allowed
    answer(qtbot, window, Qt.Key.Key_4)
    assert "5 new" in plain(window.grading.status.text())
    set_preference(window, schema.NEW_PER_DAY, 2)
    # One studied today: one more, the one on screen.
    assert "1 new · 0 learning · 0 review" in plain(window.grading.status.text())
    answer(qtbot, window, Qt.Key.Key_4)
    assert window.grading.face == "done"
    assert len(store.reviews()) == 2
