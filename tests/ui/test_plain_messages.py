"""The import summary box shows file and deck names as they are: a name with HTML in
it rendered as rich text (issue "Data safety, round two")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QWidget

from studyapp.core.model import ImportSummary
from studyapp.ui.import_worker import ImportController, ImportResult
from studyapp.ui.messages import PlainText, message_box

from .conftest import ScriptedMessages

NAME = '<b>big</b><img src="x.png"> notes'


def test_a_plain_text_message_box_shows_tags_as_text(qtbot):
    box = message_box(None, "info", "Import notes", PlainText(f"{NAME}: 1 new"))
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.text() == f"{NAME}: 1 new"


def test_the_apps_own_rich_messages_stay_rich(qtbot):
    box = message_box(None, "info", "About StudyApp", "<b>StudyApp</b><p>Offline.</p>")
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.AutoText


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
    from PySide6.QtWidgets import QApplication, QMessageBox

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
        next(b for b in box.buttons() if b.text() == "Cancel").click()

    QTimer.singleShot(0, click_cancel)
    assert messages.confirm("Quit", "Busy.", "Quit now?", "Quit", until=work.ended) is False
    work.ended.emit("later")  # after the box: nothing left connected to it
