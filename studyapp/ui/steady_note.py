"""A note under a form's field that changes as the person types or ticks ("3 of the 12
questions in the ticked topics.", "= 1 min 30 s"): it keeps the height of the longest
thing it can say, so the fields under it never move. Grown and shrunk with its text,
it moved the set-up's fields by a line at a time (y 455, 459, 483) and clicks aimed
at them missed."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLabel, QWidget


class SteadyNote(QLabel):
    """A word-wrapped, plain-text QLabel as tall, at any width, as the tallest of
    `longest` (what it says at most, in the words it says it) or its own text."""

    def __init__(self, longest: Iterable[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._longest = tuple(longest)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def minimumSizeHint(self) -> QSize:
        """Never squeezed under what it reserves at its narrowest."""
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), self.heightForWidth(self.minimumWidth())))

    def heightForWidth(self, width: int) -> int:
        own = super().heightForWidth(width)
        margins = self.contentsMargins()
        inner = width - margins.left() - margins.right() - 2 * self.margin()
        if inner <= 0 or not self._longest:
            return own
        flags = int(self.alignment()) | int(Qt.TextFlag.TextWordWrap)
        metrics = self.fontMetrics()
        tallest = max(
            metrics.boundingRect(QRect(0, 0, inner, 100_000), flags, text).height()
            for text in self._longest
        )
        return max(own, tallest + margins.top() + margins.bottom() + 2 * self.margin())
