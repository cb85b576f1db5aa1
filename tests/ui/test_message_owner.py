"""A question asked while a dialog is open (an edit: discard your changes?) stands over
that dialog and gives it the keys back when answered; the main window gets them back
once no dialog is open. A tester's window took no key at all after discarding an edit
(the question had given the keys to the main window under the dialog)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMessageBox

from studyapp.ui.messages import Messages


def answered_by_escape(seen: list) -> None:
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    seen.append(box.parentWidget())
    box.reject()  # Esc: the question's Cancel


def test_a_question_over_a_dialog_stands_over_it_and_gives_it_the_keys_back(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    messages = Messages(window)
    dialog = QDialog(window)
    dialog.open()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
    seen: list = []
    QTimer.singleShot(0, lambda: answered_by_escape(seen))
    assert messages.confirm("Edit Question", "Discard?", "Not saved.", "Discard") is False
    assert seen == [dialog]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)

    dialog.reject()
    QTimer.singleShot(0, lambda: answered_by_escape(seen))
    messages.confirm("Remove Deck", "Remove it?", "A backup is kept.", "Remove")
    assert seen[-1] is window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
