"""Notices beside the window (ui.messages.Messages.notice: "Import did not finish"),
put aside for the length of a mock interview.

A notice left open stayed on top of the mock's question through the whole mock, and
held the keys: the mock's "Quit StudyApp during the mock? Quit (Enter)" did not quit
on Enter (the notice's OK took it). A mock takes the screen: the notices beside the
window are hidden when it starts and shown again when it ends, their buttons (Import
Again) kept.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from studyapp.ui.messages import NOTICE
from studyapp.ui.own_windows import open_windows


def notices_of(window: QWidget) -> list[QWidget]:
    """The notices beside `window` that stop nothing (non-modal), on the screen."""
    return [
        w
        for w in open_windows(window)
        if w.property(NOTICE) and w.windowModality() == Qt.WindowModality.NonModal
    ]


class NoticesAside:
    def __init__(self, window: QWidget) -> None:
        self._window = window
        self._hidden: list[QWidget] = []

    def put_aside(self) -> None:
        for box in notices_of(self._window):
            box.hide()
            self._hidden.append(box)
        if self._hidden:
            self._window.activateWindow()  # the keys to the mock

    def bring_back(self) -> None:
        hidden, self._hidden = self._hidden, []
        for box in hidden:
            try:
                box.show()
            except RuntimeError:  # closed and deleted meanwhile (the window closed)
                continue
