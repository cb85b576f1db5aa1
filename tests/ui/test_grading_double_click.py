"""A double click on a button of the strip under the answer is one click: its second
click lands on the button the first one brought there. A tester double-clicked
"Study" and the second click stopped the session it had started ("Stop studying"
takes its place); a double-clicked "Show answer" would have graded the question."""

from __future__ import annotations

from PySide6.QtCore import Qt

from studyapp.ui import grading_panel
from tests.ui.conftest import topic_id
from tests.ui.window_helpers import QT_WARNINGS_FAIL

pytestmark = QT_WARNINGS_FAIL

LEFT = Qt.MouseButton.LeftButton


def later(monkeypatch, seconds: float = 5.0) -> None:
    """The clock the strip reads, moved on: the next click is a click of its own."""
    now = grading_panel.monotonic() + seconds
    monkeypatch.setattr(grading_panel, "monotonic", lambda: now)


def test_a_double_clicked_study_button_starts_the_session_and_keeps_it(
    qtbot, make_window, store, monkeypatch
):
    window = make_window(show=True)
    window.tree.select_topic(topic_id(store, "Optimization"))
    grading = window.grading
    qtbot.waitUntil(grading.study_button.isEnabled)
    qtbot.mouseClick(grading.study_button, LEFT)
    assert window.mode == "study"
    qtbot.mouseClick(grading.stop_button, LEFT)  # the double click's second
    assert window.mode == "study"
    later(monkeypatch)
    qtbot.mouseClick(grading.stop_button, LEFT)  # a click of its own
    assert window.mode != "study"


def test_a_double_clicked_show_answer_grades_nothing(qtbot, make_window, store, monkeypatch):
    window = make_window(show=True)
    window.tree.select_topic(topic_id(store, "Optimization"))
    window.controllers["study"].start_study()
    grading = window.grading
    later(monkeypatch)
    qtbot.mouseClick(grading.reveal_button, LEFT)
    assert window.answer.is_answer_visible()
    qtbot.mouseClick(grading.grade_buttons[1], LEFT)  # the double click's second
    assert store.reviews() == []
    later(monkeypatch, 10.0)
    qtbot.mouseClick(grading.grade_buttons[3], LEFT)
    assert [r.rating for r in store.reviews()] == [3]
