"""The keys of a mock interview say one thing everywhere: each action has the one key
its button names, and the menu and the shortcut help show that key; after the reveal,
Space grades Good as it does in a study session."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from tests.ui.controllers import test_mock as mock_tests
from tests.ui.controllers.test_mock import KM, TREE, press, start, type_text

mock_store = mock_tests.mock_store  # the fixtures of the mock's tests
no_voice = mock_tests.no_voice  # autouse: no voice probe

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]

NATIVE = QKeySequence.SequenceFormat.NativeText
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.mark.parametrize(
    ("action", "button"),
    [("mock_pause", "pause_button"), ("mock_skip", "skip_button"), ("mock_end", "end_button")],
)
def test_the_menu_and_the_help_show_the_one_key_the_mock_screen_names(
    make_window, mock_store, action, button
):
    window = start(make_window, mock_store, KM, TREE)
    panel = window.controllers["mock"].timer_panel
    named = getattr(panel, button).text().split()[-1]
    qaction = getattr(window, f"act_{action}")
    assert qaction.shortcut().toString(NATIVE) == named  # what the menu shows
    text = qaction.text().replace("&", "")
    assert [keys for name, keys in window.shortcut_rows() if name == text] == [named]


def test_the_paused_prompt_names_the_key_that_resumes(qtbot, make_window, mock_store):
    window = start(make_window, mock_store, KM, TREE, show=True)
    mock = window.controllers["mock"]
    key = window.act_mock_pause.shortcut().toString(NATIVE)
    press(qtbot, window, Qt.Key.Key_P, CTRL)
    assert mock.mock.paused
    assert f"Press <b>{key}</b> to resume" in window.answer.hidden_label.text()
    press(qtbot, window, Qt.Key.Key_P, CTRL)
    assert not mock.mock.paused


@pytest.mark.parametrize("typed", ["an outline", ""])
def test_after_the_reveal_space_grades_good_and_moves_on(
    qtbot, make_window, mock_store, clock, typed
):
    window = start(make_window, mock_store, KM, TREE, seconds=30, show=True)
    mock = window.controllers["mock"]
    panel = mock.mock_panel
    if typed:
        type_text(qtbot, typed)
    press(qtbot, window, Qt.Key.Key_Return, CTRL)
    assert mock.mock.state == "revealed" and len(panel.ticks()) > 1
    assert panel.points.selectedItems() == []  # no point looks focused: none is
    press(qtbot, window, Qt.Key.Key_Tab)  # one Tab to the key points, and back
    assert QApplication.focusWidget() is panel.points
    press(qtbot, window, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert panel.points.selectedItems() == []
    press(qtbot, window, Qt.Key.Key_Space)
    session_id = mock.mock.session_id
    (answer,) = mock_store.mock_answers(session_id)
    assert answer.rating == 3  # Good, as in a study session, not a key point ticked
    assert mock.mock.current().title == TREE and mock.mock.state == "asking"
    # The clock runs out while the person types on: the next word's space is no grade.
    type_text(qtbot, "still typing")
    clock.advance(seconds=31)
    mock.tick_mock()
    assert mock.mock.state == "revealed" and mock.mock.overtime
    assert "grade it with 1–4" in window.statusBar().currentMessage()
    press(qtbot, window, Qt.Key.Key_Space)
    assert mock.mock.state == "revealed"
    # The key points, once the person goes to them: Space ticks one; 1–4 still grade.
    ticks = panel.ticks()
    press(qtbot, window, Qt.Key.Key_Tab)  # one Tab, past the answer as typed
    assert QApplication.focusWidget() is panel.points
    assert [panel.points.row(i) for i in panel.points.selectedItems()] == [0]
    press(qtbot, window, Qt.Key.Key_Space)
    assert panel.ticks() == [not ticks[0], *ticks[1:]]
    assert mock.mock.state == "revealed"
    press(qtbot, window, Qt.Key.Key_2)
    assert [a.rating for a in mock_store.mock_answers(session_id)] == [3, 2]
