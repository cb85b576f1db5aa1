"""What the last run left undone is said at the start in notices: a tester's start after
a killed restore opened its notice with the offer to resume a mock and a re-import's
box, all at once, the restore's words hidden under the others. The notices now come
one after another, the next once the one before is closed, and where a start's
question follows them (the offer to resume a mock), each is closed before it: data
safety first."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from studyapp.core import unfinished
from studyapp.core.store import restore_note
from studyapp.ui.messages import Messages

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]


def ok(qtbot, box: QMessageBox) -> None:
    """Closed as the person closes it: its OK."""
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def open_boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


@pytest.fixture
def left_undone(store, tmp_path):
    """A closing backup that failed, and a restore killed mid-way."""
    unfinished.note_backup_failed(store, datetime.now(UTC), "the disk is full")
    killed = restore_note.under_way(store.path, tmp_path / "old.sqlite3")
    killed.__enter__()  # never left: the note stays, as a kill leaves it
    yield
    killed.__exit__(None, None, None)


def test_the_start_notices_come_one_after_another(qtbot, make_window, left_undone):
    window = make_window(messages=Messages(None))
    (first,) = open_boxes()  # not two at once
    assert first.windowTitle() == "The last backup failed"

    ok(qtbot, first)
    qtbot.waitUntil(lambda: [b.windowTitle() for b in open_boxes()] == ["Restore did not finish"])
    ok(qtbot, open_boxes()[0])
    qtbot.waitUntil(lambda: not open_boxes())
    window.close()


def test_before_a_start_question_each_notice_is_closed_first(
    qtbot, store, settings_path, left_undone
):
    from PySide6.QtCore import QSettings

    from studyapp.app import create_window

    window = create_window(  # as the app's start: the notices wait for the first paint
        store,
        QSettings(str(settings_path), QSettings.Format.IniFormat),
        messages=Messages(None),
        progress_after_paint=True,
    )
    qtbot.addWidget(window)
    closed: list[str] = []

    def close_the_one_asked() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(10, close_the_one_asked)
            return
        closed.append(box.windowTitle())
        ok(qtbot, box)
        if len(closed) < 2:
            QTimer.singleShot(0, close_the_one_asked)

    QTimer.singleShot(0, close_the_one_asked)
    window.controllers["data_safety"].tell_unfinished(wait=True)

    assert closed == ["The last backup failed", "Restore did not finish"]  # each in turn
    assert not open_boxes()  # then the start's question, alone
    window.controllers["data_safety"].tell_unfinished()  # the first paint's: said already
    assert not open_boxes()
    window.close()
