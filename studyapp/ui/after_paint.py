"""Run a callback once a widget is on screen.

A tab that asks another thread for its figures as it is shown must let its own
paint go first: the other thread's Python holds the interpreter's lock (the GIL)
against the paint's Python (delegates, charts) and the tab shows late. So
`AfterPaint(widget).call(callback)` calls back on the event loop's turn after the
widget's next paint, and at once where no paint is coming (the widget hidden).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterPaint(QObject):
    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback: Callable[[], None] | None = None  # the newest call's
        self._watching = False  # for the widget's next paint
        self._scheduled = False  # the paint came: the next turn calls back

    def call(self, callback: Callable[[], None]) -> None:
        """`callback()` after the widget's next paint. A newer call replaces an older
        one still waiting: one callback, the newest, is called."""
        if not self._widget.isVisible():
            self._stop_watching()
            self._callback = None
            callback()
            return
        self._callback = callback
        if self._scheduled:
            return  # painted already: the turn about to come calls the newest
        if not self._watching:
            self._watching = True
            self._widget.installEventFilter(self)
        self._widget.update()

    def _stop_watching(self) -> None:
        if self._watching:
            self._watching = False
            self._widget.removeEventFilter(self)

    def _fire(self) -> None:
        self._scheduled = False
        callback, self._callback = self._callback, None
        if callback is not None:
            callback()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Paint and self._watching:
            # The children paint in this same pass: the next turn comes after them.
            self._stop_watching()
            self._scheduled = True
            QTimer.singleShot(0, self, self._fire)
        elif kind == QEvent.Type.Hide and self._watching:
            self._stop_watching()  # hidden before it painted: no paint is coming
            self._fire()
        return False
