"""A session's last page and the questions set aside in what it studied. A tester
buried a new question; at the end the page said "No question here is due and none
is new." while the tree listed it as Buried, with no way to have it back from
there. As Anki's congratulations page ("some cards are buried … Unbury"), the page
says how many are buried and suspended there, and Unbury brings the buried back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from tests.ui.conftest import qid, topic_id
from tests.ui.window_helpers import QT_WARNINGS_FAIL, click_question, press

pytestmark = QT_WARNINGS_FAIL

CTRL = Qt.KeyboardModifier.ControlModifier


def start(qtbot, window, store, topic: str) -> None:
    window.tree.select_topic(topic_id(store, topic))
    window.tree.setFocus()
    press(qtbot, window, Qt.Key.Key_D, CTRL)
    assert window.mode == "study"


def easy_to_the_end(qtbot, window) -> None:
    while window.current_qid is not None:
        press(qtbot, window, Qt.Key.Key_Space)
        press(qtbot, window, Qt.Key.Key_4)  # Easy: out of the learning steps at once
    assert window.grading.face == "done"


def page_text(window) -> str:
    return window.answer.notice_label.text()


def buttons(window) -> list[str]:
    return [
        b.text() for b in window.answer.findChildren(QPushButton) if b.isVisibleTo(window.answer)
    ]


def test_a_question_buried_in_the_session_is_said_on_its_last_page_and_unburied(
    qtbot, make_window, store
):
    window = make_window(show=True)
    start(qtbot, window, store, "Statistics")
    buried = window.current_qid
    press(qtbot, window, Qt.Key.Key_Minus)  # bury: the other one shows
    easy_to_the_end(qtbot, window)
    assert "1 question here is buried until tomorrow" in page_text(window)
    # (not "No question here is due and none is new" above it: the buried one is new)
    assert "No other question here is due" in page_text(window)
    assert "Unbury 1 question" in buttons(window)
    # The first button: Return presses it, as the page's others.
    assert QApplication.focusWidget().text() == "Unbury 1 question"

    press(qtbot, window, Qt.Key.Key_Return)

    assert window.mode == "study" and window.current_qid == buried  # studied today after all
    assert "Unburied 1 question" in window.statusBar().currentMessage()
    press(qtbot, window, Qt.Key.Key_Z, CTRL)  # buried again: the page as it was
    assert window.grading.face == "done" and "Unbury 1 question" in buttons(window)


def test_a_question_buried_while_browsing_in_a_sub_topic_is_counted(qtbot, make_window, store):
    """Another way in: buried from the tree, under a topic of the topic studied."""
    window = make_window(show=True)
    momentum = qid(store, "What is momentum?")  # Optimization / Variants
    click_question(qtbot, window, momentum)
    press(qtbot, window, Qt.Key.Key_Minus)
    assert "Buried" in window.statusBar().currentMessage()
    start(qtbot, window, store, "Optimization")
    easy_to_the_end(qtbot, window)
    assert "1 question here is buried until tomorrow" in page_text(window)

    (unbury,) = [
        b for b in window.answer.findChildren(QPushButton) if b.text() == "Unbury 1 question"
    ]
    qtbot.mouseClick(unbury, Qt.MouseButton.LeftButton)

    assert window.current_qid == momentum and window.mode == "study"


def test_a_question_suspended_in_the_session_is_said_with_how_to_take_it_back(
    qtbot, make_window, store
):
    window = make_window(show=True)
    start(qtbot, window, store, "Statistics")
    press(qtbot, window, Qt.Key.Key_J, CTRL)  # suspended: the other one shows
    easy_to_the_end(qtbot, window)

    said = page_text(window)
    assert "1 question here is suspended" in said and "Ctrl+J" in said
    assert "buried" not in said
    assert not [b for b in buttons(window) if b.startswith("Unbury")]
