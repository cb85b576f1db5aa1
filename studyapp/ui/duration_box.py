"""A length of time typed as people type it: "2:30", "0:45", "3" (minutes), shown as
"mm:ss". A QTimeEdit edits one section at a time: selecting all and typing "00:15"
gave 02:15, and "0010" nothing (a new user). This is a spin box of seconds: what is
typed replaces the whole text and is read when it makes a time; the arrows move it by
`STEP` seconds."""

from __future__ import annotations

import re

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox

STEP = 15  # seconds an arrow key or click moves it
_TYPED = re.compile(r"(?P<m>\d{0,2})(?::(?P<s>\d{0,2}))?")


def parse_duration(text: str) -> int | None:
    """Seconds of "m:ss", "mm:ss", ":ss" or "m" (whole minutes); None when `text` is no
    time (yet): "", "1:", "1:7" (seconds are two digits), "1:75"."""
    found = _TYPED.fullmatch(text.strip())
    if found is None or not (found["m"] or found["s"]):
        return None
    minutes, seconds = int(found["m"] or 0), found["s"]
    if seconds is None:
        return minutes * 60
    if len(seconds) != 2 or int(seconds) > 59:
        return None
    return minutes * 60 + int(seconds)


class DurationBox(QSpinBox):
    def __init__(self, minimum: int, maximum: int) -> None:
        super().__init__()
        self.setRange(minimum, maximum)
        self.setSingleStep(STEP)
        self.setAccelerated(True)
        self.setKeyboardTracking(False)  # "1" on the way to "1:30" is not a minute
        self.setToolTip("Minutes and seconds, e.g. 2:30 or 0:45; a number alone is minutes")

    def textFromValue(self, value: int) -> str:
        return f"{value // 60:02d}:{value % 60:02d}"

    def valueFromText(self, text: str) -> int:
        seconds = parse_duration(text)
        return self.value() if seconds is None else seconds

    def validate(self, text: str, pos: int) -> QValidator.State:
        if _TYPED.fullmatch(text.strip()) is None:
            return QValidator.State.Invalid
        seconds = parse_duration(text)
        if seconds is None or not self.minimum() <= seconds <= self.maximum():
            return QValidator.State.Intermediate  # on its way to a time, or out of range
        return QValidator.State.Acceptable
