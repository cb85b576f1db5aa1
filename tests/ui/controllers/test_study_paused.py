"""A look elsewhere during a study session pauses it. A tester (a long-time Anki user)
studied all due, revealed, graded, then clicked a topic row: "Study session ended:
browsing.", its queue, counts and place gone; Space only gave a hint and Ctrl+D
studied the clicked topic. Now the session waits while the person browses, the
status bar says how to go back, and Space (or Study on what it studies) goes back
to it where it was; asking for something else starts that instead."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QPushButton

from studyapp.ui.session_pause import Held, SessionPause
from tests.ui.conftest import qid, topic_id
from tests.ui.window_helpers import LR, PV, QT_WARNINGS_FAIL, click_question, press

pytestmark = QT_WARNINGS_FAIL

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


def plain(html: str) -> str:
    return re.sub("<[^>]+>", "", html)


def click_topic(qtbot, window, store, name: str) -> None:
    index = window.tree.from_source(window.model.topic_index(topic_id(store, name)))
    window.tree.scrollTo(index)
    rect = window.tree.visualRect(index)
    qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def counts(window) -> str:
    return plain(window.grading.status.text())


def study_by_keys(qtbot, window, store, topic: str | None) -> None:
    """Ctrl+Shift+D (all due), or the topic's (or the deck's) row clicked and Ctrl+D."""
    if topic is None:
        window.tree.setFocus()
        press(qtbot, window, Qt.Key.Key_D, CTRL_SHIFT)
    else:
        if topic == "deck":
            index = window.tree.from_source(window.model.deck_index(store.decks()[0].id))
            rect = window.tree.visualRect(index)
            qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        else:
            click_topic(qtbot, window, store, topic)
        press(qtbot, window, Qt.Key.Key_D, CTRL)
    assert window.mode == "study"


def test_a_row_clicked_in_a_session_pauses_it_and_space_goes_back_where_it_was(
    qtbot, make_window, store
):
    window = make_window(show=True)
    study_by_keys(qtbot, window, store, None)
    press(qtbot, window, Qt.Key.Key_Space)
    press(qtbot, window, Qt.Key.Key_3)  # Good: the next question
    press(qtbot, window, Qt.Key.Key_Space)  # its answer shown
    studied, left = window.current_qid, counts(window)

    click_topic(qtbot, window, store, "Security")

    assert window.mode == "browse"  # browsing: the topic's page
    said = window.statusBar().currentMessage()
    assert "paused" in said and "Space" in said and "Esc" in said
    assert window.mode_label.text() == "Paused: all topics"
    press(qtbot, window, Qt.Key.Key_Space)
    assert window.mode == "study" and window.current_qid == studied
    assert window.answer.is_answer_visible()  # revealed, as it was
    assert counts(window) == left
    press(qtbot, window, Qt.Key.Key_3)
    assert len(store.reviews()) == 2
    press(qtbot, window, Qt.Key.Key_Z, CTRL)  # the session's undo, kept through the pause
    assert window.current_qid == studied and len(store.reviews()) == 1


@pytest.mark.parametrize(
    ("session", "looked_at"),
    [
        (None, "topic Security"),  # Study All Due: every topic is its own
        ("Optimization", "topic Optimization"),  # the topic studied
        ("Optimization", f"question {LR}"),  # a question of it: its topic's Study
    ],
)
def test_study_on_what_the_paused_session_studies_goes_back_to_it(
    qtbot, make_window, store, session, looked_at
):
    window = make_window(show=True)
    study_by_keys(qtbot, window, store, session)
    press(qtbot, window, Qt.Key.Key_Space)
    studied, left = window.current_qid, counts(window)
    kind, name = looked_at.split(" ", 1)
    if kind == "topic":
        click_topic(qtbot, window, store, name)
    else:
        click_question(qtbot, window, qid(store, name))
    assert window.mode == "browse"

    press(qtbot, window, Qt.Key.Key_D, CTRL_SHIFT if session is None else CTRL)

    assert window.mode == "study" and window.current_qid == studied
    assert window.answer.is_answer_visible() and counts(window) == left


@pytest.mark.parametrize(
    ("session", "how"),
    [
        ("Optimization", "Ctrl+D"),  # on a topic the paused session does not study
        (None, "Ctrl+D"),  # Study All Due paused: Study of one topic asks for that one
        ("deck", "Ctrl+D"),  # a deck paused: Study of one of its topics, narrower
        (None, "Study this topic"),  # the topic's own button names it, though in all
    ],
)
def test_study_on_something_else_starts_that_and_the_paused_one_ends(
    qtbot, make_window, store, session, how
):
    window = make_window(show=True)
    study_by_keys(qtbot, window, store, session)
    press(qtbot, window, Qt.Key.Key_Space)
    click_topic(qtbot, window, store, "Statistics")
    assert window.mode == "browse" and "paused" in window.statusBar().currentMessage()

    if how == "Ctrl+D":
        press(qtbot, window, Qt.Key.Key_D, CTRL)
    else:
        (button,) = [b for b in window.answer.findChildren(QPushButton) if b.text() == how]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    assert window.mode == "study"
    assert window.mode_label.text() == "Studying: Interview / Statistics"
    assert window.current_qid in {qid(store, PV), qid(store, "What is bias-variance?")}
    assert not window.answer.is_answer_visible()
    press(qtbot, window, Qt.Key.Key_Escape)
    press(qtbot, window, Qt.Key.Key_Space)  # nothing paused to go back to
    assert window.mode == "browse"


def test_esc_ends_the_paused_session(qtbot, make_window, store):
    window = make_window(show=True)
    study_by_keys(qtbot, window, store, "Statistics")
    click_question(qtbot, window, qid(store, LR))
    assert window.action("resume").isEnabled()

    press(qtbot, window, Qt.Key.Key_Escape)

    assert "ended" in window.statusBar().currentMessage()
    assert window.mode_label.text() == ""
    assert not window.action("resume").isEnabled()
    press(qtbot, window, Qt.Key.Key_Space)
    assert window.mode == "browse" and window.current_qid == qid(store, LR)


def test_back_on_a_revealed_question_its_grade_buttons_show_whole(qtbot, make_window, store):
    """Gone back from browsing straight to the grades (not through Show answer), the
    panel took the browsing face's one row: Stop studying covered Easy."""
    window = make_window(show=True)
    window.resize(1200, 760)  # the tester's screen, its panel ~730 pixels wide
    study_by_keys(qtbot, window, store, None)
    press(qtbot, window, Qt.Key.Key_Space)
    click_topic(qtbot, window, store, "Security")
    press(qtbot, window, Qt.Key.Key_Space)

    panel = window.grading
    assert panel.face == "grade"
    QApplication.processEvents()  # the layout as it is drawn
    stop = panel.stop_button.geometry()
    for button in panel.grade_buttons.values():
        place = QRect(button.mapTo(panel, QPoint(0, 0)), button.size())
        assert not place.intersects(stop), button.text()
        assert button.width() >= button.minimumSizeHint().width(), button.text()


