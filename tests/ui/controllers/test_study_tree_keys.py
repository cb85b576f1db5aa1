"""The tree's keys during a study session. A tester pressed Ctrl+F, Esc, then Down in
a session: the tree moved to the next question, the session ended with only a word in
the status bar, and that question's answer showed in full. Down without the search
field first did nothing. In a session the tree stays on the session's question,
whichever way the keys reached it; Esc (asked for) ends the session, then the arrows
browse."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.window_helpers import QT_WARNINGS_FAIL, press, start_studying

pytestmark = QT_WARNINGS_FAIL

ARROWS = [Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_End, Qt.Key.Key_PageDown, Qt.Key.Key_J]


def into_the_tree(qtbot, window, way: str) -> None:
    """The focus put in the tree as a person does: through the search field, or Tab."""
    if way == "search, Esc":
        window.search.focus()
        press(qtbot, window, Qt.Key.Key_Escape)
    elif way == "search, words, Esc":
        window.search.focus()
        qtbot.keyClicks(window.search.field, "what")
        window.search.flush()
        press(qtbot, window, Qt.Key.Key_Escape)
    elif way == "search, Down":
        window.search.focus()
        press(qtbot, window, Qt.Key.Key_Down)
    else:  # a click-free way into the tree itself
        window.tree.setFocus(Qt.FocusReason.TabFocusReason)


def assert_session_goes_on(window, studied: str) -> None:
    assert window.mode == "study"
    assert window.current_qid == studied
    assert window.tree.current_question_id() == studied  # the tree marks it still
    assert not window.answer.is_answer_visible()  # no answer shown, its own nor another's


@pytest.mark.parametrize("key", ARROWS, ids=lambda k: k.name)
@pytest.mark.parametrize("way", ["search, Esc", "search, words, Esc", "search, Down", "Tab"])
def test_moving_in_the_tree_by_keys_neither_ends_the_session_nor_shows_an_answer(
    qtbot, make_window, store, way, key
):
    window = make_window(show=True)
    start_studying(qtbot, window, store, topic="Statistics")
    studied = window.current_qid
    into_the_tree(qtbot, window, way)

    press(qtbot, window, key)

    assert_session_goes_on(window, studied)
    said = window.statusBar().currentMessage()
    assert "Study session ended" not in said
    if QApplication.focusWidget() is window.tree:  # a key refused there is explained
        assert "Esc" in said and "stud" in said.lower()
    press(qtbot, window, Qt.Key.Key_Space)  # the session's keys still work
    assert window.mode == "study" and window.answer.is_answer_visible()


@pytest.mark.parametrize("way", ["search, Esc", "search, words, Esc"])
def test_after_the_search_field_the_keys_are_where_they_were_before_it(
    qtbot, make_window, store, way
):
    """Ctrl+F then Esc in a session: the keys go back to the answer pane, where the
    session put them, so Down does there what it did before Ctrl+F."""
    window = make_window(show=True)
    start_studying(qtbot, window, store, topic="Optimization")
    before = QApplication.focusWidget()
    assert before is not window.tree
    into_the_tree(qtbot, window, way)
    assert QApplication.focusWidget() is before


def test_esc_then_the_arrows_still_browse(qtbot, make_window, store):
    """Asked for, the session ends: the arrows move in the tree and show the answers."""
    window = make_window(show=True)
    start_studying(qtbot, window, store, topic="Statistics")
    window.tree.setFocus(Qt.FocusReason.TabFocusReason)
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.mode == "browse"
    below = window.tree.indexBelow(window.tree.currentIndex())
    press(qtbot, window, Qt.Key.Key_Down)
    assert window.tree.currentIndex() == below
    assert window.answer.is_answer_visible()


def test_left_on_the_sessions_question_stays_on_it(qtbot, make_window, store):
    """Left on a question goes to its topic's row while browsing; not in a session."""
    window = make_window(show=True)
    start_studying(qtbot, window, store, topic="Statistics")
    studied = window.current_qid
    window.tree.setFocus(Qt.FocusReason.TabFocusReason)
    press(qtbot, window, Qt.Key.Key_Left)
    assert_session_goes_on(window, studied)
