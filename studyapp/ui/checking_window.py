"""The small window a start shows while it checks or repairs the study data.

A damaged store is checked and salvaged before the main window can open: half a
minute for a big store, during which nothing at all was on the screen, and the person
took the app for one that had not started. The check now runs on a thread
(`while_checking`); a check that takes longer than SHOW_AFTER_SECONDS brings up this
window ("Checking your study data…", "Repairing your study data…" once the damage
is being mended, then "Reading your notes again…"), with a busy bar, kept responsive
by an event loop of its own until the check ends. A normal start, whose check is a
few milliseconds, shows no window and waits no longer than the check.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QLabel, QProgressBar, QVBoxLayout, QWidget

T = TypeVar("T")

SHOW_AFTER_SECONDS = 0.5
CHECKING = "Checking your study data…"
REPAIRING = "Repairing your study data…"
# Under the words: how long it may take, so that a wait of a minute is not taken for a hang.
PATIENCE = "This can take a minute for a big collection. Please wait."
REFILLING = "refilling"  # a recovered store's notes read again (core.refill)
STAGE_WORDS = {
    "repairing": REPAIRING,  # core.store.recovery.REPAIRING
    REFILLING: "Reading your notes again…",  # (to bring back the questions lost)
}


class _Relay(QObject):
    """The check's thread tells the main thread through it (queued signals)."""

    stage = Signal(str)
    done = Signal()


class CheckingWindow(QWidget):
    """Words and a busy bar, nothing to press: the check cannot be stopped halfway."""

    def __init__(self, words: str) -> None:
        super().__init__(None, Qt.WindowType.Dialog)
        self.setWindowTitle("StudyApp")
        self.words = QLabel(words)
        font = self.words.font()
        font.setBold(True)
        self.words.setFont(font)
        self.words.setWordWrap(True)
        patience = QLabel(PATIENCE)
        patience.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy: how far a salvage has got is not known
        self.bar.setTextVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.words)
        layout.addWidget(patience)
        layout.addWidget(self.bar)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 48))

    def say(self, stage: str) -> None:
        self.words.setText(STAGE_WORDS.get(stage, CHECKING))


def while_checking(
    work: Callable[[Callable[[str], object]], T], *, show_after: float = SHOW_AFTER_SECONDS
) -> T:
    """`work(stage)` run on a thread, its result returned (its exception raised) here;
    CheckingWindow shown meanwhile when it takes longer than `show_after` seconds.
    `work` tells `stage` what it is doing (core.store.recovery.REPAIRING). Without a
    QApplication it simply runs here."""
    app = QCoreApplication.instance()
    if not isinstance(app, QApplication):
        return work(lambda _stage: None)
    relay = _Relay()
    finished = threading.Event()
    outcome: dict[str, Any] = {}
    told: list[str] = []

    def stage(name: str) -> None:
        told.append(name)
        relay.stage.emit(name)

    def run() -> None:
        try:
            outcome["value"] = work(stage)
        except BaseException as exc:  # raised again on the main thread
            outcome["error"] = exc
        finally:
            finished.set()
            relay.done.emit()

    thread = threading.Thread(target=run, name="store-check", daemon=True)
    thread.start()
    if not finished.wait(show_after):
        window = CheckingWindow(CHECKING)
        if told:
            window.say(told[-1])
        relay.stage.connect(window.say)
        loop = QEventLoop()
        relay.done.connect(loop.quit)
        window.show()
        if not finished.is_set():  # (ended before `done` was connected: no quit to wait for)
            loop.exec()
        window.close()
        window.deleteLater()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]
