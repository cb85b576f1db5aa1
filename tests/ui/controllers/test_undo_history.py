"""Ctrl+Z takes back the most recent step of the whole window, whichever feature took
it and whichever session it was in (as Anki's Undo), and says so when there is none.

A tester flagged and suspended a card, graded the rest, then started a second session
on a topic with nothing left: Ctrl+Z there said nothing, and Ctrl+Z after Esc unsuspended
the card of ten grades before; the grades were never undoable again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import topic_id
from tests.ui.window_helpers import QT_WARNINGS_FAIL, press

pytestmark = QT_WARNINGS_FAIL

CTRL = Qt.KeyboardModifier.ControlModifier


def said(window) -> str:
    return window.statusBar().currentMessage()


def study_topic_by_keys(qtbot, window, store, topic: str) -> None:
    """The topic selected in the tree, then Ctrl+D (Study Due in Selection)."""
    window.tree.select_topic(topic_id(store, topic))
    window.tree.setFocus()
    press(qtbot, window, Qt.Key.Key_D, CTRL)
    assert window.mode == "study"


def flag_suspend_and_grade_the_rest(qtbot, window, store) -> tuple[str, list[str]]:
    """Ctrl+1 and Ctrl+J on the first question, Easy on each of the others until the
    session is done: (the suspended one, the graded ones in order)."""
    suspended = window.current_qid
    press(qtbot, window, Qt.Key.Key_1, CTRL)
    press(qtbot, window, Qt.Key.Key_J, CTRL)
    assert store.question(suspended).suspended and store.question(suspended).flag == 1
    graded = []
    while window.current_qid is not None:
        graded.append(window.current_qid)
        press(qtbot, window, Qt.Key.Key_Space)
        press(qtbot, window, Qt.Key.Key_4)  # Easy: out of the session at once
    assert window.grading.face == "done" and len(graded) >= 2
    return suspended, graded


def undo_all_in_turn(qtbot, window, store, suspended: str, graded: list[str]) -> None:
    for qid in reversed(graded):
        press(qtbot, window, Qt.Key.Key_Z, CTRL)
        assert "Grade undone" in said(window)
        assert window.mode == "study" and window.current_qid == qid
        assert [r.question_id for r in store.reviews()] == graded[: graded.index(qid)]
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert "Unsuspended" in said(window) and not store.question(suspended).suspended
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert "Flag undone" in said(window) and store.question(suspended).flag == 0
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert said(window) == "Nothing to undo."


@pytest.mark.parametrize("leave_the_second", [False, True])
def test_ctrl_z_after_a_second_session_takes_back_the_first_sessions_grades_in_order(
    qtbot, make_window, store, leave_the_second
):
    """Ctrl+Z in the second session (with nothing in it) or after Esc from it."""
    window = make_window(show=True)
    study_topic_by_keys(qtbot, window, store, "Optimization")
    suspended, graded = flag_suspend_and_grade_the_rest(qtbot, window, store)
    press(qtbot, window, Qt.Key.Key_Escape)
    study_topic_by_keys(qtbot, window, store, "Optimization")  # nothing left in it
    assert window.current_qid is None
    if leave_the_second:
        press(qtbot, window, Qt.Key.Key_Escape)
        assert window.mode == "browse"
    undo_all_in_turn(qtbot, window, store, suspended, graded)


def test_a_flag_while_browsing_between_two_sessions_is_taken_back_in_its_turn(
    qtbot, make_window, store
):
    """A second, different order: a grade, a flag while browsing, a grade in another
    session. Ctrl+Z: the second grade, the flag, the first grade."""
    window = make_window(show=True)
    study_topic_by_keys(qtbot, window, store, "Statistics")
    first = window.current_qid
    press(qtbot, window, Qt.Key.Key_Space)
    press(qtbot, window, Qt.Key.Key_3)
    press(qtbot, window, Qt.Key.Key_Escape)
    window.controllers["browse"].show_question(first)
    window.tree.setFocus()
    press(qtbot, window, Qt.Key.Key_3, CTRL)  # a green flag on the graded question
    study_topic_by_keys(qtbot, window, store, "Optimization")
    second = window.current_qid
    press(qtbot, window, Qt.Key.Key_Space)
    press(qtbot, window, Qt.Key.Key_3)
    assert [r.question_id for r in store.reviews()] == [first, second]

    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert [r.question_id for r in store.reviews()] == [first]
    assert store.question(first).flag == 3
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert store.question(first).flag == 0 and "Flag undone" in said(window)
    assert [r.question_id for r in store.reviews()] == [first]
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert store.reviews() == [] and window.current_qid == first
