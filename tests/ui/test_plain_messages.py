"""The import summary box shows file and deck names as they are: a name with HTML in
it rendered as rich text (issue "Data safety, round two")."""

from __future__ import annotations

from PySide6.QtCore import Qt
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
    controller._report(ImportResult(errors=[f"{NAME}.md: the file is empty"]))
    (info, _, summary), (error, _, failure) = messages.shown
    assert (info, error) == ("info", "error")
    assert isinstance(summary, PlainText) and NAME in summary
    assert isinstance(failure, PlainText) and NAME in failure
