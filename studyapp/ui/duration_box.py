"""A length of time typed as people type it (core.mock_duration reads it): "2:30",
"0:45", "0100" or "130" (a clock without its colon), "90s", "2m", "1m30", "3" or "2.5"
(minutes up to ten), "45" (seconds past it); shown as "mm:ss".

A QTimeEdit edits one section at a time: selecting all and typing "00:15" gave 02:15,
and "0010" nothing (a new user). This is a spin box of seconds: what is typed replaces
the whole text and is read when it makes a time; the arrows move it by `STEP` seconds.
While typing, `reading_changed` says how the text reads ("= 1 min 30 s") or why it is
no time; a text left that is no time keeps the time before, and says so: no silent
surprise ("0100" gave 1:40 once, read as a hundred seconds).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox

from studyapp.core.format import format_clock
from studyapp.core.mock_duration import EXAMPLES, may_become_a_time, parse_duration, reading

STEP = 15  # seconds an arrow key or click moves it


class DurationBox(QSpinBox):
    reading_changed = Signal(str)  # how the text typed reads, or "" once it is taken

    def __init__(self, minimum: int, maximum: int) -> None:
        super().__init__()
        self.setRange(minimum, maximum)
        self.setSingleStep(STEP)
        self.setAccelerated(True)
        self.setKeyboardTracking(False)  # "1" on the way to "1:30" is not a minute
        self.setToolTip(
            f"Minutes and seconds: {EXAMPLES}. Three or four digits read as a clock"
            " (0130 is 1:30); one or two are minutes up to 10 (3) and seconds past (45)."
        )
        self._typed: str | None = None  # the text as typed, until it is taken or refused
        self.lineEdit().textEdited.connect(self._on_edited)
        self.editingFinished.connect(self._on_finished)

    def textFromValue(self, value: int) -> str:
        return format_clock(value)

    def valueFromText(self, text: str) -> int:
        seconds = parse_duration(text)
        return self.value() if seconds is None else seconds

    def validate(self, text: str, pos: int) -> QValidator.State:
        if not may_become_a_time(text):
            return QValidator.State.Invalid
        seconds = parse_duration(text)
        if seconds is None or not self.minimum() <= seconds <= self.maximum():
            return QValidator.State.Intermediate  # on its way to a time, or out of range
        return QValidator.State.Acceptable

    def holds_a_time(self) -> bool:
        """Whether the text as it stands is a time in range: False while what is typed
        is not one (a button that would take the time waits for it, rather than take
        the time before without a word)."""
        if self._typed is None:
            return True
        seconds = parse_duration(self._typed)
        return seconds is not None and self.minimum() <= seconds <= self.maximum()

    def _on_edited(self, text: str) -> None:
        self._typed = text
        self.reading_changed.emit(reading(text, *self._range()))

    def _on_finished(self) -> None:
        typed, self._typed = self._typed, None
        if typed is None:
            return
        seconds = parse_duration(typed)
        if seconds is not None and self.minimum() <= seconds <= self.maximum():
            self.reading_changed.emit("")  # taken: the box shows it as mm:ss
            return
        kept = format_clock(self.value())
        if seconds is None:
            said = f"\u201c{typed.strip()}\u201d is not a time: kept {kept} (try {EXAMPLES})"
        else:
            said = f"\u201c{typed.strip()}\u201d {reading(typed, *self._range())}: kept {kept}"
        self.reading_changed.emit(said)

    def _range(self) -> tuple[int, int]:
        return self.minimum(), self.maximum()
