"""The study controller on a fake clock: learning steps come back in the session, the
session waits for them with one timer and End session, Anki's three counts, the
daily limits, an honest header after an undo and recall in words."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from studyapp.core import settings_schema as schema

from ..conftest import qid, topic_id
from ..window_helpers import click_question

PV = "What is a p-value?"
BV = "What is bias-variance?"


def plain(html: str) -> str:
    return re.sub("<[^>]+>", "", html)


def study_statistics(window, store):
    window.tree.select_topic(topic_id(store, "Statistics"))
    controller(window).start_study()
    assert window.mode == "study"


def without_learn_ahead(store):
    """Steps are waited for until due (learn ahead limit 0): the waiting page shows
    for the 1- and 10-minute steps, within the default limit."""
    schema.write(store, schema.LEARN_AHEAD, 0)


def answer(window, rating):
    window.reveal()
    window.grade(rating)


def controller(window):
    return window.controllers["study"]


def test_counts_show_new_learning_review(make_window, store):
    window = make_window()
    study_statistics(window, store)
    assert "2 new · 0 learning · 0 review" in plain(window.grading.status.text())
    answer(window, 1)  # Again: into a learning step
    assert "1 new · 1 learning · 0 review" in plain(window.grading.status.text())


def test_again_comes_back_when_its_step_is_due(qtbot, make_window, store, clock):
    without_learn_ahead(store)
    window = make_window()
    study_statistics(window, store)
    failed = window.current_qid
    answer(window, 1)  # Again: back in a minute
    other = window.current_qid
    assert other not in (None, failed)
    answer(window, 4)  # Easy: done for days
    # Only the failed question is left, not due yet: the session waits for it.
    assert window.grading.face == "waiting"
    assert window.mode == "study"
    # said in full once (the pane), the panel only says when
    assert "comes back in 1 minute" in window.answer.notice_label.text()
    assert "due in" not in window.grading.waiting_label.text()
    assert window.grading.waiting_label.text().startswith("Waiting · next at ")
    timer = controller(window).waiting.timer
    assert timer.isActive() and timer.isSingleShot()
    assert 59_000 <= timer.remainingTime() <= 61_000  # set to the step, not a poll
    clock.advance(seconds=61)
    timer.timeout.emit()  # what the timer does when the minute is up
    assert window.current_qid == failed
    assert window.grading.face == "hidden"
    assert "0 new · 1 learning · 0 review" in plain(window.grading.status.text())
    answer(window, 3)  # Good: from relearning to review… or another step
    assert window.grading.face in ("waiting", "done")


EXITS = ("End session", "Stop studying", "Back to browsing")


def ways_out(window) -> list[QPushButton]:
    """The visible buttons that end the session, wherever they are on the window."""
    return [
        b
        for b in window.findChildren(QPushButton)
        if b.isVisible() and b.text().split("   ")[0] in EXITS
    ]


def test_end_session_while_waiting(qtbot, make_window, store):
    without_learn_ahead(store)
    window = make_window(show=True)
    study_statistics(window, store)
    answer(window, 1)
    answer(window, 1)
    assert window.grading.face == "waiting"
    # one way out: "End session" showed twice, in the pane and in the panel under it
    [end] = ways_out(window)
    assert end.text() == "End session"
    qtbot.mouseClick(end, Qt.MouseButton.LeftButton)
    assert window.mode == "browse"
    assert not controller(window).waiting.timer.isActive()


def test_space_pressed_out_of_habit_while_waiting_does_not_end_the_session(
    qtbot, make_window, store
):
    without_learn_ahead(store)
    window = make_window(show=True)
    study_statistics(window, store)
    answer(window, 1)
    answer(window, 1)
    assert window.grading.face == "waiting"
    focused = QApplication.focusWidget()
    assert not isinstance(focused, QPushButton)
    qtbot.keyClick(focused, Qt.Key.Key_Space)
    assert window.mode == "study" and controller(window).waiting.timer.isActive()


def prefs_dialog(window):
    return window.controllers["prefs"].preferences_dialog


def test_daily_limit_of_new_questions(make_window, store):
    schema.write(store, schema.NEW_PER_DAY, 1)
    window = make_window(show=True)
    study_statistics(window, store)
    assert controller(window).session.counts().new == 1
    answer(window, 4)
    assert window.grading.face == "done"
    # one way out: "Back to browsing" in the pane, not also "Stop studying" under it
    assert [b.text() for b in ways_out(window)] == ["Back to browsing"]
    # The limit is per day: the same day, a new session offers no new question,
    # and says why, with a way to raise the limit.
    controller(window).stop_study()
    study_statistics(window, store)
    assert window.grading.face == "done"
    notice = window.answer.notice_label.text()
    assert "Today's plan is done" in notice and "1 new question" in notice
    assert "none is new" not in notice
    buttons = [b for b in window.answer.findChildren(QPushButton) if b.isVisible()]
    raise_button = next(b for b in buttons if b.text() == "Raise the daily limits…")
    raise_button.click()
    assert prefs_dialog(window).isVisible()


def test_header_follows_an_undo(qtbot, make_window, store):
    window = make_window()
    study_statistics(window, store)
    first = window.current_qid
    answer(window, 1)  # Again: weak
    qtbot.waitUntil(lambda: window.model.state(first) == "weak")  # rows follow when idle
    window.undo()
    assert window.current_qid == first
    assert (
        "New" in window.answer.header.meta.text()
        and "Struggling" not in window.answer.header.meta.text()
    )


def test_question_page_says_when_due_and_recall_now(make_window, store, clock):
    window = make_window()
    study_statistics(window, store)
    graded = window.current_qid
    answer(window, 4)
    controller(window).stop_study()
    clock.advance(days=1)
    browse = window.controllers["browse"]
    browse.show_question(graded)
    meta = window.answer.header.meta.text()
    assert re.search(r"due in \d+ days · \d+ % recall now", meta), meta
    browse.show_question(qid(store, BV) if graded != qid(store, BV) else qid(store, PV))
    meta = window.answer.header.meta.text()
    assert meta.endswith("New") and "recall" not in meta  # nothing to predict yet


def test_esc_ends_a_waiting_session_and_ctrl_z_takes_back_the_last_grade(qtbot, make_window, store):
    without_learn_ahead(store)
    window = make_window(show=True)
    study_statistics(window, store)
    answer(window, 1)
    second = window.current_qid
    answer(window, 1)
    assert window.grading.face == "waiting"
    window.answer.take_focus()
    qtbot.keyClick(window.answer, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.current_qid == second and window.grading.face == "hidden"
    assert not controller(window).waiting.timer.isActive()
    answer(window, 1)
    qtbot.keyClick(window.answer, Qt.Key.Key_Escape)
    assert window.mode == "browse"


def test_a_new_session_clears_the_last_one_s_ending_from_the_status_bar(qtbot, make_window, store):
    window = make_window(show=True)
    study_statistics(window, store)
    click_question(qtbot, window, qid(store, "What is a learning rate?"))  # browse away
    assert "paused" in window.statusBar().currentMessage()
    study_statistics(window, store)
    assert window.statusBar().currentMessage() == ""
    assert window.mode_label.text().startswith("Studying:")


def test_ctrl_z_right_after_a_session_ends_takes_back_its_last_grade(qtbot, make_window, store):
    """A grade noticed wrong just after Esc was stuck: Ctrl+Z said 'Nothing to undo.'
    As Anki's Undo Review, it brings the question back with the grade taken back."""
    window = make_window(show=True)
    study_statistics(window, store)
    first = window.current_qid
    answer(window, 1)
    assert len(store.reviews()) == 1
    qtbot.keyClick(window.answer, Qt.Key.Key_Escape)
    assert window.mode == "browse"
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.reviews() == []
    assert window.mode == "study" and window.current_qid == first
    assert "Grade undone" in window.statusBar().currentMessage()


