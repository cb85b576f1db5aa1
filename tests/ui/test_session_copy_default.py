"""After a kill and its log deleted, the start asks "Go on with your session's changes?".
Its default button was "Keep the Database as It Is": Enter, the key a person presses
to get past a box, left the session's grades out. Enter now restores the copy that
holds them (the database it replaces is kept as a backup)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from studyapp import startup
from studyapp.ui.messages import Messages
from tests.core.store.test_log_deleted_after_a_kill import (
    NOW,
    killed_then_log_deleted,
    store_with_reviews,
)


def test_enter_at_the_start_keeps_the_sessions_grades(qtbot, tmp_path):
    path = store_with_reviews(tmp_path)  # 3 reviews
    killed_then_log_deleted(path, 3, 2, "-")  # 3 grades only in the log deleted
    seen: dict[str, str] = {}

    def press_enter() -> None:
        box = QApplication.activeModalWidget()
        seen["default"] = box.defaultButton().text().replace("&", "")
        QTest.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, press_enter)
    opened = startup.open_user_store(path.parent, Messages(None), NOW, ask=None)
    assert opened is not None
    try:
        assert seen["default"] == "Restore the Copy With Them"
        assert len(opened.store.reviews()) == 3 + 3  # the session's grades are back
    finally:
        opened.store.close()
        opened.release()
