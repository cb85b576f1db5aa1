"""A buried question graded in "Study these" (the Weak Topics' study of chosen
questions, a topic's bar in the statistics) is no longer buried: the person chose to
study it, so its tree row and its header leave "Buried" at once, not at the next
study day. Ctrl+Z takes the grade back and buries it again, as it was."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import qid
from tests.ui.window_helpers import LR, PV, QT_WARNINGS_FAIL, press, start_studying, tree_index

pytestmark = QT_WARNINGS_FAIL

CTRL = Qt.KeyboardModifier.ControlModifier


def row_says(window, question_id) -> str:
    """The state word of a question's row, as the tree shows it."""
    return tree_index(window, question_id).data(Qt.ItemDataRole.ToolTipRole).split("\n")[-1]


def answer(qtbot, window, key) -> None:
    press(qtbot, window, Qt.Key.Key_Space)
    press(qtbot, window, key)


def test_grading_a_question_buried_while_browsing_unburies_it(qtbot, make_window, store):
    window = make_window(show=True)
    lr = qid(store, LR)
    window.controllers["browse"].show_question(lr)
    window.act_bury.trigger()  # Study → Bury Question
    qtbot.waitUntil(lambda: window.model.state(lr) == "buried")
    # What "Study these" on the weak topics does with the questions chosen there.
    assert window.controllers["study"].start_study_on([lr], "1 weak question")
    assert window.current_qid == lr
    assert "Buried until tomorrow" in window.answer.header.meta.text()
    answer(qtbot, window, Qt.Key.Key_3)  # Good: a 10-minute step, learned ahead
    assert store.buried_until(0) == {}
    qtbot.waitUntil(lambda: window.model.state(lr) == "learning")
    assert row_says(window, lr) == "Learning"
    assert window.current_qid == lr  # its step, shown again at once
    assert "Buried" not in window.answer.header.meta.text()
    press(qtbot, window, Qt.Key.Key_Z, CTRL)  # the grade taken back: buried as it was
    assert set(store.buried_until(0)) == {lr}
    qtbot.waitUntil(lambda: window.model.state(lr) == "buried")
    assert "Buried until tomorrow" in window.answer.header.meta.text()


def test_grading_a_review_buried_in_a_session_unburies_it_and_only_it(
    qtbot, make_window, store, clock
):
    """A due review buried with "-" in a session, then studied with another question
    chosen from the statistics: the graded one is back in the figures, the other
    chosen one was never buried, and a question buried and not studied stays so."""
    window = make_window(show=True)
    start_studying(qtbot, window, store, topic="Security")  # one question
    answer(qtbot, window, Qt.Key.Key_4)  # Easy: a review, days away
    press(qtbot, window, Qt.Key.Key_Escape)
    clock.advance(days=60)  # long overdue
    safe = qid(store, "Is this answer safe?")
    start_studying(qtbot, window, store, topic="Security")
    assert window.current_qid == safe
    press(qtbot, window, Qt.Key.Key_Minus)  # buried until tomorrow
    press(qtbot, window, Qt.Key.Key_Escape)
    lr = qid(store, LR)
    window.controllers["browse"].show_question(lr)
    window.act_bury.trigger()  # another one buried, not to be studied now
    qtbot.waitUntil(lambda: window.model.state(safe) == "buried")
    pv = qid(store, PV)
    assert window.controllers["study"].start_study_on([pv, safe], "2 questions")
    answer(qtbot, window, Qt.Key.Key_4)  # the p-value, never buried
    assert window.current_qid == safe
    clock.advance(minutes=1)
    answer(qtbot, window, Qt.Key.Key_3)  # the buried review, remembered
    assert set(store.buried_until(0)) == {lr}
    qtbot.waitUntil(lambda: window.model.state(safe) not in ("buried", "due"))
    assert row_says(window, safe) in ("Learned", "Review")  # out of its steps
    assert row_says(window, lr) == "Buried"
