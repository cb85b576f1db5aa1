"""Anki's Custom Study "increase today's new card limit", from the end of today's plan:
"More new today…" allows N more new questions today only. A tester had to raise the
daily limit in Preferences (for good) to study a few more, then lower it again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from studyapp.core import settings_schema as schema
from tests.ui.conftest import topic_id
from tests.ui.window_helpers import press


def study_by_keys(qtbot, window, store, topic: str) -> list[str]:
    """Ctrl+D on `topic`, Space and Easy on each question until the page says done:
    the questions studied."""
    window.tree.select_topic(topic_id(store, topic))
    window.tree.setFocus()
    press(qtbot, window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    return grade_to_the_end(qtbot, window)


def grade_to_the_end(qtbot, window) -> list[str]:
    studied = []
    while window.current_qid is not None:
        studied.append(window.current_qid)
        press(qtbot, window, Qt.Key.Key_Space)
        press(qtbot, window, Qt.Key.Key_4)
    assert window.grading.face == "done"
    return studied


def button(window, text: str) -> QPushButton:
    shown = [b for b in window.answer.findChildren(QPushButton) if b.isVisible()]
    return next(b for b in shown if b.text() == text)


def test_more_new_today_studies_them_now_and_leaves_the_daily_limit(
    qtbot, make_window, store, clock
):
    schema.write(store, schema.NEW_PER_DAY, 1)
    window = make_window(show=True)
    first = study_by_keys(qtbot, window, store, "Statistics")  # 2 new, 1 allowed
    assert len(first) == 1 and "Today's plan is done" in window.answer.notice_label.text()
    more = button(window, "More new today…")
    more.setFocus()
    window.messages.answers = ["1"]
    press(qtbot, window, Qt.Key.Key_Return)
    assert "today only" in window.statusBar().currentMessage()
    second = grade_to_the_end(qtbot, window)  # the session went on with one more
    assert len(second) == 1 and second != first
    assert schema.read(store, schema.NEW_PER_DAY) == 1  # Preferences' limit unchanged

    press(qtbot, window, Qt.Key.Key_Escape)
    clock.advance(days=1)  # another day: the usual limit, nothing more
    assert len(study_by_keys(qtbot, window, store, "Optimization")) == 1


def test_more_new_today_refuses_what_is_no_number(qtbot, make_window, store):
    schema.write(store, schema.NEW_PER_DAY, 0)
    window = make_window(show=True)
    assert study_by_keys(qtbot, window, store, "Optimization") == []
    window.messages.answers = ["a few"]
    button(window, "More new today…").click()
    assert "no number of questions" in window.statusBar().currentMessage()
    assert window.current_qid is None and window.grading.face == "done"
    window.messages.answers = ["2"]  # typed again, a number: two new questions today
    button(window, "More new today…").click()
    assert len(grade_to_the_end(qtbot, window)) == 2
    assert QApplication.focusWidget().text() == "Raise the daily limits…"
