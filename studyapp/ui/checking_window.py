"""The small window a start shows while it checks or repairs the study data
(`studyapp.ui.checking.while_checking` brings it up when the check takes a while;
loaded only then: a normal start never builds it)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from studyapp.ui.checking import REFILLING

CHECKING = "Checking your study data…"
REPAIRING = "Repairing your study data…"
# Under the words: how long it may take, so that a wait of a minute is not taken for a hang.
PATIENCE = "This can take a minute for a big collection. Please wait."
STAGE_WORDS = {
    "repairing": REPAIRING,  # core.store.recovery.REPAIRING
    REFILLING: "Reading your notes again…",  # (to bring back the questions lost)
}


class Relay(QObject):
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
