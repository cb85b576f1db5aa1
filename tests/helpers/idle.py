"""Turns of the event loop until nothing is left to do: what a test waits for after
a change whose effects are posted (layout requests, calls made "at the next turn" by
`QTimer.singleShot(0, …)`, and what those post in turn), instead of a fixed wait."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject

MOST_TURNS = 200  # more than this: something posts itself again at every turn


class _Counter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.seen = 0

    def eventFilter(self, _watched: QObject, _event: QEvent) -> bool:
        self.seen += 1
        return False


def until_idle() -> None:
    """Turn the event loop until a turn delivers no event: every event posted before
    it, and every one those posted, has been handled."""
    app = QCoreApplication.instance()
    assert app is not None
    counter = _Counter()
    app.installEventFilter(counter)
    try:
        for _ in range(MOST_TURNS):
            counter.seen = 0
            QCoreApplication.processEvents()
            if not counter.seen:
                return
    finally:
        app.removeEventFilter(counter)
    raise AssertionError(f"events still posted after {MOST_TURNS} turns")
