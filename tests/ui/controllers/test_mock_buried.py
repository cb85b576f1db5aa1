"""Buried questions (Study → Bury, "-" in a study session) in mock interviews, as a
person meets them: a mock set up on a topic asks the questions not buried first,
and a buried question graded in a mock (its grade counting as a review) is no longer
buried: its tree row and its header leave "Buried" at once, not at the next day."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import qid, topic_id
from tests.ui.window_helpers import LR, PV, QT_WARNINGS_FAIL, press, start_studying, tree_index

pytestmark = [*QT_WARNINGS_FAIL, pytest.mark.usefixtures("no_voice")]  # no voice probe

CTRL = Qt.KeyboardModifier.ControlModifier
BV = "What is bias-variance?"


def row_says(window, question_id) -> str:
    """The state word of a question's row, as the tree shows it."""
    return tree_index(window, question_id).data(Qt.ItemDataRole.ToolTipRole).split("\n")[-1]


def reveal_and_grade(qtbot, window, key) -> None:
    press(qtbot, window, Qt.Key.Key_Return, CTRL)  # reveal
    press(qtbot, window, key)


def header_after_browsing(window, question_id) -> str:
    window.controllers["browse"].show_question(question_id)
    return window.answer.header.meta.text()


def test_a_question_buried_while_browsing_and_graded_in_a_mock_is_unburied(
    qtbot, make_window, store
):
    window = make_window(show=True)
    lr = qid(store, LR)
    window.controllers["browse"].show_question(lr)
    window.act_bury.trigger()  # Study → Bury Question
    qtbot.waitUntil(lambda: window.model.state(lr) == "buried")
    # "Mock on these" (the weak topics): chosen questions are asked, buried or not.
    assert window.controllers["mock"].start_mock_on([lr])
    reveal_and_grade(qtbot, window, Qt.Key.Key_3)
    assert window.mode != "mock"  # its only question: the summary shows
    assert store.buried_until(0) == {}
    qtbot.waitUntil(lambda: window.model.state(lr) != "buried")
    assert row_says(window, lr) != "Buried"
    assert "Buried" not in header_after_browsing(window, lr)


def test_a_mock_on_a_topic_asks_a_buried_question_last_and_its_grade_unburies_it(
    qtbot, make_window, store
):
    """Buried with "-" in a study session; then mocks on its topic from the set-up:
    one question asks the other one; two ask it last, and its grade unburies it."""
    window = make_window(show=True)
    start_studying(qtbot, window, store, topic="Statistics")
    pv = qid(store, PV)
    assert window.current_qid == pv
    press(qtbot, window, Qt.Key.Key_Minus)  # buried until the next study day
    press(qtbot, window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.model.state(pv) == "buried")
    mock = window.controllers["mock"]
    for count in (1, 2):
        assert window.tree.select_topic(topic_id(store, "Statistics"))
        dialog = mock.open_mock_setup()
        assert dialog is not None
        dialog.count.setValue(count)
        dialog.accept()
        asked = [q.title for q in mock.mock.questions]
        assert asked == [BV, PV][:count]
        said = window.statusBar().currentMessage()
        assert ("1 buried question is asked last" in said) == (count == 2)
        for _ in asked:
            reveal_and_grade(qtbot, window, Qt.Key.Key_4)
        assert window.mode != "mock"
        press(qtbot, window, Qt.Key.Key_Escape)  # the summary: back to browsing
    assert store.buried_until(0) == {}
    qtbot.waitUntil(lambda: window.model.state(pv) != "buried")
    assert row_says(window, pv) != "Buried"
    assert "Buried" not in header_after_browsing(window, pv)