def test_after_a_deletion_ctrl_z_undoes_the_deletion_not_the_sessions_grade(
    qtbot, make_window, store
):
    window = make_window(show=True)
    study_statistics(window, store)
    answer(window, 3)
    controller(window).stop_study()
    victim = qid(store, "What is momentum?")
    window.controllers["browse"].show_question(victim)
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Delete)
    assert window.model.question(victim) is None
    qtbot.keyClick(window.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.model.question(victim) is not None
    assert len(store.reviews()) == 1 and window.mode == "browse"


def test_after_an_import_ctrl_z_does_not_take_back_an_ended_sessions_grade(
    qtbot, make_window, store, tmp_path
):
    """Ctrl+Z right after an import undid a grade given minutes before it, in a session
    that had ended: the import is what was done last, and it is no step to undo."""
    window = make_window(show=True)
    study_statistics(window, store)
    answer(window, 3)
    controller(window).stop_study()
    notes = tmp_path / "more.md"
    notes.write_text("# More\n\n## What is a tensor?\n\nAn n-dimensional array.\n", "utf-8")
    files = window.controllers["files"]
    with qtbot.waitSignal(files.importer.finished, timeout=10_000):
        files.import_files([notes])
    window.activateWindow()  # (the import's progress took it: the key reaches the window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Nothing to undo: an import cannot be undone" in window.statusBar().currentMessage()
    assert len(store.reviews()) == 1 and window.mode == "browse"
    assert len(store.reviews()) == 1 and window.mode == "browse"
