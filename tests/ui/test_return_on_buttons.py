"""Return and Enter press the focused push button on every page of the main window, as
Space does. A keyboard-first tester pressed Return on "Raise the daily limits…" and on
Weak Topics' "Study these (5)": nothing happened (Space worked). When a session ends,
the page's first button has the focus, so Return does the obvious thing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from studyapp.core import settings_schema as schema
from tests.ui.conftest import qid, settled, topic_id
from tests.ui.window_helpers import LR, press

RETURNS = [Qt.Key.Key_Return, Qt.Key.Key_Enter]


def study_to_the_end(qtbot, window, store, topic: str) -> str:
    """Ctrl+D on `topic`, Space and Easy until the session is done: the last one."""
    window.tree.select_topic(topic_id(store, topic))
    window.tree.setFocus()
    press(qtbot, window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    last = ""
    while window.current_qid is not None:
        last = window.current_qid
        press(qtbot, window, Qt.Key.Key_Space)
        press(qtbot, window, Qt.Key.Key_4)
    assert window.grading.face == "done"
    return last


@pytest.mark.parametrize("key", RETURNS)
def test_return_at_the_end_of_todays_plan_raises_the_daily_limits(qtbot, make_window, store, key):
    schema.write(store, schema.NEW_PER_DAY, 1)
    window = make_window(show=True)
    study_to_the_end(qtbot, window, store, "Statistics")
    focused = QApplication.focusWidget()
    assert focused.text() == "Raise the daily limits…"
    press(qtbot, window, key)
    qtbot.waitUntil(lambda: window.controllers["prefs"].preferences_dialog is not None)
    assert window.controllers["prefs"].preferences_dialog.isVisible()
    window.controllers["prefs"].preferences_dialog.reject()


def test_return_when_nothing_is_left_studies_all_topics(qtbot, make_window, store):
    """A second kind of end: nothing left in the topic; its first button studies all."""
    window = make_window(show=True)
    study_to_the_end(qtbot, window, store, "Statistics")
    assert QApplication.focusWidget().text() == "Study all topics"
    press(qtbot, window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.mode_label.text() == "Studying: all topics")
    assert window.current_qid is not None


def test_after_the_end_the_arrows_still_browse_on_in_the_tree(qtbot, make_window, store):
    window = make_window(show=True)
    last = study_to_the_end(qtbot, window, store, "Statistics")
    tree = window.tree
    above = tree.indexAbove(tree.currentIndex())
    press(qtbot, window, Qt.Key.Key_Up)
    assert QApplication.focusWidget() is tree and tree.currentIndex() == above
    assert window.mode == "browse"
    press(qtbot, window, Qt.Key.Key_Down)
    assert tree.current_question_id() == last == window.current_qid


@pytest.mark.parametrize("key", RETURNS)
def test_return_on_the_weak_topics_study_these_button_studies_them(
    qtbot, make_window, studied, key
):
    window = make_window(show=True)
    view = settled(qtbot, window.controllers["insights"].show_weak_topics())
    view.question_item(qid(studied, LR)).setSelected(True)
    view.study_button.setFocus()
    press(qtbot, window, key)
    qtbot.waitUntil(lambda: window.mode == "study")
    assert window.controllers["study"].session.question_ids == [qid(studied, LR)]
