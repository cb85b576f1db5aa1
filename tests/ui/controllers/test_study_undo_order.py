"""Ctrl+Z in a study session takes back the last thing done, whichever feature did
it: a tester graded a question, suspended the next one (Ctrl+J, "Ctrl+Z undoes"),
pressed Ctrl+Z, and the grade before was undone while the question stayed suspended."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.window_helpers import QT_WARNINGS_FAIL, press, start_studying

pytestmark = QT_WARNINGS_FAIL

CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_z_after_a_suspension_in_a_session_unsuspends_before_undoing_grades(
    qtbot, make_window, store
):
    window = make_window(show=True)
    start_studying(qtbot, window, store)
    graded = window.current_qid
    press(qtbot, window, Qt.Key.Key_Space)
    press(qtbot, window, Qt.Key.Key_3)
    suspended = window.current_qid
    assert suspended not in (None, graded)
    press(qtbot, window, Qt.Key.Key_J, CTRL)
    assert store.question(suspended).suspended

    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert not store.question(suspended).suspended
    assert [r.question_id for r in store.reviews()] == [graded]  # the grade stays
    assert "Unsuspended" in window.statusBar().currentMessage()
    # Back on screen, as Anki's Undo goes back to the card: it had stayed on the next.
    assert window.current_qid == suspended

    press(qtbot, window, Qt.Key.Key_Z, CTRL)  # then the grade before it
    assert store.reviews() == []
    assert window.current_qid == graded


def test_ctrl_z_takes_back_a_suspension_made_before_any_grade(qtbot, make_window, store):
    window = make_window(show=True)
    start_studying(qtbot, window, store)
    suspended = window.current_qid
    press(qtbot, window, Qt.Key.Key_J, CTRL)
    assert store.question(suspended).suspended
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert not store.question(suspended).suspended
    assert window.controllers["study"].session is not None  # still studying
