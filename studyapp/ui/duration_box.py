"""A length of time typed as people type it: "2:30", "0:45", "3" or "2.5" (minutes),
"90" (seconds: a number past ten is seconds), "45s", "2m", "1m30"; shown as "mm:ss".
A QTimeEdit edits one section at a time: selecting all and typing "00:15" gave 02:15,
and "0010" nothing (a new user). This is a spin box of seconds: what is typed replaces
the whole text and is read when it makes a time; the arrows move it by `STEP` seconds."""

from __future__ import annotations

import re

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox

STEP = 15  # seconds an arrow key or click moves it
_TYPED = re.compile(r"(?P<m>\d{0,2})(?::(?P<s>\d{0,2}))?")
# A number alone, with or without its unit ("90", "2.5", "45s", "2 min", "1m30").
_NUMBER = re.compile(
    r"(?P<n>\d{0,4}(?:[.,]\d{0,2})?)\s*(?P<unit>s|sec|secs|m|min|mins)?\s*(?P<s>\d{0,2})",
    re.IGNORECASE,
)
MINUTES_UP_TO = 10  # a number alone up to this is minutes ("3"); past it, seconds ("45")


def parse_duration(text: str) -> int | None:
    """Seconds of "m:ss", "mm:ss", ":ss", a number alone (minutes up to ten, "2.5" too;
    seconds past it: "45", "90") or with its unit ("45s", "2m", "1m30"); None when
    `text` is no time (yet): "", "1:", "1:7" (seconds are two digits), "1:75"."""
    text = text.strip()
    found = _TYPED.fullmatch(text)
    if found is not None and found["s"] is not None:
        if not (found["m"] or found["s"]) or len(found["s"]) != 2 or int(found["s"]) > 59:
            return None
        return int(found["m"] or 0) * 60 + int(found["s"])
    number = _NUMBER.fullmatch(text)
    if number is None or not number["n"] or number["n"] in (".", ","):
        return None
    value = float(number["n"].replace(",", "."))
    unit = (number["unit"] or "").lower()
    if number["s"]:
        return int(value) * 60 + int(number["s"]) if unit.startswith("m") else None
    if unit.startswith("s") or (not unit and value > MINUTES_UP_TO):
        return round(value)
    return round(value * 60)


class DurationBox(QSpinBox):
    def __init__(self, minimum: int, maximum: int) -> None:
        super().__init__()
        self.setRange(minimum, maximum)
        self.setSingleStep(STEP)
        self.setAccelerated(True)
        self.setKeyboardTracking(False)  # "1" on the way to "1:30" is not a minute
        self.setToolTip(
            "Minutes and seconds: 2:30, 0:45, 90s or 2m; a number alone is minutes up to"
            " 10 (3, 2.5) and seconds past it (45, 90)"
        )

    def textFromValue(self, value: int) -> str:
        return f"{value // 60:02d}:{value % 60:02d}"

    def valueFromText(self, text: str) -> int:
        seconds = parse_duration(text)
        return self.value() if seconds is None else seconds

    def validate(self, text: str, pos: int) -> QValidator.State:
        if _TYPED.fullmatch(text.strip()) is None and _NUMBER.fullmatch(text.strip()) is None:
            return QValidator.State.Invalid
        seconds = parse_duration(text)
        if seconds is None or not self.minimum() <= seconds <= self.maximum():
            return QValidator.State.Intermediate  # on its way to a time, or out of range
        return QValidator.State.Acceptable
