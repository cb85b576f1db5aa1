"""Anki's reviewer keys in a study session: E edits the question on screen and @
suspends it, beside the app's own F4 and Ctrl+J. A long-time Anki user pressed
them and nothing happened, nothing was said. They belong to the session's question
alone: typed anywhere else (the search field, while browsing, in the edit dialog)
they type, or do nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.window_helpers import QT_WARNINGS_FAIL, click_question, press, start_studying

pytestmark = QT_WARNINGS_FAIL

SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier
# @ is Shift+2 on a US keyboard, AltGr+Q on a German one: Qt names it Key_At either way,
# and X11 lets the shortcut "@" have it with its Shift (seen under xvfb, xdotool's "at").
# The test platform matches the key as sent, so the session test sends Key_At alone.
AT = (Qt.Key.Key_At, NONE)
AT_KEYS = [AT, (Qt.Key.Key_At, SHIFT)]


def edit_dialog(window):
    dialog = window.controllers["editing"].edit_dialog
    return dialog if dialog is not None and dialog.isVisible() else None


@pytest.mark.parametrize("revealed", [False, True], ids=["question", "answer shown"])
def test_e_edits_the_question_on_screen_in_a_session(qtbot, make_window, store, revealed):
    window = make_window(show=True)
    start_studying(qtbot, window, store, topic="Statistics")
    if revealed:
        press(qtbot, window, Qt.Key.Key_Space)
    studied = window.current_qid
    # In the search field E and @ type, as everywhere text is typed.
    window.search.focus()
    qtbot.keyClicks(window.search.field, "e@")
    qtbot.keyClick(window.search.field, Qt.Key.Key_At, SHIFT)
    assert window.search.field.text() == "e@@"
    assert edit_dialog(window) is None and not store.question(studied).suspended
    window.search.field.clear()
    press(qtbot, window, Qt.Key.Key_Escape)  # back to the session's answer pane
    assert window.current_qid == studied

    press(qtbot, window, Qt.Key.Key_E)

    dialog = edit_dialog(window)
    assert dialog is not None
    title = store.question(studied).title
    assert dialog.title_edit.text() == title
    # Typed into the dialog, E is a letter of the title (the window's E is not reached).
    dialog.title_edit.setFocus()
    dialog.title_edit.end(False)
    qtbot.keyClicks(dialog.title_edit, " Ee@")
    assert dialog.title_edit.text() == title + " Ee@"
    dialog.title_edit.setText(title)
    dialog.reject()
    assert window.mode == "study" and window.current_qid == studied


def test_at_suspends_the_question_on_screen_and_the_next_one_shows(qtbot, make_window, store):
    window = make_window(show=True)
    start_studying(qtbot, window, store, topic="Statistics")
    studied = window.current_qid

    press(qtbot, window, *AT)

    assert store.question(studied).suspended
    assert window.mode == "study" and window.current_qid not in (None, studied)
    assert "Suspended" in window.statusBar().currentMessage()
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not store.question(studied).suspended
    assert window.current_qid == studied  # back on screen, as Anki's undo


def test_while_browsing_e_and_at_are_no_keys_of_the_window(qtbot, make_window, store):
    """Browsing has F4 and Ctrl+J; a letter typed in the tree is the tree's own. The
    session's keys are in the shortcut help, its menu naming the app's own."""
    from studyapp.ui.actions import shortcut_rows

    window = make_window(show=True)
    start_studying(qtbot, window, store, topic="Statistics")
    assert window.action("edit_question").shortcut().toString() == "F4"  # the menu's
    assert window.action("suspend").shortcut().toString() == "Ctrl+J"
    rows = shortcut_rows(window.actions_by_id)
    assert ("Edit Question…, in a session", "E") in rows
    assert ("Suspend / Unsuspend Question, in a session", "@") in rows
    press(qtbot, window, Qt.Key.Key_Escape)  # the session ends
    browsed = window.current_qid
    click_question(qtbot, window, browsed)
    assert QApplication.focusWidget() is window.tree

    for key, modifier in [(Qt.Key.Key_E, NONE), *AT_KEYS]:
        press(qtbot, window, key, modifier)

    assert edit_dialog(window) is None
    assert not store.question(browsed).suspended
    assert [k.toString() for k in window.action("edit_question").shortcuts()] == ["F4"]