def test_a_question_buried_while_paused_is_not_shown_on_going_back(qtbot, make_window, store):
    window = make_window(show=True)
    study_by_keys(qtbot, window, store, "Statistics")
    studied = window.current_qid
    click_question(qtbot, window, qid(store, LR))  # a look elsewhere: paused
    click_question(qtbot, window, studied)  # the session's question, browsed
    press(qtbot, window, Qt.Key.Key_Minus)  # buried while browsing
    assert "Buried" in window.statusBar().currentMessage()

    press(qtbot, window, Qt.Key.Key_Space)

    assert window.mode == "study"
    assert window.current_qid not in (None, studied)
    assert "1 new" in counts(window)  # the other of Statistics' two


def test_the_time_spent_browsing_is_not_in_the_answer_time(qtbot, make_window, store, clock):
    """A question's answer time (the review's, the statistics' time spent) is the time
    it was on screen: the minutes spent browsing while paused were in it."""
    window = make_window(show=True)
    study_by_keys(qtbot, window, store, None)
    clock.advance(seconds=30)
    click_topic(qtbot, window, store, "Security")  # paused
    clock.advance(minutes=10)
    press(qtbot, window, Qt.Key.Key_Space)  # back to the question
    clock.advance(seconds=15)
    press(qtbot, window, Qt.Key.Key_Space)  # its answer
    clock.advance(seconds=5)
    press(qtbot, window, Qt.Key.Key_3)
    assert [review.seconds for review in store.reviews()] == [50.0]


def test_a_paused_session_of_chosen_questions_resumes_as_chosen_by_name():
    """The pause hands `chosen` back by name: it and Study All Due are both bools, and
    the controller's `_begin` takes `chosen` only by keyword."""
    begun = []

    def begin(session, name, all_topics, *, chosen=False):
        begun.append((session, name, all_topics, chosen))

    shell = SimpleNamespace(show_main_page=lambda: None)
    pause = SessionPause(shell, can_start=lambda: True, begin=begin)
    pause.held = Held("the session", "3 questions", False, True)
    pause.resume()
    assert begun == [("the session", "3 questions", False, True)]
