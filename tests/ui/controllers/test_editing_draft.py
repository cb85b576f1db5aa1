"""An Edit Question (F4) not saved when the process ended under it (killed, a crash,
a logout's SIGTERM): its text was lost without trace. It is kept as a draft as the
person types, offered back at the next start (or when that question's editor opens
again) naming the question: Restore / Discard; saved or let go, it is forgotten."""

from __future__ import annotations

import os
import signal

import pytest

from studyapp import app as studyapp_app
from studyapp.core import edit_draft

from ..conftest import qid
from .test_editing_dialog import notes_store, open_editor_on, replace_answer, save  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def typed_and_paused(qtbot, window, title, text):
    """An edit typed and the keys paused (the draft written then), the dialog left open
    as a killed process leaves it."""
    dialog = open_editor_on(qtbot, window, title)
    replace_answer(qtbot, dialog, text)
    qtbot.waitUntil(lambda: edit_draft.read_draft(window.store) is not None)
    return dialog


def confirms(window) -> list[tuple[str, str, str]]:
    return [shown for shown in window.messages.shown if shown[0] == "confirm"]


def test_an_edit_left_by_a_killed_run_is_offered_back_at_the_next_start(
    qtbot,
    make_window,
    notes_store,  # noqa: F811
):
    store, notes = notes_store
    typed_and_paused(qtbot, make_window(store=store, show=True), "What is TCP?", "Kept words.")

    # The next start (the process died: the dialog never closed).
    again = make_window(store=store, show=True, messages=_answering(True))
    ((_kind, _title, headline),) = confirms(again)
    assert "An edit you had not saved" in headline and "What is TCP?" in headline
    dialog = again.controllers["editing"].edit_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.answer_edit.toPlainText() == "Kept words."
    save(qtbot, dialog)
    assert "Kept words." in notes.read_text(encoding="utf-8")
    assert edit_draft.read_draft(store) is None  # saved: forgotten
    assert not confirms(make_window(store=store))


def test_discard_at_the_start_forgets_the_draft(qtbot, make_window, notes_store):  # noqa: F811
    store, notes = notes_store
    typed_and_paused(qtbot, make_window(store=store, show=True), "What is UDP?", "Gone words.")
    again = make_window(store=store, show=True, messages=_answering(False))
    assert len(confirms(again)) == 1
    assert again.controllers["editing"].edit_dialog is None
    assert edit_draft.read_draft(store) is None
    assert "Gone words." not in notes.read_text(encoding="utf-8")


@pytest.fixture
def window(make_window, notes_store):  # noqa: F811
    return make_window(store=notes_store[0], show=True)


def test_the_draft_is_offered_when_that_question_s_editor_opens(qtbot, window):
    store = window.store
    edit_draft.keep_draft(
        store, qid(store, "What is UDP?"), "What is UDP?", ("What is UDP?", "Mine.", None)
    )
    window.messages.answers = [True]  # Restore
    dialog = open_editor_on(qtbot, window, "What is UDP?")
    assert "What is UDP?" in confirms(window)[-1][2]
    assert dialog.answer_edit.toPlainText() == "Mine."
    # Let go (Esc, then yes to discard): the draft goes with it.
    window.messages.answers = [True]
    dialog.reject()
    assert edit_draft.read_draft(store) is None


def test_sigterm_closes_the_window_keeping_an_open_edit_as_a_draft(qtbot, window):
    store = window.store
    undo = studyapp_app.end_on_sigterm(window)
    try:
        dialog = open_editor_on(qtbot, window, "What is TCP?")
        replace_answer(qtbot, dialog, "Typed before the logout.")
        assert callable(signal.getsignal(signal.SIGTERM))  # ours, not the default death
        closing = []
        window.closing.connect(lambda: closing.append(True))
        os.kill(os.getpid(), signal.SIGTERM)
        qtbot.waitUntil(lambda: not window.isVisible())
    finally:
        undo()
    assert closing  # the usual closing path ran
    assert not [m for m in window.messages.shown if m[0] == "confirm"]  # nobody asked
    draft = edit_draft.read_draft(store)
    assert draft is not None and draft.answer == "Typed before the logout."


def _answering(*answers):
    from tests.ui.conftest import ScriptedMessages

    messages = ScriptedMessages()
    messages.answers = list(answers)
    return messages


def test_a_draft_whose_question_left_the_notes_shows_its_text_to_copy(
    make_window,
    notes_store,  # noqa: F811
):
    store, _notes = notes_store
    edit_draft.keep_draft(store, "gone-id", "What is QUIC?", ("What is QUIC?", "Over UDP.", None))
    window = make_window(store=store)
    ((_kind, _title, text),) = [m for m in window.messages.shown if m[0] == "warn"]
    assert "What is QUIC?" in text and "Over UDP." in text
    assert window.controllers["editing"].edit_dialog is None
    assert edit_draft.read_draft(store) is None  # said with its text: not said again


def test_a_window_closed_under_the_question_keeps_the_draft(window):
    """SIGTERM while "An edit you had not saved" is asked: the window closes its boxes,
    and the box closed so answered Discard: the draft went, unanswered."""
    store = window.store
    qid_udp = qid(store, "What is UDP?")
    edit_draft.keep_draft(store, qid_udp, "What is UDP?", ("What is UDP?", "Kept.", None))
    window.messages.answers = [lambda: window.close() and False]  # closed meanwhile
    window.controllers["browse"].show_question(qid_udp)
    window.controllers["editing"].edit_current_question()
    assert window.controllers["editing"].edit_dialog is None
    draft = edit_draft.read_draft(store)
    assert draft is not None and draft.answer == "Kept."


def test_sigterm_under_a_question_box_at_start_closes_it_and_the_window(window):
    """A logout while a box asked at start (resume the mock left running?) was open:
    the window went, the box stayed, nobody there to answer it, and the process ran
    on until killed. The box is closed unanswered, as Esc closes it, and the start
    knows to run no event loop after it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    term = studyapp_app.end_on_sigterm(window)
    box = QMessageBox(QMessageBox.Icon.Question, "Unfinished mock interview", "Resume it?")
    box.addButton("Resume", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("Not now", QMessageBox.ButtonRole.RejectRole)
    try:
        QTimer.singleShot(0, lambda: os.kill(os.getpid(), signal.SIGTERM))
        QTimer.singleShot(10_000, lambda: box.done(99))  # (the test's own way out)
        result = box.exec()
    finally:
        term()
    assert result != 99  # closed by the signal, not by the test's timer
    assert box.clickedButton() is None or box.buttonRole(box.clickedButton()) != (
        QMessageBox.ButtonRole.AcceptRole
    )
    assert term.ended and not window.isVisible()
