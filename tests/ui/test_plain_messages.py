"""The import summary box shows file and deck names as they are: a name with HTML in
it rendered as rich text (issue "Data safety, round two")."""

from __future__ import annotations

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from studyapp.core.model import ImportSummary
from studyapp.core.store.deckops import DeckRemoval
from studyapp.ui.deck_dialogs import confirm_remove
from studyapp.ui.import_worker import ImportController, ImportResult
from studyapp.ui.messages import Messages, PlainText, RichText, ask_resume, message_box

from .conftest import ScriptedMessages

NAME = '<b>big</b><img src="x.png"> notes'


def test_a_plain_text_message_box_shows_tags_as_text(qtbot):
    box = message_box(None, "info", "Import notes", PlainText(f"{NAME}: 1 new"))
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.text() == f"{NAME}: 1 new"


def test_the_apps_own_rich_messages_stay_rich(qtbot):
    box = message_box(None, "info", "About StudyApp", RichText("<b>StudyApp</b><p>Offline.</p>"))
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.RichText
    assert shown(box.findChild(QLabel, "qt_msgbox_label")) == "StudyApp\nOffline."


@pytest.mark.parametrize("text", ["Saved to R&D <draft>/x.pdf", "Deck <i>one</i> & <b>two</b>"])
def test_a_message_not_marked_rich_is_shown_as_written(qtbot, text):
    """Qt guessed rich text from anything that looked like a tag: the caller did not
    have to remember PlainText for the person's names to show as typed."""
    box = message_box(None, "warn", "Export", text)
    qtbot.addWidget(box)
    assert shown(box.findChild(QLabel, "qt_msgbox_label")) == text


def shown(label: QLabel) -> str:
    """What a label shows, as words: its text laid out as the label does."""
    text = label.text()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    )
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def answered_box(qtbot, ask) -> tuple[object, dict[str, str]]:
    """Runs `ask` (which opens a modal box) and reads the box's headline and body as
    shown, then cancels it: the answer and the words."""
    seen: dict[str, str] = {}

    def read_and_cancel() -> None:
        box = QApplication.activeModalWidget()
        try:
            seen["headline"] = shown(box.findChild(QLabel, "qt_msgbox_label"))
            seen["body"] = shown(box.findChild(QLabel, "qt_msgbox_informativelabel"))
        finally:  # whatever it shows, it closes: the test goes on
            box.reject()

    QTimer.singleShot(0, read_and_cancel)
    return ask(), seen


@pytest.mark.parametrize("deck", ["R&D <draft>", "<b>Interview</b> prep & <i>notes</i>"])
def test_the_remove_deck_question_shows_the_decks_name_as_typed(qtbot, deck):
    removal = DeckRemoval(deck, 3, 1)
    answer, seen = answered_box(qtbot, lambda: confirm_remove(Messages(None), removal))
    assert answer is False  # cancelled
    assert seen["headline"] == f"Remove “{deck}”?"
    assert f'The deck "{deck}": 3 questions and 1 review go with it.' in seen["body"]


def test_a_question_written_in_html_keeps_its_bold(qtbot):
    """The resume question's body is the app's own rich text: no tags shown."""
    answer, seen = answered_box(qtbot, lambda: ask_resume(None, "Left <b>R&amp;D</b>."))
    assert answer is None
    assert seen["body"] == "Left R&D."


def test_the_import_summary_and_its_errors_are_plain_text(qtbot, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    messages = ScriptedMessages()
    controller = ImportController(tmp_path / "s.sqlite3", messages, parent)
    controller._report(ImportResult(summaries=[ImportSummary(NAME, 1, 0, 0, 0)]))
    controller._report(
        ImportResult(errors=[f"{NAME}.md: the file is empty"], error_files=[f"{NAME}.md"])
    )
    (info, _, summary), (error, _, failure) = messages.shown
    assert (info, error) == ("info", "error")
    assert isinstance(summary, PlainText) and NAME in summary
    # Errors are rich text ("Cannot import NAME" in bold, as the preview says it), the
    # names in them escaped: they read as typed.
    shown = QTextDocument()
    shown.setHtml(failure)
    assert f"Cannot import {NAME}.md" in shown.toPlainText()


def test_a_question_is_withdrawn_when_what_it_asks_about_ends(qtbot):
    """A real question box (Messages.confirm) with `until`: the signal fires while the
    box is open, the box closes by itself and the answer is None, neither yes nor no;
    without the signal it waits for the person's click."""
    from PySide6.QtCore import QObject, QTimer, Signal
    from PySide6.QtWidgets import QApplication

    from studyapp.ui.messages import Messages

    class Work(QObject):
        ended = Signal(object)

    work = Work()
    messages = Messages(None)
    QTimer.singleShot(0, lambda: work.ended.emit("done"))
    assert messages.confirm("Quit", "Busy.", "Quit now?", "Quit", until=work.ended) is None

    def click_cancel() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox))
        assert box.isVisible()
        next(b for b in box.buttons() if b.text().replace("&", "") == "Cancel").click()

    QTimer.singleShot(0, click_cancel)
    assert messages.confirm("Quit", "Busy.", "Quit now?", "Quit", until=work.ended) is False
    work.ended.emit("later")  # after the box: nothing left connected to it
