"""Where the keys go when a study session ends: the tree, on the question shown, so
Up, Down and End browse on as the help says ("Arrow keys move in the tree"); when the
last card is done, Return presses the page's first button and the arrows still go there. Before,
the focus stayed on a face of the answer pane and the arrows did nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.window_helpers import QT_WARNINGS_FAIL, press, start_studying

pytestmark = QT_WARNINGS_FAIL


def last_row(tree):
    index = tree.model().index(0, 0)
    while (below := tree.indexBelow(index)).isValid():
        index = below
    return index


@pytest.mark.parametrize("revealed", [False, True], ids=["answer hidden", "answer shown"])
def test_after_esc_the_arrows_move_in_the_tree_from_the_question_studied(
    qtbot, make_window, store, revealed
):
    window = make_window(show=True)
    start_studying(qtbot, window, store, topic="Optimization")
    if revealed:
        press(qtbot, window, Qt.Key.Key_Space)
    studied = window.current_qid
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.mode == "browse"
    tree = window.tree
    assert QApplication.focusWidget() is tree
    assert tree.current_question_id() == studied == window.current_qid
    below = tree.indexBelow(tree.currentIndex())
    press(qtbot, window, Qt.Key.Key_Down)
    assert tree.currentIndex() == below
    shown = window.model.node(tree.to_source(below))
    assert window.current_qid == shown.key  # the question below is on screen
    press(qtbot, window, Qt.Key.Key_End)
    assert tree.currentIndex() == last_row(tree)


@pytest.mark.parametrize("topic", ["Security", "Statistics"])
def test_when_the_last_card_is_done_the_arrows_browse_on(qtbot, make_window, store, topic):
    window = make_window(show=True)
    start_studying(qtbot, window, store, topic=topic)
    while window.current_qid is not None:
        last = window.current_qid
        press(qtbot, window, Qt.Key.Key_Space)
        press(qtbot, window, Qt.Key.Key_4)  # Easy: out of the learning steps at once
    assert window.grading.face == "done"
    tree = window.tree
    # Return presses the page's first button; the arrows move in the tree.
    assert QApplication.focusWidget().objectName() == "primary"
    assert tree.current_question_id() == last
    above = tree.indexAbove(tree.currentIndex())
    press(qtbot, window, Qt.Key.Key_Up)
    assert QApplication.focusWidget() is tree
    assert window.mode == "browse"  # browsing away ends the session
    assert tree.currentIndex() == above
    press(qtbot, window, Qt.Key.Key_Down)
    assert tree.current_question_id() == last == window.current_qid
